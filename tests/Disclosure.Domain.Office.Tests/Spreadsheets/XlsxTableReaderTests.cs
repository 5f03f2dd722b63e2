using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Office.Spreadsheets;
using Disclosure.Domain.RulePacks;
using Disclosure.Domain.RulePacks.Tables;

namespace Disclosure.Domain.Office.Tests.Spreadsheets;

public sealed class XlsxTableReaderTests
{
    // Rows 1–6 of the seed's section 五 as a clerk keeps them in Excel: 一级栏目 merged down (A2:A5 is not the seed's
    // hierarchy, the seed's is B2:B5 = 政策法规), 二级栏目 merged over rows 6–7, 更新频率 and 负责科室 merged too.
    internal static byte[] SeedWorkbook(bool withFormula = false)
    {
        string?[][] rows =
        [
            ["序号", "一级栏目", "二级栏目", "三级栏目", "更新频率", "负责科室"],
            ["1", "政策法规", "部门文件", null, "及时更新", "各科室"],
            ["2", null, "规范性文件发布", null, null, null],
            ["3", null, "规范性文件立改废", null, null, null],
            ["4", null, "上级文件", null, null, null],
            ["5", "重大决策预公开", "意见征集", null, "及时更新", "各科室"],
            ["6", null, "意见反馈", null, null, null],
            ["7", "规划计划", null, null, "及时更新", "办公室"],
            ["8", "决策部署落实情况", null, null, "季度更新", withFormula ? "=B2" : "各科室"],
        ];
        return Workbook(rows, ["B2:B5", "E2:E5", "F2:F5", "B6:B7", "E6:E7", "F6:F7", "B8:D8", "B9:D9"], withFormula ? "F9" : null);
    }

    internal static byte[] Workbook(string?[][] rows, string[] merges, string? formulaCell)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    var text = rows[r][c];
                    if (reference == formulaCell)
                    {
                        row.Append(new Cell { CellReference = reference, CellFormula = new CellFormula(text![1..]), CellValue = new CellValue("政策法规") , DataType = CellValues.String });
                    }
                    else if (text is null)
                    {
                        row.Append(new Cell { CellReference = reference });
                    }
                    else if (int.TryParse(text, out _))
                    {
                        row.Append(new Cell { CellReference = reference, CellValue = new CellValue(text) });
                    }
                    else
                    {
                        strings.SharedStringTable.Append(new SharedStringItem(new Text(text)));
                        row.Append(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(strings.SharedStringTable.Count() - 1) });
                    }
                }

                data.Append(row);
            }

            var worksheet = new Worksheet(data);
            if (merges.Length > 0)
            {
                worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
            }

            sheetPart.Worksheet = worksheet;
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "分工表" }));
        }

        return stream.ToArray();
    }

    [Fact]
    public void Read_WorkbookWithMerges_KeepsCellsAndMergeRanges()
    {
        var table = XlsxTableReader.Read(SeedWorkbook(), "分工表.xlsx");

        Assert.Equal(TableLayout.Grid, table.Layout);
        Assert.Equal(9, table.Rows.Length);
        Assert.Equal(["序号", "一级栏目", "二级栏目", "三级栏目", "更新频率", "负责科室"], table.Rows[0].Cells);
        Assert.Equal("", table.Rows[2].Cells[1]);
        Assert.Contains(new CellRange(2, 2, 5, 2), table.Merges);
        Assert.Contains(new CellRange(8, 2, 8, 4), table.Merges);
    }

    [Fact]
    public void Import_WorkbookWithMerges_FollowsTheMergedCells()
    {
        var result = TableImporter.Import(XlsxTableReader.Read(SeedWorkbook(), "分工表.xlsx"), new TableImportOptions("county", new LocalDate(2024, 1, 1)) { Bureau = "某县民政局" });

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var columns = result.Pack!.Catalog.Columns;
        Assert.Equal(8, columns.Length);
        Assert.Equal(["政策法规"], columns.Single(c => c.SeedRow == 3).Path);
        Assert.Equal(["重大决策预公开"], columns.Single(c => c.SeedRow == 6).Path);
        Assert.Empty(columns.Single(c => c.SeedRow == 7).Path);
        Assert.Equal("季度更新", columns.Single(c => c.SeedRow == 8).FrequencyLabel);
        Assert.Equal("各科室", columns.Single(c => c.SeedRow == 4).ResponsibleLabel);
        Assert.DoesNotContain(result.Warnings, w => w.Code == TableImportCodes.AmbiguousRow);
    }

    [Fact]
    public void Import_FormulaCell_IsRefusedAtItsRowAndColumn()
    {
        var result = TableImporter.Import(XlsxTableReader.Read(SeedWorkbook(withFormula: true), "分工表.xlsx"), new TableImportOptions("county", new LocalDate(2024, 1, 1)) { Bureau = "某县民政局" });

        Assert.False(result.Succeeded);
        Assert.Null(result.GetPackJson());
        var error = Assert.Single(result.Errors);
        Assert.Equal(TableImportCodes.Formula, error.Code);
        Assert.Equal(9, error.Location.Line);
        Assert.Equal(6, error.Location.Column);
        Assert.Contains("负责科室", error.Location.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ZipBomb_IsRefusedBeforeInflating()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 200; i++)
            {
                entry.Write(zeros); // 200 MiB of zeros compress to about 200 KB
            }
        }

        var bytes = stream.ToArray();
        Assert.True(bytes.Length < 1_000_000, $"{bytes.Length} bytes");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<TableImportException>(() => XlsxTableReader.Read(bytes, "bomb.xlsx"));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 16 * 1024 * 1024, "read in bounded memory");
        Assert.Equal(DataProblemCodes.FileTooLarge, Assert.Single(e.Problems).Code);
        Assert.Contains("zip bomb", e.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotAWorkbook_IsRefusedWithAProblem()
    {
        var e = Assert.Throws<TableImportException>(() => XlsxTableReader.Read("序号,一级栏目\n"u8.ToArray(), "table.xlsx"));
        Assert.Contains("not an .xlsx workbook", e.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TwoThousandRowWorkbook_ImportsEveryRow()
    {
        var bytes = LargeWorkbook(2_000);
        var result = TableImporter.Import(XlsxTableReader.Read(bytes, "large.xlsx"), new TableImportOptions("county", new LocalDate(2024, 1, 1)) { Bureau = "某县民政局" });

        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Take(5)));
        Assert.Equal(2_000, result.ColumnCount);
    }

    internal static byte[] LargeWorkbook(int count)
    {
        string[] deadlines = ["及时更新", "信息形成或者变更之日起20个工作日内", "每季度更新", "年底前", "持续推进", "经本级财政部门批复后20日内"];
        string[] units = ["办公室", "社会救助科", "社会事务科、养老服务和慈善事业促进科", "各相关科室"];
        var rows = new List<string?[]> { new string?[] { "序号", "一级栏目", "二级栏目", "三级栏目", "公开时限", "责任科室" } };
        var merges = new List<string>();
        for (var i = 1; i <= count; i++)
        {
            var first = i % 50 == 1 ? $"一级栏目{(i / 50) + 1}" : null;
            var second = i % 10 == 1 ? $"二级栏目{(i / 10) + 1}" : null;
            rows.Add([i.ToString(System.Globalization.CultureInfo.InvariantCulture), first, second, $"栏目{i}", deadlines[i % deadlines.Length], units[i % units.Length]]);
            if (i % 50 == 1)
            {
                merges.Add($"B{i + 1}:B{Math.Min(i + 50, count + 1)}");
            }
        }

        return Workbook([.. rows], [.. merges], null);
    }
}
