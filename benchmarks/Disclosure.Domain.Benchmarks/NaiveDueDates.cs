using Disclosure.Domain.Calendars;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Scheduling;
using NodaTime;

namespace Disclosure.Domain.Benchmarks;

/// <summary>
/// The obvious implementation the calculator is measured against: periods from LocalDate arithmetic, due dates and
/// overdue counts walked day by day with <see cref="WorkingDayCalendar.IsWorkingDay"/>, and LINQ over the whole
/// unindexed log for every column (what a CMS plug-in would write first).
/// </summary>
internal sealed class NaiveDueDates(WorkingDayCalendar calendar)
{
    internal List<(Column Column, string Key, LocalDate DueOn, ObligationStatus Status, int Overdue)> Evaluate(
        DisclosureCatalog catalog, List<Publication> publications, List<InformationEvent> events, LocalDate asOf)
    {
        var result = new List<(Column, string, LocalDate, ObligationStatus, int)>();
        var start = catalog.EffectiveDate;
        foreach (var column in catalog.Columns)
        {
            var f = column.Frequency;
            if (!f.IsPeriodic)
            {
                foreach (var e in events.Where(e => e.Column == column.Id && e.FormedOn >= start && e.FormedOn <= asOf).OrderBy(e => e.FormedOn))
                {
                    var due = e.FormedOn;
                    for (var left = f.WorkingDays!.Value; left > 0;)
                    {
                        due = due.PlusDays(1);
                        left -= calendar.IsWorkingDay(due) ? 1 : 0;
                    }

                    var satisfied = e.PublishedOn is { } p && p <= asOf;
                    result.Add(Make(column, e.FormedOn.ToString("uuuu-MM-dd", null), due, satisfied, asOf));
                }

                continue;
            }

            var used = new HashSet<LocalDate>();
            var months = f.Kind switch
            {
                UpdateFrequencyKind.Monthly => 1,
                UpdateFrequencyKind.Quarterly => 3,
                UpdateFrequencyKind.SemiAnnual => 6,
                UpdateFrequencyKind.Annual => 12,
                _ => throw new ArgumentOutOfRangeException(nameof(catalog), f.Kind, "The naive baseline has no periods for this kind."),
            };
            var deadline = f.AnnualDeadline;
            var first = deadline is null ? new LocalDate(start.Year, ((start.Month - 1) / months * months) + 1, 1) : new LocalDate(start.Year - 1, 1, 1);
            for (var p = first; deadline is null ? p <= asOf : p.Year + 1 <= asOf.Year; p = p.PlusMonths(months))
            {
                var end = p.PlusMonths(months).PlusDays(-1);
                var windowStart = deadline is null ? p : new LocalDate(p.Year + 1, 1, 1);
                var due = deadline is { } d ? d.InYear(p.Year + 1) : end;
                while (!calendar.IsWorkingDay(due))
                {
                    due = due.PlusDays(1);
                }

                var windowEnd = due < asOf ? due : asOf;
                var match = publications
                    .Where(x => x.Column == column.Id && x.On >= windowStart && x.On <= windowEnd && !used.Contains(x.On))
                    .OrderBy(x => x.On)
                    .Select(x => (LocalDate?)x.On)
                    .FirstOrDefault();
                if (match is { } m)
                {
                    used.Add(m);
                }

                var key = months switch
                {
                    1 => p.ToString("uuuu-MM", null),
                    3 => $"{p.Year}-Q{((p.Month - 1) / 3) + 1}",
                    6 => $"{p.Year}-H{(p.Month < 7 ? 1 : 2)}",
                    12 => p.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    _ => throw new ArgumentOutOfRangeException(nameof(catalog), months, "The naive baseline has no key format for this period."),
                };
                result.Add(Make(column, key, due, match is not null, asOf));
            }
        }

        return result;
    }

    private (Column, string, LocalDate, ObligationStatus, int) Make(Column column, string key, LocalDate due, bool satisfied, LocalDate asOf)
    {
        if (satisfied)
        {
            return (column, key, due, ObligationStatus.Satisfied, 0);
        }

        if (asOf <= due)
        {
            return (column, key, due, ObligationStatus.Due, 0);
        }

        var overdue = 0;
        for (var d = due.PlusDays(1); d <= asOf; d = d.PlusDays(1))
        {
            overdue += calendar.IsWorkingDay(d) ? 1 : 0;
        }

        return (column, key, due, ObligationStatus.Overdue, overdue);
    }
}
