using System.Diagnostics.Contracts;
using Disclosure.Domain.Calendars;
using NodaTime.Testing;

namespace Disclosure.Domain.Testing;

/// <summary>
/// NodaTime.Testing <see cref="FakeClock"/> glue in the domain's terms: a clock set to a local date and time in
/// Shanghai (or another zone), "today" in a zone, and moving a clock to the next working morning.
/// </summary>
/// <remarks>Stateless and thread-safe; the clocks it creates are as thread-safe as <see cref="FakeClock"/>.</remarks>
public static class TestClocks
{
    /// <summary>Gets the zone the domain's bureaus work in: <c>Asia/Shanghai</c>.</summary>
    public static DateTimeZone Shanghai { get; } = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>Creates a fake clock showing <paramref name="date"/> at <paramref name="time"/> in <paramref name="zone"/>.</summary>
    /// <param name="date">The local date.</param>
    /// <param name="time">The local time; 09:00 when not given.</param>
    /// <param name="zone">The zone; <see cref="Shanghai"/> when not given.</param>
    /// <returns>A clock that stays still until advanced.</returns>
    [Pure]
    public static FakeClock At(LocalDate date, LocalTime? time = null, DateTimeZone? zone = null) =>
        new(ToInstant(date, time ?? new LocalTime(9, 0), zone ?? Shanghai));

    /// <summary>Gets the date the clock shows in <paramref name="zone"/> (Shanghai when not given).</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="zone">The zone.</param>
    /// <returns>Today's local date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is <see langword="null"/>.</exception>
    [Pure]
    public static LocalDate Today(this IClock clock, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.GetCurrentInstant().InZone(zone ?? Shanghai).Date;
    }

    /// <summary>Moves the clock forward to <paramref name="date"/> at <paramref name="time"/> in <paramref name="zone"/>.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="date">The local date.</param>
    /// <param name="time">The local time; 09:00 when not given.</param>
    /// <param name="zone">The zone; Shanghai when not given.</param>
    /// <returns>The clock.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The target instant is before the clock's current instant.</exception>
    public static FakeClock AdvanceTo(this FakeClock clock, LocalDate date, LocalTime? time = null, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var target = ToInstant(date, time ?? new LocalTime(9, 0), zone ?? Shanghai);
        var now = clock.GetCurrentInstant();
        if (target < now)
        {
            throw new ArgumentException($"The clock shows {now}; it cannot go back to {target}.", nameof(date));
        }

        clock.Reset(target);
        return clock;
    }

    /// <summary>
    /// Moves the clock to <paramref name="time"/> on the next working day of <paramref name="calendar"/> strictly after
    /// the date the clock shows in <paramref name="zone"/>.
    /// </summary>
    /// <param name="clock">The clock.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="time">The morning time; 09:00 when not given.</param>
    /// <param name="zone">The zone; Shanghai when not given.</param>
    /// <returns>The working day the clock now shows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> or <paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="CalendarCoverageException">The next working day lies outside the calendar's coverage.</exception>
    public static LocalDate AdvanceToNextWorkingMorning(this FakeClock clock, WorkingDayCalendar calendar, LocalTime? time = null, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(calendar);
        var next = calendar.AddWorkingDays(clock.Today(zone), 1);
        clock.AdvanceTo(next, time, zone);
        return next;
    }

    private static Instant ToInstant(LocalDate date, LocalTime time, DateTimeZone zone) =>
        date.At(time).InZoneLeniently(zone).ToInstant();
}
