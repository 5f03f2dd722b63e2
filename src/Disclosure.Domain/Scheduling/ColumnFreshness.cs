using System.Diagnostics.Contracts;
using Disclosure.Domain.Catalog;

namespace Disclosure.Domain.Scheduling;

/// <summary>How fresh one column is on the date of a <see cref="FreshnessCheck"/>.</summary>
/// <remarks>
/// The three flags are exclusive: a blank column is neither not-updated nor long-not-updated. This type is an immutable
/// value type and is thread-safe; equality is by value (the column by reference).
/// </remarks>
public readonly record struct ColumnFreshness
{
    internal ColumnFreshness(Column column, FreshnessCategory category, LocalDate? lastUpdatedOn, bool isNotUpdated, bool isLongUnupdated)
    {
        Column = column;
        Category = category;
        LastUpdatedOn = lastUpdatedOn;
        IsNotUpdated = isNotUpdated;
        IsLongUnupdated = isLongUnupdated;
    }

    /// <summary>Gets the column.</summary>
    public Column Column { get; }

    /// <summary>Gets the column's category.</summary>
    public FreshnessCategory Category { get; }

    /// <summary>
    /// Gets the date of the last update on or before the check date that is still up on it: the latest publication or
    /// <see cref="InformationEvent.PublishedOn"/> whose item was not withdrawn on or before the check date (see
    /// <see cref="FreshnessCheck"/>); <see langword="null"/> when there is none.
    /// </summary>
    public LocalDate? LastUpdatedOn { get; }

    /// <summary>
    /// Gets a value indicating whether the column is blank (空白栏目): the log has no update of it on or before the check
    /// date, or every such item was withdrawn by then.
    /// </summary>
    public bool IsBlank => LastUpdatedOn is null;

    /// <summary>Gets a value indicating whether a dynamics/news or notices/policy column was not updated within its window.</summary>
    public bool IsNotUpdated { get; }

    /// <summary>Gets a value indicating whether the column was not updated within <see cref="FreshnessRules.LongUnupdatedWindow"/>.</summary>
    public bool IsLongUnupdated { get; }

    /// <summary>
    /// Tells whether the column counts toward a veto's threshold: <see cref="FreshnessVeto.Blank"/> when it is blank,
    /// <see cref="FreshnessVeto.NotUpdated"/> when it is not updated within its window, <see cref="FreshnessVeto.LongUnupdated"/>
    /// when it is long not updated (a column may count toward the last two).
    /// </summary>
    /// <param name="veto">The veto.</param>
    /// <returns><see langword="true"/> when the column is one of those the veto counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="veto"/> is <see langword="null"/>.</exception>
    [Pure]
    public bool CountsToward(FreshnessVeto veto)
    {
        ArgumentNullException.ThrowIfNull(veto);
        return veto == FreshnessVeto.Blank ? IsBlank : veto == FreshnessVeto.NotUpdated ? IsNotUpdated : IsLongUnupdated;
    }
}
