using Ardalis.GuardClauses;
using Disclosure.Domain.Catalog;

namespace Disclosure.Domain.Scheduling;

/// <summary>Settings of a <see cref="DueDateCalculator"/>: the grace after a period's end and the tracking start.</summary>
/// <remarks>
/// Instances are immutable once initialised and thread-safe; equality is reference identity. Values are checked when
/// set, so an options object is always valid.
/// </remarks>
public sealed class DueDateOptions
{
    private readonly int _graceWorkingDays;

    /// <summary>Gets the default options: no grace, tracking from each catalog's effective date.</summary>
    public static DueDateOptions Default { get; } = new();

    /// <summary>
    /// Gets the grace after the end of a monthly, quarterly or annual period, in working days; 0 by default.
    /// With 0 a period is due on its last day, moved to the next working day when that day is not one
    /// (《民法典》第二百零三条); with g &gt; 0 it is due on <c>calendar.AddWorkingDays(lastDay, g)</c>, the g-th working day
    /// strictly after the last day. Not applied to annual columns with a fixed deadline (年报: 31 January), whose
    /// deadline is set by law. Publications inside the grace window count for the period that just ended.
    /// </summary>
    /// <exception cref="ArgumentException">The value is negative or greater than <see cref="UpdateFrequency.MaxTimelyWorkingDays"/>.</exception>
    public int GraceWorkingDays
    {
        get => _graceWorkingDays;
        init => _graceWorkingDays = Guard.Against.OutOfRange(value, nameof(GraceWorkingDays), 0, UpdateFrequency.MaxTimelyWorkingDays);
    }

    /// <summary>
    /// Gets the date obligations start from, or <see langword="null"/> (the default) for the catalog's
    /// <see cref="Catalog.DisclosureCatalog.EffectiveDate"/>. The period containing this date is the first one owed;
    /// information events formed before it owe nothing.
    /// </summary>
    public LocalDate? TrackingStart { get; init; }
}
