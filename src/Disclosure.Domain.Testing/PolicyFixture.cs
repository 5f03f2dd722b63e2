using System.Diagnostics.Contracts;
using Disclosure.Domain.Review;

namespace Disclosure.Domain.Testing;

/// <summary>
/// Review policies for a test with sensible defaults: confidentiality review by <see cref="ReviewRole.ConfidentialityReviewer"/>,
/// publication by <see cref="ReviewRole.InformationPublisher"/>, a yearly clean-up, and no policy-document
/// requirements unless the test adds them to the builder.
/// </summary>
/// <remarks>Stateless and thread-safe; each call returns a new builder or policy.</remarks>
public static class PolicyFixture
{
    /// <summary>A builder with the defaults set; add levels and requirements, then call Build.</summary>
    /// <param name="name">The policy's name.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    [Pure]
    public static ReviewPolicyBuilder Defaults(string name = "test policy") =>
        ReviewPolicy.Create(name)
            .ConfidentialityReviewBy(ReviewRole.ConfidentialityReviewer)
            .PublishedBy(ReviewRole.InformationPublisher)
            .CleanUpEvery(Period.FromYears(1));

    /// <summary>A policy with the defaults and one level per role, in order, each named after its role.</summary>
    /// <param name="roles">The roles of the levels, first level first.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ReviewPolicyConfigurationException">No role is given, or a role repeats (as the builder refuses).</exception>
    [Pure]
    public static ReviewPolicy WithLevels(params ReviewRole[] roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var builder = Defaults($"test policy ({roles.Length} levels)");
        foreach (var role in roles)
        {
            builder.Level(role.Name, role);
        }

        return builder.Build();
    }
}
