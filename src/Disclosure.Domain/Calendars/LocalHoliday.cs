namespace Disclosure.Domain.Calendars;

/// <summary>
/// A local holiday block to layer over the national calendar (for example an autonomous region's), given as values:
/// the input of <see cref="WorkingDayCalendar.WithLocalHolidays"/>.
/// </summary>
/// <param name="Id">A new festival id: lower-case ASCII letters, digits and hyphens, not a national festival's.</param>
/// <param name="Name">The Chinese name.</param>
/// <param name="EnglishName">The English name, or <see langword="null"/>.</param>
/// <param name="From">The first day off.</param>
/// <param name="To">The last day off (inclusive), at most <see cref="MaxDays"/> days after <paramref name="From"/> counted inclusively.</param>
/// <remarks>Nothing is checked until the holiday is layered over a calendar. Immutable and thread-safe; value equality.</remarks>
public sealed record LocalHoliday(string Id, string Name, string? EnglishName, LocalDate From, LocalDate To)
{
    /// <summary>The longest local holiday block: 32 days (a block, not a season).</summary>
    public const int MaxDays = 32;
}
