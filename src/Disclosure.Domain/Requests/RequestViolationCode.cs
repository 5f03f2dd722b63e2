using System.Collections.Immutable;
using System.Diagnostics.Contracts;

namespace Disclosure.Domain.Requests;

/// <summary>
/// The stable code of a broken rule in a request's history: an impossible sequence (a reply before its letter, an event
/// before the receipt) or an unlawful one (a correction notice after 7 working days, an extension over 20 working days).
/// </summary>
/// <remarks>
/// <para>A closed set: the instances are the static members of this class, listed in <see cref="All"/>. The
/// <see cref="Id"/> is stable across versions and safe to store and to match on. Equality is reference equality.
/// Instances are immutable and thread-safe.</para>
/// <para><see cref="NeedsCalendar"/> tells which codes only <see cref="RequestDeadlineCalculator"/> can detect, because
/// they count working days; the others are detected by <see cref="InformationRequest"/> itself, except
/// <see cref="ReceivedBeforeRegulation"/>, which the calculator reports because it concerns the rules it applies.</para>
/// </remarks>
public sealed class RequestViolationCode
{
    private RequestViolationCode(string id, string article, string summary, bool needsCalendar = false)
    {
        Id = id;
        Article = article;
        Summary = summary;
        NeedsCalendar = needsCalendar;
    }

    /// <summary>Gets <c>receipt-confirmed-before-submission</c>: the confirmation day of a receipt is before its submission day.</summary>
    public static RequestViolationCode ReceiptConfirmedBeforeSubmission { get; } =
        new("receipt-confirmed-before-submission", "第三十一条", "The application was confirmed before it was submitted.");

    /// <summary>Gets <c>ordinary-post-not-confirmed-same-day</c>: an ordinary letter was confirmed after the day it arrived (第三十一条(二): "应当于收到申请的当日与申请人确认").</summary>
    public static RequestViolationCode OrdinaryPostNotConfirmedSameDay { get; } =
        new("ordinary-post-not-confirmed-same-day", "第三十一条(二)", "An application by ordinary post must be confirmed with the applicant on the day it arrives.");

    /// <summary>Gets <c>duplicate-receipt</c>: a request was received twice.</summary>
    public static RequestViolationCode DuplicateReceipt { get; } =
        new("duplicate-receipt", "第三十一条", "A request has one day of receipt; record a new application as a new request.");

    /// <summary>Gets <c>event-before-receipt</c>: an event is dated before the day of receipt.</summary>
    public static RequestViolationCode EventBeforeReceipt { get; } =
        new("event-before-receipt", "第三十一条", "Nothing can happen to a request before the day it was received.");

    /// <summary>Gets <c>event-out-of-order</c>: an event is dated before the event recorded before it.</summary>
    public static RequestViolationCode EventOutOfOrder { get; } =
        new("event-out-of-order", "—", "Events must be recorded in date order.");

    /// <summary>Gets <c>event-after-closure</c>: an event follows the answer, the withdrawal or the deemed abandonment of the request.</summary>
    public static RequestViolationCode EventAfterClosure { get; } =
        new("event-after-closure", "第三十条, 第三十三条", "The request was already closed (answered, withdrawn or deemed abandoned).");

    /// <summary>Gets <c>answer-after-withdrawal</c>: the agency answered a withdrawn request.</summary>
    public static RequestViolationCode AnswerAfterWithdrawal { get; } =
        new("answer-after-withdrawal", "第三十三条", "A withdrawn request cannot be answered.");

    /// <summary>Gets <c>on-the-spot-answer-not-immediate</c>: an on-the-spot answer (当场答复) is not on the day of receipt or follows other events.</summary>
    public static RequestViolationCode OnTheSpotAnswerNotImmediate { get; } =
        new("on-the-spot-answer-not-immediate", "第三十三条", "An on-the-spot answer is given on the day of receipt, before anything else; record a later answer as an answer.");

    /// <summary>Gets <c>second-correction-request</c>: a second correction notice (第三十条: "一次性告知").</summary>
    public static RequestViolationCode SecondCorrectionRequest { get; } =
        new("second-correction-request", "第三十条", "The applicant must be told everything to correct at once (一次性告知); a second correction notice is unlawful.");

    /// <summary>Gets <c>correction-request-too-late</c>: the correction notice was sent more than 7 working days after the day of receipt (第三十条).</summary>
    public static RequestViolationCode CorrectionRequestTooLate { get; } =
        new("correction-request-too-late", "第三十条", "A correction notice must be sent within 7 working days of receipt (自收到申请之日起7个工作日内).", needsCalendar: true);

    /// <summary>Gets <c>correction-period-before-request</c>: the correction period ends before the notice was sent.</summary>
    public static RequestViolationCode CorrectionPeriodBeforeRequest { get; } =
        new("correction-period-before-request", "第三十条", "The correction period (补正期限) cannot end before the notice is sent.");

    /// <summary>Gets <c>correction-without-request</c>: a corrected application arrived with no correction notice pending.</summary>
    public static RequestViolationCode CorrectionWithoutRequest { get; } =
        new("correction-without-request", "第三十条", "A corrected application arrived, but no correction notice was pending.");

    /// <summary>Gets <c>correction-after-period</c>: the corrected application arrived after the correction period, when the request was already deemed abandoned (视为放弃申请).</summary>
    public static RequestViolationCode CorrectionAfterPeriod { get; } =
        new("correction-after-period", "第三十条", "The correction period had passed and the request was deemed abandoned; record the late application as a new request.");

    /// <summary>Gets <c>consultation-id-reused</c>: two consultation letters have the same identifier.</summary>
    public static RequestViolationCode ConsultationIdReused { get; } =
        new("consultation-id-reused", "第三十二条, 第三十四条", "Each consultation letter needs its own identifier within the request.");

    /// <summary>Gets <c>consultation-delivered-before-sent</c>: a consultation letter was delivered before it was sent.</summary>
    public static RequestViolationCode ConsultationDeliveredBeforeSent { get; } =
        new("consultation-delivered-before-sent", "第三十二条, 第三十四条", "A consultation letter cannot be delivered before it is sent.");

    /// <summary>Gets <c>consultation-reply-without-letter</c>: a reply names no consultation letter sent earlier.</summary>
    public static RequestViolationCode ConsultationReplyWithoutLetter { get; } =
        new("consultation-reply-without-letter", "第三十二条, 第三十四条", "A reply must answer a consultation letter sent earlier.");

    /// <summary>Gets <c>duplicate-consultation-reply</c>: a consultation was answered twice.</summary>
    public static RequestViolationCode DuplicateConsultationReply { get; } =
        new("duplicate-consultation-reply", "第三十二条, 第三十四条", "A consultation has one reply.");

    /// <summary>Gets <c>consultation-reply-before-delivery</c>: a reply is dated before the letter was delivered.</summary>
    public static RequestViolationCode ConsultationReplyBeforeDelivery { get; } =
        new("consultation-reply-before-delivery", "第三十二条, 第三十四条", "A reply cannot arrive before its letter was delivered.");

    /// <summary>Gets <c>extension-too-long</c>: an extension of more than 20 working days (第三十三条: "延长的期限最长不得超过20个工作日").</summary>
    public static RequestViolationCode ExtensionTooLong { get; } =
        new("extension-too-long", "第三十三条", "An extension is at most 20 working days.");

    /// <summary>Gets <c>second-extension</c>: a second extension; the law allows one extension of at most 20 working days in total.</summary>
    public static RequestViolationCode SecondExtension { get; } =
        new("second-extension", "第三十三条", "The answer period can be extended once.");

    /// <summary>Gets <c>extension-while-awaiting-correction</c>: an extension while the answer clock is not running because a corrected application is awaited.</summary>
    public static RequestViolationCode ExtensionWhileAwaitingCorrection { get; } =
        new("extension-while-awaiting-correction", "第三十条, 第三十三条", "The answer period has not started: it runs from the arrival of the corrected application.");

    /// <summary>Gets <c>extension-after-deadline</c>: the extension was approved after the answer period had run out.</summary>
    public static RequestViolationCode ExtensionAfterDeadline { get; } =
        new("extension-after-deadline", "第三十三条", "An extension must be approved and notified within the answer period.", needsCalendar: true);

    /// <summary>
    /// Gets <c>received-before-2019-regulation</c>: the request was received before 2019-05-15, when the revised
    /// 《政府信息公开条例》 (国务院令第711号) came into force. Such a request falls under the 2007 条例 (国务院令第492号, 第二十四条:
    /// 15 working days, one extension of at most 15), which this library does not compute; it never applies the 2019 rules to it.
    /// Reported by <see cref="RequestDeadlineCalculator"/>, whose rules are the 2019 ones.
    /// </summary>
    public static RequestViolationCode ReceivedBeforeRegulation { get; } =
        new("received-before-2019-regulation", "国务院令第711号", "The 2019 rules apply to requests received on or after 2019-05-15; an earlier request falls under the 2007 regulation (国务院令第492号), which is not computed.");

    /// <summary>Gets every code, in a stable order.</summary>
    public static ImmutableArray<RequestViolationCode> All { get; } =
    [
        ReceiptConfirmedBeforeSubmission, OrdinaryPostNotConfirmedSameDay, DuplicateReceipt, EventBeforeReceipt, EventOutOfOrder,
        EventAfterClosure, AnswerAfterWithdrawal, OnTheSpotAnswerNotImmediate, SecondCorrectionRequest, CorrectionRequestTooLate,
        CorrectionPeriodBeforeRequest, CorrectionWithoutRequest, CorrectionAfterPeriod, ConsultationIdReused,
        ConsultationDeliveredBeforeSent, ConsultationReplyWithoutLetter, DuplicateConsultationReply, ConsultationReplyBeforeDelivery,
        ExtensionTooLong, SecondExtension, ExtensionWhileAwaitingCorrection, ExtensionAfterDeadline, ReceivedBeforeRegulation,
    ];

    /// <summary>Gets the stable identifier, kebab-case, for example <c>extension-too-long</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the article of 《政府信息公开条例》 the rule comes from, for example <c>第三十三条</c>; <c>—</c> for pure sequence rules.</summary>
    public string Article { get; }

    /// <summary>Gets a one-sentence English statement of the rule.</summary>
    public string Summary { get; }

    /// <summary>Gets a value indicating whether detecting this violation needs the working-day calendar.</summary>
    public bool NeedsCalendar { get; }

    /// <summary>Finds a code by its <see cref="Id"/>.</summary>
    /// <param name="id">The identifier; compared ordinally.</param>
    /// <param name="code">The code found, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when a code has that identifier.</returns>
    [Pure]
    public static bool TryParse(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RequestViolationCode? code)
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

    /// <summary>Returns the <see cref="Id"/>.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Id;
}
