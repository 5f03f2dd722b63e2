using System.Text.Json;
using Disclosure.Domain.Calendars;
using NodaTime;

namespace Disclosure.Cli.Tests;

public sealed class CalendarImportCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("calendar-import-").FullName;

    public static TheoryData<int> Years => [.. Enumerable.Range(2010, 17)];

    private static string Notice(string file) => Path.Combine(AppContext.BaseDirectory, "Notices", file);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [MemberData(nameof(Years))]
    public void Import_EachNotice_WritesDataWhoseWorkingDaysAreTheOfficialOnes(int year)
    {
        var amendments = year switch
        {
            2015 => new[] { Notice("holiday-notice-2015-victory-day.txt") },
            2019 => [Notice("holiday-notice-2019-labor-day-adjustment.txt")],
            2020 => [Notice("holiday-notice-2020-spring-festival-extension.txt")],
            _ => [],
        };
        var output = Path.Combine(folder, $"{year}.json");

        var (code, text, error) = CliRunner.Run(["calendar", "import", Notice($"holiday-notice-{year}.txt"), .. amendments, "--out", output]);

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains($"wrote {output}", text);
        var imported = WorkingDayCalendar.FromJson(File.ReadAllText(output));
        Assert.Equal([year], imported.Coverage.PublishedYears);
        // Late-December days the next year's notice arranges (2018-12-29 上班, from the 2019 notice) come with that notice.
        var next = WorkingDayCalendar.ChinaMainland.GetArrangement(year + 1 > 2026 ? year : year + 1);
        for (var day = new LocalDate(year, 1, 1); day.Year == year; day = day.PlusDays(1))
        {
            if (next.Year > year && (next.AdjustedWorkdays.Contains(day) || next.Holidays.Any(b => b.Contains(day))))
            {
                continue;
            }

            Assert.True(WorkingDayCalendar.ChinaMainland.IsWorkingDay(day) == imported.IsWorkingDay(day), $"{day}");
        }
    }

    [Fact]
    public void Import_ACorruptedNotice_IsRefusedListingEveryProblemWithItsLine()
    {
        var corrupted = Path.Combine(folder, "notice.txt");
        File.WriteAllText(corrupted, File.ReadAllText(Notice("holiday-notice-2016.txt"))
            .Replace("共7天。2月6日", "共6天。2月6日", StringComparison.Ordinal)
            .Replace("三、清明节:4月4日放假,与周末连休。", "三、清明节:4月4日放假,与周末连休,具体另定。", StringComparison.Ordinal));
        var output = Path.Combine(folder, "2016.json");

        var (code, text, error) = CliRunner.Run("calendar", "import", corrupted, "--out", output);

        Assert.Equal(1, code);
        Assert.Empty(text);
        Assert.False(File.Exists(output));
        Assert.Contains("2 problems", error);
        Assert.Contains("notice.txt:12: the text says 共6天", error);
        Assert.Contains("notice.txt:13: cannot read '具体另定'", error);
    }

    [Fact]
    public void WorkdaysAdd_Into2027_SaysHowToImportIt_AndAnswersWithTheImportedData()
    {
        var (code, _, error) = CliRunner.Run("workdays", "add", "2026-12-10", "20");

        Assert.Equal(1, code);
        Assert.Contains("国务院办公厅关于2027年部分节假日安排的通知", error);
        Assert.Contains("disclosure calendar import notice-2027.txt --out 2027.json", error);
        Assert.Contains("--calendar-data 2027.json", error);

        var data = Path.Combine(folder, "2027.json");
        Assert.Equal(0, CliRunner.Run("calendar", "import", Notice("test-notice-2027.txt"), "--out", data).ExitCode);
        var (added, output, warning) = CliRunner.Run("workdays", "add", "2026-12-10", "20", "--calendar-data", data);

        // December 2026 after the 10th: 11, 14–18, 21–25, 28–31 = 15 working days; 2027: 1–3 off (元旦), 4–8 = days 16–20.
        Assert.Equal(0, added);
        Assert.Equal("2027-01-08\n", output);
        Assert.Empty(warning);
    }

    [Fact]
    public void WorkdaysAdd_NearTheEndOfTheData_Warns()
    {
        var (code, output, error) = CliRunner.Run("workdays", "add", "2026-11-20", "10");

        Assert.Equal(0, code);
        Assert.Equal("2026-12-04\n", output);
        Assert.Contains("warning: calendar data ends 2026-12-31; import the 2027 notice", error);
    }

    [Fact]
    public void WorkdaysAdd_FarFromTheEndOfTheData_DoesNotWarn()
    {
        var (_, _, error) = CliRunner.Run("workdays", "add", "2026-09-01", "20");

        Assert.Empty(error);
    }

    [Fact]
    public void WorkdaysAdd_PastTheProjection_NeverAdvisesProvisionalAgain()
    {
        var (code, _, error) = CliRunner.Run("workdays", "add", "2099-12-20", "20", "--provisional");

        Assert.Equal(1, code);
        Assert.Contains("2100 is not covered", error);
        Assert.Contains("2008–2099 only, even with --provisional", error);
        Assert.DoesNotContain("pass --provisional", error);
        Assert.DoesNotContain("--provisional projects", error);
    }

    [Fact]
    public void Calendar_2010To2026_ListsEveryDay()
    {
        var (code, output, _) = CliRunner.Run("calendar", "--from", "2010-01-01", "--to", "2026-12-31", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(6209, json.RootElement.GetArrayLength());
    }
}
