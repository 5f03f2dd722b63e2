using System.Collections.Immutable;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.RulePacks;

/// <summary>Who issues a rule pack, for which jurisdiction, and from when.</summary>
/// <param name="BureauName">The bureau's Chinese name, for example 宣城市民政局.</param>
/// <param name="BureauEnglishName">The bureau's English name, or null.</param>
/// <param name="JurisdictionName">The jurisdiction's Chinese name, for example 宣城市.</param>
/// <param name="JurisdictionEnglishName">The jurisdiction's English name, or null.</param>
/// <param name="Level">The government level (city or county), or null.</param>
/// <param name="EffectiveDate">The first day the rules apply.</param>
/// <param name="TimeZone">The bureau's time zone (dates are local dates in it).</param>
/// <param name="Source">Where the rules come from (document title, publication date), or null.</param>
/// <remarks>Immutable and thread-safe; value equality.</remarks>
public sealed record RulePackMetadata(
    string BureauName,
    string? BureauEnglishName,
    string JurisdictionName,
    string? JurisdictionEnglishName,
    GovernmentLevel? Level,
    LocalDate EffectiveDate,
    DateTimeZone TimeZone,
    string? Source);
