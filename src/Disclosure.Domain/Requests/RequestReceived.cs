using System.Diagnostics.Contracts;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Requests;

/// <summary>
/// The receipt of an application (收到申请). Its <see cref="RequestEvent.On"/> is the day of receipt fixed by
/// 《政府信息公开条例》 第三十一条 for the <see cref="Channel"/>; the answer period runs from the day after it
/// (《民法典》 第二百零一条: "开始的当日不计入，自下一日开始计算").
/// </summary>
/// <remarks>
/// <para>Create instances with the factory methods, one per channel of 第三十一条:</para>
/// <list type="bullet">
/// <item><see cref="InPerson"/>: "以提交之日为收到申请之日".</item>
/// <item><see cref="ByRegisteredPost"/>: "以行政机关签收之日为收到申请之日".</item>
/// <item><see cref="ByOrdinaryPost"/>: "应当于收到申请的当日与申请人确认，确认之日为收到申请之日" — a confirmation later than the arrival
/// is recorded as the violation <see cref="RequestViolationCodes.OrdinaryPostNotConfirmedSameDay"/>.</item>
/// <item><see cref="Online"/> and <see cref="ByFax"/>: "以双方确认之日为收到申请之日".</item>
/// </list>
/// <para>A confirmation dated before the submission is impossible and is recorded as
/// <see cref="RequestViolationCodes.ReceiptConfirmedBeforeSubmission"/>. Immutable and thread-safe; reference equality.</para>
/// </remarks>
public sealed class RequestReceived : RequestEvent
{
    private RequestReceived(RequestChannel channel, LocalDate submittedOn, LocalDate? confirmedOn, ApplicantCategory? applicant = null)
        : base(confirmedOn ?? submittedOn)
    {
        Channel = channel;
        SubmittedOn = submittedOn;
        ConfirmedOn = confirmedOn;
        Applicant = applicant;
    }

    /// <summary>
    /// Gets who applied (the annual report's applicant column), or <see langword="null"/> when not recorded; set it with
    /// <see cref="WithApplicant"/>.
    /// </summary>
    public ApplicantCategory? Applicant { get; }

    /// <summary>Gets the channel the application came through.</summary>
    public RequestChannel Channel { get; }

    /// <summary>
    /// Gets the day the application was handed in (in person), signed for (registered post), arrived (ordinary post) or
    /// was sent (online, fax).
    /// </summary>
    public LocalDate SubmittedOn { get; }

    /// <summary>Gets the day the agency and the applicant confirmed the application (ordinary post, online, fax); otherwise <see langword="null"/>.</summary>
    public LocalDate? ConfirmedOn { get; }

    /// <summary>Gets the day of receipt under 第三十一条: the same as <see cref="RequestEvent.On"/>.</summary>
    public LocalDate ReceivedOn => On;

    internal override LocalizedText Text => ConfirmedOn is { } confirmed
        ? RequestTexts.Of("Event.Received.Confirmed", RequestTexts.Channel(Channel), SubmittedOn, confirmed)
        : RequestTexts.Of("Event.Received", RequestTexts.Channel(Channel));

    /// <summary>Returns the same receipt with the applicant's category recorded.</summary>
    /// <param name="applicant">The applicant's category.</param>
    /// <returns>A new event; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="applicant"/> is not a defined value.</exception>
    [Pure]
    public RequestReceived WithApplicant(ApplicantCategory applicant) => Enum.IsDefined(applicant)
        ? new RequestReceived(Channel, SubmittedOn, ConfirmedOn, applicant)
        : throw new ArgumentOutOfRangeException(nameof(applicant), applicant, "Not an applicant category.");

    /// <summary>Creates the receipt of an application handed in at the office: received on the day of submission (第三十一条(一)).</summary>
    /// <param name="submittedOn">The day the applicant handed the application in.</param>
    /// <returns>The event.</returns>
    [Pure]
    public static RequestReceived InPerson(LocalDate submittedOn) => new(RequestChannel.InPerson, submittedOn, null);

    /// <summary>Creates the receipt of an application sent by registered post: received on the day the agency signed for it (第三十一条(二)).</summary>
    /// <param name="signedOn">The day the agency signed for the letter (签收).</param>
    /// <returns>The event.</returns>
    [Pure]
    public static RequestReceived ByRegisteredPost(LocalDate signedOn) => new(RequestChannel.RegisteredPost, signedOn, null);

    /// <summary>Creates the receipt of an application sent by ordinary post: received on the day of confirmation with the applicant (第三十一条(二)).</summary>
    /// <param name="arrivedOn">The day the letter arrived.</param>
    /// <param name="confirmedOn">The day the office confirmed with the applicant; the law requires the day of arrival.</param>
    /// <returns>The event.</returns>
    [Pure]
    public static RequestReceived ByOrdinaryPost(LocalDate arrivedOn, LocalDate confirmedOn) => new(RequestChannel.OrdinaryPost, arrivedOn, confirmedOn);

    /// <summary>Creates the receipt of an application submitted online: received on the day both sides confirmed (第三十一条(三)).</summary>
    /// <param name="submittedOn">The day the applicant submitted the application.</param>
    /// <param name="confirmedOn">The day both sides confirmed it.</param>
    /// <returns>The event.</returns>
    [Pure]
    public static RequestReceived Online(LocalDate submittedOn, LocalDate confirmedOn) => new(RequestChannel.Online, submittedOn, confirmedOn);

    /// <summary>Creates the receipt of an application faxed to the disclosure office: received on the day both sides confirmed (第三十一条(三)).</summary>
    /// <param name="submittedOn">The day the fax was sent.</param>
    /// <param name="confirmedOn">The day both sides confirmed it.</param>
    /// <returns>The event.</returns>
    [Pure]
    public static RequestReceived ByFax(LocalDate submittedOn, LocalDate confirmedOn) => new(RequestChannel.Fax, submittedOn, confirmedOn);

    /// <summary>Creates the receipt for any channel, for callers that hold the channel as data (a CLI option, a form field).</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="submittedOn">The day of submission, signing or arrival (see <see cref="SubmittedOn"/>).</param>
    /// <param name="confirmedOn">The confirmation day; required when <see cref="RequestChannel.ReceiptNeedsConfirmation"/> is <see langword="true"/>, ignored otherwise.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="channel"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The channel needs a confirmation day and <paramref name="confirmedOn"/> is <see langword="null"/>.</exception>
    [Pure]
    public static RequestReceived Create(RequestChannel channel, LocalDate submittedOn, LocalDate? confirmedOn = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        if (!channel.ReceiptNeedsConfirmation)
        {
            return new RequestReceived(channel, submittedOn, null);
        }

        return confirmedOn is { } confirmed
            ? new RequestReceived(channel, submittedOn, confirmed)
            : throw new ArgumentException(
                $"An application by {channel.EnglishName} is received on the day of confirmation (第三十一条): pass confirmedOn.",
                nameof(confirmedOn));
    }
}
