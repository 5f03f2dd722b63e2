using System.Collections.Immutable;
using System.Globalization;

namespace Disclosure.Domain.Calendars;

/// <summary>
/// The statutory holidays of 《全国年节及纪念日放假办法》 for a year, computed from the law's rules: lunar dates from
/// <see cref="ChineseLunisolarCalendar"/>, 清明 from the solar-term formula.
/// </summary>
/// <remarks>
/// Rule sets by revision: 2008–2013 春节 = 除夕–初二; 2014–2024 春节 = 初一–初三; from 2025 (2024 revision, in force
/// 2025-01-01) 春节 = 除夕–初三 and 劳动节 = 1–2 May. Years 2008–2099 only: the 清明 formula below is the
/// 21st-century one, and earlier revisions had other holidays.
/// </remarks>
internal static class StatutoryHolidays
{
    internal const int FirstYear = 2008;
    internal const int LastYear = 2099;

    private static readonly ChineseLunisolarCalendar Lunar = new();

    // Computed once per year: loading and validating calendar data asks for a year's days many times. Each slot is written
    // once with an immutable value (a race computes it twice, harmlessly).
    private static readonly ImmutableArray<(LocalDate Date, Festival Festival)>[] Cache = new ImmutableArray<(LocalDate, Festival)>[LastYear - FirstYear + 1];

    /// <summary>Gets each statutory day of <paramref name="year"/> with its festival, in date order.</summary>
    internal static ImmutableArray<(LocalDate Date, Festival Festival)> For(int year)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Statutory holiday rules are encoded for {FirstYear}–{LastYear} only.");
        }

        var cached = Cache[year - FirstYear];
        if (cached.IsDefault)
        {
            cached = Compute(year);
            Cache[year - FirstYear] = cached;
        }

        return cached;
    }

    private static ImmutableArray<(LocalDate Date, Festival Festival)> Compute(int year)
    {

        var days = new List<(LocalDate, Festival)> { (new LocalDate(year, 1, 1), Festival.NewYearsDay) };

        var lunarNewYear = LunarDate(year, 1, 1);
        var (springFirst, springLast) = year switch
        {
            <= 2013 => (-1, 1),
            <= 2024 => (0, 2),
            _ => (-1, 2),
        };
        for (var offset = springFirst; offset <= springLast; offset++)
        {
            days.Add((lunarNewYear.PlusDays(offset), Festival.SpringFestival));
        }

        days.Add((Qingming(year), Festival.QingmingFestival));
        days.Add((new LocalDate(year, 5, 1), Festival.LabourDay));
        if (year >= 2025)
        {
            days.Add((new LocalDate(year, 5, 2), Festival.LabourDay));
        }

        days.Add((LunarDate(year, 5, 5), Festival.DragonBoatFestival));
        days.Add((LunarDate(year, 8, 15), Festival.MidAutumnFestival));
        for (var day = 1; day <= 3; day++)
        {
            days.Add((new LocalDate(year, 10, day), Festival.NationalDay));
        }

        // 中秋 can fall on 1–3 October (as in 2020); the day is one statutory day, kept under its first festival.
        return [.. days.OrderBy(d => d.Item1).DistinctBy(d => d.Item1)];
    }

    /// <summary>The Gregorian date of a lunar month/day in lunar year <paramref name="lunarYear"/>.</summary>
    private static LocalDate LunarDate(int lunarYear, int month, int day)
    {
        // GetLeapMonth returns the index of the leap month (闰N月 sits at index N+1); months at or after it shift by one.
        var leap = Lunar.GetLeapMonth(lunarYear);
        var index = leap > 0 && leap <= month ? month + 1 : month;
        var dateTime = Lunar.ToDateTime(lunarYear, index, day, 0, 0, 0, 0);
        return new LocalDate(dateTime.Year, dateTime.Month, dateTime.Day);
    }

    /// <summary>清明 by the common 21st-century formula: day = ⌊Y·0.2422 + 4.81⌋ − ⌊Y/4⌋, Y = year mod 100.</summary>
    private static LocalDate Qingming(int year)
    {
        var y = year % 100;
        var day = (int)Math.Floor((y * 0.2422) + 4.81) - (y / 4);
        return new LocalDate(year, 4, day);
    }
}
