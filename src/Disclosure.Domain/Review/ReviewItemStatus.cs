namespace Disclosure.Domain.Review;

/// <summary>The states of an item under review.</summary>
/// <remarks>
/// Draft → InReview (submitted; levels approve in order) → Approved (every level) → Cleared (confidentiality
/// review) → Published → (clean-up: kept, stays Published) → Withdrawn. A return sends the item back to Draft;
/// a rejection ends it. Any revision before publication sends it back to Draft and voids every decision.
/// </remarks>
public enum ReviewItemStatus
{
    /// <summary>Being written; not yet submitted, or returned, or revised.</summary>
    Draft = 0,

    /// <summary>Submitted; some (possibly no) levels have approved the current version.</summary>
    InReview = 1,

    /// <summary>Every level approved the current version; the confidentiality review is pending.</summary>
    Approved = 2,

    /// <summary>The confidentiality review cleared the current version; ready to publish.</summary>
    Cleared = 3,

    /// <summary>Published; subject to periodic clean-up.</summary>
    Published = 4,

    /// <summary>Withdrawn after publication (final).</summary>
    Withdrawn = 5,

    /// <summary>Rejected in review (final).</summary>
    Rejected = 6,
}
