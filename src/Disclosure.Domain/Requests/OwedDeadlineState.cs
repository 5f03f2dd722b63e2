namespace Disclosure.Domain.Requests;

/// <summary>Where an owed deadline stands.</summary>
public enum OwedDeadlineState
{
    /// <summary>Not yet due and not yet met.</summary>
    Pending = 0,

    /// <summary>Met on or before the due date.</summary>
    Met = 1,

    /// <summary>Met after the due date (a late reply: it no longer pauses the answer clock).</summary>
    MetLate = 2,

    /// <summary>
    /// Passed without being met: the agency can no longer send a correction notice; the request is deemed abandoned; the third
    /// party's silence leaves the decision to the agency; the other agency's silence is consent (视为同意公开).
    /// </summary>
    Lapsed = 3,
}
