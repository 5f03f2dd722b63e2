using System.Collections.Immutable;
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
        if (NotUpdatedCount >= rules.NotUpdatedThreshold)
        {
            vetoes.Add(FreshnessVeto.NotUpdated);
        }

        if (LongUnupdatedCount >= rules.LongUnupdatedThreshold)
        {
            vetoes.Add(FreshnessVeto.LongUnupdated);
        }

        if (BlankCount >= rules.BlankThreshold)
        {
            vetoes.Add(FreshnessVeto.Blank);
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

    /// <summary>Gets the single-veto conditions triggered, in the order <see cref="FreshnessVeto.NotUpdated"/>, <see cref="FreshnessVeto.LongUnupdated"/>, <see cref="FreshnessVeto.Blank"/>.</summary>
    public ImmutableArray<FreshnessVeto> TriggeredVetoes { get; }

    /// <summary>Summarises the check, for example <c>2024-07-01: 75 blank, 0 not updated, 0 long not updated; vetoes: freshness.blank</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"{LocalDatePattern.Iso.Format(AsOf)}: {BlankCount} blank, {NotUpdatedCount} not updated, {LongUnupdatedCount} long not updated; vetoes: {(TriggeredVetoes.IsEmpty ? "none" : string.Join(", ", TriggeredVetoes))}";
}
