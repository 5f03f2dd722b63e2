using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Disclosure.Domain.Office.Spreadsheets;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using NodaTime;

namespace Disclosure.Domain.Benchmarks;

/// <summary>
/// A province's due report as a workbook: 225,000 rows × 13 columns (text, dates, numbers, booleans), written to a
/// file, by the Office package's <see cref="XlsxWriter"/> (zip in create mode, rows streamed), by DocumentFormat.OpenXml's
/// SAX-style <see cref="OpenXmlWriter"/> (the baseline: the SDK's own streaming API) and by MiniExcel (dictionary rows,
/// its reflection-free path). Each run writes the same rows with Chinese headers, a frozen header row where the
/// library offers one, and dates as date cells.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class XlsxBenchmarks
{
    private const int Rows = 225_000;

    private static readonly string[] Headers = ["栏目编号", "序号", "栏目", "更新频率", "义务", "周期开始", "周期结束", "应完成日期", "状态", "逾期工作日", "完成日期", "负责科室", "暂定"];

    private Obligation[] rows = null!;
    private string path = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        string[] units = ["办公室", "社会救助科", "儿童福利科", "养老服务科", "各相关科室"];
        string[] statuses = ["待办", "逾期", "已完成"];
        var start = new LocalDate(2024, 1, 1);
        rows = new Obligation[Rows];
        for (var i = 0; i < Rows; i++)
        {
            var due = start.PlusDays(random.Next(0, 366));
            rows[i] = new Obligation(
                $"column-{i % 75}", i % 75 + 1, $"栏目名称{i % 75}（政策解读）", "monthly", $"2024-{random.Next(1, 13):D2}",
                due.PlusDays(-30), due, due.PlusDays(5), statuses[i % 3], random.Next(0, 40),
                i % 3 == 2 ? due.PlusDays(-2) : null, units[i % units.Length], i % 50 == 0);
        }

        path = Path.Combine(Path.GetTempPath(), $"xlsx-benchmark-{Environment.ProcessId}.xlsx");
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(path);

    [Benchmark]
    public long XlsxWriter_Office()
    {
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write))
        {
            XlsxWriter.Write(stream, "应办事项", Columns, rows);
        }

        return new FileInfo(path).Length;
    }

    [Benchmark(Baseline = true)]
    public long OpenXml_SaxWriter()
    {
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite))
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy\\-mm\\-dd" }) { Count = 1 },
                new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }, new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 3 });
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(sheetPart))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteElement(new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }));
                writer.WriteStartElement(new SheetData());
                writer.WriteStartElement(new Row());
                foreach (var header in Headers)
                {
                    writer.WriteElement(new Cell(new InlineString(new Text(header))) { DataType = CellValues.InlineString, StyleIndex = 1 });
                }

                writer.WriteEndElement();
                foreach (var o in rows)
                {
                    writer.WriteStartElement(new Row());
                    Text(writer, o.Column);
                    Number(writer, o.SeedRow);
                    Text(writer, o.Name);
                    Text(writer, o.Frequency);
                    Text(writer, o.Key);
                    Date(writer, o.PeriodStart);
                    Date(writer, o.PeriodEnd);
                    Date(writer, o.DueOn);
                    Text(writer, o.Status);
                    Number(writer, o.OverdueWorkingDays);
                    if (o.SatisfiedOn is { } on)
                    {
                        Date(writer, on);
                    }
                    else
                    {
                        writer.WriteElement(new Cell());
                    }

                    Text(writer, o.Responsible);
                    writer.WriteElement(new Cell(new CellValue(o.Provisional)) { DataType = CellValues.Boolean });
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = "应办事项", SheetId = 1, Id = workbook.GetIdOfPart(sheetPart) }));
        }

        return new FileInfo(path).Length;
    }

    [Benchmark]
    public long MiniExcel_Dictionaries()
    {
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write))
        {
            stream.SaveAs(Dictionaries(), configuration: new OpenXmlConfiguration { FreezeRowCount = 1 });
        }

        return new FileInfo(path).Length;
    }

    private static readonly XlsxColumn<Obligation>[] Columns =
    [
        new(Headers[0], 14, o => XlsxCell.Text(o.Column)),
        new(Headers[1], 6, o => XlsxCell.Number(o.SeedRow)),
        new(Headers[2], 30, o => XlsxCell.Text(o.Name)),
        new(Headers[3], 10, o => XlsxCell.Text(o.Frequency)),
        new(Headers[4], 12, o => XlsxCell.Text(o.Key)),
        new(Headers[5], 12, o => XlsxCell.Date(o.PeriodStart)),
        new(Headers[6], 12, o => XlsxCell.Date(o.PeriodEnd)),
        new(Headers[7], 12, o => XlsxCell.Date(o.DueOn)),
        new(Headers[8], 8, o => XlsxCell.Text(o.Status)),
        new(Headers[9], 8, o => XlsxCell.Number(o.OverdueWorkingDays)),
        new(Headers[10], 12, o => XlsxCell.Date(o.SatisfiedOn)),
        new(Headers[11], 14, o => XlsxCell.Text(o.Responsible)),
        new(Headers[12], 6, o => XlsxCell.Boolean(o.Provisional)),
    ];

    private IEnumerable<Dictionary<string, object?>> Dictionaries()
    {
        foreach (var o in rows)
        {
            yield return new Dictionary<string, object?>(13)
            {
                [Headers[0]] = o.Column,
                [Headers[1]] = o.SeedRow,
                [Headers[2]] = o.Name,
                [Headers[3]] = o.Frequency,
                [Headers[4]] = o.Key,
                [Headers[5]] = o.PeriodStart.ToDateTimeUnspecified(),
                [Headers[6]] = o.PeriodEnd.ToDateTimeUnspecified(),
                [Headers[7]] = o.DueOn.ToDateTimeUnspecified(),
                [Headers[8]] = o.Status,
                [Headers[9]] = o.OverdueWorkingDays,
                [Headers[10]] = o.SatisfiedOn?.ToDateTimeUnspecified(),
                [Headers[11]] = o.Responsible,
                [Headers[12]] = o.Provisional,
            };
        }
    }

    private static void Text(OpenXmlWriter writer, string text) =>
        writer.WriteElement(new Cell(new InlineString(new Text(text))) { DataType = CellValues.InlineString });

    private static void Number(OpenXmlWriter writer, int value) => writer.WriteElement(new Cell(new CellValue(value)));

    private static void Date(OpenXmlWriter writer, LocalDate date) =>
        writer.WriteElement(new Cell(new CellValue(date.ToDateTimeUnspecified().ToOADate())) { StyleIndex = 2 });

    private sealed record Obligation(
        string Column, int SeedRow, string Name, string Frequency, string Key, LocalDate PeriodStart, LocalDate PeriodEnd,
        LocalDate DueOn, string Status, int OverdueWorkingDays, LocalDate? SatisfiedOn, string Responsible, bool Provisional);
}
