using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Requests;

/// <summary>
/// Computes a request's answer deadline, and the day-by-day ledger that explains it, on a working-day calendar.
/// </summary>
/// <remarks>
/// <para>The rules (《政府信息公开条例》 as in force from 2019-05-15, <see cref="RulesInForceFrom"/>; an earlier request is refused with
/// <see cref="RequestViolationCodes.ReceivedBeforeRegulation"/> rather than given the 2019 rules; counting per 《民法典》 第二百零一条: "开始的当日不计入，自下一日开始计算"):</para>
/// <list type="bullet">
/// <item>第三十三条: "不能当场答复的，应当自收到申请之日起20个工作日内予以答复" — the due date is the 20th counted working day strictly
/// after the day the clock starts (<see cref="WorkingDayCalendar.AddWorkingDays"/>).</item>
/// <item>第三十条: "答复期限自行政机关收到补正的申请之日起计算" — after a correction the clock starts again from the day the corrected
/// application arrived; days before it never count. Until it arrives the clock does not run; when the period set in the notice
/// passes, the request is deemed abandoned. The notice itself is due within 7 working days of receipt.</item>
/// <item>第三十三条: "行政机关征求第三方和其他机关意见所需时间不计算在前款规定的期限内" — paused days are the days from the day after a
/// consultation letter is sent through the day the reply arrives; when the party replies late or not at all (第三十二条, 第三十四条: 15
/// working days from receiving the letter), through the party's last day. A working day inside any pause is not counted;
/// overlapping consultations pause a day once. An ongoing consultation is assumed to end on the as-of day (see
/// <see cref="ConsultationPause.IsOngoing"/>).</item>
/// <item>第三十三条: "延长的期限最长不得超过20个工作日" — an approved extension adds its working days to the count, when a head of the
/// <see cref="Office"/> approved it ("应当经政府信息公开工作机构负责人同意"; otherwise the finding
/// <see cref="RequestViolationCodes.ExtensionApproverNotOfficeHead"/> and no extension) and the corrected application did not arrive after
/// it (第三十条: the period runs anew; the finding <see cref="RequestViolationCodes.ExtensionBeforeCorrection"/>). The extension is the
/// first one of the period a head approved; an unauthorised one before or after it changes nothing, and a second one a head approved is
/// <see cref="RequestViolationCodes.SecondExtension"/>.</item>
/// </list>
/// <para>Every calendar question is asked of the calendar given; with <see cref="WorkingDayCalendar.ChinaMainland"/> a date in an
/// uncovered year raises <see cref="CalendarCoverageException"/>, and with a projecting calendar the results say
/// <see cref="RequestDeadline.IsProvisional"/>. Immutable and thread-safe.</para>
/// </remarks>
public sealed class RequestDeadlineCalculator
{
    /// <summary>The answer period in working days (第三十三条).</summary>
    public const int AnswerWorkingDays = 20;

    /// <summary>The working days within which a correction notice must be sent (第三十条).</summary>
    public const int CorrectionNoticeWorkingDays = 7;

    /// <summary>The working days a consulted third party or agency has to reply (第三十二条, 第三十四条).</summary>
    public const int ConsultationWorkingDays = 15;

    /// <summary>
    /// Gets the day the rules computed here came into force: 2019-05-15, 《政府信息公开条例》 as revised by 国务院令第711号. A request
    /// received earlier is reported with <see cref="RequestViolationCodes.ReceivedBeforeRegulation"/> and gets no deadline: it falls
    /// under the 2007 条例 (国务院令第492号), whose 第二十四条 set 15 working days and one extension of at most 15.
    /// </summary>
    public static LocalDate RulesInForceFrom { get; } = new(2019, 5, 15);

    /// <summary>Initializes a new instance of the <see cref="RequestDeadlineCalculator"/> class.</summary>
    /// <param name="calendar">The working-day calendar, for example <see cref="WorkingDayCalendar.ChinaMainland"/>.</param>
    /// <param name="office">The disclosure office whose heads alone can approve an extension (第三十三条).</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> or <paramref name="office"/> is <see langword="null"/>.</exception>
    public RequestDeadlineCalculator(WorkingDayCalendar calendar, DisclosureOffice office)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(office);
        Calendar = calendar;
        Office = office;
    }

    /// <summary>Gets the working-day calendar.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>Gets the disclosure office whose heads can approve an extension.</summary>
    public DisclosureOffice Office { get; }

    /// <summary>Evaluates a request's deadline on a day, taking into account only the events dated on or before it.</summary>
    /// <param name="request">The request.</param>
    /// <param name="asOf">The day to evaluate on ("today"); on or after the day of receipt.</param>
    /// <returns>The deadline; for a history that breaks a rule, a deadline with <see cref="RequestStatus.Invalid"/> and no dates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is before the day of receipt.</exception>
    /// <exception cref="CalendarCoverageException">A day that must be counted lies in a year the calendar does not cover.</exception>
    [Pure]
    public RequestDeadline Evaluate(InformationRequest request, LocalDate asOf) => Compute(request, asOf).Deadline;

    /// <summary>Explains a request's deadline day by day, from the day of receipt to the due date (see <see cref="RequestLedger"/>).</summary>
    /// <param name="request">The request.</param>
    /// <param name="asOf">The day to evaluate on; on or after the day of receipt.</param>
    /// <returns>The ledger; without entries when the history breaks a rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is before the day of receipt.</exception>
    /// <exception cref="CalendarCoverageException">A day of the ledger lies in a year the calendar does not cover.</exception>
    [Pure]
    public RequestLedger Explain(InformationRequest request, LocalDate asOf) => RequestLedger.Build(Compute(request, asOf), Calendar);

    /// <summary>
    /// Lists the rules a request's history breaks that invalidate it, including those that count working days or depend on the
    /// <see cref="Office"/> (<see cref="RequestViolationCodes.SecondExtension"/>); findings are in <see cref="Findings(InformationRequest)"/>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <returns>The violations, in the order of the events; empty for a valid history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="CalendarCoverageException">A day that must be counted lies in a year the calendar does not cover.</exception>
    [Pure]
    public ImmutableArray<RequestViolation> Validate(InformationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var found = request.Violations.ToBuilder();
        var state = request.Current;
        var r = request.ReceivedOn;
        if (r < RulesInForceFrom)
        {
            // Never the 2019 rules on an earlier request: say which law governs it instead.
            found.Add(new RequestViolation(
                RequestViolationCodes.ReceivedBeforeRegulation, 0, request.Events[0],
                RequestTexts.Detail(RequestViolationCodes.ReceivedBeforeRegulation, r, RulesInForceFrom)));
            found.Sort((a, b) => a.EventIndex.CompareTo(b.EventIndex));
            return found.ToImmutable();
        }

        if (state.CorrectionRequest is { } correction && Calendar.CountWorkingDays(r, correction.On) > CorrectionNoticeWorkingDays)
        {
            found.Add(new RequestViolation(
                RequestViolationCodes.CorrectionRequestTooLate, request.Events.IndexOf(correction), correction,
                RequestTexts.Detail(RequestViolationCodes.CorrectionRequestTooLate, Calendar.CountWorkingDays(r, correction.On), r, Calendar.AddWorkingDays(r, CorrectionNoticeWorkingDays))));
        }

        // 第三十三条 allows one extension per answer period; only a head's approval makes one (an unauthorised one does not count).
        found.AddRange(request.SecondExtensions(Office.IsHead));

        if (Counted(state) is { } extension)
        {
            var before = Fold(request, extension.On);
            var clockStart = before.CorrectionArrival?.On ?? r;
            var pauses = Pauses(before, extension.On, closedOn: null);
            var originalDue = DueDate(clockStart, AnswerWorkingDays, Merge(pauses, clockStart));
            if (extension.On > originalDue)
            {
                found.Add(new RequestViolation(
                    RequestViolationCodes.ExtensionAfterDeadline, request.Events.IndexOf(extension), extension,
                    RequestTexts.Detail(RequestViolationCodes.ExtensionAfterDeadline, originalDue)));
            }
        }

        found.Sort((a, b) => a.EventIndex.CompareTo(b.EventIndex));
        return found.ToImmutable();
    }

    /// <summary>
    /// Lists the findings of a request's history: breaches that leave it valid (<see cref="RequestViolationCodes.FindingCodes"/>), those the
    /// aggregate found (<see cref="InformationRequest.Findings"/>) and every extension approved by someone who does not head the <see cref="Office"/>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <returns>The findings, in the order of the events; empty when there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    [Pure]
    public ImmutableArray<RequestViolation> Findings(InformationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var found = request.Findings.ToBuilder();
        foreach (var extension in request.Current.VoidedExtensions.Concat(request.Current.Extensions))
        {
            if (!Office.IsHead(extension.Approver))
            {
                found.Add(new RequestViolation(
                    RequestViolationCodes.ExtensionApproverNotOfficeHead, request.Events.IndexOf(extension), extension,
                    RequestTexts.Detail(RequestViolationCodes.ExtensionApproverNotOfficeHead, extension.Approver, LocalizedText.List(Office.Heads))));
            }
        }

        found.Sort((a, b) => a.EventIndex.CompareTo(b.EventIndex));
        return found.ToImmutable();
    }

    internal Computation Compute(InformationRequest request, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(request);
        var r = request.ReceivedOn;
        if (asOf < r)
        {
            throw new ArgumentOutOfRangeException(nameof(asOf), asOf, $"The request was received on {Iso.Format(r)}: evaluate it on or after that day.");
        }

        var violations = Validate(request);
        var findings = Findings(request);
        if (!violations.IsEmpty)
        {
            var invalid = new RequestDeadline(asOf, request, RequestStatus.Invalid, null, null, null, AnswerWorkingDays, 0, 0, 0, 0, null, false, [], [], violations, findings);
            return new Computation(invalid, request.Current, [], asOf);
        }

        var state = Fold(request, asOf);
        var latest = asOf;

        if (state.Closure is AnsweredOnTheSpot spot)
        {
            var deadline = new RequestDeadline(asOf, request, RequestStatus.AnsweredOnTheSpot, r, r, r, 0, 0, 0, 0, 0, spot.On, Calendar.IsProvisional(r, r), [], [], [], findings);
            return new Computation(deadline, state, [], r);
        }

        var owed = ImmutableArray.CreateBuilder<OwedDeadline>();
        var noticeDue = Calendar.AddWorkingDays(r, CorrectionNoticeWorkingDays);
        if (state.CorrectionRequest is { } correctionRequest)
        {
            owed.Add(new OwedDeadline(OwedDeadlineKind.CorrectionNotice, noticeDue, OwedDeadlineState.Met, correctionRequest.On, null));
            var arrival = state.CorrectionArrival?.On;
            var correctionState = arrival is not null ? OwedDeadlineState.Met
                : asOf > correctionRequest.CorrectBy && state.Closure is null ? OwedDeadlineState.Lapsed
                : OwedDeadlineState.Pending;
            owed.Add(new OwedDeadline(OwedDeadlineKind.Correction, correctionRequest.CorrectBy, correctionState, arrival, null));
        }
        else if (state.Closure is null)
        {
            owed.Add(new OwedDeadline(OwedDeadlineKind.CorrectionNotice, noticeDue, asOf > noticeDue ? OwedDeadlineState.Lapsed : OwedDeadlineState.Pending, null, null));
        }

        latest = Max(latest, noticeDue);
        foreach (var c in state.Consultations)
        {
            var partyDue = Calendar.AddWorkingDays(c.Sent.PartyPeriodStart, ConsultationWorkingDays);
            latest = Max(latest, partyDue);
            var replyOn = c.Reply?.On;
            var consultationState = replyOn is { } reply ? (reply <= partyDue ? OwedDeadlineState.Met : OwedDeadlineState.MetLate)
                : asOf > partyDue ? OwedDeadlineState.Lapsed
                : OwedDeadlineState.Pending;
            owed.Add(new OwedDeadline(
                c.Sent.Party == ConsultationParty.ThirdParty ? OwedDeadlineKind.ThirdPartyOpinion : OwedDeadlineKind.OtherAgencyOpinion,
                partyDue, consultationState, replyOn, c.Sent.ConsultationId));
        }

        var closedOn = state.Closure?.On;
        var extensionDays = Counted(state)?.WorkingDays ?? 0;
        var workingDays = AnswerWorkingDays + extensionDays;

        if (state.CorrectionRequest is { } pending && state.CorrectionArrival is null)
        {
            // The clock has not started (第三十条): no due date. The request is open, deemed abandoned once the period has passed,
            // or closed by an answer or withdrawal given before the corrected application arrived.
            var abandoned = state.Closure is null && asOf > pending.CorrectBy;
            var status = state.Closure switch
            {
                RequestWithdrawn => RequestStatus.Withdrawn,
                RequestAnswered => RequestStatus.AnsweredOnTime,
                _ => abandoned ? RequestStatus.Abandoned : RequestStatus.AwaitingCorrection,
            };
            var closed = closedOn ?? (abandoned ? pending.CorrectBy : null);
            var deadline = new RequestDeadline(
                asOf, request, status, null, null, null, workingDays, extensionDays, 0, 0, 0, closed,
                Calendar.IsProvisional(r, Max(latest, pending.CorrectBy)), [], owed.ToImmutable(), [], findings);
            return new Computation(deadline, state, [], closed ?? asOf);
        }

        var clockStart = state.CorrectionArrival?.On ?? r;
        var pauses = Pauses(state, asOf, closedOn);
        var merged = Merge(pauses, clockStart);
        var due = DueDate(clockStart, workingDays, merged);
        var originalDue = extensionDays == 0 ? due : DueDate(clockStart, AnswerWorkingDays, merged);
        latest = Max(latest, due);

        var usedUntil = closedOn is { } closeDay && closeDay < asOf ? closeDay : asOf;
        var countedUntil = usedUntil < due ? usedUntil : due;
        var used = CountedDays(clockStart, countedUntil, merged);
        var overdueDays = usedUntil > due ? Calendar.CountWorkingDays(due, usedUntil) : 0;
        var pausedInPeriod = Calendar.CountWorkingDays(clockStart, due) - workingDays;

        var statusNow = state.Closure switch
        {
            RequestAnswered answered => answered.On <= due ? RequestStatus.AnsweredOnTime : RequestStatus.AnsweredLate,
            RequestWithdrawn => RequestStatus.Withdrawn,
            _ when asOf > due => RequestStatus.Overdue,
            _ when pauses.Any(p => p.Contains(asOf) && asOf > clockStart) => RequestStatus.Paused,
            _ => RequestStatus.Open,
        };

        if (statusNow == RequestStatus.Withdrawn)
        {
            overdueDays = 0;
        }

        var result = new RequestDeadline(
            asOf, request, statusNow, clockStart, due, originalDue, workingDays, extensionDays, used, overdueDays, pausedInPeriod, closedOn,
            Calendar.IsProvisional(r, latest), pauses, owed.ToImmutable(), [], findings);
        var ledgerEnd = statusNow switch
        {
            RequestStatus.Withdrawn => closedOn!.Value,
            RequestStatus.AnsweredLate => closedOn!.Value,
            RequestStatus.Overdue => asOf,
            _ => due,
        };
        return new Computation(result, state, merged, ledgerEnd);
    }

    /// <summary>The state of the request from the events dated on or before <paramref name="asOf"/> (a lawful history is in date order).</summary>
    private InformationRequest.State Fold(InformationRequest request, LocalDate asOf)
    {
        var state = InformationRequest.State.Initial(request.ReceivedOn);
        for (var i = 1; i < request.Events.Length && request.Events[i].On <= asOf; i++)
        {
            state = state.Apply(request.Events[i]);
        }

        return state;
    }

    /// <summary>
    /// The extension that counts: the first of the answer period that a head of the office approved (第三十三条). One approved by anyone
    /// else has no effect, so it neither extends nor uses up the one extension.
    /// </summary>
    private ExtensionApproved? Counted(InformationRequest.State state) => state.Extensions.FirstOrDefault(e => Office.IsHead(e.Approver));

    private ImmutableArray<ConsultationPause> Pauses(InformationRequest.State state, LocalDate asOf, LocalDate? closedOn)
    {
        var pauses = ImmutableArray.CreateBuilder<ConsultationPause>();
        foreach (var c in state.Consultations)
        {
            var partyDue = Calendar.AddWorkingDays(c.Sent.PartyPeriodStart, ConsultationWorkingDays);
            LocalDate through;
            var ongoing = false;
            if (c.Reply is { } reply)
            {
                through = Min(reply.On, partyDue);
            }
            else if (asOf >= partyDue)
            {
                through = partyDue;
            }
            else
            {
                through = asOf;
                ongoing = closedOn is null;
            }

            if (closedOn is { } closed)
            {
                through = Min(through, closed);
            }

            var from = c.Sent.On.PlusDays(1);
            if (through >= from)
            {
                pauses.Add(new ConsultationPause(c.Sent.ConsultationId, c.Sent.Party, from, through, ongoing));
            }
        }

        return pauses.ToImmutable();
    }

    /// <summary>Merges the pauses into sorted, disjoint, non-adjacent ranges of days after <paramref name="clockStart"/>.</summary>
    internal static ImmutableArray<(LocalDate From, LocalDate Through)> Merge(ImmutableArray<ConsultationPause> pauses, LocalDate clockStart)
    {
        var ranges = pauses
            .Select(p => (From: Max(p.From, clockStart.PlusDays(1)), p.Through))
            .Where(p => p.Through >= p.From)
            .OrderBy(p => p.From)
            .ToList();
        var merged = ImmutableArray.CreateBuilder<(LocalDate From, LocalDate Through)>();
        foreach (var range in ranges)
        {
            if (merged.Count > 0 && range.From <= merged[^1].Through.PlusDays(1))
            {
                merged[^1] = (merged[^1].From, Max(merged[^1].Through, range.Through));
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged.ToImmutable();
    }

    /// <summary>The <paramref name="workingDays"/>-th working day after <paramref name="clockStart"/> that is not paused.</summary>
    private LocalDate DueDate(LocalDate clockStart, int workingDays, ImmutableArray<(LocalDate From, LocalDate Through)> merged)
    {
        var cursor = clockStart;
        var remaining = workingDays;
        foreach (var (from, through) in merged)
        {
            var candidate = Calendar.AddWorkingDays(cursor, remaining);
            if (candidate < from)
            {
                return candidate;
            }

            remaining -= Calendar.CountWorkingDays(cursor, from.PlusDays(-1));
            cursor = through;
        }

        return Calendar.AddWorkingDays(cursor, remaining);
    }

    /// <summary>The working days d with <paramref name="clockStart"/> &lt; d ≤ <paramref name="until"/> that are not paused.</summary>
    private int CountedDays(LocalDate clockStart, LocalDate until, ImmutableArray<(LocalDate From, LocalDate Through)> merged)
    {
        if (until <= clockStart)
        {
            return 0;
        }

        var count = Calendar.CountWorkingDays(clockStart, until);
        foreach (var (from, through) in merged)
        {
            if (from > until)
            {
                break;
            }

            count -= Calendar.CountWorkingDays(from.PlusDays(-1), Min(through, until));
        }

        return count;
    }

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    /// <summary>A computed deadline with what the ledger needs to explain it.</summary>
    internal sealed record Computation(
        RequestDeadline Deadline,
        InformationRequest.State State,
        ImmutableArray<(LocalDate From, LocalDate Through)> MergedPauses,
        LocalDate LedgerEnd);
}
