using System.Text.Json;
using Snapshooter.Xunit3;

namespace Disclosure.Cli.Tests;

public class CalendarCommandTests
{
    [Fact]
    public void Calendar_JsonAcrossNationalDay2025_MatchesSnapshot()
    {
        var (code, output, _) = CliRunner.Run("calendar", "--from", "2025-09-27", "--to", "2025-10-12", "--format", "json");

        Assert.Equal(0, code);
        Assert.Contains("\"festivalName\": \"中秋节\"", output); // Chinese is written unescaped
        Snapshot.Match(output);
    }

    [Fact]
    public void Calendar_Json_HasTheDocumentedFields()
    {
        var (_, output, _) = CliRunner.Run("calendar", "--from", "2024-02-17", "--to", "2024-02-18", "--format", "json");

        using var json = JsonDocument.Parse(output);
        var days = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(2, days.Length);
        Assert.Equal("adjustedRestDay", days[0].GetProperty("kind").GetString());
        Assert.Equal("spring-festival", days[0].GetProperty("festival").GetString());
        Assert.Equal("adjustedWorkday", days[1].GetProperty("kind").GetString());
        Assert.True(days[1].GetProperty("isWorkingDay").GetBoolean());
        Assert.Equal(JsonValueKind.Null, days[1].GetProperty("festival").ValueKind);
    }

    [Fact]
    public void Calendar_Table_AlignsChineseNames()
    {
        var (code, output, _) = CliRunner.Run("calendar", "--from", "2025-10-05", "--to", "2025-10-07");

        Assert.Equal(0, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(5, lines.Length);
        Assert.Contains("中秋节", lines[3]);
        Assert.Contains("国庆节", lines[4]);
    }

    [Fact]
    public void Calendar_Csv_HasAHeaderAndOneLinePerDay()
    {
        var (_, output, _) = CliRunner.Run("calendar", "--from", "2026-02-14", "--to", "2026-02-16", "--format", "csv");

        Assert.Equal(
            "\uFEFFdate,weekday,kind,isWorkingDay,festival,festivalName,provisional\n" +
            "2026-02-14,Saturday,adjustedWorkday,true,,,false\n" +
            "2026-02-15,Sunday,adjustedRestDay,false,spring-festival,春节,false\n" +
            "2026-02-16,Monday,statutoryHoliday,false,spring-festival,春节,false\n",
            output);
    }

    [Fact]
    public void Calendar_ProvisionalYear_IsMarked()
    {
        var (code, output, _) = CliRunner.Run("calendar", "--from", "2027-02-09", "--to", "2027-02-09", "--format", "csv", "--provisional");

        Assert.Equal(0, code);
        Assert.EndsWith("2027-02-09,Tuesday,adjustedRestDay,false,spring-festival,春节,true\n", output);
    }

    [Theory]
    [InlineData("2027-01-01", "2027-01-02", "2027 is not covered")]
    [InlineData("2025-10-02", "2025-10-01", "--to 2025-10-01 is before --from 2025-10-02")]
    [InlineData("2025-10-32", "2025-11-01", "--from: '2025-10-32' is not a date")]
    public void Calendar_BadInput_FailsWithOneLine(string from, string to, string expected)
    {
        var (code, output, error) = CliRunner.Run("calendar", "--from", from, "--to", to);

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void Calendar_MissingOption_FailsWithUsage()
    {
        var (code, _, error) = CliRunner.Run("calendar", "--from", "2025-10-01");

        Assert.NotEqual(0, code);
        Assert.Contains("--to", error);
    }
}
