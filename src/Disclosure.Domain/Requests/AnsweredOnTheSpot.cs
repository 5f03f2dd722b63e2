using Disclosure.Domain.Diagnostics;

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

    /// <summary>
    /// Gets the ground of the answer — the annual report's numbered sub-row of 不予公开, 无法提供, 不予处理 or 其他处理 — or
    /// <see langword="null"/> when not recorded. Set it in the initializer: <c>new(on, AnswerOutcome.NotDisclosed) { Ground = AnswerGround.StateSecret }</c>.
    /// </summary>
    /// <exception cref="ArgumentException">On init: the ground is not a sub-row of <see cref="Outcome"/>.</exception>
    public AnswerGround? Ground
    {
        get;
        init => field = AnswerGrounds.Check(Outcome, value, nameof(Ground));
    }

    internal override LocalizedText Text => RequestTexts.Of("Event.AnsweredOnTheSpot", RequestTexts.Outcome(Outcome));
}
