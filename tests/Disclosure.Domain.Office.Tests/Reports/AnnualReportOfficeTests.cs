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
        var requests = tables[1].Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(3 + ReportTable.Requests.Rows.Length, requests.Count);
        Assert.Equal(["一、本年新收政府信息公开申请数量", "0", "1", "0", "0", "1", "0", "2"], requests[3]);
        Assert.Equal(["三、本年度办理结果 （四）无法提供 1.本机关不掌握相关政府信息", "0", "0", "0", "0", "1", "0", "1"], requests.Single(r => r[0].EndsWith("1.本机关不掌握相关政府信息", StringComparison.Ordinal)));
        Assert.All(tables[1].Elements<W.TableRow>(), row => Assert.Equal(8, row.Elements<W.TableCell>().Sum(c => c.TableCellProperties?.GridSpan?.Val?.Value ?? 1)));
        var appeals = tables[2].Elements<W.TableRow>().Last().Elements<W.TableCell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["1", "0", "0", "0", "1"], appeals.Take(5));
        Assert.Contains("7", tables[0].InnerText, StringComparison.Ordinal);
    }
}
