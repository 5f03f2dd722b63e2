using Disclosure.Domain.Responsibilities;
using NodaTime;

namespace Disclosure.Domain.Review;

/// <summary>An approval at one level of one exact content version of one item.</summary>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
/// <param name="Level">The 1-based level number.</param>
/// <param name="By">The approver.</param>
/// <param name="At">When.</param>
/// <param name="Version">The content version approved.</param>
public sealed record Approval(int Level, Reviewer By, Instant At, int Version);

/// <summary>A confidentiality review (保密审查) clearing one exact content version, and the sensitivity flags it lifted.</summary>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
/// <param name="By">The confidentiality reviewer.</param>
/// <param name="At">When.</param>
/// <param name="Version">The content version cleared.</param>
/// <param name="ClearedFlags">The flags the reviewer lifted.</param>
public sealed record ConfidentialityClearance(Reviewer By, Instant At, int Version, SensitivityFlags ClearedFlags);

/// <summary>A public-opinion solicitation (意见征集) held for a policy document, or an exemption from it with its legal ground.</summary>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
/// <param name="From">The first day of the solicitation, or <see langword="null"/> for an exemption.</param>
/// <param name="To">The last day of the solicitation, or <see langword="null"/> for an exemption.</param>
/// <param name="LegalGround">The legal ground of the exemption (for example 依法依规应当保密), or <see langword="null"/> when a solicitation was held.</param>
/// <param name="By">Who recorded it.</param>
/// <param name="At">When.</param>
public sealed record PublicConsultation(LocalDate? From, LocalDate? To, string? LegalGround, Reviewer By, Instant At)
{
    /// <summary>Gets a value indicating whether this records an exemption rather than a solicitation.</summary>
    public bool IsExemption => LegalGround is not null;
}

/// <summary>A publication of one content version to one scope.</summary>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
/// <param name="By">The publisher; the publisher's unit owes the clean-up (谁公开、谁清理).</param>
/// <param name="At">When.</param>
/// <param name="Date">The publication date in the policy's time zone.</param>
/// <param name="Scope">The scope published to.</param>
/// <param name="Version">The content version published.</param>
public sealed record ItemPublication(Reviewer By, Instant At, LocalDate Date, DisclosureScope Scope, int Version);

/// <summary>One entry of a case's audit trail: who decided what, when, on which content version.</summary>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
/// <param name="Sequence">The 1-based position in the trail.</param>
/// <param name="Kind">The decision.</param>
/// <param name="ItemId">The item.</param>
/// <param name="ActorId">The identity of the person who decided.</param>
/// <param name="At">When.</param>
/// <param name="Version">The content version the decision concerns.</param>
/// <param name="Note">The level, reason or legal ground, when the decision has one.</param>
public sealed record ReviewEvent(int Sequence, ReviewEventKind Kind, string ItemId, PersonId ActorId, Instant At, int Version, string? Note);
