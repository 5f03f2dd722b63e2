using System.Collections.Immutable;
using NodaTime;

namespace Disclosure.Domain.Review;

/// <summary>
/// One item of a <see cref="ReviewCase"/> (一事一审: each item is reviewed on its own) with its current content
/// version and every decision that binds that version.
/// </summary>
/// <remarks>
/// Items are created and changed only by the commands of <see cref="ReviewCase"/>, which keep the review
/// invariants; nothing public can construct or alter one. Equality is by reference. Immutable and thread-safe.
/// </remarks>
public sealed class ReviewItem
{
    internal ReviewItem(string id, ReviewItemKind kind, Reviewer author, ItemContent content, string? column, string? interpretationOf, bool involvesMajorPublicInterest)
    {
        Id = id;
        Kind = kind;
        Author = author;
        Content = content;
        Column = column;
        InterpretationOf = interpretationOf;
        InvolvesMajorPublicInterest = involvesMajorPublicInterest;
        Version = 1;
        Approvals = [];
    }

    private ReviewItem(ReviewItem other)
    {
        Id = other.Id;
        Kind = other.Kind;
        Author = other.Author;
        Content = other.Content;
        Column = other.Column;
        InterpretationOf = other.InterpretationOf;
        InvolvesMajorPublicInterest = other.InvolvesMajorPublicInterest;
        Version = other.Version;
        Status = other.Status;
        Approvals = other.Approvals;
        Clearance = other.Clearance;
        Consultation = other.Consultation;
        NoInterpretationReason = other.NoInterpretationReason;
        Publication = other.Publication;
        FeedbackAt = other.FeedbackAt;
        NextCleanupReview = other.NextCleanupReview;
        ClosingReason = other.ClosingReason;
    }

    /// <summary>Gets the item id, unique in its case.</summary>
    public string Id { get; }

    /// <summary>Gets the kind of item.</summary>
    public ReviewItemKind Kind { get; }

    /// <summary>Gets the author; the author may revise and submit, and never review, the item.</summary>
    public Reviewer Author { get; }

    /// <summary>Gets the catalog column the item belongs to (selects the clean-up interval), or <see langword="null"/>.</summary>
    public string? Column { get; }

    /// <summary>Gets, for an interpretation, the id of the policy document it interprets; otherwise <see langword="null"/>.</summary>
    public string? InterpretationOf { get; }

    /// <summary>Gets a value indicating whether a policy document involves major public interest (涉及重大公共利益).</summary>
    public bool InvolvesMajorPublicInterest { get; }

    /// <summary>Gets the current content version number (1 on creation, +1 per revision).</summary>
    public int Version { get; private init; }

    /// <summary>Gets the current content.</summary>
    public ItemContent Content { get; private init; }

    /// <summary>Gets the status.</summary>
    public ReviewItemStatus Status { get; private init; }

    /// <summary>Gets the approvals of the current version, in level order.</summary>
    public ImmutableArray<Approval> Approvals { get; private init; }

    /// <summary>Gets the confidentiality clearance of the current version, or <see langword="null"/>.</summary>
    public ConfidentialityClearance? Clearance { get; private init; }

    /// <summary>Gets the public-opinion solicitation or exemption recorded for a policy document, or <see langword="null"/>.</summary>
    public PublicConsultation? Consultation { get; private init; }

    /// <summary>Gets the reason a policy document needs no interpretation, or <see langword="null"/>.</summary>
    public string? NoInterpretationReason { get; private init; }

    /// <summary>Gets the publication, or <see langword="null"/> before publication.</summary>
    public ItemPublication? Publication { get; private init; }

    /// <summary>Gets when feedback on solicited opinions was published (意见反馈), or <see langword="null"/>.</summary>
    public Instant? FeedbackAt { get; private init; }

    /// <summary>Gets the date the next periodic clean-up review is due, while the item is published; otherwise <see langword="null"/>.</summary>
    public LocalDate? NextCleanupReview { get; private init; }

    /// <summary>Gets the reason given when the item was last returned, rejected or withdrawn, or <see langword="null"/>.</summary>
    public string? ClosingReason { get; private init; }

    /// <summary>
    /// Gets a value indicating whether the item owes feedback on solicited opinions (意见反馈): published after a
    /// solicitation, feedback not yet recorded. The feedback is published in the catalog column <c>opinion-feedback</c>
    /// (意见反馈, seed row 6); the solicitation itself in <c>opinion-solicitation</c> (意见征集, row 5).
    /// </summary>
    public bool OwesFeedback => Status == ReviewItemStatus.Published && Consultation is { IsExemption: false } && FeedbackAt is null;

    /// <summary>Returns the id, kind, status and version.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Id} ({Kind}) {Status} v{Version}";

    internal ReviewItem Revised(ItemContent content) => new(this)
    {
        Content = content,
        Version = Version + 1,
        Status = ReviewItemStatus.Draft,
        Approvals = [],
        Clearance = null,
    };

    internal ReviewItem ReturnedToDraft(string reason) => new(this) { Status = ReviewItemStatus.Draft, Approvals = [], Clearance = null, ClosingReason = reason };

    internal ReviewItem WithStatus(ReviewItemStatus status) => new(this) { Status = status };

    internal ReviewItem WithNoInterpretationReason(string reason) => new(this) { NoInterpretationReason = reason };

    internal ReviewItem WithApproval(Approval approval, bool last) => new(this)
    {
        Approvals = Approvals.Add(approval),
        Status = last ? ReviewItemStatus.Approved : ReviewItemStatus.InReview,
    };

    internal ReviewItem WithClearance(ConfidentialityClearance clearance) => new(this) { Clearance = clearance, Status = ReviewItemStatus.Cleared };

    internal ReviewItem WithConsultation(PublicConsultation consultation) => new(this) { Consultation = consultation };

    internal ReviewItem PublishedAs(ItemPublication publication, LocalDate nextCleanup) => new(this)
    {
        Publication = publication,
        Status = ReviewItemStatus.Published,
        NextCleanupReview = nextCleanup,
    };

    internal ReviewItem WithFeedback(Instant at) => new(this) { FeedbackAt = at };

    internal ReviewItem KeptUntil(LocalDate nextCleanup) => new(this) { NextCleanupReview = nextCleanup };

    internal ReviewItem Closed(ReviewItemStatus status, string reason) => new(this) { Status = status, ClosingReason = reason, NextCleanupReview = null };
}
