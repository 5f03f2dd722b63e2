using System.Runtime.CompilerServices;
using System.Text.Json;
using Snapshooter.Xunit3;

namespace Disclosure.Cli.Tests;

public class PackCommandTests
{
    private static string County([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "Disclosure.Domain.Tests", "RulePacks", "Packs", "jingxian-civil-affairs-2024.pack.json"));

    [Fact]
    public void PackValidate_CountyPack_PrintsOkAndExitsZero()
    {
        var (code, output, error) = CliRunner.Run("pack", "validate", County());

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal("ok: jingxian-civil-affairs-2024 — 泾县民政局 (泾县), effective 2024-07-01, 75 columns, 6 units, 3 review levels, 4 obligations, 1 local holidays, 0 warnings\n", output);
    }

    [Fact]
    public void PackValidate_BrokenPack_PrintsEveryErrorWithFileLineColumnAndExitsOne()
    {
        var path = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.pack.json");
        File.WriteAllText(path, """
            {
              "formatVersion": 1,
              "id": "broken",
              "extends": "builtin:xuancheng-civil-affairs-2024",
              "catalog": [
                { "id": "new-column", "name": "新栏目", "englishName": "New", "seedRow": 76, "frequency": "每周更新", "responsible": "宣传科" }
              ],
              "review": { "name": "r", "levels": [], "confidentialityReviewer": "x", "publisher": "x", "cleanUpEvery": "P1Y" },
              "colour": "red"
            }
            """);
        try
        {
            var (code, output, error) = CliRunner.Run("pack", "validate", path);

            Assert.Equal(1, code);
            Assert.Equal(string.Empty, output);
            var lines = error.TrimEnd('\n').Split('\n');
            Assert.Contains(lines, l => l.StartsWith($"{path}:6:", StringComparison.Ordinal) && l.Contains("RP0105 error: frequency '每周更新' is unknown", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith($"{path}:6:", StringComparison.Ordinal) && l.Contains("RP0107 error: responsible '宣传科'", StringComparison.Ordinal));
            Assert.Contains($"{path}:8:28: RP0110 error: The review policy has no levels;", error, StringComparison.Ordinal);
            Assert.Contains($"{path}:9:3: RP0006 warning: 'colour' is not a field", error, StringComparison.Ordinal);
            Assert.Equal($"{path}: 3 error(s); the pack was not loaded.", lines[^1]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void PackValidate_MissingFile_ExitsOne()
    {
        var (code, _, error) = CliRunner.Run("pack", "validate", "/no/such/file.pack.json");
        Assert.Equal(1, code);
        Assert.Equal("error: pack: file '/no/such/file.pack.json' does not exist.\n", error);
    }

    [Fact]
    public void PackDiff_CityAndCounty_MatchesSnapshot()
    {
        var (code, output, error) = CliRunner.Run("pack", "diff", "builtin:xuancheng-civil-affairs-2024", County());

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("- catalog cppcc-proposals\n", output, StringComparison.Ordinal);
        Assert.Contains("+ catalog township-notices\n", output, StringComparison.Ordinal);
        Snapshot.Match(output);
    }

    [Fact]
    public void PackPrint_CountyPack_PrintsTheEffectivePack()
    {
        var (code, output, _) = CliRunner.Run("pack", "print", County());

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("jingxian-civil-affairs-2024", json.RootElement.GetProperty("id").GetString());
        Assert.False(json.RootElement.TryGetProperty("extends", out _));
        Assert.Equal(101, json.RootElement.GetProperty("catalog").GetArrayLength()); // 101 nodes in the city pack, one removed, one added
    }

    [Fact]
    public void PackExport_Stdout_IsTheEmbeddedPackFile()
    {
        var (code, output, _) = CliRunner.Run("pack", "export");

        Assert.Equal(0, code);
        Assert.StartsWith("{\n  \"$schema\": \"../Schema/rule-pack.schema.json\",\n  \"formatVersion\": 1,\n  \"id\": \"xuancheng-civil-affairs-2024\",", output, StringComparison.Ordinal);
        Assert.Contains("\"bureau\": \"宣城市民政局\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Due_WithCountyPack_UsesTheCountyCatalogAndEffectiveDate()
    {
        var (code, output, error) = CliRunner.Run("due", "--as-of", "2024-11-20", "--pack", County());

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        // Not the two 2023 annual reports: they were due 2024-01-31, before the county's tracking start.
        Assert.EndsWith("泾县民政局 on 2024-11-20 (tracking from 2024-07-01): 23 obligations, 16 overdue, 7 due, 0 satisfied.\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain(" 2023 ", output, StringComparison.Ordinal);
        Assert.Contains("乡镇公告", output, StringComparison.Ordinal); // the county's own monthly column

        var (_, city, _) = CliRunner.Run("due", "--as-of", "2024-11-20");
        Assert.EndsWith("宣城市民政局 on 2024-11-20 (tracking from 2024-01-01): 40 obligations, 34 overdue, 6 due, 0 satisfied.\n", city, StringComparison.Ordinal);
        Assert.DoesNotContain("乡镇公告", city, StringComparison.Ordinal);
    }

    [Fact]
    public void Due_WithBrokenPack_PrintsThePackErrorsAndExitsOne()
    {
        var path = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.pack.json");
        File.WriteAllText(path, "{ \"formatVersion\": 3 }");
        try
        {
            var (code, output, error) = CliRunner.Run("due", "--as-of", "2024-11-20", "--pack", path);
            Assert.Equal(1, code);
            Assert.Equal(string.Empty, output);
            Assert.Contains($"{path}:1:3: RP0005 error: formatVersion 3 is not supported", error, StringComparison.Ordinal);
            Assert.Contains("error: --pack", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void PackSchema_Prints202012Schema()
    {
        var (code, output, _) = CliRunner.Run("pack", "schema");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", json.RootElement.GetProperty("$schema").GetString());
    }
}
