namespace Disclosure.Domain.Responsibilities;

/// <summary>The state of one period of a <see cref="RecurringObligation"/> on an as-of date.</summary>
public enum ObligationState
{
    /// <summary>The period holds at least the minimum count of activities (whether or not it has ended).</summary>
    Satisfied = 0,

    /// <summary>The period has not ended on the as-of date and the count is still short.</summary>
    Due = 1,

    /// <summary>The period ended before the as-of date with the count short.</summary>
    Overdue = 2,

    /// <summary>
    /// The period has not ended and the count is short, and at most the given number of working days remain until its
    /// last day (only from the calendar overload of <see cref="RecurringObligation.Evaluate(IEnumerable{ActivityRecord}, NodaTime.LocalDate, NodaTime.LocalDate, Calendars.WorkingDayCalendar, int)"/>).
    /// </summary>
    AtRisk = 3,
}
