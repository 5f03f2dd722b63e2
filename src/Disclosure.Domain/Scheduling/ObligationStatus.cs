namespace Disclosure.Domain.Scheduling;

/// <summary>The state of an <see cref="Obligation"/> on the as-of date of an evaluation.</summary>
public enum ObligationStatus : byte
{
    /// <summary>
    /// Open and not past due: nothing has satisfied it yet and the as-of date is on or before the due date
    /// (the due date itself is still in time).
    /// </summary>
    Due = 0,

    /// <summary>
    /// Past due: nothing satisfied it by the due date and the as-of date is after the due date. A periodic obligation
    /// that is overdue stays overdue (a later publication belongs to a later period); a timely one becomes
    /// <see cref="Satisfied"/> (late) once its information is published.
    /// </summary>
    Overdue = 1,

    /// <summary>Met on or before the as-of date (see <see cref="Obligation.SatisfiedOn"/>).</summary>
    Satisfied = 2,
}
