using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Requests;

/// <summary>
/// A letter asking a third party (第三十二条) or another agency (第三十四条) for its opinion (征求意见书). The party has 15 working days from
/// receiving the letter; the time spent consulting does not count toward the answer period (第三十三条: "行政机关征求第三方和其他机关意见所需时间不计算在前款规定的期限内").
/// </summary>
/// <remarks>
/// <para>Paused days: the consultation pauses the answer clock from the day after <see cref="RequestEvent.On"/> (the sending day
/// still counts, 《民法典》 第二百零一条) through the day the reply arrives, or through the party's last day if it replies late or
/// not at all. See <see cref="RequestDeadlineCalculator"/>.</para>
/// <para>Immutable and thread-safe; reference equality.</para>
/// </remarks>
public sealed class ConsultationSent : RequestEvent
{
    /// <summary>Initializes a new instance of the <see cref="ConsultationSent"/> class.</summary>
    /// <param name="on">The day the letter was sent.</param>
    /// <param name="consultationId">An identifier for this consultation, unique within the request, for example <c>C1</c> or the party's name.</param>
    /// <param name="party">Who is consulted.</param>
    /// <param name="deliveredOn">The day the party received the letter, from which its 15 working days run; <see langword="null"/> means the sending day.</param>
    /// <exception cref="ArgumentException"><paramref name="consultationId"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="party"/> is not a defined value.</exception>
    public ConsultationSent(LocalDate on, string consultationId, ConsultationParty party, LocalDate? deliveredOn = null)
        : base(on)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(consultationId);
        if (party is not (ConsultationParty.ThirdParty or ConsultationParty.OtherAgency))
        {
            throw new ArgumentOutOfRangeException(nameof(party), party, "Not a consultation party.");
        }

        ConsultationId = consultationId;
        Party = party;
        DeliveredOn = deliveredOn;
    }

    /// <summary>Gets the identifier of this consultation within the request.</summary>
    public string ConsultationId { get; }

    /// <summary>Gets who is consulted.</summary>
    public ConsultationParty Party { get; }

    /// <summary>Gets the day the party received the letter, if known.</summary>
    public LocalDate? DeliveredOn { get; }

    /// <summary>Gets the day from which the party's 15 working days run: <see cref="DeliveredOn"/>, or the sending day.</summary>
    public LocalDate PartyPeriodStart => DeliveredOn ?? On;

    internal override LocalizedText Text
    {
        get
        {
            var party = RequestTexts.Of(Party == ConsultationParty.ThirdParty ? "Party.ThirdParty" : "Party.OtherAgency");
            return DeliveredOn is { } d
                ? RequestTexts.Of("Event.ConsultationSent.Delivered", ConsultationId, party, d)
                : RequestTexts.Of("Event.ConsultationSent", ConsultationId, party);
        }
    }
}
