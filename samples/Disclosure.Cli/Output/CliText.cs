using System.Globalization;
using System.Resources;
using Disclosure.Domain.Calendars;
using NodaTime;

namespace Disclosure.Cli.Output;

/// <summary>
/// The CLI's human-readable text in the current UI culture (set from <c>--lang</c> by <see cref="Cli.Run"/>): entries of
/// <c>Output/CliTexts.resx</c> (English) and <c>CliTexts.zh-Hans.resx</c> (Chinese), and dates and periods as people
/// read them. One rule for dates: tables, lists and bare answers write ISO dates (<c>2024-07-01</c>, narrow, sortable and
/// ready for the next command) through <see cref="TableDate"/>; sentences write <c>2024年7月1日</c> in Chinese through
/// <see cref="Date"/>; a date the user is asked to type stays ISO.
/// </summary>
internal static class CliText
{
    private static readonly ResourceManager Resources = new("Disclosure.Cli.Output.CliTexts", typeof(CliText).Assembly);

    private static readonly string[] ChineseWeekdays = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"];
    private static readonly string[] ChineseQuarters = ["第一季度", "第二季度", "第三季度", "第四季度"];

    /// <summary>Whether the current UI culture is Chinese.</summary>
    internal static bool IsChinese => IsChineseCulture(CultureInfo.CurrentUICulture);

    /// <summary>Whether a culture is Chinese (zh, zh-CN, zh-Hans, …).</summary>
    internal static bool IsChineseCulture(CultureInfo culture) => culture.Name == "zh" || culture.Name.StartsWith("zh-", StringComparison.Ordinal);

    /// <summary>The entry <paramref name="key"/> in the current UI culture.</summary>
    internal static string Get(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new MissingManifestResourceException($"CliTexts.resx has no '{key}'.");

    /// <summary>The entry <paramref name="key"/> with its placeholders filled (numbers in invariant digits).</summary>
    internal static string Format(string key, params object?[] args) => string.Format(CultureInfo.InvariantCulture, Get(key), args);

    /// <summary>A date in a table: ISO in both languages.</summary>
    internal static string TableDate(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date in a sentence: <c>2024年7月1日</c> in Chinese, ISO in English.</summary>
    internal static string Date(LocalDate date) => IsChinese
        ? string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日")
        : TableDate(date);

    /// <summary>A weekday: <c>星期一</c> in Chinese, <c>Mon</c> in English.</summary>
    internal static string Weekday(IsoDayOfWeek day) => IsChinese ? ChineseWeekdays[(int)day - 1] : day.ToString()[..3];

    /// <summary>
    /// A period key as people say it in Chinese: <c>2024-06</c> → <c>2024年6月</c>, <c>2024-Q2</c> → <c>2024年第二季度</c>,
    /// <c>2024-H1</c> → <c>2024年上半年</c>, <c>2023</c> → <c>2023年</c>; other keys (events) and English unchanged.
    /// </summary>
    internal static string Period(string key)
    {
        if (!IsChinese || key.Length < 4 || !int.TryParse(key.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return key;
        }

        var rest = key.AsSpan(4);
        return rest switch
        {
            [] => $"{year}年",
            ['-', 'Q', >= '1' and <= '4'] => $"{year}年{ChineseQuarters[rest[2] - '1']}",
            "-H1" => $"{year}年上半年",
            "-H2" => $"{year}年下半年",
            ['-', >= '0' and <= '1', >= '0' and <= '9'] when int.Parse(rest[1..], CultureInfo.InvariantCulture) is >= 1 and <= 12 and var m => $"{year}年{m}月",
            _ => key,
        };
    }

    /// <summary>
    /// What years a calendar answers for: <c>2008–2026 (published)</c>, <c>已公布 2008–2026 年</c>, with the projected
    /// years when the calendar projects.
    /// </summary>
    internal static string Coverage(CalendarCoverage coverage)
    {
        var published = coverage.PublishedYears.IsEmpty
            ? Get("Coverage.NoPublishedYears")
            : Format("Coverage.Published", YearRanges(coverage.PublishedYears));
        return coverage.ProjectsUnpublishedYears
            ? Format("Coverage.Projected", published, coverage.ProjectionFirstYear, coverage.ProjectionLastYear)
            : published;
    }

    /// <summary>Years as ranges of consecutive years: <c>2008–2024, 2026</c>.</summary>
    private static string YearRanges(IReadOnlyList<int> years)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 1; i <= years.Count; i++)
        {
            if (i == years.Count || years[i] != years[i - 1] + 1)
            {
                parts.Add(start == i - 1
                    ? years[start].ToString(CultureInfo.InvariantCulture)
                    : string.Create(CultureInfo.InvariantCulture, $"{years[start]}–{years[i - 1]}"));
                start = i;
            }
        }

        return string.Join(Get("ListSeparator"), parts);
    }

    /// <summary>
    /// A value of an enumeration the CLI shows (a request's status, a review event's kind …): the entry
    /// <c>{type}.{value}</c>, the value's own name in English. The caller names the type (<c>nameof(RequestStatus)</c>):
    /// a native executable need not keep type names.
    /// </summary>
    internal static string Name<T>(string type, T value)
        where T : struct, Enum => Get(type + "." + value.ToString());

    /// <summary>The name of a kind of day: <c>调休上班</c> in Chinese, its id in English.</summary>
    internal static string DayKindName(DayKind kind) => Get("DayKind." + kind.ToId());
}
