using Disclosure.Domain.Review;

namespace Disclosure.Domain.Testing;

/// <summary>
/// One command of a review sequence: what it does (for messages) and how it applies to a case at an instant. Steps
/// come from <see cref="ReviewFixture"/>; <see cref="Of"/> wraps any other command.
/// </summary>
/// <remarks>Immutable and thread-safe when its command is. Reference equality.</remarks>
public sealed class ReviewStep
{
    private readonly Func<ReviewCase, Instant, ReviewResult<ReviewCase>> _apply;

    private ReviewStep(string description, Func<ReviewCase, Instant, ReviewResult<ReviewCase>> apply)
    {
        Description = description;
        _apply = apply;
    }

    /// <summary>Gets what the step does, for example <c>approve notice v1 at level 2 by level-2</c>.</summary>
    public string Description { get; }

    /// <summary>Creates a step from any case command.</summary>
    /// <param name="description">What the step does.</param>
    /// <param name="apply">The command: takes the case and the instant, returns the new case or violations.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentException"><paramref name="description"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="apply"/> is <see langword="null"/>.</exception>
    public static ReviewStep Of(string description, Func<ReviewCase, Instant, ReviewResult<ReviewCase>> apply)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentNullException.ThrowIfNull(apply);
        return new ReviewStep(description, apply);
    }

    /// <summary>Applies the step.</summary>
    /// <param name="case">The case so far.</param>
    /// <param name="at">When the step happens.</param>
    /// <returns>The new case, or the violations that refused the step.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is <see langword="null"/>.</exception>
    public ReviewResult<ReviewCase> Apply(ReviewCase @case, Instant at)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return _apply(@case, at);
    }

    /// <summary>Describes the step.</summary>
    /// <returns><see cref="Description"/>.</returns>
    public override string ToString() => Description;
}
