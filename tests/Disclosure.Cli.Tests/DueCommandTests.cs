using System.Runtime.CompilerServices;
using System.Text.Json;
using Disclosure.Cli.Output;
using Snapshooter.Xunit3;

namespace Disclosure.Cli.Tests;

public sealed class DueCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("due-tests-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static string SemiAnnualPack([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "Disclosure.Domain.Tests", "RulePacks", "Packs", "semi-annual-column.pack.json"));

    private string Log(string json)
    {
        var path = Path.Combine(directory, "log.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Due_AnEventDueIn2027_ReportsThatObligationAndNotAnError()
    {
        // Before, the whole report failed with "2027 is not covered by the calendar".
        var log = Log("""{ "information": [ { "column": "department-documents", "formedOn": "2026-12-15" } ] }""");

        var (code, output, error) = CliRunner.Run("due", "--as-of", "2026-12-20", "--log", log);
        var (_, json, _) = CliRunner.Run("due", "--as-of", "2026-12-20", "--log", log, "--format", "json");
        var (_, provisional, _) = CliRunner.Run("due", "--as-of", "2026-12-20", "--log", log, "--provisional");

        Assert.Equal(0, code);
        // Only the plan-year notice (2026 is past the 2024 work plan), no calendar error.
        Assert.Equal("warning: computed on 2026-12-20, past the 2024 work plan; no newer plan is loaded: the catalog stays in force, the 2024 plan's duties ended on 2024-12-31.\n", error);
        Assert.Contains("2026-12-15  needs 2027 calendar  due", output, StringComparison.Ordinal);
        Assert.Contains("needs the 2027 calendar: 1 obligation(s) fall due in 2027", output, StringComparison.Ordinal);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var item = doc.RootElement.EnumerateArray().Single(e => e.GetProperty("obligation").GetString() == "2026-12-15");
        Assert.Equal(2027, item.GetProperty("needsCalendarYear").GetInt32());
        Assert.Equal("due", item.GetProperty("status").GetString());
        Assert.DoesNotContain("needs 2027 calendar", provisional, StringComparison.Ordinal);
        Assert.Contains("* provisional", provisional, StringComparison.Ordinal);
    }

    [Fact]
    public void Due_TableOn20240701_MatchesSnapshot()
    {
        var (code, output, error) = CliRunner.Run("due", "--as-of", "2024-07-01");

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.EndsWith("宣城市民政局 on 2024-07-01 (tracking from 2024-01-01): 28 obligations, 16 overdue, 12 due, 0 satisfied.\n", output, StringComparison.Ordinal);
        Snapshot.Match(output);
    }

    [Fact]
    public void Due_PackWithASemiAnnualColumnOnJuly2_ListsH1DueJuly1Overdue()
    {
        var pack = SemiAnnualPack();

        var (code, output, error) = CliRunner.Run("due", "--as-of", "2024-07-02", "--pack", pack, "--format", "json");

        Assert.Equal(0, code);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.EnumerateArray().Where(o => o.GetProperty("column").GetString() == "budget-execution")
            .Select(o => (o.GetProperty("obligation").GetString(), o.GetProperty("kind").GetString(), o.GetProperty("frequency").GetString(), o.GetProperty("periodEnd").GetString(), o.GetProperty("dueOn").GetString(), o.GetProperty("status").GetString(), o.GetProperty("overdueWorkingDays").GetInt32()));
        Assert.Equal(
            [("2024-H1", "halfYear", "semiannual", "2024-06-30", "2024-07-01", "overdue", 1), ("2024-H2", "halfYear", "semiannual", "2024-12-31", "2024-12-31", "due", 0)],
            rows);
    }

    [Fact]
    public void Due_Table_AlignsColumnsWithChineseNames()
    {
        var (_, output, _) = CliRunner.Run("due", "--as-of", "2024-07-01");

        var lines = output.Split('\n').Where(l => l.Length > 0 && char.IsDigit(l[0])).ToList();
        Assert.Equal(28, lines.Count);
        var keyColumns = lines.Select(l => TextTable.Width(l[..l.IndexOf(" 202", StringComparison.Ordinal)])).Distinct();
        Assert.Single(keyColumns);
    }

    [Fact]
    public void Due_Json_HasTheDocumentedFields()
    {
        var (code, output, _) = CliRunner.Run("due", "--as-of", "2024-07-01", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(28, json.RootElement.GetArrayLength());
        var first = json.RootElement[0];
        Assert.Equal("rural-revitalization", first.GetProperty("column").GetString());
        Assert.Equal(24, first.GetProperty("seedRow").GetInt32());
        Assert.Equal("2024-01", first.GetProperty("obligation").GetString());
        Assert.Equal("2024-01-31", first.GetProperty("dueOn").GetString());
        Assert.Equal("overdue", first.GetProperty("status").GetString());
        Assert.Equal(102, first.GetProperty("overdueWorkingDays").GetInt32());
        Assert.Equal("各相关科室", first.GetProperty("responsible").GetString());
        Assert.False(first.GetProperty("provisional").GetBoolean());
    }

    [Fact]
    public void Due_CsvWithResponsible_KeepsThatSectionsRows()
    {
        var (code, output, _) = CliRunner.Run("due", "--as-of", "2024-07-01", "--format", "csv", "--responsible", "办公室");

        Assert.Equal(0, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.StartsWith("\uFEFFcolumn,seedRow,name,frequency,obligation,", lines[0], StringComparison.Ordinal);
        Assert.Equal(18, lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.Contains(",办公室,", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Due_WithLog_CountsPublicationsAndInformation()
    {
        var log = Log("""
            {
              "publications": [ { "column": "decision-implementation", "on": "2024-03-30" } ],
              "information": [
                { "column": "department-documents", "formedOn": "2024-02-12", "publishedOn": "2024-03-20" },
                { "column": "department-documents", "formedOn": "2024-06-03", "publishedOn": null }
              ]
            }
            """);

        var (code, output, _) = CliRunner.Run("due", "--as-of", "2024-07-01", "--log", log, "--responsible", "各科室", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.EnumerateArray().Select(e => (e.GetProperty("obligation").GetString(), e.GetProperty("dueOn").GetString(), e.GetProperty("status").GetString())).ToList();
        Assert.Equal(
            [("2024-02-12", "2024-03-14", "satisfied"), ("2024-Q1", "2024-04-01", "satisfied"), ("2024-Q2", "2024-07-01", "due"), ("2024-06-03", "2024-07-02", "due"), ("2024-Q3", "2024-09-30", "due")],
            rows);
    }

    [Theory]
    [InlineData("""{ "publications": [ { "column": "rural-revitalization", "on": "2024-13-01" } ] }""", "line 1, $.publications[0].on: '2024-13-01' is not a date")]
    [InlineData("{\n  \"publications\": [\n    { \"column\": \"no-such-column\", \"on\": \"2024-01-02\" }\n  ]\n}", "line 3, $.publications[0].column: 'no-such-column' is not a column")]
    [InlineData("{\n  \"information\": [\n    { \"column\": \"rural-revitalization\", \"formedOn\": \"2024-01-02\" }\n  ]\n}", "line 3, $.information[0].column: 'rural-revitalization' is a monthly column")]
    [InlineData("""{ "information": [ { "column": "plans", "formedOn": "2024-05-02", "publishedOn": "2024-05-01" } ] }""", "$.information[0].publishedOn: published on 2024-05-01, before the information was formed on 2024-05-02")]
    [InlineData("""{ "publications": [ { "column": "plans" } ] }""", "$.publications[0]: missing \"on\"")]
    [InlineData("""{ "publication": [] }""", "$.publication: unknown property")]
    [InlineData("{\n  \"publications\": [\n    { \"column\": \"plans\", \"on\": \"2024-01-02\" \n  ]\n}", "line 4: not valid JSON")]
    [InlineData("[]", "$: expected an object")]
    public void Due_MalformedLog_FailsWithOneLineNamingThePlace(string json, string expected)
    {
        var (code, output, error) = CliRunner.Run("due", "--as-of", "2024-07-01", "--log", Log(json));

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.StartsWith("error: log.json: ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Equal(1, error.Count(c => c == '\n'));
    }

    [Fact]
    public void Due_MissingLogFile_Fails()
    {
        var (code, _, error) = CliRunner.Run("due", "--as-of", "2024-07-01", "--log", Path.Combine(directory, "missing.json"));

        Assert.Equal(1, code);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--as-of", "2024-02-30", "--as-of: '2024-02-30' is not a date")]
    [InlineData("--responsible", "人事科", "--responsible: no column of the catalog has '人事科'")]
    public void Due_BadArguments_FailWithAMessage(string option, string value, string expected)
    {
        var args = option == "--as-of" ? new[] { "due", option, value } : ["due", "--as-of", "2024-07-01", option, value];

        var (code, _, error) = CliRunner.Run(args);

        Assert.Equal(1, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Due_InAnUnpublishedYear_FailsUnlessProvisional()
    {
        var (code, _, error) = CliRunner.Run("due", "--as-of", "2027-02-02");
        var (provisionalCode, output, _) = CliRunner.Run("due", "--as-of", "2027-02-02", "--provisional", "--format", "json");

        Assert.Equal(1, code);
        Assert.Contains("2027 is not covered", error, StringComparison.Ordinal);
        Assert.Equal(0, provisionalCode);
        using var json = JsonDocument.Parse(output);
        var report2026 = json.RootElement.EnumerateArray().Single(e => e.GetProperty("column").GetString() == "disclosure-annual-report" && e.GetProperty("obligation").GetString() == "2026");
        Assert.Equal("2027-02-01", report2026.GetProperty("dueOn").GetString());
        Assert.True(report2026.GetProperty("provisional").GetBoolean());
    }
}
