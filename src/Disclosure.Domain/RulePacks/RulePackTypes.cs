using System.Collections.Immutable;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.RulePacks;

/// <summary>Who issues a rule pack, for which jurisdiction, and from when.</summary>
/// <param name="Bureau">The bureau's Chinese name, for example 宣城市民政局.</param>
/// <param name="BureauEnglishName">The bureau's English name.</param>
/// <param name="Jurisdiction">The jurisdiction's Chinese name, for example 宣城市.</param>
/// <param name="JurisdictionEnglishName">The jurisdiction's English name, or null.</param>
/// <param name="Level">The government level (city or county), or null.</param>
/// <param name="EffectiveDate">The first day the rules apply.</param>
/// <param name="TimeZone">The bureau's time zone (dates are local dates in it).</param>
/// <param name="Source">Where the rules come from (document title, publication date), or null.</param>
/// <remarks>Immutable and thread-safe; value equality.</remarks>
public sealed record RulePackMetadata(
    string Bureau,
    string BureauEnglishName,
    string Jurisdiction,
    string? JurisdictionEnglishName,
    GovernmentLevel? Level,
    LocalDate EffectiveDate,
    DateTimeZone TimeZone,
    string? Source);

/// <summary>One level of a pack's review policy (三级审核: one of the three).</summary>
/// <param name="Number">The 1-based level number, in review order.</param>
/// <param name="Name">The reviewer's Chinese title, for example 信息发布同志.</param>
/// <param name="Role">The review role id, for example <c>information-publisher</c>.</param>
/// <param name="Description">What the level checks, or null.</param>
/// <remarks>Immutable and thread-safe; value equality.</remarks>
public sealed record RulePackReviewLevel(int Number, string Name, string Role, string? Description);

/// <summary>A pack's review policy, as data (the review area's <c>ReviewPolicyBuilder</c> turns it into a policy).</summary>
/// <param name="Name">The policy's name.</param>
/// <param name="Source">Where the policy comes from, or null.</param>
/// <param name="Levels">The review levels in order; never empty.</param>
/// <param name="ConfidentialityReviewer">The role id of the confidentiality (保密) reviewer, or null.</param>
/// <param name="Publisher">The role id of who publishes, or null.</param>
/// <param name="RequireInterpretation">Whether policy documents need their interpretation (解读) in step.</param>
/// <param name="RequirePublicConsultation">Whether major policy documents need a public consultation.</param>
/// <param name="RequireConsultationChannel">Whether consultations need a feedback channel.</param>
/// <param name="CleanUpEvery">How often published information is cleaned up, or null.</param>
/// <remarks>Immutable and thread-safe. Record equality; the array compares by reference.</remarks>
public sealed record RulePackReviewPolicy(
    string Name,
    string? Source,
    ImmutableArray<RulePackReviewLevel> Levels,
    string? ConfidentialityReviewer,
    string? Publisher,
    bool RequireInterpretation,
    bool RequirePublicConsultation,
    bool RequireConsultationChannel,
    Period? CleanUpEvery);

/// <summary>A local holiday block a pack adds to the national calendar.</summary>
/// <param name="Id">The holiday id (lower-case ASCII).</param>
/// <param name="ChineseName">The Chinese name.</param>
/// <param name="EnglishName">The English name.</param>
/// <param name="From">The first day off.</param>
/// <param name="To">The last day off (inclusive).</param>
/// <remarks>Immutable and thread-safe; value equality.</remarks>
public sealed record RulePackHoliday(string Id, string ChineseName, string EnglishName, LocalDate From, LocalDate To);
