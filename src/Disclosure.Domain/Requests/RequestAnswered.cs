namespace Disclosure.Domain.Requests;

/// <summary>The agency's answer (答复); it closes the request.</summary>
/// <remarks>Immutable and thread-safe; reference equality.</remarks>
public sealed class RequestAnswered : RequestEvent
{
    /// <summary>Initializes a new instance of the <see cref="RequestAnswered"/> class.</summary>
    /// <param name="on">The day the answer was given.</param>
    /// <param name="outcome">The kind of answer.</param>
    public RequestAnswered(LocalDate on, AnswerOutcome outcome = AnswerOutcome.Disclosed)
        : base(on) => Outcome = outcome;

    /// <summary>Gets the kind of answer.</summary>
    public AnswerOutcome Outcome { get; }

    /// <inheritdoc/>
    public override string Description => $"answered ({Outcome})";
}
