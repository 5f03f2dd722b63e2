using System.Text.Json;
using Snapshooter.Xunit3;

namespace Disclosure.Cli.Tests;

public class CatalogCommandTests
{
    [Fact]
    public void Catalog_Json_MatchesSnapshot()
    {
        var (code, output, error) = CliRunner.Run("catalog", "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Snapshot.Match(output);
    }

    [Fact]
    public void Catalog_Json_Lists75ColumnsWithTheDocumentedFields()
    {
        var (_, output, _) = CliRunner.Run("catalog", "--format", "json");

        Assert.Contains("\"name\": \"部门文件\"", output); // Chinese is written unescaped
        using var json = JsonDocument.Parse(output);
        var columns = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(Enumerable.Range(1, 75), columns.Select(c => c.GetProperty("seedRow").GetInt32()));

        var first = columns[0];
        Assert.Equal("department-documents", first.GetProperty("id").GetString());
        Assert.Equal("Department Documents", first.GetProperty("englishName").GetString());
        Assert.Equal(["政策法规"], first.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("timely", first.GetProperty("frequency").GetString());
        Assert.Equal("及时更新", first.GetProperty("frequencyLabel").GetString());
        Assert.Equal(20, first.GetProperty("workingDays").GetInt32());
        Assert.Equal("各科室", first.GetProperty("responsible").GetString());

        var row55 = columns[54];
        Assert.Equal("monthly", row55.GetProperty("frequency").GetString());
        Assert.Equal("月度更新", row55.GetProperty("frequencyLabel").GetString());
        Assert.Equal(JsonValueKind.Null, row55.GetProperty("workingDays").ValueKind);

        var row53 = columns[52];
        Assert.Equal("annual", row53.GetProperty("frequency").GetString());
        Assert.Equal("01-31", row53.GetProperty("annualDeadline").GetString());

        var row59 = columns[58];
        Assert.Equal(["回应关切", "主动回应"], row59.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("养老服务和慈善事业促进科", row59.GetProperty("responsible").GetString());

        Assert.Equal(
            ["timely", "monthly", "quarterly", "annual"],
            columns.Select(c => c.GetProperty("frequency").GetString()).Distinct().OrderBy(f => f switch { "timely" => 0, "monthly" => 1, "quarterly" => 2, _ => 3 }));
    }

    [Fact]
    public void Catalog_Table_AlignsChineseColumns()
    {
        var (code, output, _) = CliRunner.Run("catalog");

        Assert.Equal(0, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.StartsWith("宣城市民政局 (Xuancheng Civil Affairs Bureau), effective 2024-01-01, 75 columns", lines[0]);
        Assert.Equal(1 + 2 + 75 + 1, lines.Length);
        Assert.Equal("timely 67, monthly 2, quarterly 4, annual 2", lines[^1]);

        // Every data row's frequency cell starts at the same terminal column (CJK counted as two cells).
        var rows = lines.Skip(3).Take(75).ToArray();
        var starts = rows.Select(r => Width(r[..r.IndexOf("更新", StringComparison.Ordinal)])).Distinct().ToArray();
        Assert.Single(starts);
        Assert.Contains(rows, r => r.Contains("年度更新 (by 01-31)", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("回应关切 > 主动回应 > 养老服务热点回应", StringComparison.Ordinal));
    }

    [Fact]
    public void Catalog_UnknownFormat_FailsWithMessage()
    {
        var (code, _, error) = CliRunner.Run("catalog", "--format", "xml");

        Assert.NotEqual(0, code);
        Assert.Contains("xml", error, StringComparison.Ordinal);
    }

    // Naive reference: CJK ideographs, CJK punctuation and full-width forms take two cells.
    private static int Width(string text) =>
        text.Sum(c => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFF60') ? 2 : 1);
}
