using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Disclosure.Cli.Tests;

public sealed class ImportTableCommandTests
{
    private static string Data(string name, [CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "Disclosure.Domain.Tests", "RulePacks", "Tables", "Data", name));

    private static string Temp(string name)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, name);
    }

    [Fact]
    public void ImportTable_ClerksCsv_WritesAPackThatCatalogAndDueUse()
    {
        var table = Temp("分工表.csv");
        File.WriteAllText(table, "序号,一级栏目,二级栏目,公开时限,责任科室\n1,财政资金,部门预算,经本级财政部门批复后20日内,办公室\n2,,年度计划,年底前,办公室\n3,基层标准化,,持续推进,各股室\n4,低保,低保公示,\"制定或获取信息之日起10个工作日内，公示7个工作日\",社会救助科\n");
        var pack = Path.Combine(Path.GetDirectoryName(table)!, "county.pack.json");

        var (code, output, error) = CliRunner.Run("pack", "import-table", table, "--out", pack, "--bureau", "某县民政局", "--effective-date", "2025-01-01");

        Assert.True(code == 0, error);
        Assert.Contains("4 columns, 2 new units", output, StringComparison.Ordinal);
        Assert.Contains("TI006 warning: '社会救助科' is not in the org chart", error, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("pack", "validate", pack).ExitCode);

        var (catalogCode, catalog, _) = CliRunner.Run("catalog", "--pack", pack, "--format", "json");
        Assert.Equal(0, catalogCode);
        using var json = JsonDocument.Parse(catalog);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal("""{"kind":"calendarDays","days":20}""", rows[0].GetProperty("deadline").GetRawText().Replace("\n", "").Replace(" ", ""));
        Assert.Equal("calendarDays", rows[0].GetProperty("frequency").GetString());
        Assert.Equal("经本级财政部门批复后20日内", rows[0].GetProperty("frequencyLabel").GetString());
        Assert.Equal("byDate", rows[1].GetProperty("deadline").GetProperty("kind").GetString());
        Assert.Equal("12-31", rows[1].GetProperty("deadline").GetProperty("monthDay").GetString());
        Assert.Equal(["财政资金"], rows[1].GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(7, rows[3].GetProperty("deadline").GetProperty("displayWorkingDays").GetInt32());

        var (dueCode, due, dueError) = CliRunner.Run("due", "--as-of", "2025-06-30", "--pack", pack);
        Assert.True(dueCode == 0, dueError);
        Assert.Contains("2025        2025-12-31  due", due, StringComparison.Ordinal);
        Assert.Contains("untracked (no deadline, owes nothing): row 3 基层标准化 (持续推进).", due, StringComparison.Ordinal);

        // The due JSON lists the untracked column too, after the obligations.
        using var dueJson = JsonDocument.Parse(CliRunner.Run("due", "--as-of", "2025-06-30", "--pack", pack, "--format", "json").Output);
        var untracked = Assert.Single(dueJson.RootElement.EnumerateArray(), e => e.GetProperty("status").GetString() == "untracked");
        Assert.Equal((3, "基层标准化", "untracked", JsonValueKind.Null), (untracked.GetProperty("seedRow").GetInt32(), untracked.GetProperty("name").GetString(), untracked.GetProperty("frequency").GetString(), untracked.GetProperty("dueOn").ValueKind));
        Assert.Equal(dueJson.RootElement.GetArrayLength() - 1, dueJson.RootElement.EnumerateArray().ToList().IndexOf(untracked));

        // 公示7个工作日 checked against a withdrawal: published Wed 2025-03-05, the period ends Fri 03-14; withdrawn 03-13 is one day short.
        var id = rows[3].GetProperty("id").GetString();
        var log = Path.Combine(Path.GetDirectoryName(table)!, "log.json");
        File.WriteAllText(log, $$"""
            {"formatVersion": 1, "kind": "publication-log",
             "information": [{"column": "{{id}}", "formedOn": "2025-03-03", "publishedOn": "2025-03-05"}],
             "withdrawals": [{"column": "{{id}}", "publishedOn": "2025-03-05", "withdrawnOn": "2025-03-13"}]}
            """);
        var (logCode, withLog, logError) = CliRunner.Run("due", "--as-of", "2025-06-30", "--pack", pack, "--log", log, "--lang", "en");
        Assert.True(logCode == 0, logError);
        Assert.Contains("PUB001 row 4 低保公示: published 2025-03-05, withdrawn 2025-03-13 after 6 of the 7 working days of its display period (公示期) (it had to stay posted until 2025-03-14); repost it for the remaining 1 working day(s)", withLog, StringComparison.Ordinal);
        var chinese = CliRunner.Run("due", "--as-of", "2025-06-30", "--pack", pack, "--log", log, "--lang", "zh-CN").Output;
        Assert.Contains("PUB001 第4行 低保公示：", chinese, StringComparison.Ordinal);
        Assert.Contains("公示期7个工作日仅公示6个工作日（应公示至", chinese, StringComparison.Ordinal);

        using var breachJson = JsonDocument.Parse(CliRunner.Run("due", "--as-of", "2025-06-30", "--pack", pack, "--log", log, "--format", "json").Output);
        var withBreach = Assert.Single(breachJson.RootElement.EnumerateArray(), e => e.GetProperty("displayBreach").ValueKind == JsonValueKind.Object).GetProperty("displayBreach");
        Assert.Equal(("PUB001", "2025-03-13", 6, 7, "2025-03-14"), (withBreach.GetProperty("code").GetString(), withBreach.GetProperty("withdrawnOn").GetString(), withBreach.GetProperty("postedWorkingDays").GetInt32(), withBreach.GetProperty("requiredWorkingDays").GetInt32(), withBreach.GetProperty("displayEndsOn").GetString()));

        // Withdrawn on the period's last day: no finding.
        File.WriteAllText(log, File.ReadAllText(log).Replace("2025-03-13", "2025-03-14", StringComparison.Ordinal));
        Assert.DoesNotContain("PUB001", CliRunner.Run("due", "--as-of", "2025-06-30", "--pack", pack, "--log", log).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportTable_UnknownPhrase_PrintsRowAndCellAndWritesNothing()
    {
        var table = Temp("bad.csv");
        File.WriteAllText(table, "序号,一级栏目,更新频率,负责科室\n1,部门文件,每周更新,办公室\n2,上级文件,尽快,办公室\n");
        var pack = Path.Combine(Path.GetDirectoryName(table)!, "bad.pack.json");

        var (code, _, error) = CliRunner.Run("pack", "import-table", table, "--out", pack, "--bureau", "某县民政局");

        Assert.Equal(1, code);
        Assert.False(File.Exists(pack));
        Assert.Contains("bad.csv:2:3: TI002 error: 更新频率 '每周更新'", error, StringComparison.Ordinal);
        Assert.Contains("bad.csv:3:3: TI002 error: 更新频率 '尽快'", error, StringComparison.Ordinal);
        Assert.Contains("2 error(s), 1 warning(s); nothing written.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportTable_SeedSection5WithItsHints_ExtendsTheCityPackWithoutWarnings()
    {
        var lines = File.ReadAllLines(Path.Combine(Path.GetDirectoryName(Data("x"))!, "..", "..", "..", "..", "..", "seeds", "000_c176d423a50b0990.zh-Hans.txt"));
        var start = Array.FindIndex(lines, l => l.StartsWith("序号 一级栏目", StringComparison.Ordinal));
        var table = Temp("section5.txt");
        File.WriteAllLines(table, lines[start..(start + 76)]);
        var pack = Path.Combine(Path.GetDirectoryName(table)!, "xuancheng-again.pack.json");

        var (code, output, error) = CliRunner.Run("pack", "import-table", table, "--out", pack, "--extends", "builtin:xuancheng-civil-affairs-2024", "--hints", Data("seed-section-5.hints.json"), "--effective-date", "2024-01-01");

        Assert.True(code == 0, error);
        Assert.Equal(string.Empty, error);
        Assert.Contains("75 columns, 0 new units, 0 warnings", output, StringComparison.Ordinal);
        var (_, diff, _) = CliRunner.Run("pack", "diff", "builtin:xuancheng-civil-affairs-2024", pack);
        Assert.DoesNotContain("+ catalog", diff, StringComparison.Ordinal);
        Assert.DoesNotContain("- catalog", diff, StringComparison.Ordinal);
    }
}
