using System.Text.Json;
using Snapshooter.Xunit3;

namespace Disclosure.Cli.Tests;

/// <summary>The units, workplan and agenda commands.</summary>
public class ResponsibilityCommandsTests
{
    [Fact]
    public void Units_Json_ListsTheSixUnitsWithTheAlias()
    {
        var (code, output, _) = CliRunner.Run("units", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var units = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["office", "social-assistance", "social-affairs", "child-welfare", "elderly-care-charity", "social-organizations"], units.Select(u => u.GetProperty("id").GetString()));
        Assert.Equal("儿童福利科", units[3].GetProperty("aliases")[0].GetString());
    }

    [Fact]
    public void Units_Table_HasOneLinePerUnitAfterTheHeader()
    {
        var (code, output, _) = CliRunner.Run("units");

        Assert.Equal(0, code);
        Assert.Equal(8, output.TrimEnd('\n').Split('\n').Length);
        Assert.Contains("未成年人保护和儿童福利科", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Workplan_ForUnitByAlias_ListsItsPointsWithInvolvement()
    {
        var (code, output, _) = CliRunner.Run("workplan", "--unit", "儿童福利科", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var named = json.RootElement.EnumerateArray().Where(p => p.GetProperty("involvement").GetString() == "named").Select(p => p.GetProperty("number").GetString());
        Assert.Equal(["一(一)2"], named);
    }

    [Fact]
    public void Workplan_All_Lists23Points()
    {
        var (code, output, _) = CliRunner.Run("workplan", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(23, json.RootElement.GetArrayLength());
    }

    [Fact]
    public void Workplan_UnknownUnit_FailsListingKnownUnits()
    {
        var (code, output, error) = CliRunner.Run("workplan", "--unit", "finance");

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("Known units: office (办公室), social-assistance (社会救助科)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Agenda_SocialAssistance2024Q3_MatchesSnapshot()
    {
        var log = Path.GetTempFileName();
        File.WriteAllText(log, """[{"activity": "open-day", "date": "2024-05-10"}]""");
        try
        {
            var (code, output, error) = CliRunner.Run("agenda", "--unit", "social-assistance", "--from", "2024-07-01", "--to", "2024-09-30", "--as-of", "2024-07-01", "--log", log, "--format", "json");

            Assert.Equal(0, code);
            Assert.Empty(error);
            Snapshot.Match(output);
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Fact]
    public void Agenda_OfficeWithLog_ShowsSatisfiedAndOverduePeriods()
    {
        var log = Path.GetTempFileName();
        File.WriteAllText(log, """[{"activity": "key-tasks-publication", "date": "2024-04-15", "unit": "office"}]""");
        try
        {
            var (code, output, _) = CliRunner.Run("agenda", "--unit", "办公室", "--from", "2024-01-01", "--to", "2024-06-30", "--as-of", "2024-07-02", "--log", log, "--format", "json");

            Assert.Equal(0, code);
            using var json = JsonDocument.Parse(output);
            var states = json.RootElement.GetProperty("items").EnumerateArray()
                .Where(i => i.GetProperty("reference").GetString() == "key-tasks-publication")
                .Select(i => (i.GetProperty("due").GetString(), i.GetProperty("status").GetString()));
            Assert.Equal([("2024-03-31", "overdue"), ("2024-06-30", "satisfied")], states);
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Fact]
    public void Agenda_BadLog_FailsWithOneLine()
    {
        var log = Path.GetTempFileName();
        File.WriteAllText(log, """[{"activity": "open-day", "date": "15/08/2024"}]""");
        try
        {
            var (code, _, error) = CliRunner.Run("agenda", "--unit", "office", "--from", "2024-07-01", "--to", "2024-09-30", "--as-of", "2024-07-01", "--log", log);

            Assert.Equal(1, code);
            Assert.Equal(1, error.Count(c => c == '\n'));
            Assert.Contains("yyyy-MM-dd", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Fact]
    public void Agenda_OfficeEarly2025_HasTheAnnualReportsDueAfterTheSpringFestival()
    {
        // 31 January 2025 lies in the Spring Festival block (01-28..02-04): the deadlines move to 02-05 (民法典 第203条).
        var (code, output, _) = CliRunner.Run("agenda", "--unit", "office", "--from", "2025-01-01", "--to", "2025-02-28", "--as-of", "2025-01-02", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var columns = json.RootElement.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("kind").GetString() == "CatalogColumn")
            .Select(i => (i.GetProperty("due").GetString(), i.GetProperty("reference").GetString()))
            .ToList();
        Assert.Equal(
            [("2025-02-05", "disclosure-annual-report"), ("2025-02-05", "request-catalog"), ("2025-02-05", "website-annual-report"), ("2025-02-28", "request-catalog")],
            columns);
    }
}
