using System.Text.Json.Nodes;

namespace Disclosure.Cli.Tests;

/// <summary>
/// Issue 14 D.15: the error messages a first-time user hit, each saying what is wrong, where, and how to fix it. Each test
/// states the message the command printed before.
/// </summary>
public sealed class FirstUseMessageTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("first-use-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static string EmbeddedPack() =>
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Disclosure.Domain", "RulePacks", "Data", "xuancheng-civil-affairs-2024.pack.json"));

    [Fact]
    public void Pack_UnknownBuiltin_ListsTheBuiltinIds()
    {
        // Before: "The file cannot be read: Could not find file '…/builtin:nonexistent'".
        var (code, _, error) = CliRunner.Run("due", "--as-of", "2024-07-01", "--pack", "builtin:nonexistent");

        Assert.Equal(1, code);
        Assert.Equal("error: 'builtin:nonexistent' is not a built-in pack; the built-in packs are: builtin:xuancheng-civil-affairs-2024. For your own rules give the path of a .pack.json file.\n", error);
    }

    [Theory]
    [InlineData("--pack")]
    [InlineData("--log")]
    [InlineData("--calendar-data")]
    public void File_ADirectory_SaysItIsADirectoryAndNamesAFileInIt(string option)
    {
        // Before: "Access to the path … is denied" (--pack, --calendar-data) or "does not exist" (--log).
        Write("county.pack.json", "{}"u8.ToArray());

        var (code, _, error) = CliRunner.Run("due", "--as-of", "2024-07-01", option, directory);

        Assert.Equal(1, code);
        Assert.Equal($"error: {option}: '{directory}' is a directory, not a file; give the path of a file, for example {Path.Combine(directory, "county.pack.json")} (JSON files there: county.pack.json).\n", error);
    }

    [Fact]
    public void Pack_EmptyFile_SaysTheFileIsEmpty()
    {
        // Before: "… Expected the input to start with a valid JSON token, when isFinalBlock is true."
        var path = Write("empty.pack.json", []);

        var (code, _, error) = CliRunner.Run("due", "--as-of", "2024-07-01", "--pack", path);

        Assert.Equal(1, code);
        Assert.Equal(
            $"{path}:1:1: RP0002 error: the file is empty; expected a rule pack: a JSON object with \"formatVersion\": 1 (at $)\n" +
            $"error: --pack {path}: 1 error(s); the pack was not loaded.\n",
            error);
        Assert.DoesNotContain("isFinalBlock", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CalendarData_BinaryFile_NamesTheFileAndOneLinePosition()
    {
        // Before: "Invalid calendar data (1 error): RP0002 error: the JSON could not be read at $ (line 1, position 1): '0xEF' is an
        // invalid start of a value. Path: $ | LineNumber: 0 | BytePositionInLine: 0." — no file name, two line numbers.
        var path = Write("holidays.json", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF]);

        var (code, _, error) = CliRunner.Run("workdays", "add", "2024-07-01", "5", "--calendar-data", path);

        Assert.Equal(1, code);
        Assert.Equal(
            "holidays.json:1:1: RP0002 error: the file is not JSON text (it is binary or not UTF-8); expected a calendar data object with \"format\": 1 and \"years\" (at $)\n" +
            "error: --calendar-data holidays.json: 1 error(s); the calendar data was not loaded. Fix the lines above (the format is in README, \"Calendar data format\").\n",
            error);
        Assert.DoesNotContain("LineNumber", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CalendarData_SeveralProblems_OneALine()
    {
        // Before: every problem joined into one line after "Invalid calendar data (n errors):".
        var path = Write("2027.json", """
            {"format": 1, "years": [{"year": 2027, "notice": {"title": "t"}, "holidays": [{"festival": "nope", "from": "2027-01-01", "to": "2027-01-03"}], "workdays": ["2027-02-30"]}]}
            """u8.ToArray());

        var (code, _, error) = CliRunner.Run("calendar", "--from", "2027-01-01", "--to", "2027-01-10", "--calendar-data", path);

        Assert.Equal(1, code);
        var lines = error.TrimEnd('\n').Split('\n');
        Assert.Contains(lines, l => l.StartsWith("2027.json: RP0111 error: 'nope' is not a national festival; use one of new-years-day,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("2027.json: RP0111 error: '2027-02-30' is not a date; expected yyyy-MM-dd", StringComparison.Ordinal));
        Assert.All(lines[..^1], l => Assert.StartsWith("2027.json: RP", l, StringComparison.Ordinal));
        Assert.Equal($"error: --calendar-data 2027.json: {lines.Length - 1} error(s); the calendar data was not loaded. Fix the lines above (the format is in README, \"Calendar data format\").", lines[^1]);
    }

    [Fact]
    public void WorkdaysAdd_ANumberTooLarge_SaysTooManyNotNotANumber()
    {
        // Before: "N: '99999999999' is not a whole number of working days."
        var (code, _, error) = CliRunner.Run("workdays", "add", "2024-07-01", "99999999999");
        var (_, _, word) = CliRunner.Run("workdays", "add", "2024-07-01", "twenty");

        Assert.Equal(1, code);
        Assert.Equal("error: N: 99999999999 working days is too many to count: the calendar covers 2008–2099 (about 23,000 working days); give a smaller N, for example 20.\n", error);
        Assert.Equal("error: N: 'twenty' is not a whole number of working days (for example 20 or -5).\n", word);
    }

    [Fact]
    public void RequestDeadline_ConsultationDatesReversed_SaysTheReplyIsBeforeTheLetter()
    {
        // Before: a deadline marked Invalid with "no letter 'C1' was sent".
        var (code, output, error) = CliRunner.Run("request", "deadline", "--received", "2025-09-25", "--consultation", "2025-10-10:2025-10-01", "--as-of", "2025-10-20");

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Equal("error: --consultation 2025-10-10:2025-10-01: the reply (2025-10-01) is before the letter was sent (2025-10-10); write FROM:TO with the day the letter was sent first.\n", error);
    }

    [Fact]
    public void Pack_ErrorsInTwoSections_ReportsBoth()
    {
        var pack = JsonNode.Parse(File.ReadAllText(EmbeddedPack()))!;
        pack["review"]!["levels"]![0]!["role"] = "NoSuchRole!";
        pack["obligations"]![0]!["period"] = "fortnight";
        var path = Write("two.pack.json", System.Text.Encoding.UTF8.GetBytes(pack.ToJsonString()));

        var (code, _, error) = CliRunner.Run("pack", "validate", path);

        Assert.Equal(1, code);
        Assert.Contains("RP0101 error: role 'NoSuchRole!' is not a role id; expected a role id such as \"information-publisher\". (at $.review.levels[0].role)", error, StringComparison.Ordinal);
        Assert.Contains("RP0111 error: period 'fortnight' is unknown; expected one of quarter, year. (at $.obligations[0].period)", error, StringComparison.Ordinal);
        Assert.EndsWith($"{path}: 2 error(s); the pack was not loaded.\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Due_AsOfBeforeTheTrackingStart_SaysWhyNothingIsOwed()
    {
        // Before: "0 obligations" and nothing else.
        var (code, output, error) = CliRunner.Run("due", "--as-of", "2023-06-01");

        Assert.Equal(0, code);
        Assert.Contains("0 obligations", output, StringComparison.Ordinal);
        Assert.Equal("warning: --as-of 2023-06-01 is before the tracking start 2024-01-01 (the catalog of 宣城市民政局 is in force from then), so nothing is owed yet and the report is empty; give --as-of 2024-01-01 or later.\n", error);
    }

    [Fact]
    public void Due_AsOfPastThePlanYear_SaysTheCatalogStaysAndThePlansDutiesEnded()
    {
        var (code, _, error) = CliRunner.Run("due", "--as-of", "2025-03-01", "--lang", "en");

        Assert.Equal(0, code);
        Assert.Equal("warning: computed on 2025-03-01, past the 2024 work plan; no newer plan is loaded: the catalog stays in force, the 2024 plan's duties ended on 2024-12-31.\n", error);
    }

    [Fact]
    public void Due_AsOfWithinThePlanYear_HasNoPlanWarning()
    {
        var (code, _, error) = CliRunner.Run("due", "--as-of", "2024-12-31", "--lang", "en");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void Agenda_AsOfPastThePlanYear_WarnsInChinese()
    {
        var (code, _, error) = CliRunner.Run("agenda", "--unit", "office", "--from", "2025-01-01", "--to", "2025-03-31", "--as-of", "2025-03-01", "--lang", "zh-CN");

        Assert.Equal(0, code);
        Assert.Contains("警告：计算日期 2025年3月1日 已超出 2024 年度工作要点；未加载更新的工作要点：目录继续有效，2024 年度工作要点的活动义务已于 2024年12月31日 结束。", error, StringComparison.Ordinal);
    }
}
