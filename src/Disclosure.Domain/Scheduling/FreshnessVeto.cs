using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Scheduling;

/// <summary>
/// A single-veto (单项否决) condition of 《政府网站与政务新媒体检查指标》(国办秘函〔2019〕19号) on columns not being
/// updated; a catalog triggers one when the number of offending columns reaches the threshold in <see cref="FreshnessRules"/>.
/// </summary>
/// <remarks>
/// A closed set, <see cref="All"/>: <see cref="NotUpdated"/>, <see cref="LongUnupdated"/>, <see cref="Blank"/>. The wording
/// comes from reprints of the 2019 indicators; the original PDF was not reachable when this library was written. The
/// names and descriptions people read are in <c>Scheduling/SchedulingTexts.resx</c> and its <c>zh-Hans</c> satellite.
/// Instances are immutable and thread-safe; equality is reference identity.
/// </remarks>
public sealed class FreshnessVeto
{
    private readonly string _key;

    private FreshnessVeto(string code, string key)
    {
        Code = code;
        _key = key;
        Description = SchedulingTexts.Of($"Freshness.Veto.{key}.Description").ToString();
    }

    /// <summary>
    /// Gets the veto for dynamics/news columns not updated within 2 weeks and notices/policy columns not updated within
    /// 6 months (default threshold 5): 「监测时间点前2周内的动态、要闻类栏目，以及监测时间点前6个月内的通知公告、政策文件类一级栏目，累计超过（含）5个未更新」.
    /// </summary>
    public static FreshnessVeto NotUpdated { get; } = new("freshness.not-updated", "NotUpdated");

    /// <summary>Gets the veto for columns that should be updated but have long not been (default threshold 10): 「应更新但长期未更新的栏目数量超过（含）10个」.</summary>
    public static FreshnessVeto LongUnupdated { get; } = new("freshness.long-unupdated", "LongUnupdated");

    /// <summary>Gets the veto for blank columns (default threshold 5): 「空白栏目数量超过（含）5个」.</summary>
    public static FreshnessVeto Blank { get; } = new("freshness.blank", "Blank");

    /// <summary>Gets every veto, in the indicators' order: <see cref="NotUpdated"/>, <see cref="LongUnupdated"/>, <see cref="Blank"/>.</summary>
    public static ImmutableArray<FreshnessVeto> All { get; } = [NotUpdated, LongUnupdated, Blank];

    /// <summary>Gets the stable code, for example <c>freshness.blank</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the description of the condition in neutral English; people read <see cref="GetDescription"/>.</summary>
    public string Description { get; }

    /// <summary>Gets the name of the columns the veto counts, in the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The name, for example <c>空白栏目</c> or <c>blank</c>.</returns>
    [Pure]
    public string GetName(CultureInfo? culture = null) => SchedulingTexts.Of($"Freshness.Veto.{_key}.Name").Format(culture);

    /// <summary>Gets the description of the condition, in the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The description, for example <c>空白栏目数量超过（含）阈值（默认5个）（国办秘函〔2019〕19号）。</c></returns>
    [Pure]
    public string GetDescription(CultureInfo? culture = null) => SchedulingTexts.Of($"Freshness.Veto.{_key}.Description").Format(culture);

    /// <summary>Returns the <see cref="Code"/>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
