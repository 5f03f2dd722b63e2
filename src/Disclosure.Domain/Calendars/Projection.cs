using System.Collections.Immutable;

namespace Disclosure.Domain.Calendars;

/// <summary>
/// The provisional arrangement of a year that has no published notice: the statutory days of
/// 《全国年节及纪念日放假办法》 and, for each statutory day on a weekend, a substitute weekday (补假, 第五条) placed right after
/// its block. Adjusted working days (调休上班) cannot be projected: every weekend stays a rest day.
/// </summary>
internal static class Projection
{
    internal static YearArrangement For(int year)
    {
        var statutory = StatutoryHolidays.For(year);
        var isStatutory = statutory.Select(s => s.Date).ToHashSet();
        var blocks = new List<HolidayBlock>();
        var i = 0;
        while (i < statutory.Length)
        {
            // A block is a run of consecutive statutory days (a 中秋 on 30 September joins 国庆).
            var festival = statutory[i].Festival;
            var start = statutory[i].Date;
            var end = start;
            var weekendDays = IsWeekend(start) ? 1 : 0;
            i++;
            while (i < statutory.Length && Period.DaysBetween(end, statutory[i].Date) <= 1)
            {
                end = statutory[i].Date;
                weekendDays += IsWeekend(end) ? 1 : 0;
                festival = festival.Equals(Festival.MidAutumnFestival) ? statutory[i].Festival : festival;
                i++;
            }

            for (var day = end.PlusDays(1); weekendDays > 0; day = day.PlusDays(1))
            {
                if (!IsWeekend(day) && !isStatutory.Contains(day))
                {
                    weekendDays--;
                }

                end = day;
            }

            blocks.Add(new HolidayBlock(festival, start, end));
        }

        return new YearArrangement(
            year,
            "Projection from 《全国年节及纪念日放假办法》: statutory days and substitute weekdays only; no official notice",
            issuedOn: null,
            noticeNumber: null,
            [.. blocks],
            ImmutableArray<LocalDate>.Empty,
            isProvisional: true);
    }

    private static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
}
