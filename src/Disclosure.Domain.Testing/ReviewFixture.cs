using System.Collections.Immutable;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Review;
using Disclosure.Domain.RulePacks;

namespace Disclosure.Domain.Testing;

/// <summary>
/// The people and steps of a review sequence for a policy: an author in 社会救助科, one distinct reviewer per level
/// holding that level's role, a confidentiality reviewer and a publisher (all in 办公室), and steps that read like the
/// procedure. Each step of a sequence happens one minute after the previous one, from <see cref="Start"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <example>
/// <code>
/// var r = new ReviewFixture(RulePack.XuanchengCivilAffairs2024.Review);
/// DomainAssert.PolicyRefuses(r, [r.AddInformation("notice"), r.Submit("notice"), r.Approve("notice", 1), r.Publish("notice")],
///     ReviewViolationCodes.NotReviewed);
/// </code>
/// </example>
public sealed class ReviewFixture
{
    /// <summary>Initializes a new instance of the <see cref="ReviewFixture"/> class.</summary>
    /// <param name="policy">The policy under test.</param>
    /// <param name="start">When the first step happens; 2024-06-14 09:00 in Shanghai when not given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <see langword="null"/>.</exception>
    public ReviewFixture(ReviewPolicy policy, Instant? start = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Policy = policy;
        Start = start ?? Instant.FromUtc(2024, 6, 14, 1, 0);
        var office = UnitId.Parse("office");
        Author = Reviewer.Create(PersonId.Parse("author"), "作者", UnitId.Parse("social-assistance"), ReviewRole.InformationPublisher);
        LevelReviewers = [.. policy.Levels.Select(l => Reviewer.Create(PersonId.Parse($"level-{l.Number}"), l.Name, office, l.Role))];
        ConfidentialityReviewer = Reviewer.Create(PersonId.Parse("secrecy"), "保密审查人", office, policy.ConfidentialityReviewer);
        Publisher = Reviewer.Create(PersonId.Parse("publisher"), "发布人", office, policy.Publisher);
    }

    /// <summary>Gets the policy under test.</summary>
    public ReviewPolicy Policy { get; }

    /// <summary>Gets when the first step happens.</summary>
    public Instant Start { get; }

    /// <summary>Gets the author (<c>author</c> in social-assistance, 信息发布同志).</summary>
    public Reviewer Author { get; }

    /// <summary>Gets one reviewer per level (<c>level-1</c>, <c>level-2</c>, …), each holding only that level's role.</summary>
    public ImmutableArray<Reviewer> LevelReviewers { get; }

    /// <summary>Gets the confidentiality reviewer (<c>secrecy</c>).</summary>
    public Reviewer ConfidentialityReviewer { get; }

    /// <summary>Gets the publisher (<c>publisher</c>).</summary>
    public Reviewer Publisher { get; }

    /// <summary>The author adds an information item with public scope.</summary>
    /// <param name="item">The item id.</param>
    /// <param name="column">The catalog column it goes to, if any.</param>
    /// <returns>The step.</returns>
    public ReviewStep AddInformation(string item, string? column = null) =>
        ReviewStep.Of($"add information {item}", (c, at) => c.AddInformation(item, ItemContent.Create($"sha256:{item}", DisclosureScope.Public), Author, at, column));

    /// <summary>The author submits the item for review.</summary>
    /// <param name="item">The item id.</param>
    /// <returns>The step.</returns>
    public ReviewStep Submit(string item) =>
        ReviewStep.Of($"submit {item}", (c, at) => c.Submit(item, Author, at));

    /// <summary>Approves version <paramref name="version"/> of the item at a level, by that level's reviewer unless another is given.</summary>
    /// <param name="item">The item id.</param>
    /// <param name="level">The level (1-based).</param>
    /// <param name="by">The approver; the level's reviewer when not given (level 1's for a level the policy lacks).</param>
    /// <param name="version">The content version approved.</param>
    /// <returns>The step.</returns>
    public ReviewStep Approve(string item, int level, Reviewer? by = null, int version = 1)
    {
        var approver = by ?? LevelReviewers[Math.Clamp(level, 1, LevelReviewers.Length) - 1];
        return ReviewStep.Of($"approve {item} v{version} at level {level} by {approver.Id}", (c, at) => c.Approve(item, level, version, approver, at));
    }

    /// <summary>Approves the item at every level of the policy, in order, each by its own reviewer.</summary>
    /// <param name="item">The item id.</param>
    /// <param name="version">The content version approved.</param>
    /// <returns>The step (stops at the first refused approval).</returns>
    public ReviewStep ApproveAllLevels(string item, int version = 1) =>
        ReviewStep.Of($"approve {item} v{version} at all {LevelReviewers.Length} levels", (c, at) =>
        {
            var result = c.Approve(item, 1, version, LevelReviewers[0], at);
            for (var i = 1; i < LevelReviewers.Length && result.IsSuccess; i++)
            {
                result = result.Value.Approve(item, i + 1, version, LevelReviewers[i], at + Duration.FromSeconds(i));
            }

            return result;
        });

    /// <summary>The confidentiality reviewer clears version <paramref name="version"/> of the item.</summary>
    /// <param name="item">The item id.</param>
    /// <param name="version">The content version cleared.</param>
    /// <returns>The step.</returns>
    public ReviewStep ClearConfidentiality(string item, int version = 1) =>
        ReviewStep.Of($"clear confidentiality of {item} v{version}", (c, at) => c.ClearConfidentiality(item, version, SensitivityFlags.None, ConfidentialityReviewer, at));

    /// <summary>The publisher publishes the item publicly.</summary>
    /// <param name="item">The item id.</param>
    /// <returns>The step.</returns>
    public ReviewStep Publish(string item) =>
        ReviewStep.Of($"publish {item}", (c, at) => c.Publish(item, DisclosureScope.Public, Publisher, at));

    /// <summary>The whole lawful procedure for an information item: add, submit, all levels, confidentiality, publish.</summary>
    /// <param name="item">The item id.</param>
    /// <returns>The steps.</returns>
    public ImmutableArray<ReviewStep> Procedure(string item) =>
        [AddInformation(item), Submit(item), ApproveAllLevels(item), ClearConfidentiality(item), Publish(item)];

    /// <summary>Runs steps from a new case, one minute apart, stopping at the first refused step.</summary>
    /// <param name="steps">The steps.</param>
    /// <returns>The last result and the index of the step that produced it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="steps"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="steps"/> is empty.</exception>
    public (ReviewResult<ReviewCase> Result, int Step) Run(IEnumerable<ReviewStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var list = steps.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("Give at least one step.", nameof(steps));
        }

        var current = ReviewCase.Open("test-case", Policy);
        ReviewResult<ReviewCase>? result = null;
        for (var i = 0; i < list.Count; i++)
        {
            result = list[i].Apply(current, Start + Duration.FromMinutes(i));
            if (!result.IsSuccess)
            {
                return (result, i);
            }

            current = result.Value;
        }

        return (result!, list.Count - 1);
    }
}
