using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Disclosure.Domain.RulePacks.Tables;

namespace Disclosure.Cli.Tests;

/// <summary>
/// The files staff open, written by the CLI and read back with independent readers: CSV bytes, .xlsx through
/// DocumentFormat.OpenXml, .ics through Ical.Net.
/// </summary>
public sealed class FileFormatTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("file-format-tests-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string PathOf(string name) => Path.Combine(directory, name);

    internal static (List<string> Headers, List<List<string>> Rows, List<int> DateColumns, bool Frozen) ReadXlsx(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbook = document.WorkbookPart!;
        var formats = workbook.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!);
        var xfs = workbook.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var sheet = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Single().Id!.Value!);
        string Text(Cell c)
        {
            if (c.DataType?.InnerText == "inlineStr")
            {
                return c.InlineString!.Text!.Text;
            }

            var format = formats.GetValueOrDefault(xfs[(int)(c.StyleIndex?.Value ?? 0)].NumberFormatId?.Value ?? 0);
            return format is not null && format.Contains("yy", StringComparison.Ordinal)
                ? DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : c.CellValue!.Text;
        }

        // Cells are placed by their reference, so an empty (left-out) cell keeps the others in their columns.
        static int Column(Cell c) => c.CellReference!.Value!.TakeWhile(char.IsLetter).Aggregate(0, (n, ch) => (n * 26) + ch - 'A' + 1) - 1;
        var rows = sheet.Worksheet.Descendants<Row>().Select(r =>
        {
            var cells = r.Elements<Cell>().ToList();
            var values = new string[cells.Count == 0 ? 0 : cells.Max(Column) + 1];
            Array.Fill(values, string.Empty);
            cells.ForEach(c => values[Column(c)] = Text(c));
            return values.ToList();
        }).ToList();
        var dateColumns = sheet.Worksheet.Descendants<Row>().Skip(1).SelectMany(r => r.Elements<Cell>())
            .Where(c => c.StyleIndex is not null && formats.ContainsKey(xfs[(int)c.StyleIndex.Value].NumberFormatId?.Value ?? 0))
            .Select(Column).Distinct().Order().ToList();
        var frozen = sheet.Worksheet.Descendants<Pane>().Any(p => p.State?.InnerText == "frozen" && p.VerticalSplit?.Value == 1);
        return (rows[0], rows.Skip(1).ToList(), dateColumns, frozen);
    }

    [Fact]
    public void Due_CsvToFile_StartsWithTheUtf8ByteOrderMark()
    {
        var file = PathOf("due.csv");

        var (code, output, _) = CliRunner.Run("due", "--as-of", "2024-07-01", "--format", "csv", "--out", file);

        Assert.Equal(0, code);
        Assert.Contains("due.csv", output, StringComparison.Ordinal);
        var bytes = File.ReadAllBytes(file);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal((byte)'c', bytes[3]);
        // Only one mark, and the rest is UTF-8 Chinese text.
        Assert.DoesNotContain('\uFEFF', System.Text.Encoding.UTF8.GetString(bytes[3..]));
        Assert.Contains("办公室", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Due_Xlsx_HasChineseHeadersDateCellsAndOneRowPerObligation()
    {
        var file = PathOf("due.xlsx");
        var json = JsonDocument.Parse(CliRunner.Run("due", "--as-of", "2024-07-01", "--format", "json").Output).RootElement.EnumerateArray().ToList();

        var (code, output, error) = CliRunner.Run("due", "--as-of", "2024-07-01", "--format", "xlsx", "--lang", "zh-CN", "--out", file);

        Assert.Equal((0, string.Empty), (code, error));
        Assert.Contains("（28行）", output, StringComparison.Ordinal);
        var (headers, rows, dateColumns, frozen) = ReadXlsx(file);
        Assert.Equal(["序号", "栏目编号", "栏目", "更新频率", "期次", "周期开始", "周期结束", "应完成日期", "状态", "逾期工作日", "完成日期", "负责科室", "暂定", "撤下日期", "应公示至", "公示期不足"], headers);
        Assert.True(frozen);
        Assert.Equal(json.Count, rows.Count);
        Assert.Equal([5, 6, 7], dateColumns);
        Assert.Equal(json.Select(o => o.GetProperty("dueOn").GetString()), rows.Select(r => r[7]));
        Assert.Equal(json.Select(o => o.GetProperty("column").GetString()), rows.Select(r => r[1]));
        Assert.Equal(json.Select(o => o.GetProperty("overdueWorkingDays").GetInt32().ToString(CultureInfo.InvariantCulture)), rows.Select(r => r[9]));
        Assert.Equal(["待办", "逾期"], rows.Select(r => r[8]).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains("2024年第三季度", rows.Select(r => r[4]));
    }

    [Fact]
    public void Due_XlsxInEnglish_HasEnglishHeadersAndStatuses()
    {
        var file = PathOf("due-en.xlsx");

        Assert.Equal(0, CliRunner.Run("due", "--as-of", "2024-07-01", "--format", "xlsx", "--lang", "en", "--out", file).ExitCode);

        var (headers, rows, _, _) = ReadXlsx(file);
        Assert.Equal(["Row", "Column id", "Column", "Frequency", "Period", "Period start", "Period end", "Due", "Status", "Working days overdue", "Done on", "Responsible", "Provisional", "Withdrawn on", "Display until", "Display period cut short"], headers);
        Assert.Equal(["due", "overdue"], rows.Select(r => r[8]).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains("2024-Q3", rows.Select(r => r[4]));
    }

    [Fact]
    public void Due_CsvAndXlsx_WithAnItemWithdrawnBeforeItsDisplayPeriodEnded_CarryTheFinding()
    {
        // A 公示7个工作日 column added to the embedded pack. Published Fri 2024-09-27, the period ends Sat 10-12 (the
        // National Day block does not count, the make-up Sunday 09-29 does): withdrawn Tue 10-08 after 3 of 7. Published
        // Wed 06-05, it ends Mon 06-17 (Dragon Boat Monday 06-10 is off): withdrawn that day, no finding.
        var pack = PathOf("notices.pack.json");
        File.WriteAllText(pack, """
            {"formatVersion": 1, "id": "with-notices", "extends": "builtin:xuancheng-civil-affairs-2024",
             "catalog": [{"id": "assistance-notices", "name": "低保公示", "englishName": "Assistance notices", "seedRow": 76, "frequency": "timely",
                          "deadline": {"kind": "timely", "workingDays": 10, "displayWorkingDays": 7}, "responsible": "办公室"}]}
            """);
        var log = PathOf("log.json");
        File.WriteAllText(log, """
            {"formatVersion": 1, "kind": "publication-log",
             "information": [{"column": "assistance-notices", "formedOn": "2024-09-23", "publishedOn": "2024-09-27"},
                             {"column": "assistance-notices", "formedOn": "2024-06-03", "publishedOn": "2024-06-05"}],
             "withdrawals": [{"column": "assistance-notices", "publishedOn": "2024-09-27", "withdrawnOn": "2024-10-08"},
                             {"column": "assistance-notices", "publishedOn": "2024-06-05", "withdrawnOn": "2024-06-17"}]}
            """);
        string[] due = ["due", "--as-of", "2024-10-31", "--pack", pack, "--log", log];
        var json = JsonDocument.Parse(CliRunner.Run([.. due, "--format", "json"]).Output).RootElement.EnumerateArray()
            .Where(o => o.GetProperty("status").GetString() != "untracked").ToList();
        var csvFile = PathOf("due.csv");
        var xlsxFile = PathOf("due.xlsx");
        var englishFile = PathOf("due-en.xlsx");

        Assert.Equal(0, CliRunner.Run([.. due, "--format", "csv", "--out", csvFile]).ExitCode);
        Assert.Equal(0, CliRunner.Run([.. due, "--format", "xlsx", "--lang", "zh-CN", "--out", xlsxFile]).ExitCode);
        Assert.Equal(0, CliRunner.Run([.. due, "--format", "xlsx", "--lang", "en", "--out", englishFile]).ExitCode);

        // CSV, read back with the library's RFC 4180 reader: the JSON's displayBreach, flattened, on the same rows.
        var csv = TableReader.ReadCsv(File.ReadAllBytes(csvFile), "due.csv").Rows.Select(r => r.Cells).ToList();
        var header = csv[0].ToList();
        Assert.Equal(["provisional", "displayBreach", "withdrawnOn", "postedWorkingDays", "requiredWorkingDays", "displayEndsOn"], header[^6..]);
        Assert.Equal(json.Count, csv.Count - 1);
        string Cell(int row, string name) => csv[row + 1].ElementAtOrDefault(header.IndexOf(name)) ?? string.Empty;
        for (var i = 0; i < json.Count; i++)
        {
            var breach = json[i].GetProperty("displayBreach");
            Assert.Equal(json[i].GetProperty("column").GetString(), Cell(i, "column"));
            Assert.Equal(
                breach.ValueKind == JsonValueKind.Null
                    ? ["", "", "", "", ""]
                    : new[] { breach.GetProperty("code").GetString(), breach.GetProperty("withdrawnOn").GetString(), breach.GetProperty("postedWorkingDays").GetInt32().ToString(CultureInfo.InvariantCulture), breach.GetProperty("requiredWorkingDays").GetInt32().ToString(CultureInfo.InvariantCulture), breach.GetProperty("displayEndsOn").GetString() },
                header[^5..].Select(name => Cell(i, name)));
        }

        var withBreach = Assert.Single(Enumerable.Range(0, json.Count), i => Cell(i, "displayBreach").Length > 0);
        Assert.Equal(("assistance-notices", "2024-09-27", "PUB001", "2024-10-08", "3", "7", "2024-10-12"), (Cell(withBreach, "column"), Cell(withBreach, "satisfiedOn"), Cell(withBreach, "displayBreach"), Cell(withBreach, "withdrawnOn"), Cell(withBreach, "postedWorkingDays"), Cell(withBreach, "requiredWorkingDays"), Cell(withBreach, "displayEndsOn")));
        Assert.Equal(2, Enumerable.Range(0, json.Count).Count(i => Cell(i, "column") == "assistance-notices"));

        // xlsx: the two days as date cells, the text report's line in the run's language; nothing on the other rows.
        var (headers, rows, dateColumns, _) = ReadXlsx(xlsxFile);
        Assert.Equal(["撤下日期", "应公示至", "公示期不足"], headers[^3..]);
        Assert.Contains(headers.Count - 3, dateColumns);
        Assert.Contains(headers.Count - 2, dateColumns);
        Assert.Equal(json.Count, rows.Count);
        string At(List<string> row, int column) => row.ElementAtOrDefault(column) ?? string.Empty;
        var breachRow = Assert.Single(rows, r => At(r, headers.Count - 3).Length > 0);
        Assert.Equal(
            ("assistance-notices", "2024-09-27", "2024-10-08", "2024-10-12", "PUB001 第76行 低保公示：2024年9月27日发布，2024年10月8日撤下，公示期7个工作日仅公示3个工作日（应公示至2024年10月12日）；请重新公示剩余4个工作日，或记录提前撤下的原因。"),
            (breachRow[1], breachRow[headers.IndexOf("完成日期")], breachRow[^3], breachRow[^2], breachRow[^1]));
        Assert.Equal(1, rows.Count(r => At(r, headers.Count - 1).Length > 0));

        var (englishHeaders, englishRows, _, _) = ReadXlsx(englishFile);
        Assert.Equal(["Withdrawn on", "Display until", "Display period cut short"], englishHeaders[^3..]);
        var english = Assert.Single(englishRows, r => At(r, englishHeaders.Count - 1).Length > 0);
        Assert.StartsWith("PUB001 row 76 低保公示: published 2024-09-27, withdrawn 2024-10-08 after 3 of the 7 working days of its display period (公示期) (it had to stay posted until 2024-10-12); repost it for the remaining 4 working day(s)", english[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Due_CsvAndXlsx_ListTheUntrackedColumnAsTheJsonDoes()
    {
        // A 持续推进 column added to the embedded pack: no deadline, so no obligation, but the clerk's files must show it.
        var pack = PathOf("untracked.pack.json");
        File.WriteAllText(pack, """
            {"formatVersion": 1, "id": "with-untracked", "extends": "builtin:xuancheng-civil-affairs-2024",
             "catalog": [{"id": "standardization", "name": "基层政务公开标准化", "englishName": "Standardization", "seedRow": 77, "frequency": "持续推进",
                          "deadline": {"kind": "untracked"}, "responsible": "办公室"}]}
            """);
        string[] due = ["due", "--as-of", "2024-07-01", "--pack", pack];
        var (jsonCode, jsonText, jsonError) = CliRunner.Run([.. due, "--format", "json"]);
        Assert.True(jsonCode == 0, jsonError);
        var json = JsonDocument.Parse(jsonText).RootElement.EnumerateArray().ToList();
        var csvFile = PathOf("due.csv");
        var xlsxFile = PathOf("due.xlsx");
        var englishFile = PathOf("due-en.xlsx");

        Assert.Equal(0, CliRunner.Run([.. due, "--format", "csv", "--out", csvFile]).ExitCode);
        Assert.Equal(0, CliRunner.Run([.. due, "--format", "xlsx", "--lang", "zh-CN", "--out", xlsxFile]).ExitCode);
        Assert.Equal(0, CliRunner.Run([.. due, "--format", "xlsx", "--lang", "en", "--out", englishFile]).ExitCode);

        // CSV: every JSON entry on its row, in the same order, the untracked one last with status untracked and no dates.
        var csv = TableReader.ReadCsv(File.ReadAllBytes(csvFile), "due.csv").Rows.Select(r => r.Cells).ToList();
        var header = csv[0].ToList();
        string Cell(int row, string name) => csv[row + 1].ElementAtOrDefault(header.IndexOf(name)) ?? string.Empty;
        string Field(JsonElement e, string name) => e.GetProperty(name) is { ValueKind: JsonValueKind.String } v ? v.GetString()! : e.GetProperty(name).ValueKind == JsonValueKind.Null ? string.Empty : e.GetProperty(name).GetRawText();
        Assert.Equal(json.Count, csv.Count - 1);
        string[] fields = ["column", "seedRow", "name", "frequency", "obligation", "periodStart", "periodEnd", "dueOn", "status", "overdueWorkingDays", "satisfiedOn", "lateWorkingDays", "responsible", "provisional"];
        for (var i = 0; i < json.Count; i++)
        {
            Assert.Equal(fields.Select(f => Field(json[i], f)), fields.Select(f => Cell(i, f)));
        }

        var untracked = Assert.Single(Enumerable.Range(0, json.Count), i => Cell(i, "status") == "untracked");
        Assert.Equal(json.Count - 1, untracked);
        Assert.Equal(("standardization", "77", "基层政务公开标准化", "", "", "办公室"), (Cell(untracked, "column"), Cell(untracked, "seedRow"), Cell(untracked, "name"), Cell(untracked, "dueOn"), Cell(untracked, "obligation"), Cell(untracked, "responsible")));

        // xlsx: the same rows; the untracked one says 不计时限 / untracked, with its 持续推进 and no date cells.
        var (headers, rows, _, _) = ReadXlsx(xlsxFile);
        Assert.Equal(json.Count, rows.Count);
        Assert.Equal(json.Select(o => o.GetProperty("column").GetString()), rows.Select(r => r[1]));
        var row = rows[^1];
        string At(List<string> r, string name) => r.ElementAtOrDefault(headers.IndexOf(name)) ?? string.Empty;
        Assert.Equal(("77", "基层政务公开标准化", "持续推进", "", "", "不计时限", "", "办公室"), (At(row, "序号"), At(row, "栏目"), At(row, "更新频率"), At(row, "期次"), At(row, "应完成日期"), At(row, "状态"), At(row, "逾期工作日"), At(row, "负责科室")));
        Assert.Single(rows, r => At(r, "状态") == "不计时限");

        var (englishHeaders, englishRows, _, _) = ReadXlsx(englishFile);
        Assert.Equal("untracked", englishRows[^1][englishHeaders.IndexOf("Status")]);
    }

    [Fact]
    public void Xlsx_WithoutOut_IsRefusedWithTheFix()
    {
        var (code, output, error) = CliRunner.Run("due", "--as-of", "2024-07-01", "--format", "xlsx");

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("--out report.xlsx", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_Xlsx_HasOneRowPerColumnOfTheCatalog()
    {
        var file = PathOf("catalog.xlsx");
        var json = JsonDocument.Parse(CliRunner.Run("catalog", "--format", "json").Output).RootElement.EnumerateArray().ToList();

        Assert.Equal(0, CliRunner.Run("catalog", "--format", "xlsx", "--lang", "zh-CN", "--out", file).ExitCode);

        var (headers, rows, _, frozen) = ReadXlsx(file);
        Assert.Equal("栏目编号", headers[1]);
        Assert.True(frozen);
        Assert.Equal(json.Select(c => c.GetProperty("id").GetString()), rows.Select(r => r[1]));
        Assert.Equal(json.Select(c => c.GetProperty("responsible").GetString()), rows.Select(r => r[7]));
    }

    [Fact]
    public void Calendar_Xlsx_HasOneDateCellPerDay()
    {
        var file = PathOf("calendar.xlsx");

        Assert.Equal(0, CliRunner.Run("calendar", "--from", "2024-09-28", "--to", "2024-10-08", "--format", "xlsx", "--lang", "zh-CN", "--out", file).ExitCode);

        var (headers, rows, dateColumns, _) = ReadXlsx(file);
        Assert.Equal(["日期", "星期", "类型", "工作日", "节日", "暂定"], headers);
        Assert.Equal([0], dateColumns);
        Assert.Equal(Enumerable.Range(0, 11).Select(i => new DateOnly(2024, 9, 28).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), rows.Select(r => r[0]));
        // 09-28 Saturday off, 09-29 a working Sunday (调休), 10-01..10-07 National Day, 10-08 back to work.
        Assert.Equal(["0", "1", "1", "0", "0", "0", "0", "0", "0", "0", "1"], rows.Select(r => r[3]));
    }

    [Fact]
    public void Agenda_Xlsx_HasTheItemsOfTheJson()
    {
        var file = PathOf("agenda.xlsx");
        string[] args = ["agenda", "--unit", "社会救助科", "--from", "2024-07-01", "--to", "2024-12-31", "--as-of", "2024-07-01"];
        var json = JsonDocument.Parse(CliRunner.Run([.. args, "--format", "json"]).Output).RootElement.GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(0, CliRunner.Run([.. args, "--format", "xlsx", "--lang", "zh-CN", "--out", file]).ExitCode);

        var (headers, rows, dateColumns, _) = ReadXlsx(file);
        Assert.Equal("应完成日期", headers[0]);
        Assert.Equal([0], dateColumns);
        Assert.Equal(json.Select(i => (i.GetProperty("due").GetString(), i.GetProperty("reference").GetString())), rows.Select(r => ((string?)r[0], (string?)r[2])));
    }

    [Fact]
    public void Agenda_Ics_OneAllDayEventPerItemWithUidsStableAcrossExports()
    {
        string[] args = ["agenda", "--unit", "社会救助科", "--from", "2024-07-01", "--to", "2024-12-31"];
        var json = JsonDocument.Parse(CliRunner.Run([.. args, "--as-of", "2024-07-01", "--format", "json"]).Output).RootElement.GetProperty("items").EnumerateArray().ToList();

        // The file's bytes (CRLF lines, as RFC 5545 wants), not the runner's normalised output.
        Assert.Equal(0, CliRunner.Run([.. args, "--as-of", "2024-07-01", "--format", "ics", "--out", PathOf("a.ics")]).ExitCode);
        Assert.Equal(0, CliRunner.Run([.. args, "--as-of", "2024-08-01", "--format", "ics", "--remind", "5", "--out", PathOf("b.ics")]).ExitCode);

        var events = Ical.Net.Calendar.Load(File.ReadAllText(PathOf("a.ics")))!.Events.ToList();
        var later = Ical.Net.Calendar.Load(File.ReadAllText(PathOf("b.ics")))!.Events.ToList();
        Assert.Equal(json.Count, events.Count);
        Assert.True(json.Count > 5);
        Assert.Equal(events.Count, events.Select(e => e.Uid).Distinct().Count());
        Assert.Equal(events.Select(e => e.Uid), later.Select(e => e.Uid));
        Assert.Equal(json.Select(i => i.GetProperty("due").GetString()), events.Select(e => e.DtStart!.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        Assert.All(events, e => Assert.False(e.DtStart!.HasTime));
        // Due Monday 2024-09-30, three working days before: 09-29 (a working Sunday, 调休), 09-27, 09-26 — at 09:00 Beijing time.
        var september = events.First(e => e.DtStart!.Date == new DateOnly(2024, 9, 30));
        Assert.Equal(new DateTime(2024, 9, 26, 1, 0, 0, DateTimeKind.Utc), september.Alarms.Single().Trigger!.DateTime!.AsUtc);
    }

    [Fact]
    public void RequestDeadline_IcsAndLedgerXlsx_CarryTheDueDate()
    {
        var file = PathOf("ledger.xlsx");
        string[] args = ["request", "deadline", "--received", "2025-09-25", "--as-of", "2025-10-09"];
        var json = JsonDocument.Parse(CliRunner.Run([.. args, "--format", "json"]).Output).RootElement;
        var due = json.GetProperty("dueOn").GetString();

        Assert.Equal(0, CliRunner.Run([.. args, "--format", "ics", "--id", "2025-017", "--out", PathOf("r.ics")]).ExitCode);
        Assert.Equal(0, CliRunner.Run([.. args, "--format", "xlsx", "--lang", "zh-CN", "--out", file]).ExitCode);

        var events = Ical.Net.Calendar.Load(File.ReadAllText(PathOf("r.ics")))!.Events;
        Assert.Equal(1 + json.GetProperty("owedDeadlines").GetArrayLength(), events.Count);
        var answer = events.Single(e => e.Uid!.EndsWith(".answer@disclosure-domain", StringComparison.Ordinal));
        Assert.Equal("request.2025-017.answer@disclosure-domain", answer.Uid);
        Assert.Equal(due, answer.DtStart!.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var (headers, rows, _, _) = ReadXlsx(file);
        Assert.Equal("累计工作日", headers[5]);
        Assert.Equal(["2025-09-25", due], new[] { rows[0][0], rows[^1][0] });
    }
}
