using System.Collections.Immutable;

namespace Disclosure.Domain.Review;

/// <summary>
/// Thrown by <see cref="ReviewPolicyBuilder.Build"/> when the configuration is invalid; lists every error at once.
/// </summary>
/// <remarks>This is a programmer or configuration error, not a review-rule violation.</remarks>
public sealed class ReviewPolicyConfigurationException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ReviewPolicyConfigurationException"/> class with no errors listed.</summary>
    public ReviewPolicyConfigurationException()
        : this("The review policy configuration is invalid.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ReviewPolicyConfigurationException"/> class with one error.</summary>
    /// <param name="message">The error.</param>
    public ReviewPolicyConfigurationException(string message)
        : base(message) => Errors = [message];

    /// <summary>Initializes a new instance of the <see cref="ReviewPolicyConfigurationException"/> class with one error and its cause.</summary>
    /// <param name="message">The error.</param>
    /// <param name="innerException">The cause.</param>
    public ReviewPolicyConfigurationException(string message, Exception innerException)
        : base(message, innerException) => Errors = [message];

    internal ReviewPolicyConfigurationException(string policyName, ImmutableArray<string> errors)
        : base($"Review policy '{policyName}' is invalid ({errors.Length} error(s)):{Environment.NewLine}- " + string.Join(Environment.NewLine + "- ", errors)) =>
        Errors = errors;

    /// <summary>Gets every configuration error found.</summary>
    public ImmutableArray<string> Errors { get; }
}
