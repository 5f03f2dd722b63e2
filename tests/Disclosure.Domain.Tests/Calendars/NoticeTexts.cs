using Disclosure.Domain.Calendars;

namespace Disclosure.Domain.Tests.Calendars;

/// <summary>The official notice texts kept in the repository (Calendars/Notices), each year with its amendments in order.</summary>
internal static class NoticeTexts
{
    internal const int FirstYear = 2008;
    internal const int LastYear = 2026;

    private static readonly Dictionary<int, string[]> Amendments = new()
    {
        [2015] = ["holiday-notice-2015-victory-day.txt"],
        [2019] = ["holiday-notice-2019-labor-day-adjustment.txt"],
        [2020] = ["holiday-notice-2020-spring-festival-extension.txt"],
    };

    internal static string Folder => Path.Combine(AppContext.BaseDirectory, "Calendars", "Notices");

    internal static IEnumerable<int> Years => Enumerable.Range(FirstYear, LastYear - FirstYear + 1);

    internal static string Read(string file) => File.ReadAllText(Path.Combine(Folder, file));

    internal static string Notice(int year) => Read($"holiday-notice-{year}.txt");

    internal static string[] AmendmentsOf(int year) => Amendments.TryGetValue(year, out var files) ? [.. files.Select(Read)] : [];

    internal static CalendarNoticeResult Parse(int year) => CalendarNotice.Parse(Notice(year), AmendmentsOf(year));

    internal static YearArrangement Arrangement(int year)
    {
        var result = Parse(year);
        Assert.True(result.Success, $"{year}: {string.Join("\n", result.Problems)}");
        return result.Arrangement!;
    }
}
