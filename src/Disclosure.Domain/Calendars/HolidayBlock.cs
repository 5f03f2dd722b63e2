namespace Disclosure.Domain.Calendars;

/// <summary>A run of consecutive days off for one festival, as a year's arrangement gives it (inclusive).</summary>
/// <param name="Festival">The festival the block is named after (国庆节 for 2025's combined 国庆+中秋 block).</param>
/// <param name="Start">The first day off.</param>
/// <param name="End">The last day off (inclusive; equal to <paramref name="Start"/> for a one-day block).</param>
/// <remarks>An immutable value with value equality; thread-safe.</remarks>
public readonly record struct HolidayBlock(Festival Festival, LocalDate Start, LocalDate End)
{
    /// <summary>Gets the number of days in the block.</summary>
    public int Length => Period.DaysBetween(Start, End) + 1;

    /// <summary>Tells whether the block contains a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> is within the block.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;
}
