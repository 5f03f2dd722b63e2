namespace Disclosure.Domain.Requests;

/// <summary>
/// An answer given on the spot (当场答复). 第三十三条: "能够当场答复的，应当当场予以答复。" It must be given on the day of receipt,
/// before anything else happens; otherwise <see cref="RequestViolationCodes.OnTheSpotAnswerNotImmediate"/> is recorded.
/// </summary>
/// <remarks>Immutable and thread-safe; reference equality.</remarks>
public sealed class AnsweredOnTheSpot : RequestEvent
{
    /// <summary>Initializes a new instance of the <see cref="AnsweredOnTheSpot"/> class.</summary>
    /// <param name="on">The day of the answer: the day of receipt.</param>
    /// <param name="outcome">The kind of answer.</param>
    public AnsweredOnTheSpot(LocalDate on, AnswerOutcome outcome = AnswerOutcome.Disclosed)
        : base(on) => Outcome = outcome;

    /// <summary>Gets the kind of answer.</summary>
    public AnswerOutcome Outcome { get; }

    /// <inheritdoc/>
    public override string Description => $"answered on the spot ({Outcome})";
}
