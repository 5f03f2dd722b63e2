using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Requests;

/// <summary>The reply of a consulted third party or agency (提出意见); the answer clock resumes the day after it.</summary>
/// <remarks>Immutable and thread-safe; reference equality.</remarks>
public sealed class ConsultationAnswered : RequestEvent
{
    /// <summary>Initializes a new instance of the <see cref="ConsultationAnswered"/> class.</summary>
    /// <param name="on">The day the reply arrived.</param>
    /// <param name="consultationId">The <see cref="ConsultationSent.ConsultationId"/> of the letter answered.</param>
    /// <exception cref="ArgumentException"><paramref name="consultationId"/> is empty or white space.</exception>
    public ConsultationAnswered(LocalDate on, string consultationId)
        : base(on)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(consultationId);
        ConsultationId = consultationId;
    }

    /// <summary>Gets the identifier of the consultation answered.</summary>
    public string ConsultationId { get; }

    internal override LocalizedText Text => RequestTexts.Of("Event.ConsultationAnswered", ConsultationId);
}
