using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Disclosure.Domain.Catalog;

namespace Disclosure.Domain.Scheduling;

/// <summary>
/// The optional national freshness check of 《政府网站与政务新媒体检查指标》(国办秘函〔2019〕19号): which columns are
/// blank, not updated within their window, or long not updated on a date, and which single-veto conditions that triggers.
/// </summary>
/// <remarks>
/// Independent of the catalog's own frequencies (<see cref="DueDateCalculator"/>): it only looks at when each column was
/// last updated. The log should hold the columns' whole history, including publications before the tracking start, or
/// long-standing columns will look blank. The wording of the rules is from reprints of the 2019 indicators (the original
/// PDF was not reachable). This class is stateless and thread-safe.
/// </remarks>
public static class FreshnessCheck
{
    /// <summary>Checks every column of a catalog on a date.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="log">What has been published; entries after <paramref name="asOf"/> are ignored.</param>
    /// <param name="asOf">The date of the check (监测时间点).</param>
    /// <param name="rules">The rules; <see langword="null"/> for <see cref="FreshnessRules.Default"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="log"/> is <see langword="null"/>.</exception>
    [Pure]
    public static FreshnessReport Evaluate(DisclosureCatalog catalog, PublicationLog log, LocalDate asOf, FreshnessRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(log);
        rules ??= FreshnessRules.Default;
        var dynamicsCutoff = asOf - rules.DynamicsNewsWindow;
        var noticesCutoff = asOf - rules.NoticesPolicyWindow;
        var longCutoff = asOf - rules.LongUnupdatedWindow;
        var columns = catalog.Columns;
        var result = new ColumnFreshness[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            var column = columns[i];
            var category = rules.GetCategory(column);
            var last = LastUpdate(log.Find(column.Id), asOf);
            var notUpdated = last is { } l && category switch
            {
                FreshnessCategory.DynamicsNews => l < dynamicsCutoff,
                FreshnessCategory.NoticesPolicy => l < noticesCutoff,
                _ => false,
            };
            var longUnupdated = last is { } m && m < longCutoff;
            result[i] = new ColumnFreshness(column, category, last, notUpdated, longUnupdated);
        }

        return new FreshnessReport(asOf, rules, [.. result]);
    }

    private static LocalDate? LastUpdate(PublicationLog.ColumnHistory? history, LocalDate asOf)
    {
        if (history is null)
        {
            return null;
        }

        LocalDate? last = null;
        foreach (var on in history.Publications)
        {
            if (on <= asOf && (last is null || on > last.Value))
            {
                last = on;
            }
        }

        foreach (var e in history.Events)
        {
            if (e.PublishedOn is { } on && on <= asOf && (last is null || on > last.Value))
            {
                last = on;
            }
        }

        return last;
    }
}
