using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using NodaTime;

namespace Disclosure.Domain.Responsibilities;

/// <summary>The calendar period over which a <see cref="RecurringObligation"/> counts activities: a quarter or a year.</summary>
/// <remarks>
/// A closed set: the only instances are the static members, so reference equality is value equality. Periods are
/// calendar periods of the ISO calendar (quarters start on 1 January, 1 April, 1 July and 1 October).
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class ObligationPeriod
{
    private ObligationPeriod(string id, string name, int months)
    {
        Id = id;
        Name = name;
        Months = months;
    }

    /// <summary>Gets the calendar quarter (每季度).</summary>
    public static ObligationPeriod Quarter { get; } = new("quarter", "季度", 3);

    /// <summary>Gets the calendar year (每年, 年度内).</summary>
    public static ObligationPeriod Year { get; } = new("year", "年度", 12);

    /// <summary>Gets every period, in declaration order.</summary>
    public static ImmutableArray<ObligationPeriod> All { get; } = [Quarter, Year];

    /// <summary>Gets the stable identifier used in JSON: <c>quarter</c> or <c>year</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the Chinese name: 季度 or 年度.</summary>
    public string Name { get; }

    private int Months { get; }

    /// <summary>Finds the period with the given identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="period">The period, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryParse(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ObligationPeriod? period)
    {
        period = All.FirstOrDefault(p => p.Id == id);
        return period is not null;
    }

    /// <summary>Gets the period that contains a date.</summary>
    /// <param name="date">The date (ISO calendar).</param>
    /// <returns>The period as an inclusive date interval, for example 2024-07-01..2024-09-30 for a quarter.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    [Pure]
    public DateInterval Containing(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Use ISO-calendar dates.", nameof(date));
        }

        var firstMonth = ((date.Month - 1) / Months * Months) + 1;
        var start = new LocalDate(date.Year, firstMonth, 1);
        return new DateInterval(start, start.PlusMonths(Months).PlusDays(-1));
    }

    /// <summary>Names a period of this kind.</summary>
    /// <param name="period">A period returned by <see cref="Containing(LocalDate)"/>.</param>
    /// <returns>For example <c>2024-Q3</c> for a quarter, <c>2024</c> for a year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    [Pure]
    public string Label(DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return Months == 12 ? $"{period.Start.Year}" : $"{period.Start.Year}-Q{((period.Start.Month - 1) / 3) + 1}";
    }

    /// <summary>Returns the identifier.</summary>
    /// <returns><c>quarter</c> or <c>year</c>.</returns>
    public override string ToString() => Id;
}
