using Disclosure.Domain.Diagnostics;

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

    internal override LocalizedText Text => RequestTexts.Of("Event.Answered", RequestTexts.Outcome(Outcome));
}
