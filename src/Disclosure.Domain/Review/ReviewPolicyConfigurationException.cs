using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Review;

/// <summary>
/// Thrown by <see cref="ReviewPolicyBuilder.Build"/> when the configuration is invalid; lists every problem at once.
/// </summary>
/// <remarks>
/// This is a programmer or configuration error, not a review-rule violation. Each of
/// <see cref="ProblemException.Problems"/> is located in section <c>review</c> (a policy setting such as
/// <c>cleanUpEvery</c>) or <c>review.levels</c> (a level, by position).
/// </remarks>
public sealed class ReviewPolicyConfigurationException : ProblemException
{
    /// <summary>Initializes a new instance of the <see cref="ReviewPolicyConfigurationException"/> class.</summary>
    /// <param name="problems">The problems, at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <see langword="null"/>.</exception>
    public ReviewPolicyConfigurationException(IEnumerable<Problem> problems)
        : base(ReviewTexts.Of("Builder.Invalid"), problems)
    {
    }
}
