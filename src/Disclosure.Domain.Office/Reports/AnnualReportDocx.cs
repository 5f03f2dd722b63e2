using Disclosure.Domain.Reports;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Disclosure.Domain.Office.Reports;

/// <summary>
/// The annual report as a Word document (.docx) a clerk can publish after adding or checking the prose: the title, sections 一 to
/// 六 in the template's order and headings, the prose as given, and the three tables with the template's labels and layout:
/// spanning header cells (w:gridSpan) and, as in the template and the HTML rendering, label cells merged down their rows
/// (w:vMerge) — 三、本年度办理结果 over its sub-rows, (三)–(六) over their numbered rows, 自然人 and 总计 over two header rows.
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
            proactive.Add(Row(H(group.Key, 4)));
            proactive.Add(Row([H(ReportTable.ContentHeader), .. columns.Select(c => H(c.Label, columns.Length == 1 ? span : 1))]));
            proactive.AddRange(group.Select(row => Row([H(row.Label), .. columns.Select(c => D(V(row, c), columns.Length == 1 ? span : 1))])));
        }

        body.Append(Table(4, proactive));

        // 三: the template's layout, as the HTML rendering has it: the note over three label columns and three header rows;
        // 三、本年度办理结果 merged down its rows, (三)–(六) merged down their numbered rows, 法人或其他组织 over its five kinds.
        var requests = ReportTable.Requests;
        body.Append(Paragraph(requests.Heading, bold: true));
        var applicants = requests.Columns.Take(6).ToList();
        var total = requests.Columns[6];
        List<TableRow> rows =
        [
            Row(H(ReportTable.BalanceNote, 3, Merge.Restart), H(ReportTable.ApplicantHeader, 7)),
            Row(H(string.Empty, 3, Merge.Continue), H(applicants[0].Label, 1, Merge.Restart), H(applicants[1].Group!, 5), H(total.Label, 1, Merge.Restart)),
            Row([H(string.Empty, 3, Merge.Continue), H(string.Empty, 1, Merge.Continue), .. applicants.Skip(1).Select(c => H(c.Label)), H(string.Empty, 1, Merge.Continue)]),
        ];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in requests.Rows)
        {
            List<Cell> label = row.Path.Length switch
            {
                0 => [H(row.Label, 3)],
                1 => [First(row.Path[0]), H(row.Label, 2)],
                _ => [First(row.Path[0]), First(row.Path[1]), H(row.Label)],
            };
            rows.Add(Row([.. label, .. requests.Columns.Select(c => D(V(row, c)))]));
        }

        Cell First(string group) => seen.Add(group) ? H(group, 1, Merge.Restart) : H(string.Empty, 1, Merge.Continue);
        body.Append(Table(10, rows));

        // 四: 行政复议's five results merged down two header rows; 行政诉讼 over its two groups of five.
        var appeals = ReportTable.Appeals;
        body.Append(Paragraph(appeals.Heading, bold: true));
        var reconsideration = appeals.Columns.Where(c => c.Subgroup is null).ToList();
        var litigation = appeals.Columns.Where(c => c.Subgroup is not null).ToList();
        body.Append(Table(appeals.Columns.Length,
        [
            Row(H(reconsideration[0].Group!, reconsideration.Count), H(litigation[0].Group!, litigation.Count)),
            Row([.. reconsideration.Select(c => H(c.Label, 1, Merge.Restart)), .. litigation.GroupBy(c => c.Subgroup!).Select(g => H(g.Key, g.Count()))]),
            Row([.. reconsideration.Select(_ => H(string.Empty, 1, Merge.Continue)), .. litigation.Select(c => H(c.Label))]),
            Row([.. appeals.Columns.Select(c => D(V(appeals.Rows[0], c)))]),
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

    /// <summary>How a cell takes part in a vertical merge: not at all, as its first cell, or as a cell under it (empty, w:vMerge without a value).</summary>
    private enum Merge
    {
        None,
        Restart,
        Continue,
    }

    private readonly record struct Cell(string Text, int Span, bool Header, Merge Merge);

    private static Cell H(string text, int span = 1, Merge merge = Merge.None) => new(text, span, true, merge);

    private static Cell D(string text, int span = 1) => new(text, span, false, Merge.None);

    private static TableRow Row(params Cell[] cells) =>
        new(cells.Select(c =>
        {
            var properties = new TableCellProperties();
            if (c.Span > 1)
            {
                properties.Append(new GridSpan { Val = c.Span });
            }

            if (c.Merge != Merge.None)
            {
                properties.Append(c.Merge == Merge.Restart ? new VerticalMerge { Val = MergedCellValues.Restart } : new VerticalMerge());
            }

            if (c.Header)
            {
                properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
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
