using NodaTime;

namespace Disclosure.Domain.Responsibilities;

/// <summary>How one period of a <see cref="RecurringObligation"/> stands on an as-of date.</summary>
/// <remarks>Instances are immutable and thread-safe; equality is by obligation (reference), period, count, status, as-of date, working days left and provisional flag.</remarks>
public sealed class ObligationPeriodStatus : IEquatable<ObligationPeriodStatus>
{
    internal ObligationPeriodStatus(RecurringObligation obligation, DateInterval period, int count, ObligationStatus status, LocalDate asOf, int? workingDaysLeft = null, bool isProvisional = false)
    {
        WorkingDaysLeft = workingDaysLeft;
        IsProvisional = isProvisional;
        Obligation = obligation;
        Period = period;
        Count = count;
        Status = status;
        AsOf = asOf;
    }

    /// <summary>Gets the obligation.</summary>
    public RecurringObligation Obligation { get; }

    /// <summary>Gets the period (inclusive dates).</summary>
    public DateInterval Period { get; }

    /// <summary>Gets the period's label, for example <c>2024-Q3</c> or <c>2024</c>.</summary>
    public string Label => Obligation.Period.Label(Period);

    /// <summary>Gets the number of matching activities inside the period, up to and including the as-of date.</summary>
    public int Count { get; }

    /// <summary>Gets the number of activities still missing (0 when satisfied).</summary>
    public int Shortfall => Math.Max(0, Obligation.MinimumCount - Count);

    /// <summary>Gets the status: <see cref="ObligationStatus.Satisfied"/>, <see cref="ObligationStatus.Due"/>, <see cref="ObligationStatus.AtRisk"/> or <see cref="ObligationStatus.Overdue"/>.</summary>
    public ObligationStatus Status { get; }

    /// <summary>Gets the as-of date of the evaluation.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the last day of the period: the day by which the minimum count must be reached.</summary>
    public LocalDate DueDate => Period.End;

    /// <summary>
    /// Gets the working days after the as-of date up to and including the period's last day, for the open period when
    /// evaluated with a calendar; otherwise <see langword="null"/>.
    /// </summary>
    public int? WorkingDaysLeft { get; }

    /// <summary>Gets a value indicating whether <see cref="WorkingDaysLeft"/> depends on a projected (unpublished) calendar year.</summary>
    public bool IsProvisional { get; }

    /// <inheritdoc/>
    public bool Equals(ObligationPeriodStatus? other) =>
        other is not null && ReferenceEquals(Obligation, other.Obligation) && Period.Equals(other.Period) && Count == other.Count && Status == other.Status && AsOf == other.AsOf
        && WorkingDaysLeft == other.WorkingDaysLeft && IsProvisional == other.IsProvisional;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ObligationPeriodStatus);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Obligation.Id, Period, Count, Status, AsOf);

    /// <summary>Describes the status.</summary>
    /// <returns>For example <c>open-day-city 2024-Q3: Due (0/1, due 2024-09-30)</c>.</returns>
    public override string ToString() => $"{Obligation.Id} {Label}: {Status} ({Count}/{Obligation.MinimumCount}, due {DueDate:yyyy-MM-dd})";
}
