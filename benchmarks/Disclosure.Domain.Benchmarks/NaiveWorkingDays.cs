using Disclosure.Domain.Calendars;
using NodaTime;

namespace Disclosure.Domain.Benchmarks;

/// <summary>
/// The peers' approach, as a baseline: sets of holiday and adjusted-workday dates, and a day-by-day loop.
/// </summary>
internal sealed class NaiveWorkingDays
{
    private readonly HashSet<LocalDate> daysOff = [];
    private readonly HashSet<LocalDate> workdays = [];

    internal NaiveWorkingDays(WorkingDayCalendar calendar)
    {
        foreach (var year in calendar.Coverage.PublishedYears)
        {
            var arrangement = calendar.GetArrangement(year);
            foreach (var block in arrangement.Holidays)
            {
                for (var d = block.Start; d <= block.End; d = d.PlusDays(1))
                {
                    daysOff.Add(d);
                }
            }

            workdays.UnionWith(arrangement.AdjustedWorkdays);
        }
    }

    internal bool IsWorkingDay(LocalDate d) =>
        workdays.Contains(d) || (!daysOff.Contains(d) && d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday));

    internal LocalDate AddWorkingDays(LocalDate start, int n)
    {
        var d = start;
        while (n > 0)
        {
            d = d.PlusDays(1);
            if (IsWorkingDay(d))
            {
                n--;
            }
        }

        return d;
    }

    internal int CountWorkingDays(LocalDate a, LocalDate b)
    {
        var count = 0;
        for (var d = a.PlusDays(1); d <= b; d = d.PlusDays(1))
        {
            count += IsWorkingDay(d) ? 1 : 0;
        }

        return count;
    }
}
