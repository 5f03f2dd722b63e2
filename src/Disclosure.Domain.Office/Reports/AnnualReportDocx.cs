using Disclosure.Domain.Reports;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Disclosure.Domain.Office.Reports;

/// <summary>
/// The annual report as a Word document (.docx) a clerk can publish after adding or checking the prose: the title, sections 一 to
/// 六 in the template's order and headings, the prose as given, and the three tables with the template's labels and spanning
/// header cells.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class AnnualReportDocx
{
    /// <summary>Writes the report as a document.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">A writable, seekable stream; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is <see langword="null"/>.</exception>
    public static void Write(AnnualReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body();
        main.Document = new Document(body);
        body.Append(Paragraph(report.Title, bold: true, size: 36, center: true));
        void Prose(string heading, string? text)
        {
            body.Append(Paragraph(heading, bold: true));
            foreach (var paragraph in (text ?? string.Empty).ReplaceLineEndings("\n").Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0))
            {
                body.Append(Paragraph(paragraph));
            }
        }

        Prose(ReportProse.OverviewHeading, report.Prose.Overview);
        string V(ReportRow row, ReportColumn column) => report[row, column] is { } v ? v.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;

        body.Append(Paragraph(ReportTable.Proactive.Heading, bold: true));
        var proactive = new List<TableRow>();
        foreach (var group in ReportTable.Proactive.Rows.GroupBy(r => r.Path[0]))
        {
            var columns = group.First().Columns;
            var span = 4 - columns.Length + 1;
            proactive.Add(Row((group.Key, 4, true)));
            proactive.Add(Row([("信息内容", 1, true), .. columns.Select(c => (c.Label, columns.Length == 1 ? span : 1, true))]));
            proactive.AddRange(group.Select(row => Row([(row.Label, 1, false), .. columns.Select(c => (V(row, c), columns.Length == 1 ? span : 1, false))])));
        }

        body.Append(Table(4, proactive));

        var requests = ReportTable.Requests;
        body.Append(Paragraph(requests.Heading, bold: true));
        var applicants = requests.Columns.Take(6).ToList();
        List<TableRow> rows =
        [
            Row(("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 1, true), ("申请人情况", 7, true)),
            Row((string.Empty, 1, true), (applicants[0].Label, 1, true), (applicants[1].Group!, 5, true), (requests.Columns[6].Label, 1, true)),
            Row([(string.Empty, 1, true), (string.Empty, 1, true), .. applicants.Skip(1).Select(c => (c.Label, 1, true)), (string.Empty, 1, true)]),
            .. requests.Rows.Select(row => Row([(row.FullLabel, 1, false), .. requests.Columns.Select(c => (V(row, c), 1, false))])),
        ];
        body.Append(Table(8, rows));

        var appeals = ReportTable.Appeals;
        body.Append(Paragraph(appeals.Heading, bold: true));
        var reconsideration = appeals.Columns.Where(c => c.Subgroup is null).ToList();
        var litigation = appeals.Columns.Where(c => c.Subgroup is not null).ToList();
        body.Append(Table(appeals.Columns.Length,
        [
            Row((reconsideration[0].Group!, reconsideration.Count, true), (litigation[0].Group!, litigation.Count, true)),
            Row([.. reconsideration.Select(c => (c.Label, 1, true)), .. litigation.GroupBy(c => c.Subgroup!).Select(g => (g.Key, g.Count(), true))]),
            Row([.. reconsideration.Select(_ => (string.Empty, 1, true)), .. litigation.Select(c => (c.Label, 1, true))]),
            Row([.. appeals.Columns.Select(c => (V(ReportTable.Appeals.Rows[0], c), 1, false))]),
        ]));

        Prose(ReportProse.ProblemsHeading, report.Prose.Problems);
        Prose(ReportProse.OtherHeading, report.Prose.Other);
        main.Document.Save();
    }

    private static Paragraph Paragraph(string text, bool bold = false, int size = 24, bool center = false)
    {
        var runProperties = new RunProperties(new RunFonts { EastAsia = "宋体" }, new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold)
        {
            runProperties.Append(new Bold());
        }

        var paragraph = new Paragraph(new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (center)
        {
            paragraph.PrependChild(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        }

        return paragraph;
    }

    private static TableRow Row(params (string Text, int Span, bool Header)[] cells) =>
        new(cells.Select(c =>
        {
            var properties = new TableCellProperties();
            if (c.Span > 1)
            {
                properties.Append(new GridSpan { Val = c.Span });
            }

            return new TableCell(properties, Paragraph(c.Text, bold: c.Header, size: 21));
        }));

    private static Table Table(int columns, IEnumerable<TableRow> rows)
    {
        static BorderType Border<T>()
            where T : BorderType, new() => new T { Val = BorderValues.Single, Size = 4 };
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(Border<TopBorder>(), Border<BottomBorder>(), Border<LeftBorder>(), Border<RightBorder>(), Border<InsideHorizontalBorder>(), Border<InsideVerticalBorder>())));
        table.Append(new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn())));
        table.Append(rows);
        return table;
    }
}
