namespace Disclosure.Domain.Calendars;

/// <summary>One day as the working-day calendar sees it.</summary>
/// <param name="Date">The date.</param>
/// <param name="Kind">What the day is.</param>
/// <param name="Festival">The festival of the holiday block the day belongs to, or <see langword="null"/> outside holiday blocks.</param>
/// <param name="IsProvisional">
/// <see langword="true"/> when the day's year is not published and the answer comes from a projection
/// (<see cref="WorkingDayCalendar.WithProjection"/>); such an answer may change when the year is published.
/// </param>
/// <remarks>An immutable value with value equality; thread-safe.</remarks>
public readonly record struct CalendarDay(LocalDate Date, DayKind Kind, Festival? Festival, bool IsProvisional)
{
    /// <summary>Gets a value indicating whether the day is a working day (<see cref="DayKind.Workday"/> or <see cref="DayKind.AdjustedWorkday"/>).</summary>
    public bool IsWorkingDay => Kind is DayKind.Workday or DayKind.AdjustedWorkday;
}
