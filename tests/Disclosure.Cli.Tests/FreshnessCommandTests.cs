using System.Text.Json;
using System.Text.RegularExpressions;
using Disclosure.Domain.RulePacks;

namespace Disclosure.Cli.Tests;

/// <summary>
/// <c>disclosure freshness</c>: the national freshness check (国办秘函〔2019〕19号) on a publication log in the library's
/// format, checked on 2024-07-01 against the embedded Xuancheng catalog. Every column is updated on 2024-06-28 except
/// the ones each test leaves out, so the columns at risk are exactly the ones it set up.
/// </summary>
public sealed partial class FreshnessCommandTests : IDisposable
{
    private const string AsOf = "2024-07-01";

    private readonly string directory = Directory.CreateTempSubdirectory("freshness-tests-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex Latin();

    /// <summary>
    /// 规范性文件发布 (row 2) never updated; 上级文件 (row 4) updated 06-03 and withdrawn 06-10 (unless
    /// <paramref name="withdraw"/> is false); 工作推进 (row 45, dynamics/news) last on 06-01, 30 days before; 机构简介
    /// (row 12) last on 2023-05-02, 426 days before; the columns in <paramref name="alsoBlank"/> never updated.
    /// </summary>
    private string Log(bool withdraw = true, params string[] alsoBlank)
    {
        var special = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["normative-documents"] = null,
            ["higher-level-documents"] = "2024-06-03",
            ["oversight-progress"] = "2024-06-01",
            ["organization-profile"] = "2023-05-02",
        };
        foreach (var id in alsoBlank)
        {
            special[id] = null;
        }

        var publications = RulePack.XuanchengCivilAffairs2024.Catalog.Columns
            .Select(c => special.TryGetValue(c.Id.Value, out var on) ? (c.Id.Value, on) : (c.Id.Value, "2024-06-28"))
            .Where(p => p.Item2 is not null)
            .Select(p => new { column = p.Item1, on = p.Item2 });
        var withdrawals = withdraw ? new[] { new { column = "higher-level-documents", publishedOn = "2024-06-03", withdrawnOn = "2024-06-10" } } : [];
        var path = Path.Combine(directory, $"log-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new { formatVersion = 1, kind = "publication-log", publications, withdrawals }));
        return path;
    }

    private static string[] Lines(string output) => [.. output.TrimEnd('\n').Split('\n').Select(l => l.TrimEnd())];

    [Fact]
    public void Freshness_English_ListsTheBlankWithdrawnStaleAndLongUnupdatedColumns_AndNoVeto()
    {
        var (code, output, error) = CliRunner.Run("freshness", "--as-of", AsOf, "--log", Log(), "--lang", "en");

        Assert.Equal((0, string.Empty), (code, error));
        Assert.Equal(
            [
                "row  column          category        finding           last update  days since  window    responsible",
                "---  --------------  --------------  ----------------  -----------  ----------  --------  -----------",
                "2    规范性文件发布  notices/policy  blank             never        —           6 months  各科室",
                "4    上级文件        notices/policy  blank             never        —           6 months  各科室",
                "12   机构简介        other           long not updated  2023-05-02   426 d       1 year    办公室",
                "45   工作推进        dynamics/news   not updated       2024-06-01   30 d        14 days   办公室",
                "宣城市民政局 on 2024-07-01: 75 columns checked, 4 at risk.",
                "no veto — not updated: 1 column(s), fewer than 5.",
                "no veto — long not updated: 1 column(s), fewer than 10.",
                "no veto — blank: 2 column(s), fewer than 5.",
            ],
            Lines(output));
    }

    [Fact]
    public void Freshness_WithoutTheWithdrawal_TheWithdrawnColumnIsNotBlank()
    {
        var (code, output, _) = CliRunner.Run("freshness", "--as-of", AsOf, "--log", Log(withdraw: false), "--lang", "en", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["normative-documents", "organization-profile", "oversight-progress"], json.RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("column").GetString()));
        Assert.Equal(1, json.RootElement.GetProperty("vetoes")[2].GetProperty("count").GetInt32());
    }

    [Fact]
    public void Freshness_FiveBlankColumns_TriggersTheBlankVeto_ExitCode2_InBothLanguages()
    {
        var log = Log(true, "plans", "leadership", "personnel");

        var (code, english, error) = CliRunner.Run("freshness", "--as-of", AsOf, "--log", log, "--lang", "en");
        var (zhCode, chinese, zhError) = CliRunner.Run("freshness", "--as-of", AsOf, "--log", log, "--lang", "zh-CN");

        Assert.Equal((2, string.Empty), (code, error));
        Assert.Equal((2, string.Empty), (zhCode, zhError));
        Assert.Equal("single veto (单项否决, 国办秘函〔2019〕19号) — blank: 5 column(s), 5 or more veto the site.", Lines(english)[^1]);
        Assert.Equal(
            [
                "宣城市民政局 2024年7月1日：检查栏目75个，存在问题7个。",
                "未触发单项否决——不更新栏目1个，不足5个。",
                "未触发单项否决——长期未更新栏目1个，不足10个。",
                "单项否决（国办秘函〔2019〕19号）——空白栏目5个，超过（含）5个。",
            ],
            Lines(chinese)[^4..]);
        Assert.Equal(
            [
                "序号  栏目            类别                  问题            最后更新    距今   时限   负责科室",
                "----  --------------  --------------------  --------------  ----------  -----  -----  --------",
                "2     规范性文件发布  通知公告、政策文件类  空白栏目        无          —      6个月  各科室",
                "4     上级文件        通知公告、政策文件类  空白栏目        无          —      6个月  各科室",
                "7     规划计划        其他                  空白栏目        无          —      1年    办公室",
                "11    机构领导        其他                  空白栏目        无          —      1年    办公室",
                "12    机构简介        其他                  长期未更新栏目  2023-05-02  426天  1年    办公室",
                "14    人事信息        其他                  空白栏目        无          —      1年    办公室",
                "45    工作推进        动态、要闻类          不更新栏目      2024-06-01  30天   14天   办公室",
            ],
            Lines(chinese)[..^4]);
        Assert.DoesNotMatch(Latin(), chinese);
    }

    [Fact]
    public void Freshness_Json_HasTheDocumentedFields_AndTheVetoOnlyWhenReached()
    {
        var (code, output, error) = CliRunner.Run("freshness", "--as-of", AsOf, "--log", Log(true, "plans", "leadership", "personnel"), "--format", "json");

        Assert.Equal((2, string.Empty), (code, error));
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(("2024-07-01", "宣城市民政局", JsonValueKind.Null, true), (root.GetProperty("asOf").GetString(), root.GetProperty("bureau").GetString(), root.GetProperty("unit").ValueKind, root.GetProperty("vetoed").GetBoolean()));
        Assert.Equal(
            [("freshness.not-updated", 1, 5, false), ("freshness.long-unupdated", 1, 10, false), ("freshness.blank", 5, 5, true)],
            root.GetProperty("vetoes").EnumerateArray().Select(v => (v.GetProperty("code").GetString(), v.GetProperty("count").GetInt32(), v.GetProperty("threshold").GetInt32(), v.GetProperty("triggered").GetBoolean())));
        var stale = root.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("seedRow").GetInt32() == 45);
        Assert.Equal(
            ("oversight-progress", "工作推进", "dynamicsNews", false, true, false, "2024-06-01", 30, "P14D", "办公室"),
            (stale.GetProperty("column").GetString(), stale.GetProperty("name").GetString(), stale.GetProperty("category").GetString(), stale.GetProperty("blank").GetBoolean(),
             stale.GetProperty("notUpdated").GetBoolean(), stale.GetProperty("longUnupdated").GetBoolean(), stale.GetProperty("lastUpdatedOn").GetString(),
             stale.GetProperty("daysSinceUpdate").GetInt32(), stale.GetProperty("window").GetString(), stale.GetProperty("responsible").GetString()));
        var blank = root.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("column").GetString() == "higher-level-documents");
        Assert.Equal((true, JsonValueKind.Null, JsonValueKind.Null, "P6M"), (blank.GetProperty("blank").GetBoolean(), blank.GetProperty("lastUpdatedOn").ValueKind, blank.GetProperty("daysSinceUpdate").ValueKind, blank.GetProperty("window").GetString()));
    }

    [Fact]
    public void Freshness_CsvAndXlsx_ReadBack_WithTheVetoLinesOnStandardError()
    {
        var log = Log(true, "plans", "leadership", "personnel");
        var csvFile = Path.Combine(directory, "freshness.csv");
        var xlsxFile = Path.Combine(directory, "freshness.xlsx");

        var csv = CliRunner.Run("freshness", "--as-of", AsOf, "--log", log, "--format", "csv", "--out", csvFile, "--lang", "en");
        var xlsx = CliRunner.Run("freshness", "--as-of", AsOf, "--log", log, "--format", "xlsx", "--out", xlsxFile, "--lang", "zh-CN");

        Assert.Equal(2, csv.ExitCode);
        Assert.Equal(2, xlsx.ExitCode);
        Assert.EndsWith("blank: 5 column(s), 5 or more veto the site.\n", csv.Error, StringComparison.Ordinal);
        Assert.EndsWith("单项否决（国办秘函〔2019〕19号）——空白栏目5个，超过（含）5个。\n", xlsx.Error, StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(csvFile)[..3]);
        var lines = File.ReadAllText(csvFile).Split('\n');
        Assert.Equal("column,seedRow,name,category,blank,notUpdated,longUnupdated,lastUpdatedOn,daysSinceUpdate,window,responsible", lines[0]);
        Assert.Contains("organization-profile,12,机构简介,other,false,false,true,2023-05-02,426,P1Y,办公室", lines);
        Assert.Contains("normative-documents,2,规范性文件发布,noticesPolicy,true,false,false,,,P6M,各科室", lines);
        Assert.Equal(7, lines.Count(l => l.Length > 0) - 1);

        var (headers, rows, dateColumns, frozen) = FileFormatTests.ReadXlsx(xlsxFile);
        Assert.Equal(["序号", "栏目编号", "栏目", "类别", "问题", "最后更新", "距今天数", "时限", "负责科室"], headers);
        Assert.Equal([5], dateColumns);
        Assert.True(frozen);
        Assert.Equal(7, rows.Count);
        Assert.Contains(["45", "oversight-progress", "工作推进", "动态、要闻类", "不更新栏目", "2024-06-01", "30", "14天", "办公室"], rows);
        Assert.Contains(["4", "higher-level-documents", "上级文件", "通知公告、政策文件类", "空白栏目", string.Empty, string.Empty, "6个月", "各科室"], rows);
    }

    [Fact]
    public void Freshness_Unit_ListsThatUnitsColumns_AndCountsTheVetoesOverTheSite()
    {
        var (code, output, _) = CliRunner.Run("freshness", "--as-of", AsOf, "--log", Log(true, "plans", "leadership", "personnel"), "--unit", "office", "--lang", "en");

        Assert.Equal(2, code);
        var rows = Lines(output).Where(l => l.Length > 0 && char.IsDigit(l[0])).Select(l => l.Split(' ')[0]);
        // 规范性文件发布 and 上级文件 (各科室) name every section, the office too; 工作推进 row 45, 机构简介, 规划计划, 机构领导, 人事信息 are the office's.
        Assert.Equal(["2", "4", "7", "11", "12", "14", "45"], rows);
        Assert.Contains("Only the columns of 办公室 are listed; the vetoes count the whole site.", Lines(output));
        Assert.Equal("single veto (单项否决, 国办秘函〔2019〕19号) — blank: 5 column(s), 5 or more veto the site.", Lines(output)[^1]);
    }

    [Fact]
    public void Freshness_Pack_ChecksThePacksCatalog()
    {
        // The embedded catalog and one more column, 通知公告 (a notices/policy name), that the log never updated.
        var pack = Path.Combine(directory, "notices.pack.json");
        File.WriteAllText(pack, """
            {"formatVersion": 1, "id": "with-notices", "extends": "builtin:xuancheng-civil-affairs-2024",
             "catalog": [{"id": "bureau-notices", "name": "通知公告", "englishName": "Notices", "seedRow": 76, "frequency": "timely",
                          "deadline": {"kind": "timely", "workingDays": 10}, "responsible": "办公室"}]}
            """);

        var (code, output, error) = CliRunner.Run("freshness", "--as-of", AsOf, "--log", Log(), "--pack", pack, "--lang", "en");

        Assert.Equal((0, string.Empty), (code, error));
        Assert.Contains("76   通知公告        notices/policy  blank             never        —           6 months  办公室", Lines(output));
        Assert.Contains("宣城市民政局 on 2024-07-01: 76 columns checked, 5 at risk.", Lines(output));
        Assert.Contains("no veto — blank: 3 column(s), fewer than 5.", Lines(output));
    }

    [Theory]
    [InlineData("en", new[] { "freshness", "--as-of", "2024-07-01" }, "Option '--log' is required.")]
    [InlineData("zh-CN", new[] { "freshness", "--as-of", "2024-07-01" }, "缺少必填选项 --log。")]
    [InlineData("en", new[] { "freshness", "--as-of", "2024-07-32", "--log", "LOG" }, "error: --as-of: '2024-07-32' is not a date; expected yyyy-MM-dd, for example 2025-09-25.")]
    [InlineData("zh-CN", new[] { "freshness", "--as-of", "2024-07-32", "--log", "LOG" }, "错误：--as-of：“2024-07-32”不是日期；应写作 年-月-日，例如 2025-09-25。")]
    public void Freshness_BadInput_OneClearErrorLine_ExitCode1(string lang, string[] args, string expected)
    {
        var log = Log();

        var (code, _, error) = CliRunner.Run([.. args.Select(a => a == "LOG" ? log : a), "--lang", lang]);

        Assert.Equal(1, code);
        // System.CommandLine ends a parse error with an empty line.
        Assert.Equal(expected, error.TrimEnd('\n'));
    }

    [Fact]
    public void Freshness_LogThatDoesNotExist_SaysSoInOneLine()
    {
        var missing = Path.Combine(directory, "no-such-log.json");

        var (code, output, error) = CliRunner.Run("freshness", "--as-of", AsOf, "--log", missing, "--lang", "en");

        Assert.Equal((1, string.Empty), (code, output));
        Assert.Single(Lines(error));
        Assert.Contains(missing, error, StringComparison.Ordinal);
    }
}
