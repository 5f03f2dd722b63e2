using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Disclosure.Domain.Responsibilities;
using NodaTime;

namespace Disclosure.Domain.Review;

/// <summary>The categories of information a concentrated clean-up removes (无关、无效、不需长期保留以及涉及个人隐私).</summary>
public enum CleanupReason
{
    /// <summary>Irrelevant to the bureau's duties (无关).</summary>
    Irrelevant = 0,

    /// <summary>No longer valid (无效).</summary>
    Invalid = 1,

    /// <summary>Not needing long-term retention (不需长期保留).</summary>
    NoLongTermRetention = 2,

    /// <summary>Involving personal privacy (涉及个人隐私).</summary>
    PersonalPrivacy = 3,
}

/// <summary>A decision of a clean-up campaign on one item: keep it, or withdraw it for a reason.</summary>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
/// <param name="CaseId">The case.</param>
/// <param name="ItemId">The item.</param>
/// <param name="Withdraw">The reason to withdraw, or <see langword="null"/> to keep the item.</param>
/// <param name="DecidedBy">The identity of the person who decided.</param>
/// <param name="On">The decision date.</param>
public sealed record CampaignDecision(string CaseId, string ItemId, CleanupReason? Withdraw, PersonId DecidedBy, LocalDate On);

/// <summary>
/// A one-off concentrated clean-up (集中清理) over a set of published items, with a deadline: each item's
/// publisher unit decides to keep or withdraw it (谁公开、谁清理). The seed asks for one such campaign over
/// 无关、无效、不需长期保留以及涉及个人隐私 information; its deadline is configurable (the seed gives none).
/// </summary>
/// <remarks>
/// Recording a decision does not change the review case: apply a withdrawal with <see cref="ReviewCase.Withdraw"/>.
/// Equality is by reference. Immutable and thread-safe.
/// </remarks>
public sealed class CleanupCampaign
{
    private CleanupCampaign(string name, LocalDate deadline, ImmutableArray<CleanupEntry> items, ImmutableArray<CampaignDecision> decisions)
    {
        Name = name;
        Deadline = deadline;
        Items = items;
        Decisions = decisions;
    }

    /// <summary>Gets the name of the seed's campaign (敏感信息专项整治 集中清理).</summary>
    public static string SeedCampaignName => "敏感信息专项整治：无关、无效、不需长期保留以及涉及个人隐私信息集中清理";

    /// <summary>Gets the campaign name.</summary>
    public string Name { get; }

    /// <summary>Gets the last day for decisions.</summary>
    public LocalDate Deadline { get; }

    /// <summary>Gets the items in the campaign.</summary>
    public ImmutableArray<CleanupEntry> Items { get; }

    /// <summary>Gets the decisions, in the order recorded.</summary>
    public ImmutableArray<CampaignDecision> Decisions { get; }

    /// <summary>Gets the items still without a decision.</summary>
    public ImmutableArray<CleanupEntry> Outstanding => [.. Items.Where(i => !Decisions.Any(d => d.CaseId == i.CaseId && d.ItemId == i.ItemId))];

    /// <summary>Gets a value indicating whether every item has a decision.</summary>
    public bool IsComplete => Outstanding.IsEmpty;

    /// <summary>Starts a campaign.</summary>
    /// <param name="name">The campaign name; not empty (for the seed's, <see cref="SeedCampaignName"/>).</param>
    /// <param name="deadline">The last day for decisions.</param>
    /// <param name="items">The published items covered, for example <see cref="CleanupSchedule.Entries"/>; each once.</param>
    /// <returns>The campaign.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or an item is listed twice.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    [Pure]
    public static CleanupCampaign Start(string name, LocalDate deadline, IEnumerable<CleanupEntry> items)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToImmutableArray();
        if (list.Select(i => (i.CaseId, i.ItemId)).Distinct().Count() != list.Length)
        {
            throw new ArgumentException("An item is listed twice.", nameof(items));
        }

        return new CleanupCampaign(name, deadline, list, []);
    }

    /// <summary>Records a decision on one item by a person of its publisher's unit.</summary>
    /// <param name="caseId">The case.</param>
    /// <param name="itemId">The item.</param>
    /// <param name="withdraw">The reason to withdraw, or <see langword="null"/> to keep it.</param>
    /// <param name="by">The person deciding.</param>
    /// <param name="on">The decision date (may be after the deadline; see <see cref="LateDecisions"/>).</param>
    /// <returns>The new campaign, or REVIEW024 / 026 / 027.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caseId"/>, <paramref name="itemId"/> or <paramref name="by"/> is <see langword="null"/>.</exception>
    [Pure]
    public ReviewResult<CleanupCampaign> Decide(string caseId, string itemId, CleanupReason? withdraw, Reviewer by, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        ArgumentNullException.ThrowIfNull(itemId);
        ArgumentNullException.ThrowIfNull(by);
        var entry = Items.FirstOrDefault(i => i.CaseId == caseId && i.ItemId == itemId);
        if (entry is null)
        {
            return ReviewResult<CleanupCampaign>.Failure(ReviewViolationCodes.NotInCampaign.For(itemId, Name));
        }

        var v = new List<ReviewViolation>();
        if (Decisions.Any(d => d.CaseId == caseId && d.ItemId == itemId))
        {
            v.Add(ReviewViolationCodes.AlreadyDecided.For(itemId, Name));
        }

        if (entry.Owner != by.Unit)
        {
            v.Add(ReviewViolationCodes.NotPublisherUnit.For(itemId, entry.Owner, by));
        }

        return v.Count > 0
            ? ReviewResult<CleanupCampaign>.Failure(v)
            : ReviewResult<CleanupCampaign>.Success(new CleanupCampaign(Name, Deadline, Items, Decisions.Add(new CampaignDecision(caseId, itemId, withdraw, by.Id, on))));
    }

    /// <summary>Gets the decisions recorded after the deadline.</summary>
    public ImmutableArray<CampaignDecision> LateDecisions => [.. Decisions.Where(d => d.On > Deadline)];

    /// <summary>Tells whether the campaign is overdue on <paramref name="today"/>: past the deadline with items outstanding.</summary>
    /// <param name="today">The date of the query.</param>
    /// <returns><see langword="true"/> when overdue.</returns>
    [Pure]
    public bool IsOverdue(LocalDate today) => today > Deadline && !IsComplete;

    /// <summary>Returns the name, deadline and progress.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Name} (by {Deadline:uuuu-MM-dd}): {Decisions.Length}/{Items.Length} decided";
}
