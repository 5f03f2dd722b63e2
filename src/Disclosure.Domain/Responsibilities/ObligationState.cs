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
}
