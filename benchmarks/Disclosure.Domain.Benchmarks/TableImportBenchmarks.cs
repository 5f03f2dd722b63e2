using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Disclosure.Domain.Office.Spreadsheets;
using Disclosure.Domain.RulePacks.Tables;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;

namespace Disclosure.Domain.Benchmarks;

/// <summary>
/// A county's column table of 2,000 rows (three levels, merged first-level cells, six deadline phrases, split
/// responsible cells) imported into a checked rule pack: from .xlsx (issue 18: ≤ 1 s) and, for comparison, from the
/// same table as csv. Each import reads the file, parses every cell, builds the pack and loads it as any pack is loaded.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class TableImportBenchmarks
{
    private const int Rows = 2_000;
    private static readonly TableImportOptions Options = new("county", new LocalDate(2024, 1, 1)) { Bureau = "某县民政局" };
    private byte[] xlsx = null!;
    private byte[] csv = null!;

    [GlobalSetup]
    public void Setup()
    {
        string[] deadlines = ["及时更新", "信息形成或者变更之日起20个工作日内", "每季度更新", "年底前", "持续推进", "经本级财政部门批复后20日内"];
        string[] units = ["办公室", "社会救助科", "社会事务科、养老服务和慈善事业促进科", "各相关科室"];
        var rows = new List<string?[]> { new string?[] { "序号", "一级栏目", "二级栏目", "三级栏目", "公开时限", "责任科室" } };
        var merges = new List<string>();
        for (var i = 1; i <= Rows; i++)
        {
            var first = i % 50 == 1 ? $"一级栏目{(i / 50) + 1}" : null;
            rows.Add([i.ToString(CultureInfo.InvariantCulture), first, i % 10 == 1 ? $"二级栏目{(i / 10) + 1}" : null, $"栏目{i}", deadlines[i % deadlines.Length], units[i % units.Length]]);
            if (i % 50 == 1)
            {
                merges.Add($"B{i + 1}:B{Math.Min(i + 50, Rows + 1)}");
            }
        }

        xlsx = Workbook(rows, merges);
        csv = Encoding.UTF8.GetBytes(string.Join("\n", rows.Select(r => string.Join(",", r.Select(c => c is null ? string.Empty : c.Contains('、', StringComparison.Ordinal) ? $"\"{c}\"" : c)))));
        if (!ImportXlsx().Succeeded || ImportXlsx().ColumnCount != Rows || !ImportCsv().Succeeded)
        {
            throw new InvalidOperationException("the benchmark table does not import");
        }
    }

    [Benchmark]
    public TableImportResult ImportXlsx() => TableImporter.Import(XlsxTableReader.Read(xlsx, "county.xlsx"), Options);

    [Benchmark]
    public TableImportResult ImportCsv() => TableImporter.Import(TableReader.ReadCsv(csv, "county.csv"), Options);

    private static byte[] Workbook(List<string?[]> rows, List<string> merges)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var text = rows[r][c];
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    row.Append(text is null
                        ? new Cell { CellReference = reference }
                        : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) });
                }

                data.Append(row);
            }

            var worksheet = new Worksheet(data);
            worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
            sheetPart.Worksheet = worksheet;
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "分工表" }));
        }

        return stream.ToArray();
    }
}
