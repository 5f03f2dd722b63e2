using System.Globalization;
using Disclosure.Domain.Calendars;
using NodaTime;
using NodaTime.Text;

namespace Disclosure.WebApi.Endpoints;

/// <summary><c>GET /calendar/{year}</c>: every day of a year with its kind, festival and the notice it comes from.</summary>
internal static class CalendarEndpoints
{
    internal static void MapCalendar(this IEndpointRouteBuilder app) =>
        app.MapGet("/calendar/{year}", GetYear)
            .WithName("GetCalendarYear")
            .WithSummary("The working-day calendar of a year")
            .WithDescription("Every day of the year: working day or not, and why (weekend, statutory holiday, adjusted rest day or working day).")
            .Produces<CalendarYearDto>()
            .ProducesValidationProblem();

    internal static IResult GetYear(string year, DisclosureSetup setup)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1900 or > 2999)
        {
            return ApiInput.Invalid("year", UiLanguage.Format("“{0}”不是年份；请写四位数字，例如 2024。", "'{0}' is not a year; use four digits, for example 2024.", year));
        }

        var calendar = setup.Calendar;
        YearArrangement arrangement;
        try
        {
            arrangement = calendar.GetArrangement(number);
        }
        catch (CalendarCoverageException e)
        {
            return ApiInput.Uncovered("year", e);
        }

        var first = new LocalDate(number, 1, 1);
        var days = new List<CalendarDayDto>(366);
        for (var day = first; day.Year == number; day = day.PlusDays(1))
        {
            var d = calendar.GetDay(day);
            days.Add(new CalendarDayDto(Iso(d.Date), d.Date.DayOfWeek.ToString(), d.Kind.ToId(), d.IsWorkingDay, d.Festival?.Id, d.Festival?.Name, d.IsProvisional));
        }

        return TypedResults.Ok(new CalendarYearDto(
            number,
            calendar.Name,
            arrangement.Source,
            arrangement.IssuedOn is { } issued ? Iso(issued) : null,
            arrangement.IsProvisional,
            days.Count(d => d.IsWorkingDay),
            [.. arrangement.Holidays.Select(h => new HolidayDto(h.Festival.Id, h.Festival.Name, h.Festival.EnglishName, Iso(h.Start), Iso(h.End)))],
            [.. arrangement.AdjustedWorkdays.Select(Iso)],
            days));
    }

    internal static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

}

/// <summary>A year of the calendar.</summary>
internal sealed record CalendarYearDto(
    int Year,
    string Calendar,
    string Source,
    string? IssuedOn,
    bool IsProvisional,
    int WorkingDays,
    IReadOnlyList<HolidayDto> Holidays,
    IReadOnlyList<string> AdjustedWorkdays,
    IReadOnlyList<CalendarDayDto> Days);

/// <summary>A holiday block of a year.</summary>
internal sealed record HolidayDto(string Festival, string Name, string? EnglishName, string From, string To);

/// <summary>One day of the calendar.</summary>
internal sealed record CalendarDayDto(string Date, string DayOfWeek, string Kind, bool IsWorkingDay, string? Festival, string? FestivalName, bool IsProvisional);
