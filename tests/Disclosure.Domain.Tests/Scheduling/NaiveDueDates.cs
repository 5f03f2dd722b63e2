using Disclosure.Domain.Catalog;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Scheduling;
using Disclosure.Domain.Tests.Calendars;

namespace Disclosure.Domain.Tests.Scheduling;

/// <summary>
/// A deliberately naive reference for the due-date calculator: periods from LocalDate arithmetic, due dates and
/// overdue counts by walking day by day on <see cref="NaiveCalendar"/>, publications matched with LINQ.
/// </summary>
internal static class NaiveDueDates
{
    internal sealed record Row(string Key, LocalDate DueOn, ObligationStatus Status, int OverdueWorkingDays, LocalDate? SatisfiedOn, int LateWorkingDays);

    internal static List<Row> Evaluate(Column column, LocalDate trackingStart, LocalDate asOf, IReadOnlyList<LocalDate> publications, IReadOnlyList<InformationEvent> events, int grace)
    {
        var rows = new List<Row>();
        if (asOf < trackingStart)
        {
            return rows;
        }

        var f = column.Frequency;
        if (!f.IsPeriodic)
        {
            foreach (var e in events.Where(e => e.Column == column.Id && e.FormedOn >= trackingStart && e.FormedOn <= asOf).OrderBy(e => e.FormedOn))
            {
                var due = NaiveCalendar.AddWorkingDays(e.FormedOn, f.WorkingDays!.Value);
                var sat = e.PublishedOn is { } p && p <= asOf ? p : (LocalDate?)null;
                rows.Add(Make(e.FormedOn.ToString("uuuu-MM-dd", null), due, sat, asOf));
            }

            return rows;
        }

        var used = new HashSet<int>();
        var inTime = new HashSet<int>();
        var sorted = publications.Select((d, i) => (d, i)).OrderBy(x => x.d).ToList();
        foreach (var (key, windowStart, periodEnd, due) in Periods(f, trackingStart, asOf, grace))
        {
            var windowEnd = due < asOf ? due : asOf;
            var match = sorted.Where(x => !used.Contains(x.i) && x.d >= windowStart && x.d <= windowEnd).Take(1).ToList();
            LocalDate? sat = null;
            if (match.Count == 1)
            {
                used.Add(match[0].i);
                inTime.Add(match[0].i);
                sat = match[0].d;

                // Everything before the match is out of reach of later windows anyway.
                foreach (var x in sorted.Where(x => x.d < match[0].d))
                {
                    used.Add(x.i);
                }
            }

            rows.Add(Make(key, due, sat, asOf));
        }

        // Late: every publication up to the as-of day that no window took, in date order, goes to the earliest row still
        // unmet whose due date it is after.
        foreach (var (d, _) in sorted.Where(x => x.d <= asOf && !inTime.Contains(x.i)))
        {
            var k = rows.FindIndex(r => r.SatisfiedOn is null);
            if (k >= 0 && rows[k].DueOn < d)
            {
                rows[k] = Make(rows[k].Key, rows[k].DueOn, d, asOf);
            }
        }

        return rows;
    }

    private static IEnumerable<(string Key, LocalDate WindowStart, LocalDate PeriodEnd, LocalDate Due)> Periods(UpdateFrequency f, LocalDate start, LocalDate asOf, int grace)
    {
        if (f.AnnualDeadline is { } deadline)
        {
            for (var y = start.Year - 1; y + 1 <= asOf.Year; y++)
            {
                if (NextWorkingDay(deadline.InYear(y + 1)) < start)
                {
                    continue; // due before the tracking start: never owed
                }

                yield return (y.ToString(System.Globalization.CultureInfo.InvariantCulture), new LocalDate(y + 1, 1, 1), new LocalDate(y, 12, 31), NextWorkingDay(deadline.InYear(y + 1)));
            }

            yield break;
        }

        // Written out per kind, not read from the production table: the reference must be able to disagree with it.
        var months = f.Kind switch
        {
            UpdateFrequencyKind.Monthly => 1,
            UpdateFrequencyKind.Quarterly => 3,
            UpdateFrequencyKind.SemiAnnual => 6,
            UpdateFrequencyKind.Annual => 12,
            _ => throw new ArgumentOutOfRangeException(nameof(f), f.Kind, "no naive periods for this kind"),
        };
        var first = new LocalDate(start.Year, ((start.Month - 1) / months * months) + 1, 1);
        for (var p = first; p <= asOf; p = p.PlusMonths(months))
        {
            var end = p.PlusMonths(months).PlusDays(-1);
            var key = months switch
            {
                1 => p.ToString("uuuu-MM", null),
                3 => $"{p.Year}-Q{((p.Month - 1) / 3) + 1}",
                6 => $"{p.Year}-H{(p.Month < 7 ? 1 : 2)}",
                12 => p.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => throw new ArgumentOutOfRangeException(nameof(f), months, "no naive key format"),
            };
            var due = grace == 0 ? NextWorkingDay(end) : NaiveCalendar.AddWorkingDays(end, grace);
            yield return (key, p, end, due);
        }
    }

    internal static LocalDate NextWorkingDay(LocalDate d)
    {
        while (!NaiveCalendar.IsWorkingDay(d))
        {
            d = d.PlusDays(1);
        }

        return d;
    }

    private static Row Make(string key, LocalDate due, LocalDate? satisfiedOn, LocalDate asOf)
    {
        static int WorkingDaysAfter(LocalDate from, LocalDate through)
        {
            var count = 0;
            for (var d = from.PlusDays(1); d <= through; d = d.PlusDays(1))
            {
                count += NaiveCalendar.IsWorkingDay(d) ? 1 : 0;
            }

            return count;
        }

        if (satisfiedOn is { } on)
        {
            return new Row(key, due, ObligationStatus.Satisfied, 0, on, on > due ? WorkingDaysAfter(due, on) : 0);
        }

        if (asOf > due)
        {
            return new Row(key, due, ObligationStatus.Overdue, WorkingDaysAfter(due, asOf), null, 0);
        }

        return new Row(key, due, ObligationStatus.Due, 0, null, 0);
    }
}
