using System.Collections.Immutable;
using System.Diagnostics.Contracts;

namespace Disclosure.Domain.Requests;

/// <summary>
/// A request's answer deadline as seen on one day (<see cref="AsOf"/>): the due date, the working days used and remaining, the
/// status, the pauses, and the deadlines others owe. Produced by <see cref="RequestDeadlineCalculator.Evaluate"/>.
/// </summary>
/// <remarks>
/// <para>When the history breaks a rule, <see cref="Status"/> is <see cref="RequestStatus.Invalid"/>, <see cref="Violations"/>
/// says why, and no date is given (<see cref="DueOn"/> is <see langword="null"/>). <see cref="DueOn"/> is also
/// <see langword="null"/> while the clock has not started (awaiting a correction) and for an abandoned request.</para>
/// <para>Immutable and thread-safe. Equality is reference equality.</para>
/// </remarks>
public sealed class RequestDeadline
{
    internal RequestDeadline(
        LocalDate asOf,
        InformationRequest request,
        RequestStatus status,
        LocalDate? clockStartsOn,
        LocalDate? dueOn,
        LocalDate? originalDueOn,
        int workingDays,
        int extensionWorkingDays,
        int workingDaysUsed,
        int workingDaysOverdue,
        int pausedWorkingDays,
        LocalDate? closedOn,
        bool isProvisional,
        ImmutableArray<ConsultationPause> pauses,
        ImmutableArray<OwedDeadline> owedDeadlines,
        ImmutableArray<RequestViolation> violations,
        ImmutableArray<RequestViolation> findings)
    {
        AsOf = asOf;
        Request = request;
        Status = status;
        ClockStartsOn = clockStartsOn;
        DueOn = dueOn;
        OriginalDueOn = originalDueOn;
        WorkingDays = workingDays;
        ExtensionWorkingDays = extensionWorkingDays;
        WorkingDaysUsed = workingDaysUsed;
        WorkingDaysOverdue = workingDaysOverdue;
        PausedWorkingDays = pausedWorkingDays;
        ClosedOn = closedOn;
        IsProvisional = isProvisional;
        Pauses = pauses;
        OwedDeadlines = owedDeadlines;
        Violations = violations;
        Findings = findings;
    }

    /// <summary>Gets the day the deadline was evaluated on; events after it are ignored.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the request evaluated.</summary>
    public InformationRequest Request { get; }

    /// <summary>Gets the day of receipt (第三十一条).</summary>
    public LocalDate ReceivedOn => Request.ReceivedOn;

    /// <summary>Gets where the request stands on <see cref="AsOf"/>.</summary>
    public RequestStatus Status { get; }

    /// <summary>
    /// Gets the day the answer period is counted from, itself not counted: the day of receipt, or the arrival of the corrected
    /// application (第三十条); <see langword="null"/> while awaiting a correction, for an abandoned request, or an invalid history.
    /// </summary>
    public LocalDate? ClockStartsOn { get; }

    /// <summary>Gets the last day to answer, inclusive; <see langword="null"/> when there is none (see the remarks).</summary>
    public LocalDate? DueOn { get; }

    /// <summary>Gets the last day to answer without the extension; equal to <see cref="DueOn"/> when there is no extension.</summary>
    public LocalDate? OriginalDueOn { get; }

    /// <summary>Gets the length of the answer period in counted working days: 20 (第三十三条) plus the extension.</summary>
    public int WorkingDays { get; }

    /// <summary>Gets the working days of the approved extension, 0 when there is none.</summary>
    public int ExtensionWorkingDays { get; }

    /// <summary>Gets the counted working days used by <see cref="AsOf"/> (or by the answer or withdrawal, if earlier), at most <see cref="WorkingDays"/>.</summary>
    public int WorkingDaysUsed { get; }

    /// <summary>
    /// Gets the counted working days left on <see cref="AsOf"/>: the whole period while awaiting a correction; 0 once the due date has
    /// passed, when the request is closed, or when the history is invalid.
    /// </summary>
    public int WorkingDaysRemaining => IsClosed || WorkingDaysOverdue > 0 || Status == RequestStatus.Invalid ? 0 : Math.Max(0, WorkingDays - WorkingDaysUsed);

    /// <summary>Gets the working days after <see cref="DueOn"/> up to <see cref="AsOf"/> (open request) or the answer (late answer); 0 otherwise.</summary>
    public int WorkingDaysOverdue { get; }

    /// <summary>Gets the working days within the answer period that consultations paused (not counted, 第三十三条).</summary>
    public int PausedWorkingDays { get; }

    /// <summary>Gets a value indicating whether the due date has passed without an answer, or the answer came late.</summary>
    public bool IsOverdue => Status is RequestStatus.Overdue or RequestStatus.AnsweredLate;

    /// <summary>Gets a value indicating whether the request is answered, withdrawn or abandoned.</summary>
    public bool IsClosed => ClosedOn is not null;

    /// <summary>Gets the day the request was answered or withdrawn, or the last day of the correction period of an abandoned request.</summary>
    public LocalDate? ClosedOn { get; }

    /// <summary>Gets a value indicating whether any date here depends on a projected (unpublished) calendar year.</summary>
    public bool IsProvisional { get; }

    /// <summary>Gets the consultation pauses, in the order the letters were sent; overlapping pauses count each day once.</summary>
    public ImmutableArray<ConsultationPause> Pauses { get; }

    /// <summary>Gets the deadlines the agency, the applicant and consulted parties owe.</summary>
    public ImmutableArray<OwedDeadline> OwedDeadlines { get; }

    /// <summary>Gets the broken rules that invalidate the history, including those that count working days; empty for a valid history.</summary>
    public ImmutableArray<RequestViolation> Violations { get; }

    /// <summary>
    /// Gets the findings (<see cref="RequestViolationCodes.FindingCodes"/>): breaches that leave the history valid and the dates computed, such
    /// as an ordinary letter confirmed after the day it arrived, or an extension that does not count; empty when there is none.
    /// </summary>
    public ImmutableArray<RequestViolation> Findings { get; }

    /// <summary>
    /// Serialises the deadline as JSON: <c>receivedOn</c>, <c>channel</c>, <c>asOf</c>, <c>clockStartsOn</c>, <c>dueOn</c>,
    /// <c>originalDueOn</c>, <c>workingDays</c>, <c>extensionWorkingDays</c>, <c>workingDaysUsed</c>, <c>workingDaysRemaining</c>,
    /// <c>workingDaysOverdue</c>, <c>pausedWorkingDays</c>, <c>status</c>, <c>overdue</c>, <c>provisional</c>, <c>pauses</c>,
    /// <c>owedDeadlines</c>, <c>violations</c>, <c>findings</c> and, when a ledger is given, <c>ledger</c> (its entries).
    /// </summary>
    /// <param name="ledger">The ledger to include, or <see langword="null"/>.</param>
    /// <returns>Indented JSON; dates are ISO strings (<c>2025-10-09</c>) and Chinese text is not escaped.</returns>
    [Pure]
    public string ToJson(RequestLedger? ledger = null) => RequestsJson.Serialize(this, ledger);

    /// <summary>Describes the deadline in one line.</summary>
    /// <returns>For example <c>received 2025-09-25, due 2025-10-29, open: 5 of 20 working days used as of 2025-10-09</c>.</returns>
    public override string ToString() =>
        $"received {Iso.Format(ReceivedOn)}, due {Iso.Format(DueOn)}, {RequestsJson.StatusId(Status)}: {WorkingDaysUsed} of {WorkingDays} working days used as of {Iso.Format(AsOf)}";
}
