namespace Disclosure.Domain.Responsibilities;

/// <summary>
/// How something owed stands on an as-of date: a column's publication for a period or an information event
/// (<c>Scheduling.Obligation</c>, on due reports and agendas), or a period of a <see cref="RecurringObligation"/>
/// (<see cref="ObligationPeriodStatus"/>). One vocabulary for both.
/// </summary>
/// <remarks>
/// Values are ordered from best to worst, so <c>status &gt;= ObligationStatus.AtRisk</c> selects what needs attention.
/// The default value is <see cref="Satisfied"/>; a default <c>Obligation</c> is not a real obligation.
/// </remarks>
public enum ObligationStatus : byte
{
    /// <summary>
    /// Met on or before the as-of date: a column's obligation has a publication in its window (see
    /// <c>Obligation.SatisfiedOn</c>; a timely one may be late), or a recurring obligation's period holds at least the
    /// minimum count of activities, whether or not the period has ended.
    /// </summary>
    Satisfied = 0,

    /// <summary>
    /// Open and not past due: nothing has met it yet and the as-of date is on or before the due date (the due date
    /// itself is still in time), or the recurring obligation's period has not ended.
    /// </summary>
    Due = 1,

    /// <summary>
    /// Open, not met, and close to its deadline: at most a given number of working days remain up to the last day of a
    /// recurring obligation's period (from the calendar overload of
    /// <see cref="RecurringObligation.Evaluate(IEnumerable{ActivityRecord}, NodaTime.LocalDate, NodaTime.LocalDate, Calendars.WorkingDayCalendar, int)"/>
    /// and the agenda source built from it). The due-date calculator does not use it: a column's obligation is
    /// <see cref="Due"/> until its due date passes.
    /// </summary>
    AtRisk = 2,

    /// <summary>
    /// Past due: nothing met it by its due date and the as-of date is after it, or the recurring obligation's period
    /// ended with the count short. A periodic column's overdue obligation stays overdue (a later publication belongs to
    /// a later period); a timely one becomes <see cref="Satisfied"/> (late) once its information is published.
    /// </summary>
    Overdue = 3,
}
