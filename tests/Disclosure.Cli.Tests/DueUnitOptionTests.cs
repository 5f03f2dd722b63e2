using System.Text.Json;

namespace Disclosure.Cli.Tests;

public class DueUnitOptionTests
{
    [Fact]
    public void Due_Unit_KeepsTheColumnsThatNameOrResolveToTheUnit()
    {
        var (code, output, _) = CliRunner.Run("due", "--as-of", "2024-07-01", "--unit", "社会救助科", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var columns = json.RootElement.EnumerateArray().Select(o => o.GetProperty("column").GetString()).Distinct().Order().ToArray();
        // 各科室 (decision-implementation) and 各相关科室 with a topic of the section (rural-revitalization); none of the office's own columns.
        Assert.Equal(["decision-implementation", "rural-revitalization"], columns);
    }

    [Fact]
    public void Due_UnitByAlias_IsTheSameUnit()
    {
        var byAlias = CliRunner.Run("due", "--as-of", "2024-07-01", "--unit", "儿童福利科");
        var byId = CliRunner.Run("due", "--as-of", "2024-07-01", "--unit", "child-welfare");

        Assert.Equal(0, byAlias.ExitCode);
        Assert.Equal(byId.Output, byAlias.Output);
    }

    [Fact]
    public void Due_UnknownUnit_ListsTheKnownOnes()
    {
        var (code, _, error) = CliRunner.Run("due", "--as-of", "2024-07-01", "--unit", "finance");

        Assert.Equal(1, code);
        Assert.Contains("unknown unit 'finance'", error);
        Assert.Contains("social-assistance (社会救助科)", error);
    }
}
