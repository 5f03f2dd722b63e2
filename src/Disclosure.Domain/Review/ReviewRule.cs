namespace Disclosure.Domain.Review;

/// <summary>One rule of a <see cref="ReviewPolicy"/>, with an identifier, a description and the violation codes it produces.</summary>
/// <remarks>
/// Rules are listed so that a policy can be printed for sign-off (the way Stateless lists its guards).
/// Instances are created by <see cref="ReviewPolicyBuilder"/>. Equality is by reference. Immutable and thread-safe.
/// </remarks>
public sealed class ReviewRule
{
    internal ReviewRule(string id, string description, string? source, params string[] codes)
    {
        Id = id;
        Description = description;
        Source = source;
        Codes = [.. codes];
    }

    /// <summary>Gets the stable rule identifier, for example <c>review-before-publish</c> or <c>level-2</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the description of the rule, in words a reviewer can sign off.</summary>
    public string Description { get; }

    /// <summary>Gets where the rule comes from (for the seed, the section of the work points), or <see langword="null"/>.</summary>
    public string? Source { get; }

    /// <summary>Gets the codes of the <see cref="ReviewViolationCodes"/> values this rule produces.</summary>
    public System.Collections.Immutable.ImmutableArray<string> Codes { get; }

    /// <summary>Returns the identifier and description.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Id}: {Description}";
}
