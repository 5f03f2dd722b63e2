using Disclosure.Domain.Office.Reports;
using Disclosure.Domain.Reports;
using Disclosure.Domain.Requests;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Disclosure.Domain.Office.Tests.Reports;

public sealed class AnnualReportOfficeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("annual-report-").FullName;

    private static RegisteredRequest Request(string id, ApplicantCategory applicant, LocalDate received, params RequestEvent[] events) =>
        new(id, InformationRequest.FromEvents([RequestReceived.InPerson(received).WithApplicant(applicant), .. events]));

    /// <summary>2025: three requests (one carried over from 2024), one appeal, a small proactive register.</summary>
    private static AnnualReport Report() => AnnualReportCalculator.Compute(
        2025,
        [
            Request("a", ApplicantCategory.NaturalPerson, new(2024, 12, 20), new RequestAnswered(new(2025, 1, 10))),
            Request("b", ApplicantCategory.LegalServiceProvider, new(2025, 3, 3), new RequestAnswered(new(2025, 3, 20), AnswerOutcome.CannotBeProvided) { Ground = AnswerGround.NotHeld }),
            Request("c", ApplicantCategory.CommercialEnterprise, new(2025, 12, 29)),
        ],
        new ProactiveRegister([new NormativeDocument("n1", DocumentKind.NormativeDocument, "规范", new(2025, 4, 1), null)], [new DecisionCount(DecisionKind.Licensing, 2025, 7)], [new FeeTotal(2025, 0)]),
        [new AppealCase("fy", "b", AppealKind.Reconsideration, new(2025, 5, 1), AppealResult.Upheld, new(2025, 7, 1))],
        new ReportProse("总体情况第一段。\n总体情况第二段。", "问题与改进。", "无。"),
        "某县民政局");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A cell of a table's logical grid: its text and the top-left position of the (merged) cell it belongs to.</summary>
    private readonly record struct GridCell(string Text, (int Row, int Column) Origin);

    /// <summary>The logical grid of a Word table: w:gridSpan widens a cell, a w:vMerge cell without a value continues the one above.</summary>
    private static GridCell[][] Grid(W.Table table)
    {
        var grid = new List<GridCell[]>();
        foreach (var (tr, r) in table.Elements<W.TableRow>().Select((tr, r) => (tr, r)))
        {
            var row = new List<GridCell>();
            foreach (var tc in tr.Elements<W.TableCell>())
            {
                var span = tc.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                var merge = tc.TableCellProperties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == W.MergedCellValues.Continue);
                var column = row.Count;
                var cell = continues ? grid[r - 1][column] : new GridCell(tc.InnerText, (r, column));
                Assert.True(!continues || tc.InnerText.Length == 0, $"row {r}: a continued cell has text '{tc.InnerText}'");
                row.AddRange(Enumerable.Repeat(cell, span));
            }

            grid.Add([.. row]);
        }

        return [.. grid];
    }

    /// <summary>The logical grid of an HTML table: colspan and rowspan, cells placed in the first free position.</summary>
    private static GridCell[][] HtmlGrid(string table)
    {
        var rows = System.Text.RegularExpressions.Regex.Matches(table, "<tr>(.*?)</tr>", System.Text.RegularExpressions.RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        var grid = rows.Select(_ => new Dictionary<int, GridCell>()).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var column = 0;
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(rows[r], "<t[hd]([^>]*)>(.*?)</t[hd]>"))
            {
                while (grid[r].ContainsKey(column))
                {
                    column++;
                }

                int Attribute(string name) => System.Text.RegularExpressions.Regex.Match(m.Groups[1].Value, name + "=\"(\\d+)\"") is { Success: true } a ? int.Parse(a.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
                var cell = new GridCell(System.Net.WebUtility.HtmlDecode(m.Groups[2].Value), (r, column));
                for (var dr = 0; dr < Attribute("rowspan"); dr++)
                {
                    for (var dc = 0; dc < Attribute("colspan"); dc++)
                    {
                        grid[r + dr][column + dc] = cell;
                    }
                }
            }
        }

        return [.. grid.Select(g => g.OrderBy(p => p.Key).Select(p => p.Value).ToArray())];
    }

    [Fact]
    public void Xlsx_WrittenToAFileAndReadBack_HasEveryCell()
    {
        var report = Report();
        var path = Path.Combine(_folder, "report.xlsx");
        using (var file = File.Create(path))
        {
            AnnualReportXlsx.Write(report, file);
        }

        AnnualReportReading reading;
        using (var file = File.OpenRead(path))
        {
            reading = AnnualReportXlsx.Read(file);
        }

        Assert.Empty(reading.Problems);
        Assert.Equal(report.Cells, reading.Report.Cells);
        Assert.Equal((2025, "某县民政局"), (reading.Report.Year, reading.Report.Agency));
        using var document = SpreadsheetDocument.Open(path, false);
        Assert.Equal(["报告", "二", "三", "四"], document.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value));
    }

    [Fact]
    public void Xlsx_TypedInWithATextCellAndAWrongTotal_IsReadAndChecked()
    {
        var path = Path.Combine(_folder, "typed.xlsx");
        var report = Report().With(ReportTable.Requests.FindRow("new")!, ReportTable.Requests.FindColumn("total")!, 5);
        using (var file = File.Create(path))
        {
            AnnualReportXlsx.Write(report, file);
        }

        // A clerk types "+2" over a count, as 天台县民政局's 2019 report did.
        using (var document = SpreadsheetDocument.Open(path, true))
        {
            var part = (WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Descendants<Sheet>().Single(s => s.Name == "二").Id!);
            var cell = part.Worksheet.Descendants<Cell>().Single(c => c.CellReference == "E4"); // 行政许可 › 本年处理决定数量
            cell.DataType = CellValues.InlineString;
            cell.CellValue = null;
            cell.InlineString = new InlineString(new Text("+2"));
            part.Worksheet.Save();
        }

        using var input = File.OpenRead(path);
        var reading = AnnualReportXlsx.Read(input);

        var problem = Assert.Single(reading.Problems);
        Assert.Equal(("ANNUAL202", "proactive", "licensing", "decisions"), (problem.Code.Id, problem.Location.Section, problem.Location.EntryId, problem.Location.Field));
        var found = AnnualReportValidator.Check(reading.Report).Select(p => $"{p.Code.Id} {p.Location.EntryId}/{p.Location.Field}").ToList();
        Assert.Contains("ANNUAL002 new/total", found);
        Assert.Contains("ANNUAL001 concluded-total/total", found);
        Assert.Contains("ANNUAL006 licensing/decisions", found);
    }

    [Fact]
    public void Docx_WrittenToAFileAndOpened_HasTheSectionsProseAndTables()
    {
        var path = Path.Combine(_folder, "report.docx");
        using (var file = File.Create(path))
        {
            AnnualReportDocx.Write(Report(), file);
        }

        using var document = WordprocessingDocument.Open(path, false);
        var body = document.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Elements<W.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal(
            ["某县民政局2025年政府信息公开工作年度报告", "一、总体情况", "总体情况第一段。", "总体情况第二段。", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
             "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "问题与改进。", "六、其他需要报告的事项", "无。"],
            paragraphs);

        var tables = body.Elements<W.Table>().ToList();
        Assert.Equal(3, tables.Count);
        var requests = Grid(tables[1]);
        Assert.Equal(3 + ReportTable.Requests.Rows.Length, requests.Length);
        Assert.All(requests, row => Assert.Equal(10, row.Length));
        Assert.Equal(["一、本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量", "0", "1", "0", "0", "1", "0", "2"], requests[3].Select(c => c.Text));
        var notHeld = requests.Single(r => r[2].Text == "1.本机关不掌握相关政府信息");
        Assert.Equal(["三、本年度办理结果", "（四）无法提供", "1.本机关不掌握相关政府信息", "0", "0", "0", "0", "1", "0", "1"], notHeld.Select(c => c.Text));

        // The label cells are merged as in the template: one 三、本年度办理结果 cell down every result row, one cell per group
        // down its numbered rows, and the header's corner, 自然人 and 总计 down the three header rows.
        int RowsOf(string text, int column) => requests.Select(r => r[column]).Where(c => c.Text == text).Select(c => c.Origin).Distinct().Count() == 1
            ? requests.Count(r => r[column].Text == text) : -1;
        Assert.Equal(ReportTable.Requests.Rows.Count(r => !r.Path.IsEmpty), RowsOf("三、本年度办理结果", 0));
        Assert.Equal((8, 3, 5, 3), (RowsOf("（三）不予公开", 1), RowsOf("（四）无法提供", 1), RowsOf("（五）不予处理", 1), RowsOf("（六）其他处理", 1)));
        Assert.Equal((3, 2, 2), (RowsOf(ReportTable.BalanceNote, 0), RowsOf("自然人", 3), RowsOf("总计", 9)));
        Assert.Equal(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"], requests[2][4..9].Select(c => c.Text));
        Assert.All(requests[1][4..9], c => Assert.Equal(("法人或其他组织", (1, 4)), (c.Text, c.Origin)));

        // The same cells and merges as the HTML rendering (rowspan/colspan) of the same report, in every table.
        var html = Report().ToHtml();
        var htmlTables = System.Text.RegularExpressions.Regex.Matches(html, "<table>(.*?)</table>", System.Text.RegularExpressions.RegexOptions.Singleline).Select(m => HtmlGrid(m.Groups[1].Value)).ToList();
        Assert.Equal(3, htmlTables.Count);
        for (var t = 0; t < 3; t++)
        {
            var docx = Grid(tables[t]);
            Assert.Equal(htmlTables[t].Length, docx.Length);
            for (var r = 0; r < docx.Length; r++)
            {
                Assert.Equal(htmlTables[t][r], docx[r]);
            }
        }

        var appeals = Grid(tables[2]);
        Assert.Equal(["1", "0", "0", "0", "1"], appeals[^1].Take(5).Select(c => c.Text));
        Assert.All(appeals[1].Take(5).Zip(appeals[2].Take(5)), pair => Assert.Equal(pair.First, pair.Second));
        Assert.Contains("7", tables[0].InnerText, StringComparison.Ordinal);
    }
}
