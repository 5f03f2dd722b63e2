using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Disclosure.Domain.Responsibilities;
using NodaTime;

namespace Disclosure.Domain.Review;

/// <summary>One published item due for a periodic clean-up review, and the unit that owes it (谁公开、谁清理).</summary>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
/// <param name="CaseId">The case.</param>
/// <param name="ItemId">The item.</param>
/// <param name="Column">The catalog column, or <see langword="null"/>.</param>
/// <param name="Owner">The publisher's unit, which owes the review.</param>
/// <param name="PublishedOn">The publication date.</param>
/// <param name="DueOn">The date the next review is due.</param>
public sealed record CleanupEntry(string CaseId, string ItemId, string? Column, UnitId Owner, LocalDate PublishedOn, LocalDate DueOn)
{
    /// <summary>Tells whether the review is due on <paramref name="today"/>: the due date is today or earlier.</summary>
    /// <param name="today">The date of the query.</param>
    /// <returns><see langword="true"/> when due.</returns>
    [Pure]
    public bool IsDue(LocalDate today) => DueOn <= today;

    /// <summary>Tells whether the review is overdue on <paramref name="today"/>: the due date has passed.</summary>
    /// <param name="today">The date of the query.</param>
    /// <returns><see langword="true"/> when overdue.</returns>
    [Pure]
    public bool IsOverdue(LocalDate today) => DueOn < today;
}

/// <summary>
/// The periodic clean-up schedule (公开后定期清理) of published items: for each, the date its next review is due
/// and the publisher's unit that owes it (谁公开、谁清理).
/// </summary>
/// <remarks>
/// An item is due on its due date and overdue from the day after. Dates come from the items (publication date
/// or last kept-after-clean-up date plus the policy's interval for the column); "today" is always a parameter.
/// Equality is by reference. Immutable and thread-safe.
/// </remarks>
public sealed class CleanupSchedule
{
    private CleanupSchedule(ImmutableArray<CleanupEntry> entries) => Entries = entries;

    /// <summary>Gets every entry, ordered by due date, then case id, then item id.</summary>
    public ImmutableArray<CleanupEntry> Entries { get; }

    /// <summary>Builds the schedule of the published items of some cases.</summary>
    /// <param name="cases">The cases.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> or one of its elements is <see langword="null"/>.</exception>
    [Pure]
    public static CleanupSchedule From(IEnumerable<ReviewCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var entries = new List<CleanupEntry>();
        foreach (var c in cases)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(cases));
            foreach (var item in c.Items)
            {
                if (item is { Status: ReviewItemStatus.Published, Publication: { } p, NextCleanupReview: { } due })
                {
                    entries.Add(new CleanupEntry(c.Id, item.Id, item.Column, p.By.Unit, p.Date, due));
                }
            }
        }

        return new CleanupSchedule([.. entries.OrderBy(e => e.DueOn).ThenBy(e => e.CaseId, StringComparer.Ordinal).ThenBy(e => e.ItemId, StringComparer.Ordinal)]);
    }

    /// <summary>Gets the entries due on <paramref name="today"/> (due date today or earlier, overdue included).</summary>
    /// <param name="today">The date of the query.</param>
    /// <returns>The entries, in schedule order.</returns>
    [Pure]
    public ImmutableArray<CleanupEntry> Due(LocalDate today) => [.. Entries.Where(e => e.IsDue(today))];

    /// <summary>Gets the entries overdue on <paramref name="today"/> (due date before today).</summary>
    /// <param name="today">The date of the query.</param>
    /// <returns>The entries, in schedule order.</returns>
    [Pure]
    public ImmutableArray<CleanupEntry> Overdue(LocalDate today) => [.. Entries.Where(e => e.IsOverdue(today))];

    /// <summary>Restricts the schedule to the items one unit owes.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The unit's schedule.</returns>
    [Pure]
    public CleanupSchedule ForUnit(UnitId unit) => new([.. Entries.Where(e => e.Owner == unit)]);

    /// <summary>Returns the number of entries.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Entries.Length} clean-up review(s)";
}
