using Disclosure.Domain.Calendars;
using NodaTime.Text;

namespace Disclosure.Domain.Testing;

/// <summary>
/// Assertions that read like the domain. Each returns quietly when the expectation holds and throws
/// <see cref="DomainAssertionException"/> with what was expected and what the domain answered when it does not, so
/// they work under any test framework.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static partial class DomainAssert
{
    /// <summary>Asserts that <paramref name="date"/> is a working day of <paramref name="calendar"/>.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="date">The date.</param>
    /// <exception cref="DomainAssertionException">The date is not a working day.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="CalendarCoverageException">The calendar does not cover the date.</exception>
    public static void IsWorkingDay(WorkingDayCalendar calendar, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var day = calendar.GetDay(date);
        if (!day.IsWorkingDay)
        {
            throw new DomainAssertionException($"Expected {Iso(date)} to be a working day, but it is a {Describe(day)}.");
        }
    }

    /// <summary>Asserts that <paramref name="date"/> is a day off in <paramref name="calendar"/>.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="date">The date.</param>
    /// <exception cref="DomainAssertionException">The date is a working day.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="CalendarCoverageException">The calendar does not cover the date.</exception>
    public static void IsDayOff(WorkingDayCalendar calendar, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var day = calendar.GetDay(date);
        if (day.IsWorkingDay)
        {
            throw new DomainAssertionException($"Expected {Iso(date)} to be a day off, but it is a {Describe(day)}.");
        }
    }

    /// <summary>
    /// Asserts that <paramref name="workingDays"/> working days after <paramref name="start"/> end on
    /// <paramref name="expected"/> (the n-th working day strictly after the start).
    /// </summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="start">The day the period starts after.</param>
    /// <param name="workingDays">The number of working days.</param>
    /// <param name="expected">The expected last day.</param>
    /// <exception cref="DomainAssertionException">The calendar gives another day.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="CalendarCoverageException">The calendar does not cover the period.</exception>
    public static void WorkingDaysEndOn(WorkingDayCalendar calendar, LocalDate start, int workingDays, LocalDate expected)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var actual = calendar.AddWorkingDays(start, workingDays);
        if (actual != expected)
        {
            throw new DomainAssertionException(
                $"Expected {workingDays} working days after {Iso(start)} to end on {Iso(expected)}, but they end on {Iso(actual)} ({Describe(calendar.GetDay(expected))} on {Iso(expected)}).");
        }
    }

    internal static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Describe(CalendarDay day) =>
        day.Festival is { } festival ? $"{day.Kind} ({festival.Name})" : $"{day.Kind} ({day.Date.DayOfWeek})";
}
