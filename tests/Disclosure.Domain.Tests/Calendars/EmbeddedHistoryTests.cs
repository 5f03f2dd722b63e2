using System.Collections.Immutable;
using CsCheck;
using Disclosure.Domain.Calendars;

namespace Disclosure.Domain.Tests.Calendars;

/// <summary>The embedded history 2008–2026: the law of each year, the amendments, and a deadline across every Spring Festival.</summary>
public class EmbeddedHistoryTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.ChinaMainland;

    private static LocalDate D(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    // Five working days from the day before each Spring Festival block, worked out by hand from the year's notice
    // (block and 上班 days in the comment; the days counted after the arrow).
    [Theory]
    [InlineData("2008-02-05", "2008-02-19")] // 02-06..02-12 off; 13, 14, 15, 18, 19
    [InlineData("2009-01-24", "2009-02-05")] // 01-25..01-31 off, Sun 02-01 上班; 02-01, 2, 3, 4, 5
    [InlineData("2010-02-12", "2010-02-24")] // 02-13..02-19 off, Sat 20 + Sun 21 上班; 20, 21, 22, 23, 24
    [InlineData("2011-02-01", "2011-02-14")] // 02-02 (除夕)..02-08 off, Sat 12 上班; 9, 10, 11, 12, 14
    [InlineData("2012-01-21", "2012-02-02")] // 01-22..01-28 off, Sun 29 上班; 01-29, 30, 31, 02-01, 02
    [InlineData("2013-02-08", "2013-02-20")] // 02-09..02-15 off, Sat 16 + Sun 17 上班; 16, 17, 18, 19, 20
    [InlineData("2014-01-30", "2014-02-12")] // 01-31..02-06 off (除夕 01-30 worked), Sat 08 上班; 7, 8, 10, 11, 12
    [InlineData("2015-02-17", "2015-03-02")] // 02-18..02-24 off, Sat 28 上班; 25, 26, 27, 28, 03-02
    [InlineData("2016-02-06", "2016-02-18")] // 02-07..02-13 off, Sun 14 上班; 14, 15, 16, 17, 18
    [InlineData("2017-01-26", "2017-02-08")] // 01-27..02-02 off, Sat 02-04 上班; 3, 4, 6, 7, 8
    [InlineData("2018-02-14", "2018-02-27")] // 02-15..02-21 off, Sat 24 上班; 22, 23, 24, 26, 27
    [InlineData("2019-02-03", "2019-02-15")] // 02-04..02-10 off; 11, 12, 13, 14, 15
    [InlineData("2020-01-23", "2020-02-07")] // 01-24..02-02 off (extended; Sat 02-01 no longer 上班); 02-03, 4, 5, 6, 7
    [InlineData("2021-02-10", "2021-02-23")] // 02-11..02-17 off, Sat 20 上班; 18, 19, 20, 22, 23
    [InlineData("2022-01-30", "2022-02-11")] // 01-31..02-06 off; 7, 8, 9, 10, 11
    [InlineData("2023-01-20", "2023-02-01")] // 01-21..01-27 off, Sat 28 + Sun 29 上班; 28, 29, 30, 31, 02-01
    [InlineData("2024-02-09", "2024-02-22")] // 02-10..02-17 off, Sun 18 上班; 18, 19, 20, 21, 22
    [InlineData("2025-01-27", "2025-02-10")] // 01-28..02-04 off, Sat 02-08 上班; 5, 6, 7, 8, 10
    [InlineData("2026-02-14", "2026-02-28")] // 02-15..02-23 off, Sat 28 上班; 24, 25, 26, 27, 28
    public void AddWorkingDays_AcrossEachSpringFestival_IsTheHandWorkedDay(string start, string expected)
    {
        Assert.Equal(D(expected), China.AddWorkingDays(D(start), 5));
        Assert.Equal(5, China.CountWorkingDays(D(start), D(expected)));
    }

    [Theory]
    [InlineData("2013-02-09", DayKind.StatutoryHoliday)] // 除夕, statutory 2008–2013
    [InlineData("2014-01-30", DayKind.Workday)]          // 除夕, no longer statutory (2013 revision), not given off in 2014
    [InlineData("2024-02-09", DayKind.Workday)]          // 除夕 2024: the notice only encourages leave
    [InlineData("2025-01-28", DayKind.StatutoryHoliday)] // 除夕 again statutory from 2025 (2024 revision)
    [InlineData("2025-05-02", DayKind.StatutoryHoliday)] // 劳动节 2 days from 2025
    [InlineData("2024-05-02", DayKind.AdjustedRestDay)]  // one day before 2025
    [InlineData("2020-02-01", DayKind.AdjustedRestDay)]  // planned 上班, given off by the extension
    [InlineData("2019-05-02", DayKind.AdjustedRestDay)]  // given off by the 2019-03-22 adjustment
    [InlineData("2019-04-28", DayKind.AdjustedWorkday)]
    [InlineData("2015-09-03", DayKind.StatutoryHoliday)] // the one-off 抗战胜利70周年 day
    [InlineData("2008-01-01", DayKind.StatutoryHoliday)]
    [InlineData("2008-02-02", DayKind.AdjustedWorkday)]
    public void GetDayKind_FollowsTheLawAndNoticesOfItsYear(string date, DayKind kind) => Assert.Equal(kind, China.GetDayKind(D(date)));

    [Fact]
    public void GetArrangement_AmendedYears_ListEveryNoticeInOrder()
    {
        Assert.Equal(
            ["国务院办公厅关于2019年部分节假日安排的通知", "国务院办公厅关于调整2019年劳动节假期安排的通知"],
            China.GetArrangement(2019).Notices.Select(n => n.Title));
        Assert.Equal(
            ["国务院办公厅关于2020年部分节假日安排的通知", "国务院办公厅关于延长2020年春节假期的通知"],
            China.GetArrangement(2020).Notices.Select(n => n.Title));
        Assert.Equal(2, China.GetArrangement(2015).Notices.Length);
        Assert.Single(China.GetArrangement(2016).Notices);
        Assert.Equal(China.GetArrangement(2016).Source, China.GetArrangement(2016).Notices[0].Title);
    }

    [Fact]
    public void ChinaMainland_LoadsEveryYearFrom2008()
    {
        Assert.Equal(Enumerable.Range(2008, 19), China.Coverage.PublishedYears);
        Assert.Throws<CalendarCoverageException>(() => China.IsWorkingDay(D("2007-12-31")));
        Assert.Equal(D("2008-01-02"), China.AddWorkingDays(D("2007-12-31"), 1));
    }

    [Fact]
    public void DataFormat_AnyValidArrangementWrittenAndReadBack_GivesTheSameCalendar()
    {
        var years = Gen.Int[StatutoryHolidays.FirstYear, StatutoryHolidays.LastYear].Array[1, 3].Select(a => a.Distinct().ToArray());
        Gen.Select(years, Gen.Int[0, int.MaxValue]).Sample((set, seed) =>
        {
            var random = new Random(seed);
            var arrangements = set.Order().Select(y => RandomArrangement(y, random)).ToList();

            var calendar = WorkingDayCalendar.FromJson(CalendarDataWriter.Write("property", arrangements));

            foreach (var original in arrangements)
            {
                var read = calendar.GetArrangement(original.Year);
                if (!read.Holidays.SequenceEqual(original.Holidays) || !read.AdjustedWorkdays.SequenceEqual(original.AdjustedWorkdays) ||
                    !read.Notices.SequenceEqual(original.Notices))
                {
                    return false;
                }

                for (var day = new LocalDate(original.Year, 1, 1); day.Year == original.Year; day = day.PlusDays(1))
                {
                    var expected = original.AdjustedWorkdays.Contains(day) ||
                        (!original.Holidays.Any(b => b.Contains(day)) && day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday));
                    if (calendar.IsWorkingDay(day) != expected)
                    {
                        return false;
                    }
                }
            }

            return true;
        }, iter: 200);
    }

    /// <summary>The law's projection of a year, each block widened at random, with random 调休 weekend working days.</summary>
    private static YearArrangement RandomArrangement(int year, Random random)
    {
        var blocks = Projection.For(year).Holidays.ToList();
        var first = new LocalDate(year, 1, 1);
        var last = new LocalDate(year, 12, 31);
        for (var i = 0; i < blocks.Count; i++)
        {
            var lower = i == 0 ? first : blocks[i - 1].End.PlusDays(1);
            var upper = i == blocks.Count - 1 ? last : blocks[i + 1].Start.PlusDays(-1);
            var start = Max(lower, blocks[i].Start.PlusDays(-random.Next(0, 3)));
            var end = Min(upper, blocks[i].End.PlusDays(random.Next(0, 3)));
            blocks[i] = blocks[i] with { Start = start, End = end };
        }

        var workdays = new SortedSet<LocalDate>();
        for (var k = random.Next(0, 9); k > 0; k--)
        {
            var day = first.PlusDays(random.Next(0, 365));
            if (day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday && !blocks.Any(b => b.Contains(day)))
            {
                workdays.Add(day);
            }
        }

        var notices = ImmutableArray.Create(new NoticeReference($"test notice {year}", null, null));
        if (random.Next(2) == 0)
        {
            notices = notices.Add(new NoticeReference($"test amendment {year}", first, "测〔2000〕1号"));
        }

        return new YearArrangement(year, notices[0].Title, null, null, [.. blocks], [.. workdays], isProvisional: false, notices);
    }

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;
}
