using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Disclosure.Domain.Diagnostics;
using NodaTime.Text;

namespace Disclosure.Domain.Scheduling;

/// <summary>The result of a <see cref="FreshnessCheck"/>: each column's freshness and the single-veto conditions triggered.</summary>
/// <remarks>Instances are immutable and thread-safe; equality is reference identity.</remarks>
public sealed class FreshnessReport
{
    internal FreshnessReport(LocalDate asOf, FreshnessRules rules, ImmutableArray<ColumnFreshness> columns)
    {
        AsOf = asOf;
        Rules = rules;
        Columns = columns;
        foreach (var c in columns)
        {
            BlankCount += c.IsBlank ? 1 : 0;
            NotUpdatedCount += c.IsNotUpdated ? 1 : 0;
            LongUnupdatedCount += c.IsLongUnupdated ? 1 : 0;
        }

        var vetoes = ImmutableArray.CreateBuilder<FreshnessVeto>();
        foreach (var veto in FreshnessVeto.All)
        {
            if (Count(veto) >= rules.GetThreshold(veto))
            {
                vetoes.Add(veto);
            }
        }

        TriggeredVetoes = vetoes.ToImmutable();
    }

    /// <summary>Gets the date of the check.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the rules applied.</summary>
    public FreshnessRules Rules { get; }

    /// <summary>Gets each column's freshness, in seed-row order.</summary>
    public ImmutableArray<ColumnFreshness> Columns { get; }

    /// <summary>Gets the number of blank columns.</summary>
    public int BlankCount { get; }

    /// <summary>Gets the number of dynamics/news and notices/policy columns not updated within their window.</summary>
    public int NotUpdatedCount { get; }

    /// <summary>Gets the number of columns long not updated.</summary>
    public int LongUnupdatedCount { get; }

    /// <summary>Gets the single-veto conditions triggered, in the order of <see cref="FreshnessVeto.All"/>.</summary>
    public ImmutableArray<FreshnessVeto> TriggeredVetoes { get; }

    /// <summary>Gets the number of columns that count toward a veto (<see cref="ColumnFreshness.CountsToward"/>).</summary>
    /// <param name="veto">The veto.</param>
    /// <returns><see cref="BlankCount"/>, <see cref="NotUpdatedCount"/> or <see cref="LongUnupdatedCount"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="veto"/> is <see langword="null"/>.</exception>
    [Pure]
    public int Count(FreshnessVeto veto)
    {
        ArgumentNullException.ThrowIfNull(veto);
        return veto == FreshnessVeto.Blank ? BlankCount : veto == FreshnessVeto.NotUpdated ? NotUpdatedCount : LongUnupdatedCount;
    }

    /// <summary>
    /// Gets the line an inspector writes about one veto, in the language of <paramref name="culture"/>: triggered
    /// (<c>单项否决（国办秘函〔2019〕19号）——空白栏目75个，超过（含）5个。</c>) or not (<c>未触发单项否决——不更新栏目1个，不足5个。</c>).
    /// </summary>
    /// <param name="veto">The veto.</param>
    /// <param name="culture">The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="veto"/> is <see langword="null"/>.</exception>
    [Pure]
    public string GetVetoMessage(FreshnessVeto veto, CultureInfo? culture = null)
    {
        var count = Count(veto);
        var threshold = Rules.GetThreshold(veto);
        return SchedulingTexts.Of(count >= threshold ? "Freshness.Veto.Triggered" : "Freshness.Veto.NotTriggered", veto.GetName(culture), count, threshold)
            .Format(culture);
    }

    /// <summary>
    /// Summarises the check in the language of <paramref name="culture"/>, for example
    /// <c>2024年7月1日：空白栏目75个，不更新栏目0个，长期未更新栏目0个；单项否决：空白栏目。</c>
    /// </summary>
    /// <param name="culture">The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The summary.</returns>
    [Pure]
    public string GetSummary(CultureInfo? culture = null)
    {
        object vetoes = TriggeredVetoes.IsEmpty
            ? SchedulingTexts.Of("Freshness.NoVeto")
            : LocalizedText.List(TriggeredVetoes.Select(v => LocalizedText.Named(v.GetName(Chinese), v.GetName(CultureInfo.InvariantCulture))));
        return SchedulingTexts.Of("Freshness.Summary", AsOf, BlankCount, NotUpdatedCount, LongUnupdatedCount, vetoes).Format(culture);
    }

    /// <summary>Summarises the check in neutral English with the vetoes' codes, for example <c>2024-07-01: 75 blank, 0 not updated, 0 long not updated; vetoes: freshness.blank</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"{LocalDatePattern.Iso.Format(AsOf)}: {BlankCount} blank, {NotUpdatedCount} not updated, {LongUnupdatedCount} long not updated; vetoes: {(TriggeredVetoes.IsEmpty ? "none" : string.Join(", ", TriggeredVetoes))}";

    private static CultureInfo Chinese => CultureInfo.GetCultureInfo("zh-Hans");
}
