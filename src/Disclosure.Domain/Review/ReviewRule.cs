using System.Diagnostics.Contracts;
using System.Globalization;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Review;

/// <summary>One rule of a <see cref="ReviewPolicy"/>, with an identifier, a description and the violation codes it produces.</summary>
/// <remarks>
/// Rules are listed so that a policy can be printed for sign-off (the way Stateless lists its guards).
/// Instances are created by <see cref="ReviewPolicyBuilder"/>. Equality is by reference. Immutable and thread-safe.
/// </remarks>
public sealed class ReviewRule
{
    internal ReviewRule(string id, string? description, LocalizedText? standard, string? source, params string[] codes)
    {
        Id = id;
        Text = description is null ? standard : null;
        Description = description ?? standard!.ToString();
        Source = source;
        Codes = [.. codes];
    }

    /// <summary>Gets the stable rule identifier, for example <c>review-before-publish</c> or <c>level-2</c>.</summary>
    public string Id { get; }

    /// <summary>
    /// Gets the description of the rule, in words a reviewer can sign off: the one configured (for a level rule, the
    /// level's <see cref="ReviewLevel.Description"/>), or the standard one in neutral English; people read
    /// <see cref="GetDescription"/>.
    /// </summary>
    public string Description { get; }

    /// <summary>
    /// Gets the description for people, in the language of <paramref name="culture"/>: a level rule's as
    /// <see cref="ReviewLevel.GetDescription"/> gives it; a description configured on the builder in one language
    /// (<see cref="ReviewPolicyBuilder.PublishedBy"/> …) as configured.
    /// </summary>
    /// <param name="culture">
    /// The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>. Chinese cultures (zh-CN,
    /// zh-Hans, zh-SG) get Simplified Chinese, every other culture English.
    /// </param>
    /// <returns>The description, for example <c>先审后发：事项须经全部3级审核批准其当前版本并通过保密审查后方可发布；…</c></returns>
    [Pure]
    public string GetDescription(CultureInfo? culture = null) => Text?.Format(culture) ?? Description;

    private LocalizedText? Text { get; }

    /// <summary>Gets where the rule comes from (for the seed, the section of the work points), or <see langword="null"/>.</summary>
    public string? Source { get; }

    /// <summary>Gets the codes of the <see cref="ReviewViolationCodes"/> values this rule produces.</summary>
    public System.Collections.Immutable.ImmutableArray<string> Codes { get; }

    /// <summary>Returns the identifier and description.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Id}: {Description}";
}
