namespace Disclosure.Domain.Requests;

/// <summary>Where a request stands on a given day, as computed by <see cref="RequestDeadlineCalculator"/>.</summary>
public enum RequestStatus
{
    /// <summary>The answer clock is running and the due date has not passed.</summary>
    Open = 0,

    /// <summary>The as-of day lies within a consultation pause, so it does not count (第三十三条 second paragraph).</summary>
    Paused = 1,

    /// <summary>A correction was requested and the corrected application has not arrived; the clock has not started (第三十条).</summary>
    AwaitingCorrection = 2,

    /// <summary>The due date has passed without an answer.</summary>
    Overdue = 3,

    /// <summary>Answered on the spot on the day of receipt (当场答复).</summary>
    AnsweredOnTheSpot = 4,

    /// <summary>Answered on or before the due date.</summary>
    AnsweredOnTime = 5,

    /// <summary>Answered after the due date.</summary>
    AnsweredLate = 6,

    /// <summary>Withdrawn by the applicant.</summary>
    Withdrawn = 7,

    /// <summary>Deemed abandoned: the correction period passed without a corrected application (第三十条: "视为放弃申请").</summary>
    Abandoned = 8,

    /// <summary>The history breaks a rule: see <see cref="RequestDeadline.Violations"/>; no date is computed.</summary>
    Invalid = 9,
}
