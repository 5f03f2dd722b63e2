using NodaTime;
using NodaTime.Text;

namespace Disclosure.WebApi;

/// <summary>Reads query and route values; bad input becomes a 400 ProblemDetails that names the parameter.</summary>
internal static class ApiInput
{
    /// <summary>Parses an ISO date (yyyy-MM-dd), or returns a validation problem naming <paramref name="parameter"/>.</summary>
    internal static bool TryDate(string? text, string parameter, out LocalDate date, out IResult? problem)
    {
        var result = LocalDatePattern.Iso.Parse(text?.Trim() ?? string.Empty);
        if (result.Success)
        {
            date = result.Value;
            problem = null;
            return true;
        }

        date = default;
        problem = Invalid(parameter, NotADate(text));
        return false;
    }

    /// <summary>What is wrong with a text that is not a date, and how to write one; the pages show it too.</summary>
    internal static string NotADate(string? text) =>
        UiLanguage.Format("“{0}”不是日期，请按 yyyy-MM-dd 填写，例如 2024-07-01。", "'{0}' is not a date; use yyyy-MM-dd, for example 2024-07-01.", text);

    /// <summary>The as-of date: the given one, or today in the bureau's time zone by the injected clock.</summary>
    internal static bool TryAsOf(string? text, DisclosureSetup setup, IClock clock, out LocalDate date, out IResult? problem)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            date = clock.GetCurrentInstant().InZone(setup.Catalog.TimeZone).Date;
            problem = null;
            return true;
        }

        return TryDate(text, "asOf", out date, out problem);
    }

    /// <summary>A 400 validation problem whose errors name <paramref name="parameter"/>.</summary>
    internal static IResult Invalid(string parameter, string message) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [parameter] = [message] },
            detail: $"{parameter}: {message}",
            title: UiLanguage.Format("参数 {0} 无效", "Invalid {0}", parameter));

    /// <summary>A year the calendar cannot answer for, with what to do about it: the notice to import and the setting to load it.</summary>
    internal static IResult Uncovered(string parameter, Domain.Calendars.CalendarCoverageException e) =>
        Invalid(parameter, e.Year is < 2008 or > 2099
            ? UiLanguage.Format("{0} 年不在日历范围内（{1}）；日历只覆盖 2008—2099 年。", "{0} is not covered by the calendar ({1}); it answers for 2008–2099 only.", e.Year, e.Coverage)
            : UiLanguage.Format(
                "{0} 年不在日历范围内（{1}）。国务院办公厅关于{0}年部分节假日安排的通知发布后，用 `disclosure calendar import notice.txt --out {0}.json` 把通知转成数据，并把 Disclosure:CalendarData 设为该文件。",
                "{0} is not covered by the calendar ({1}). When 国务院办公厅关于{0}年部分节假日安排的通知 is published, "
                + "turn its text into data with `disclosure calendar import notice.txt --out {0}.json` and set Disclosure:CalendarData to that file.",
                e.Year, e.Coverage));
}
