using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Disclosure.Cli.Tests;

/// <summary><c>--pack FILE</c> on every command that uses rules.</summary>
public class PackOptionTests
{
    private static string County([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "Disclosure.Domain.Tests", "RulePacks", "Packs", "jingxian-civil-affairs-2024.pack.json"));

    [Fact]
    public void Catalog_WithCountyPack_ListsTheCountysColumns()
    {
        var (code, output, _) = CliRunner.Run("catalog", "--pack", County(), "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var ids = json.RootElement.EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Contains("township-notices", ids);
        Assert.Equal(75, ids.Count);
        Assert.NotEqual(CliRunner.Run("catalog", "--format", "json").Output, output);
    }

    [Fact]
    public void Calendar_WithCountyPack_HasTheLocalHoliday()
    {
        var withPack = CliRunner.Run("calendar", "--from", "2024-11-15", "--to", "2024-11-15", "--format", "csv", "--pack", County());
        var without = CliRunner.Run("calendar", "--from", "2024-11-15", "--to", "2024-11-15", "--format", "csv");

        Assert.Contains(",statutoryHoliday,false,", withPack.Output);
        Assert.Contains(",workday,true,", without.Output);
    }

    [Fact]
    public void Workdays_WithCountyPack_SkipTheLocalHoliday()
    {
        Assert.Equal("2024-11-18\n", CliRunner.Run("workdays", "add", "2024-11-14", "1", "--pack", County()).Output);
        Assert.Equal("2024-11-15\n", CliRunner.Run("workdays", "add", "2024-11-14", "1").Output);
    }

    [Fact]
    public void Units_WithCountyPack_ShowTheCountysNames()
    {
        var (code, output, _) = CliRunner.Run("units", "--pack", County());

        Assert.Equal(0, code);
        Assert.Contains("社会救助股", output);
    }

    [Fact]
    public void Agenda_WithCountyPack_UsesTheCountyCatalog()
    {
        var (code, output, _) = CliRunner.Run("agenda", "--unit", "office", "--from", "2024-07-01", "--to", "2024-07-31", "--as-of", "2024-08-01", "--pack", County());

        Assert.Equal(0, code);
        Assert.Contains("township-notices", output);
    }

    [Fact]
    public void Policy_WithCountyPack_PrintsThePacksPolicy()
    {
        var (code, output, _) = CliRunner.Run("policy", "--pack", County(), "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
    }

    [Fact]
    public void AnyCommand_WithABrokenPack_FailsWithItsProblems()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "{\"formatVersion\": 1, \"id\": \"x\"");
        try
        {
            var (code, output, error) = CliRunner.Run("catalog", "--pack", file);

            Assert.Equal(1, code);
            Assert.Empty(output);
            Assert.Contains("RP0002", error);
            Assert.Contains("the pack was not loaded", error);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
