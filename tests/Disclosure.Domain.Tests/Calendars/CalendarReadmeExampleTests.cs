using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Disclosure.Domain.Calendars;

namespace Disclosure.Domain.Tests.Calendars;

/// <summary>The README's calendar data example (both languages) is a complete, valid year.</summary>
public class CalendarReadmeExampleTests
{
    [Theory]
    [InlineData("README.md", "### Calendar data format")]
    [InlineData("README.zh-CN.md", "### 日历数据格式")]
    public void ReadmeDataExample_IsACompleteYearThatLoads(string readme, string heading)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), readme));
        var section = text[text.IndexOf(heading, StringComparison.Ordinal)..];
        var json = Regex.Match(section, "```json\n(?<json>.*?)```", RegexOptions.Singleline).Groups["json"].Value;

        var calendar = WorkingDayCalendar.ChinaMainland.WithData(json);

        var year = calendar.GetArrangement(2027);
        Assert.Equal(7, year.Holidays.Length);
        Assert.Equal(DayKind.AdjustedWorkday, calendar.GetDayKind(new LocalDate(2027, 2, 20)));
        Assert.Equal(new LocalDate(2027, 1, 8), calendar.AddWorkingDays(new LocalDate(2026, 12, 10), 20));
    }

    private static string RepositoryRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));
}
