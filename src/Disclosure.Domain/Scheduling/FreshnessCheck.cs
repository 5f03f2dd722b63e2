using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Disclosure.Domain.Catalog;

namespace Disclosure.Domain.Scheduling;

/// <summary>
/// The optional national freshness check of 《政府网站与政务新媒体检查指标》(国办秘函〔2019〕19号): which columns are
/// blank, not updated within their window, or long not updated on a date, and which single-veto conditions that triggers.
/// </summary>
/// <remarks>
/// <para>
/// Independent of the catalog's own frequencies (<see cref="DueDateCalculator"/>): it only looks at when each column was
/// last updated. The log should hold the columns' whole history, including publications before the tracking start, or
/// long-standing columns will look blank. The wording of the rules is from reprints of the 2019 indicators (the original
/// PDF was not reachable). This class is stateless and thread-safe.
/// </para>
/// <para>
/// The check sees the columns as an inspector sees the portal at the end of the check date, after that day's changes: an
/// item counts from its publication day (one published on the check date counts), and an item withdrawn
/// (<see cref="Withdrawal"/>) on or before the check date no longer counts at all, even on the withdrawal day that a
/// display period counts as posted. So a column whose latest item was taken down was last updated on the day of its
/// latest item still up, and a column whose every item was taken down is blank. A withdrawal after the check date has
/// not happened yet: the item still counts. A withdrawal takes one item of its day, as <see cref="PublicationLog.Create"/> matches them: a day has as many
/// items as the column's publications or its events published that day, whichever is more (an event's publication may
/// be recorded as both), so that day still counts while fewer of its items were withdrawn.
/// </para>
/// </remarks>
public static class FreshnessCheck
{
    /// <summary>Checks every column of a catalog on a date.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="log">
    /// What has been published and withdrawn; publications after <paramref name="asOf"/> and withdrawals after it are
    /// ignored, items withdrawn on or before it do not count.
    /// </param>
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

    /// <summary>
    /// The latest day on or before <paramref name="asOf"/> with an item still up on <paramref name="asOf"/>: more items
    /// published that day (publications or events published, whichever are more) than withdrawals of them made by then.
    /// </summary>
    private static LocalDate? LastUpdate(PublicationLog.ColumnHistory? history, LocalDate asOf)
    {
        if (history is null)
        {
            return null;
        }

        var publications = history.Publications;
        var p = publications.Length - 1;
        while (p >= 0 && publications[p] > asOf)
        {
            p--;
        }

        var withdrawals = history.Withdrawals;
        if (withdrawals.Length == 0)
        {
            // Nothing taken down: the latest publication or event publication, without sorting the events.
            return Latest(p >= 0 ? publications[p] : null, history.Events, asOf);
        }

        var events = PublishedDays(history.Events, asOf);
        var e = events.Length - 1;
        var w = withdrawals.Length - 1;

        // Walk the days that have items from the latest down; withdrawals are sorted by PublishedOn, so one pass.
        while (p >= 0 || e >= 0)
        {
            var day = p < 0 ? events[e] : e < 0 ? publications[p] : LocalDate.Max(publications[p], events[e]);
            var published = 0;
            for (; p >= 0 && publications[p] == day; p--)
            {
                published++;
            }

            var eventsPublished = 0;
            for (; e >= 0 && events[e] == day; e--)
            {
                eventsPublished++;
            }

            while (w >= 0 && withdrawals[w].PublishedOn > day)
            {
                w--;
            }

            var withdrawn = 0;
            for (; w >= 0 && withdrawals[w].PublishedOn == day; w--)
            {
                withdrawn += withdrawals[w].WithdrawnOn <= asOf ? 1 : 0;
            }

            if (Math.Max(published, eventsPublished) > withdrawn)
            {
                return day;
            }
        }

        return null;
    }

    private static LocalDate? Latest(LocalDate? last, InformationEvent[] events, LocalDate asOf)
    {
        foreach (var e in events)
        {
            if (e.PublishedOn is { } on && on <= asOf && (last is null || on > last.Value))
            {
                last = on;
            }
        }

        return last;
    }

    /// <summary>The publication days of the events published on or before <paramref name="asOf"/>, ascending.</summary>
    private static LocalDate[] PublishedDays(InformationEvent[] events, LocalDate asOf)
    {
        var count = 0;
        foreach (var e in events)
        {
            count += e.PublishedOn is { } on && on <= asOf ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        var days = new LocalDate[count];
        var i = 0;
        foreach (var e in events)
        {
            if (e.PublishedOn is { } on && on <= asOf)
            {
                days[i++] = on;
            }
        }

        Array.Sort(days);
        return days;
    }
}
