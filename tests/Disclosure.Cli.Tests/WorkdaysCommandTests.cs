using System.Text.Json;

namespace Disclosure.Cli.Tests;

public class WorkdaysCommandTests
{
    [Theory]
    [InlineData("2025-09-25", "20", "2025-10-29")]
    [InlineData("2025-09-20", "20", "2025-10-23")]
    [InlineData("2024-02-08", "20", "2024-03-13")]
    [InlineData("2024-02-18", "-1", "2024-02-09")]
    public void Add_PlainFormat_PrintsTheDate(string start, string days, string expected)
    {
        var (code, output, error) = CliRunner.Run("workdays", "add", start, days);

        Assert.Equal(0, code);
        Assert.Equal(expected + "\n", output);
        Assert.Empty(error);
    }

    [Fact]
    public void Add_JsonFormat_PrintsAnObject()
    {
        var (code, output, _) = CliRunner.Run("workdays", "add", "2025-09-25", "20", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("2025-10-29", json.RootElement.GetProperty("result").GetString());
        Assert.Equal(20, json.RootElement.GetProperty("workingDays").GetInt32());
        Assert.False(json.RootElement.GetProperty("provisional").GetBoolean());
    }

    [Fact]
    public void Add_IntoAnUnpublishedYear_FailsWithOneLine()
    {
        var (code, output, error) = CliRunner.Run("workdays", "add", "2026-12-20", "20");

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Equal(1, error.Count(c => c == '\n'));
        Assert.Contains("2027 is not covered", error);
        Assert.Contains("--provisional", error);
    }

    [Fact]
    public void Add_WithProvisional_MarksTheAnswer()
    {
        var (code, output, _) = CliRunner.Run("workdays", "add", "2026-12-20", "20", "--provisional");

        Assert.Equal(0, code);
        Assert.Equal("2027-01-18 (provisional)\n", output);
    }

    [Theory]
    [InlineData("2025-02-30", "20", "DATE: '2025-02-30' is not a date")]
    [InlineData("2025-02-03", "twenty", "N: 'twenty' is not a whole number")]
    public void Add_BadInput_FailsNamingTheArgument(string start, string days, string expected)
    {
        var (code, _, error) = CliRunner.Run("workdays", "add", start, days);

        Assert.Equal(1, code);
        Assert.StartsWith("error: " + expected, error);
    }

    [Fact]
    public void Count_AcrossNationalDay_CountsAdjustedWorkdays()
    {
        var (code, output, _) = CliRunner.Run("workdays", "count", "2025-09-25", "2025-10-29");

        Assert.Equal(0, code);
        Assert.Equal("20\n", output);
    }

    [Fact]
    public void Count_JsonFormat_PrintsAnObject()
    {
        var (_, output, _) = CliRunner.Run("workdays", "count", "2024-12-31", "2025-12-31", "--format", "json");

        using var json = JsonDocument.Parse(output);
        // 261 weekdays in 2025, 18 of them in holiday blocks, plus 5 adjusted working weekend days.
        Assert.Equal(248, json.RootElement.GetProperty("workingDays").GetInt32());
    }

    [Fact]
    public void CalendarData_AFileAddingAYear_IsLayeredOver()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, """
            { "format": 1, "localHolidays": [ { "id": "local-day", "name": "地方节日", "englishName": "Local Day", "from": "2025-03-03", "to": "2025-03-03" } ] }
            """);
        try
        {
            var (code, output, _) = CliRunner.Run("workdays", "add", "2025-02-28", "1", "--calendar-data", file);

            Assert.Equal(0, code);
            Assert.Equal("2025-03-04\n", output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void CalendarData_MalformedFile_FailsWithTheProblem()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "{ \"format\": 1, \"years\": [ { \"year\": 2027, \"notice\": { \"title\": \"t\" }, \"workdays\": [\"2027-02-22\"] } ] }");
        try
        {
            var (code, _, error) = CliRunner.Run("workdays", "add", "2025-02-28", "1", "--calendar-data", file);

            Assert.Equal(1, code);
            Assert.Contains("2027-02-22 is a Monday", error);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
