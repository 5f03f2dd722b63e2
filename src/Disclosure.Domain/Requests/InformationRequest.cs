using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Requests;

/// <summary>
/// An application for government information (政府信息公开申请) and its history: the receipt, then corrections,
/// consultations, an extension, and the answer or withdrawal — the evidence chain (证据链) the seed asks for.
/// </summary>
/// <remarks>
/// <para>The aggregate is immutable: <see cref="Record(RequestEvent)"/> returns a new instance. Every event is kept, even
/// an unlawful one, because the history is evidence; an event that breaks a rule adds a <see cref="RequestViolation"/> to
/// <see cref="Violations"/> and otherwise has no effect on the request's state (an extension of more than 20 working days does not extend). A breach
/// the law itself resolves is a finding instead (<see cref="Findings"/>, <see cref="RequestViolationCodes.FindingCodes"/>): an ordinary
/// letter confirmed late is received on the confirmation day; an extension approved before the corrected application arrived does
/// not carry into the new period (第三十条); the history stays valid.
/// Use <see cref="Check(RequestEvent)"/> to test an event before recording it.</para>
/// <para>Extensions (第三十三条: once, at most 20 working days, with the consent of the head of the disclosure office): the aggregate
/// does not know who heads the office, so it keeps every extension of at most 20 working days, and
/// <see cref="RequestDeadlineCalculator"/>, given the <see cref="DisclosureOffice"/>, decides. The first extension a head approved in
/// the answer period is the extension; a later one a head approved is <see cref="RequestViolationCodes.SecondExtension"/>; one approved
/// by anyone else is the finding <see cref="RequestViolationCodes.ExtensionApproverNotOfficeHead"/> and does not count, so it does not
/// use up the one extension either, before or after the valid one.</para>
/// <para>The aggregate knows no calendar: rules that count working days (a correction notice later than 7 working days,
/// an extension after the deadline) are checked by <see cref="RequestDeadlineCalculator"/>, whose
/// <see cref="RequestDeadline.Violations"/> holds both kinds.</para>
/// <para>Immutable and thread-safe. Equality is reference equality.</para>
/// </remarks>
public sealed class InformationRequest
{
    private readonly State _state;

    // Shared by the successive versions, so recording appends in place (O(1) per event; ImmutableArray.Add copied, O(n²) per
    // replay); each array below is copied out once per instance, when asked.
    private readonly AppendLog<RequestEvent> _events;
    private readonly AppendLog<RequestViolation> _violations;
    private readonly AppendLog<RequestViolation> _findings;
    private ImmutableArray<RequestEvent> _eventsArray;
    private ImmutableArray<RequestViolation> _violationsArray;
    private ImmutableArray<RequestViolation> _findingsArray;

    private InformationRequest(RequestReceived received, AppendLog<RequestEvent> events, AppendLog<RequestViolation> violations, AppendLog<RequestViolation> findings, State state, UnitId? handlingUnit)
    {
        Received = received;
        _events = events;
        _violations = violations;
        _findings = findings;
        _state = state;
        HandlingUnit = handlingUnit;
    }

    /// <summary>Gets the receipt: the first event.</summary>
    public RequestReceived Received { get; }

    /// <summary>Gets the day of receipt under 第三十一条.</summary>
    public LocalDate ReceivedOn => Received.On;

    /// <summary>Gets the channel the application came through.</summary>
    public RequestChannel Channel => Received.Channel;

    /// <summary>Gets the unit handling the request (各信息公开申请办理科室), if assigned.</summary>
    public UnitId? HandlingUnit { get; }

    /// <summary>Gets every event recorded, in the order recorded; the first is the <see cref="RequestReceived"/>.</summary>
    public ImmutableArray<RequestEvent> Events => _eventsArray.IsDefault ? _eventsArray = _events.ToImmutableArray() : _eventsArray;

    /// <summary>Gets the rules broken by recorded events that can be detected without a calendar and that invalidate the history (<see cref="ProblemSeverity.Error"/>).</summary>
    public ImmutableArray<RequestViolation> Violations => _violationsArray.IsDefault ? _violationsArray = _violations.ToImmutableArray() : _violationsArray;

    /// <summary>
    /// Gets the findings of recorded events that can be detected without a calendar (<see cref="ProblemSeverity.Warning"/>, see
    /// <see cref="RequestViolationCodes.FindingCodes"/>): breaches and voided events that leave the history valid, such as an
    /// ordinary letter confirmed after the day it arrived.
    /// </summary>
    public ImmutableArray<RequestViolation> Findings => _findingsArray.IsDefault ? _findingsArray = _findings.ToImmutableArray() : _findingsArray;

    internal State Current => _state;

    /// <summary>
    /// The second extensions (第三十三条: one per answer period): in each period, every extension after the first one that
    /// <paramref name="isHead"/> says a head of the disclosure office approved; the others do not count and use up nothing.
    /// </summary>
    internal IEnumerable<RequestViolation> SecondExtensions(Func<PersonId, bool> isHead)
    {
        foreach (var period in new[] { _state.VoidedExtensions, _state.Extensions })
        {
            ExtensionApproved? first = null;
            foreach (var extension in period)
            {
                if (!isHead(extension.Approver))
                {
                    continue;
                }

                if (first is null)
                {
                    first = extension;
                }
                else
                {
                    yield return new RequestViolation(
                        RequestViolationCodes.SecondExtension, Events.IndexOf(extension), extension,
                        RequestTexts.Detail(RequestViolationCodes.SecondExtension, first.WorkingDays, first.On));
                }
            }
        }
    }

    /// <summary>Starts a request with its receipt.</summary>
    /// <param name="received">The receipt.</param>
    /// <param name="handlingUnit">The unit handling the request, if known.</param>
    /// <returns>The request, with a violation when the receipt dates are impossible, or a finding when an ordinary letter was confirmed late.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="received"/> is <see langword="null"/>.</exception>
    [Pure]
    public static InformationRequest Receive(RequestReceived received, UnitId? handlingUnit = null)
    {
        ArgumentNullException.ThrowIfNull(received);
        if (received.ConfirmedOn is { } confirmed && confirmed < received.SubmittedOn)
        {
            RequestViolation impossible = new(
                RequestViolationCodes.ReceiptConfirmedBeforeSubmission, 0, received,
                RequestTexts.Detail(RequestViolationCodes.ReceiptConfirmedBeforeSubmission, confirmed, received.SubmittedOn));
            return new InformationRequest(received, default(AppendLog<RequestEvent>).Add(received), default(AppendLog<RequestViolation>).Add(impossible), default, State.Initial(received.On), handlingUnit);
        }

        if (ReferenceEquals(received.Channel, RequestChannel.OrdinaryPost) && received.ConfirmedOn is { } late && late > received.SubmittedOn)
        {
            // 第三十一条(二): the confirmation day is the day of receipt even when it is late; the lateness is the office's breach.
            RequestViolation finding = new(
                RequestViolationCodes.OrdinaryPostNotConfirmedSameDay, 0, received,
                RequestTexts.Detail(RequestViolationCodes.OrdinaryPostNotConfirmedSameDay, received.SubmittedOn, late));
            return new InformationRequest(received, default(AppendLog<RequestEvent>).Add(received), default, default(AppendLog<RequestViolation>).Add(finding), State.Initial(received.On), handlingUnit);
        }

        return new InformationRequest(received, default(AppendLog<RequestEvent>).Add(received), default, default, State.Initial(received.On), handlingUnit);
    }

    /// <summary>Rebuilds a request from its history.</summary>
    /// <param name="events">The events in the order they were recorded; the first must be a <see cref="RequestReceived"/>.</param>
    /// <param name="handlingUnit">The unit handling the request, if known.</param>
    /// <returns>The request, with the violations of its history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="events"/> is empty or does not start with a <see cref="RequestReceived"/>.</exception>
    [Pure]
    public static InformationRequest FromEvents(IEnumerable<RequestEvent> events, UnitId? handlingUnit = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        InformationRequest? request = null;
        foreach (var e in events)
        {
            ArgumentNullException.ThrowIfNull(e, nameof(events));
            if (request is null)
            {
                request = e is RequestReceived received
                    ? Receive(received, handlingUnit)
                    : throw new ArgumentException($"A request's history starts with its receipt, not with '{e}'.", nameof(events));
            }
            else
            {
                request = request.Record(e);
            }
        }

        return request ?? throw new ArgumentException("A request's history needs at least its receipt.", nameof(events));
    }

    /// <summary>Records an event.</summary>
    /// <param name="event">The event.</param>
    /// <returns>A new request with the event appended, and its violations if it breaks a rule (or findings, which leave it valid).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is <see langword="null"/>.</exception>
    [Pure]
    public InformationRequest Record(RequestEvent @event)
    {
        var violations = _violations;
        var findings = _findings;
        foreach (var v in Check(@event))
        {
            if (v.Severity == ProblemSeverity.Error)
            {
                violations = violations.Add(v);
            }
            else
            {
                findings = findings.Add(v);
            }
        }

        var state = violations.Count == _violations.Count ? _state.Apply(@event) : _state;
        return new InformationRequest(Received, _events.Add(@event), violations, findings, state, HandlingUnit);
    }

    /// <summary>
    /// Tells which rules an event would break if recorded next (only the rules that need neither a calendar nor the disclosure office:
    /// <see cref="RequestDeadlineCalculator.Validate"/> checks those, <see cref="RequestViolationCodes.SecondExtension"/> among them), and
    /// what it would void.
    /// </summary>
    /// <param name="event">The event.</param>
    /// <returns>
    /// The violations and findings (tell them apart by <see cref="RequestViolation.Severity"/>); empty when the event may be recorded
    /// with no remark. The event takes effect when none has severity <see cref="ProblemSeverity.Error"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is <see langword="null"/>.</exception>
    [Pure]
    public ImmutableArray<RequestViolation> Check(RequestEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var index = _events.Count;
        RequestViolation V(ProblemCode code, params ReadOnlySpan<object?> arguments) => new(code, index, @event, RequestTexts.Detail(code, arguments));

        if (@event is RequestReceived)
        {
            return [V(RequestViolationCodes.DuplicateReceipt, ReceivedOn)];
        }

        if (@event.On < ReceivedOn)
        {
            return [V(RequestViolationCodes.EventBeforeReceipt, ReceivedOn)];
        }

        if (@event.On < _state.LastDate)
        {
            return [V(RequestViolationCodes.EventOutOfOrder, _state.LastDate)];
        }

        if (_state.Closure is { } closure)
        {
            return closure is RequestWithdrawn && @event is RequestAnswered or AnsweredOnTheSpot
                ? [V(RequestViolationCodes.AnswerAfterWithdrawal, closure.On)]
                : [V(RequestViolationCodes.EventAfterClosure, closure.On, closure.Text)];
        }

        if (_state.AbandonedAfter(@event.On) is { } correction)
        {
            return @event is CorrectionReceived
                ? [V(RequestViolationCodes.CorrectionAfterPeriod, correction.CorrectBy)]
                : [new(RequestViolationCodes.EventAfterClosure, index, @event, RequestTexts.Of(RequestViolationCodes.EventAfterClosure.Id + ".Detail.Abandoned", correction.CorrectBy))];
        }

        var found = ImmutableArray.CreateBuilder<RequestViolation>();
        switch (@event)
        {
            case AnsweredOnTheSpot when @event.On != ReceivedOn || _events.Count > 1:
                found.Add(V(RequestViolationCodes.OnTheSpotAnswerNotImmediate, ReceivedOn, _events.Count - 1));
                break;
            case CorrectionRequested request:
                if (_state.CorrectionRequest is { } earlier)
                {
                    found.Add(V(RequestViolationCodes.SecondCorrectionRequest, earlier.On));
                }

                if (request.CorrectBy < request.On)
                {
                    found.Add(V(RequestViolationCodes.CorrectionPeriodBeforeRequest, request.CorrectBy));
                }

                break;
            case CorrectionReceived when _state.CorrectionRequest is null || _state.CorrectionArrival is not null:
                found.Add(new RequestViolation(RequestViolationCodes.CorrectionWithoutRequest, index, @event, _state.CorrectionArrival is { } arrival
                    ? RequestTexts.Of(RequestViolationCodes.CorrectionWithoutRequest.Id + ".Detail.Arrived", arrival.On)
                    : RequestTexts.Detail(RequestViolationCodes.CorrectionWithoutRequest)));
                break;
            case CorrectionReceived when !_state.Extensions.IsEmpty:
                // 第三十条: the period runs anew from the corrected application; the extensions belonged to the old one.
                foreach (var voided in _state.Extensions)
                {
                    found.Add(new RequestViolation(
                        RequestViolationCodes.ExtensionBeforeCorrection, Events.IndexOf(voided), voided,
                        RequestTexts.Detail(RequestViolationCodes.ExtensionBeforeCorrection, @event.On)));
                }

                break;
            case ConsultationSent sent:
                if (_state.FindConsultation(sent.ConsultationId) is { } same)
                {
                    found.Add(V(RequestViolationCodes.ConsultationIdReused, sent.ConsultationId, same.Sent.On));
                }

                if (sent.DeliveredOn < sent.On)
                {
                    found.Add(V(RequestViolationCodes.ConsultationDeliveredBeforeSent, RequestTexts.Date(sent.DeliveredOn)));
                }

                break;
            case ConsultationAnswered reply:
                if (_state.FindConsultation(reply.ConsultationId) is not { } consultation)
                {
                    found.Add(V(RequestViolationCodes.ConsultationReplyWithoutLetter, reply.ConsultationId));
                }
                else if (consultation.Reply is { } first)
                {
                    found.Add(V(RequestViolationCodes.DuplicateConsultationReply, reply.ConsultationId, first.On));
                }
                else if (reply.On < consultation.Sent.PartyPeriodStart)
                {
                    found.Add(V(RequestViolationCodes.ConsultationReplyBeforeDelivery, consultation.Sent.PartyPeriodStart));
                }

                break;
            case ExtensionApproved extension:
                // A second extension is not refused here: whether the first one counts depends on who heads the office, which only
                // the calculator knows (RequestDeadlineCalculator.Validate reports SecondExtension).
                if (extension.WorkingDays > ExtensionApproved.MaximumWorkingDays)
                {
                    found.Add(V(RequestViolationCodes.ExtensionTooLong, extension.WorkingDays, ExtensionApproved.MaximumWorkingDays));
                }

                if (_state.CorrectionRequest is { } pending && _state.CorrectionArrival is null)
                {
                    found.Add(V(RequestViolationCodes.ExtensionWhileAwaitingCorrection, pending.On));
                }

                break;
        }

        return found.ToImmutable();
    }

    /// <summary>
    /// The folded state of the lawful events. <see cref="Extensions"/> are the extensions recorded in the current answer period, whoever
    /// approved them; <see cref="VoidedExtensions"/> those of the period before the corrected application arrived (第三十条).
    /// </summary>
    internal sealed record State(
        LocalDate LastDate,
        RequestEvent? Closure,
        CorrectionRequested? CorrectionRequest,
        CorrectionReceived? CorrectionArrival,
        ImmutableList<Consultation> Consultations,
        ImmutableDictionary<string, int> ConsultationIndex,
        ImmutableList<ExtensionApproved> Extensions,
        ImmutableList<ExtensionApproved> VoidedExtensions)
    {
        // Immutable trees, not arrays: a long history's state grows in O(log n) per event, not by a copy.
        private static readonly ImmutableDictionary<string, int> NoConsultations = ImmutableDictionary.Create<string, int>(StringComparer.Ordinal);

        internal static State Initial(LocalDate receivedOn) => new(receivedOn, null, null, null, [], NoConsultations, [], []);

        internal Consultation? FindConsultation(string id) => ConsultationIndex.TryGetValue(id, out var i) ? Consultations[i] : null;

        /// <summary>The pending correction notice whose period had ended before <paramref name="date"/>, if any.</summary>
        internal CorrectionRequested? AbandonedAfter(LocalDate date) =>
            CorrectionRequest is { } request && CorrectionArrival is null && date > request.CorrectBy ? request : null;

        internal State Apply(RequestEvent e)
        {
            var next = this with { LastDate = e.On };
            return e switch
            {
                AnsweredOnTheSpot or RequestAnswered or RequestWithdrawn => next with { Closure = e },
                CorrectionRequested request => next with { CorrectionRequest = request },
                CorrectionReceived arrival => next with { CorrectionArrival = arrival, Extensions = [], VoidedExtensions = Extensions },
                ConsultationSent sent => next with
                {
                    Consultations = Consultations.Add(new Consultation(sent, null)),
                    // The first letter keeps the id: a reused one is refused, but the calculator's fold of an invalid history applies it.
                    ConsultationIndex = ConsultationIndex.ContainsKey(sent.ConsultationId) ? ConsultationIndex : ConsultationIndex.Add(sent.ConsultationId, Consultations.Count),
                },
                ConsultationAnswered reply when ConsultationIndex.TryGetValue(reply.ConsultationId, out var i) => next with
                {
                    Consultations = Consultations.SetItem(i, Consultations[i] with { Reply = reply }),
                },
                ExtensionApproved extension => next with { Extensions = Extensions.Add(extension) },
                _ => next,
            };
        }
    }

    /// <summary>A consultation letter and its reply, if any.</summary>
    internal sealed record Consultation(ConsultationSent Sent, ConsultationAnswered? Reply);
}
