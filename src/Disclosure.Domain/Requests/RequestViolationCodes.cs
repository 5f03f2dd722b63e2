using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Requests;

/// <summary>
/// The stable codes of broken rules in a request's history (the codes of <see cref="RequestViolation.Code"/>): an
/// impossible sequence (a reply before its letter, an event before the receipt) or an unlawful one (a correction notice
/// after 7 working days, an extension over 20 working days). <see cref="ProblemCode.LegalSource"/> is the article of
/// 《政府信息公开条例》 the rule comes from, <see langword="null"/> for pure sequence rules.
/// </summary>
/// <remarks>
/// <para>A closed set, listed in <see cref="All"/>. The <see cref="ProblemCode.Id"/> is stable across versions and safe
/// to store and to match on. This class is stateless (its codes are immutable) and thread-safe.</para>
/// <para><see cref="NeedsCalendar"/> tells which codes only <see cref="RequestDeadlineCalculator"/> can detect, because
/// they count working days; the others are detected by <see cref="InformationRequest"/> itself, except
/// <see cref="ReceivedBeforeRegulation"/>, <see cref="ExtensionApproverNotOfficeHead"/> and <see cref="SecondExtension"/>, which the
/// calculator reports because they concern the rules it applies and the office it is given. <see cref="FindingCodes"/> tells which codes leave the history valid.</para>
/// </remarks>
public static class RequestViolationCodes
{
    /// <summary>Gets <c>receipt-confirmed-before-submission</c>: the confirmation day of a receipt is before its submission day.</summary>
    public static ProblemCode ReceiptConfirmedBeforeSubmission { get; } = new("receipt-confirmed-before-submission", "Receipt confirmed before submission", "The application was confirmed before it was submitted.", "第三十一条");

    /// <summary>
    /// Gets <c>ordinary-post-not-confirmed-same-day</c>, a finding: an ordinary letter was confirmed after the day it arrived
    /// (第三十一条(二): "应当于收到申请的当日与申请人确认"). The confirmation day is still the day of receipt ("确认之日为收到申请之日"),
    /// so the history stands and the answer period runs from it; the late confirmation is the office's breach, reported beside the deadline.
    /// </summary>
    public static ProblemCode OrdinaryPostNotConfirmedSameDay { get; } = new("ordinary-post-not-confirmed-same-day", "Ordinary post not confirmed same day", "An application by ordinary post must be confirmed with the applicant on the day it arrives; the answer period runs from the later confirmation all the same.", "第三十一条(二)");

    /// <summary>Gets <c>duplicate-receipt</c>: a request was received twice.</summary>
    public static ProblemCode DuplicateReceipt { get; } = new("duplicate-receipt", "Duplicate receipt", "A request has one day of receipt; record a new application as a new request.", "第三十一条");

    /// <summary>Gets <c>event-before-receipt</c>: an event is dated before the day of receipt.</summary>
    public static ProblemCode EventBeforeReceipt { get; } = new("event-before-receipt", "Event before receipt", "Nothing can happen to a request before the day it was received.", "第三十一条");

    /// <summary>Gets <c>event-out-of-order</c>: an event is dated before the event recorded before it.</summary>
    public static ProblemCode EventOutOfOrder { get; } = new("event-out-of-order", "Event out of order", "Events must be recorded in date order.", null);

    /// <summary>Gets <c>event-after-closure</c>: an event follows the answer, the withdrawal or the deemed abandonment of the request.</summary>
    public static ProblemCode EventAfterClosure { get; } = new("event-after-closure", "Event after closure", "The request was already closed (answered, withdrawn or deemed abandoned).", "第三十条, 第三十三条");

    /// <summary>Gets <c>answer-after-withdrawal</c>: the agency answered a withdrawn request.</summary>
    public static ProblemCode AnswerAfterWithdrawal { get; } = new("answer-after-withdrawal", "Answer after withdrawal", "A withdrawn request cannot be answered.", "第三十三条");

    /// <summary>Gets <c>on-the-spot-answer-not-immediate</c>: an on-the-spot answer (当场答复) is not on the day of receipt or follows other events.</summary>
    public static ProblemCode OnTheSpotAnswerNotImmediate { get; } = new("on-the-spot-answer-not-immediate", "On the spot answer not immediate", "An on-the-spot answer is given on the day of receipt, before anything else; record a later answer as an answer.", "第三十三条");

    /// <summary>Gets <c>second-correction-request</c>: a second correction notice (第三十条: "一次性告知").</summary>
    public static ProblemCode SecondCorrectionRequest { get; } = new("second-correction-request", "Second correction request", "The applicant must be told everything to correct at once (一次性告知); a second correction notice is unlawful.", "第三十条");

    /// <summary>Gets <c>correction-request-too-late</c>: the correction notice was sent more than 7 working days after the day of receipt (第三十条).</summary>
    public static ProblemCode CorrectionRequestTooLate { get; } = new("correction-request-too-late", "Correction request too late", "A correction notice must be sent within 7 working days of receipt (自收到申请之日起7个工作日内).", "第三十条");

    /// <summary>Gets <c>correction-period-before-request</c>: the correction period ends before the notice was sent.</summary>
    public static ProblemCode CorrectionPeriodBeforeRequest { get; } = new("correction-period-before-request", "Correction period before request", "The correction period (补正期限) cannot end before the notice is sent.", "第三十条");

    /// <summary>Gets <c>correction-without-request</c>: a corrected application arrived with no correction notice pending.</summary>
    public static ProblemCode CorrectionWithoutRequest { get; } = new("correction-without-request", "Correction without request", "A corrected application arrived, but no correction notice was pending.", "第三十条");

    /// <summary>Gets <c>correction-after-period</c>: the corrected application arrived after the correction period, when the request was already deemed abandoned (视为放弃申请).</summary>
    public static ProblemCode CorrectionAfterPeriod { get; } = new("correction-after-period", "Correction after period", "The correction period had passed and the request was deemed abandoned; record the late application as a new request.", "第三十条");

    /// <summary>Gets <c>consultation-id-reused</c>: two consultation letters have the same identifier.</summary>
    public static ProblemCode ConsultationIdReused { get; } = new("consultation-id-reused", "Consultation id reused", "Each consultation letter needs its own identifier within the request.", "第三十二条, 第三十四条");

    /// <summary>Gets <c>consultation-delivered-before-sent</c>: a consultation letter was delivered before it was sent.</summary>
    public static ProblemCode ConsultationDeliveredBeforeSent { get; } = new("consultation-delivered-before-sent", "Consultation delivered before sent", "A consultation letter cannot be delivered before it is sent.", "第三十二条, 第三十四条");

    /// <summary>Gets <c>consultation-reply-without-letter</c>: a reply names no consultation letter sent earlier.</summary>
    public static ProblemCode ConsultationReplyWithoutLetter { get; } = new("consultation-reply-without-letter", "Consultation reply without letter", "A reply must answer a consultation letter sent earlier.", "第三十二条, 第三十四条");

    /// <summary>Gets <c>duplicate-consultation-reply</c>: a consultation was answered twice.</summary>
    public static ProblemCode DuplicateConsultationReply { get; } = new("duplicate-consultation-reply", "Duplicate consultation reply", "A consultation has one reply.", "第三十二条, 第三十四条");

    /// <summary>Gets <c>consultation-reply-before-delivery</c>: a reply is dated before the letter was delivered.</summary>
    public static ProblemCode ConsultationReplyBeforeDelivery { get; } = new("consultation-reply-before-delivery", "Consultation reply before delivery", "A reply cannot arrive before its letter was delivered.", "第三十二条, 第三十四条");

    /// <summary>Gets <c>extension-too-long</c>: an extension of more than 20 working days (第三十三条: "延长的期限最长不得超过20个工作日").</summary>
    public static ProblemCode ExtensionTooLong { get; } = new("extension-too-long", "Extension too long", "An extension is at most 20 working days.", "第三十三条");

    /// <summary>
    /// Gets <c>second-extension</c>: a second extension approved by a head of the disclosure office in the same answer period; the law
    /// allows one extension of at most 20 working days (第三十三条). Only extensions a head approved count: after one approved by someone
    /// else (<see cref="ExtensionApproverNotOfficeHead"/>, no effect), the first a head approves is the extension, not a second one.
    /// Reported by <see cref="RequestDeadlineCalculator.Validate"/>, which knows the <see cref="DisclosureOffice"/>.
    /// </summary>
    public static ProblemCode SecondExtension { get; } = new("second-extension", "Second extension", "The answer period can be extended once.", "第三十三条");

    /// <summary>Gets <c>extension-while-awaiting-correction</c>: an extension while the answer clock is not running because a corrected application is awaited.</summary>
    public static ProblemCode ExtensionWhileAwaitingCorrection { get; } = new("extension-while-awaiting-correction", "Extension while awaiting correction", "The answer period has not started: it runs from the arrival of the corrected application.", "第三十条, 第三十三条");

    /// <summary>
    /// Gets <c>extension-approver-not-office-head</c>, a finding: the extension was approved by someone who is not a head of the
    /// disclosure office (第三十三条: "应当经政府信息公开工作机构负责人同意"), as named by <see cref="DisclosureOffice"/>. The extension
    /// does not count: the answer is due on the unextended date, or on the date an extension a head approves, before or after it, gives;
    /// it does not use up the one extension (<see cref="SecondExtension"/>).
    /// </summary>
    public static ProblemCode ExtensionApproverNotOfficeHead { get; } = new("extension-approver-not-office-head", "Extension approver not office head", "Only a head of the disclosure office (政府信息公开工作机构负责人) can approve an extension; this one does not count.", "第三十三条");

    /// <summary>
    /// Gets <c>extension-before-correction</c>, a finding: the extension was approved before the corrected application arrived. The answer
    /// period runs anew from the corrected application (第三十条: "答复期限自行政机关收到补正的申请之日起计算"), so the extension of the old
    /// period does not carry into the new one; approve a new extension within the new period if one is needed.
    /// </summary>
    public static ProblemCode ExtensionBeforeCorrection { get; } = new("extension-before-correction", "Extension before correction", "An extension approved before the corrected application arrived does not carry into the new answer period.", "第三十条, 第三十三条");

    /// <summary>Gets <c>extension-after-deadline</c>: the extension was approved after the answer period had run out.</summary>
    public static ProblemCode ExtensionAfterDeadline { get; } = new("extension-after-deadline", "Extension after deadline", "An extension must be approved and notified within the answer period.", "第三十三条");

    /// <summary>
    /// Gets <c>received-before-2019-regulation</c>: the request was received before 2019-05-15, when the revised
    /// 《政府信息公开条例》 (国务院令第711号) came into force. Such a request falls under the 2007 条例 (国务院令第492号, 第二十四条:
    /// 15 working days, one extension of at most 15), which this library does not compute; it never applies the 2019 rules to it.
    /// Reported by <see cref="RequestDeadlineCalculator"/>, whose rules are the 2019 ones.
    /// </summary>
    public static ProblemCode ReceivedBeforeRegulation { get; } = new("received-before-2019-regulation", "Received before the 2019 regulation", "The 2019 rules apply to requests received on or after 2019-05-15; an earlier request falls under the 2007 regulation (国务院令第492号), which is not computed.", "国务院令第711号");

    /// <summary>Gets every code, in a stable order.</summary>
    public static ImmutableArray<ProblemCode> All { get; } =
    [
        ReceiptConfirmedBeforeSubmission, OrdinaryPostNotConfirmedSameDay, DuplicateReceipt, EventBeforeReceipt, EventOutOfOrder,
        EventAfterClosure, AnswerAfterWithdrawal, OnTheSpotAnswerNotImmediate, SecondCorrectionRequest, CorrectionRequestTooLate,
        CorrectionPeriodBeforeRequest, CorrectionWithoutRequest, CorrectionAfterPeriod, ConsultationIdReused,
        ConsultationDeliveredBeforeSent, ConsultationReplyWithoutLetter, DuplicateConsultationReply, ConsultationReplyBeforeDelivery,
        ExtensionTooLong, SecondExtension, ExtensionWhileAwaitingCorrection, ExtensionApproverNotOfficeHead, ExtensionBeforeCorrection,
        ExtensionAfterDeadline, ReceivedBeforeRegulation,
    ];

    /// <summary>
    /// Gets the codes that are findings rather than invalidating violations (<see cref="RequestViolation.Severity"/> is
    /// <see cref="ProblemSeverity.Warning"/>): <see cref="OrdinaryPostNotConfirmedSameDay"/>, <see cref="ExtensionApproverNotOfficeHead"/>
    /// and <see cref="ExtensionBeforeCorrection"/>. The law still says when the answer is due, so the deadline is computed and the
    /// finding is reported beside it (<see cref="RequestDeadline.Findings"/>).
    /// </summary>
    public static ImmutableArray<ProblemCode> FindingCodes { get; } = [OrdinaryPostNotConfirmedSameDay, ExtensionApproverNotOfficeHead, ExtensionBeforeCorrection];

    /// <summary>Gets the codes whose detection needs the working-day calendar: <see cref="CorrectionRequestTooLate"/>, <see cref="ExtensionAfterDeadline"/>.</summary>
    public static ImmutableArray<ProblemCode> CalendarCodes { get; } = [CorrectionRequestTooLate, ExtensionAfterDeadline];

    /// <summary>Tells whether detecting a violation of this code needs the working-day calendar.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> for the codes of <see cref="CalendarCodes"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    [Pure]
    public static bool NeedsCalendar(ProblemCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return CalendarCodes.Contains(code);
    }

    /// <summary>Tells whether a code is a finding: a breach reported beside a computed deadline, not one that invalidates the history.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> for the codes of <see cref="FindingCodes"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    [Pure]
    public static bool IsFinding(ProblemCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return FindingCodes.Contains(code);
    }

    /// <summary>Finds a code by its <see cref="ProblemCode.Id"/>.</summary>
    /// <param name="id">The identifier; compared ordinally.</param>
    /// <param name="code">The code found, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when a code has that identifier.</returns>
    [Pure]
    public static bool TryParse(string? id, [NotNullWhen(true)] out ProblemCode? code)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Id, id, StringComparison.Ordinal))
            {
                code = candidate;
                return true;
            }
        }

        code = null;
        return false;
    }
}
