using CsCheck;
using Disclosure.Domain.Calendars;

namespace Disclosure.Domain.Tests.Calendars;

public class WorkingDayCalendarTests
{
    // The embedded arrangements of 2024–2026 only, so that the hand-typed reference (NaiveCalendar) covers every year it has
    // and leaving it is leaving coverage. The embedded history (2008–2026) is tested in EmbeddedHistoryTests.
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.FromJson(
        CalendarDataWriter.Write("2024–2026", new[] { 2024, 2025, 2026 }.Select(WorkingDayCalendar.ChinaMainland.GetArrangement)));

    private static readonly Gen<LocalDate> CoveredDate =
        Gen.Int[0, 365 + 365 + 150].Select(i => NaiveCalendar.First.PlusDays(i));

    private static LocalDate D(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    [Fact]
    public void IsWorkingDay_EveryDayOf2024To2026_MatchesTheNotices()
    {
        var mismatches = new List<string>();
        for (var d = NaiveCalendar.First; d <= NaiveCalendar.Last; d = d.PlusDays(1))
        {
            if (China.IsWorkingDay(d) != NaiveCalendar.IsWorkingDay(d))
            {
                mismatches.Add(d.ToString());
            }
        }

        Assert.Empty(mismatches);
        Assert.Equal(1096, Period.DaysBetween(NaiveCalendar.First, NaiveCalendar.Last) + 1);
    }

    [Theory]
    [InlineData(2024, "2024-01-01 2024-02-10 2024-02-11 2024-02-12 2024-04-04 2024-05-01 2024-06-10 2024-09-17 2024-10-01 2024-10-02 2024-10-03")]
    [InlineData(2025, "2025-01-01 2025-01-28 2025-01-29 2025-01-30 2025-01-31 2025-04-04 2025-05-01 2025-05-02 2025-05-31 2025-10-01 2025-10-02 2025-10-03 2025-10-06")]
    [InlineData(2026, "2026-01-01 2026-02-16 2026-02-17 2026-02-18 2026-02-19 2026-04-05 2026-05-01 2026-05-02 2026-06-19 2026-09-25 2026-10-01 2026-10-02 2026-10-03")]
    public void GetDayKind_StatutoryHolidays_AreExactlyTheLawsDays(int year, string expected)
    {
        var statutory = new List<string>();
        for (var d = new LocalDate(year, 1, 1); d.Year == year; d = d.PlusDays(1))
        {
            if (China.GetDayKind(d) == DayKind.StatutoryHoliday)
            {
                statutory.Add(d.ToString("uuuu-MM-dd", null));
            }
        }

        Assert.Equal(expected.Split(' '), statutory);
    }

    [Theory]
    [InlineData("2024-02-09", DayKind.Workday, null)] // 除夕 was not a holiday before 2025
    [InlineData("2024-02-04", DayKind.AdjustedWorkday, null)]
    [InlineData("2024-02-10", DayKind.StatutoryHoliday, "spring-festival")]
    [InlineData("2024-02-15", DayKind.AdjustedRestDay, "spring-festival")]
    [InlineData("2024-02-17", DayKind.AdjustedRestDay, "spring-festival")] // a Saturday inside the block
    [InlineData("2024-02-18", DayKind.AdjustedWorkday, null)]
    [InlineData("2024-02-24", DayKind.RestDay, null)]
    [InlineData("2025-01-28", DayKind.StatutoryHoliday, "spring-festival")] // 除夕 since 2025
    [InlineData("2025-05-02", DayKind.StatutoryHoliday, "labour-day")] // second Labour Day since 2025
    [InlineData("2025-05-31", DayKind.StatutoryHoliday, "dragon-boat")] // on a Saturday
    [InlineData("2025-06-02", DayKind.AdjustedRestDay, "dragon-boat")] // its substitute Monday
    [InlineData("2025-10-06", DayKind.StatutoryHoliday, "mid-autumn")] // 中秋 inside the 国庆 block
    [InlineData("2025-10-08", DayKind.AdjustedRestDay, "national-day")]
    [InlineData("2025-10-11", DayKind.AdjustedWorkday, null)]
    [InlineData("2026-01-02", DayKind.AdjustedRestDay, "new-years-day")]
    [InlineData("2026-01-04", DayKind.AdjustedWorkday, null)]
    [InlineData("2026-04-05", DayKind.StatutoryHoliday, "qingming")] // a Sunday
    [InlineData("2026-04-06", DayKind.AdjustedRestDay, "qingming")]
    [InlineData("2026-02-23", DayKind.AdjustedRestDay, "spring-festival")]
    [InlineData("2026-12-31", DayKind.Workday, null)]
    public void GetDay_HandCheckedDays_HaveKindAndFestival(string date, DayKind kind, string? festival)
    {
        var day = China.GetDay(D(date));

        Assert.Equal(kind, day.Kind);
        Assert.Equal(festival, day.Festival?.Id);
        Assert.False(day.IsProvisional);
        Assert.Equal(kind is DayKind.Workday or DayKind.AdjustedWorkday, day.IsWorkingDay);
    }

    [Theory]
    [InlineData("2025-09-20", 20, "2025-10-23")] // Saturday start; chinese-days findWorkday(20, '2025-09-20')
    [InlineData("2025-09-25", 20, "2025-10-29")] // across 国庆+中秋; chinese-days findWorkday(20, '2025-09-25')
    [InlineData("2024-02-08", 20, "2024-03-13")] // across 春节 2024: 02-09 is 1, 02-18 (adjusted) is 2, … 03-13 is 20
    [InlineData("2024-02-08", 1, "2024-02-09")]
    [InlineData("2024-02-09", 1, "2024-02-18")] // the adjusted working Sunday
    [InlineData("2024-12-31", 1, "2025-01-02")] // across the year end and 元旦
    [InlineData("2023-12-31", 1, "2024-01-02")] // start before coverage: only 2024 days are counted
    [InlineData("2024-02-18", -1, "2024-02-09")]
    [InlineData("2025-10-09", -1, "2025-09-30")]
    [InlineData("2024-10-01", 0, "2024-10-01")] // zero returns the start, even on a holiday
    [InlineData("2027-01-01", 0, "2027-01-01")]
    public void AddWorkingDays_HandWorkedExamples_AreExact(string start, int days, string expected)
    {
        Assert.Equal(D(expected), China.AddWorkingDays(D(start), days));
    }

    [Fact]
    public void AddWorkingDays_RandomStartsAndCounts_MatchTheDayByDayReference()
    {
        Gen.Select(CoveredDate, Gen.Int[-150, 150]).Sample((start, n) =>
        {
            var expected = NaiveCalendar.AddWorkingDays(start, n);
            if (expected < NaiveCalendar.First || expected > NaiveCalendar.Last)
            {
                return Throws(() => China.AddWorkingDays(start, n));
            }

            return China.AddWorkingDays(start, n) == expected;
        });
    }

    [Fact]
    public void CountWorkingDays_OfAddWorkingDays_IsTheCount()
    {
        Gen.Select(CoveredDate, Gen.Int[0, 120]).Sample((start, n) =>
            China.CountWorkingDays(start, China.AddWorkingDays(start, n)) == n);
    }

    [Fact]
    public void CountWorkingDays_RandomRanges_MatchTheReferenceAndAreAntisymmetric()
    {
        Gen.Select(CoveredDate, CoveredDate).Sample((a, b) =>
            China.CountWorkingDays(a, b) == (a <= b ? NaiveCalendar.CountWorkingDays(a, b) : -NaiveCalendar.CountWorkingDays(b, a))
            && China.CountWorkingDays(a, b) == -China.CountWorkingDays(b, a));
    }

    [Fact]
    public void AddWorkingDays_NonZero_LandsOnAWorkingDayAndIsMonotone()
    {
        Gen.Select(CoveredDate, Gen.Int[1, 120]).Sample((start, n) =>
        {
            var r = China.AddWorkingDays(start, n);
            var next = China.AddWorkingDays(start, n + 1);
            return China.IsWorkingDay(r) && r > start && next > r;
        });
    }

    [Fact]
    public void AddWorkingDays_BackwardsFromAWorkingDay_IsTheInverse()
    {
        Gen.Select(CoveredDate, Gen.Int[1, 120]).Where((d, _) => China.IsWorkingDay(d)).Sample((start, n) =>
            China.AddWorkingDays(China.AddWorkingDays(start, n), -n) == start);
    }

    [Fact]
    public void NextWorkingDay_IsTheFirstWorkingDayOnOrAfter()
    {
        Assert.Equal(D("2025-10-09"), China.NextWorkingDay(D("2025-10-01")));
        Assert.Equal(D("2025-10-11"), China.NextWorkingDay(D("2025-10-11")));
        CoveredDate.Sample(d =>
        {
            var expected = d;
            while (!NaiveCalendar.IsWorkingDay(expected))
            {
                expected = expected.PlusDays(1);
            }

            return China.NextWorkingDay(d) == expected;
        });
    }

    [Theory]
    [InlineData("2024-09-10", 20, "2024-09-30")] // 预算法 二十日: ends on a working Monday
    [InlineData("2024-09-11", 20, "2024-10-08")] // ends on 10-01: moved past the 国庆 block (民法典 第203条)
    [InlineData("2025-03-01", 20, "2025-03-21")]
    [InlineData("2025-03-02", 20, "2025-03-24")] // 03-22 is a Saturday
    [InlineData("2025-03-02", 0, "2025-03-03")]
    public void EndOfPeriod_CalendarDays_MovesOffNonWorkingDays(string start, int days, string expected)
    {
        Assert.Equal(D(expected), China.EndOfPeriod(D(start), days));
    }

    [Fact]
    public void EndOfPeriod_NegativeDays_Throws()
    {
        Assert.Throws<ArgumentException>(() => China.EndOfPeriod(D("2025-03-02"), -1));
    }

    [Fact]
    public void IsWorkingDay_UnpublishedYear_ThrowsNamingTheYearAndTheRemedy()
    {
        var e = Assert.Throws<CalendarCoverageException>(() => China.IsWorkingDay(D("2027-01-01")));

        Assert.Equal(2027, e.Year);
        Assert.Contains("2027", e.Message);
        Assert.Contains("2024–2026", e.Message);
        Assert.Contains("WithData", e.Message);
        Assert.Contains("WithProjection", e.Message);
    }

    [Theory]
    [InlineData("2026-12-20", 20, 2027)]
    [InlineData("2024-01-05", -10, 2023)]
    [InlineData("2027-03-01", 1, 2027)]
    [InlineData("2023-06-01", 1, 2023)]
    public void AddWorkingDays_LeavingCoverage_Throws(string start, int days, int year)
    {
        var e = Assert.Throws<CalendarCoverageException>(() => China.AddWorkingDays(D(start), days));

        Assert.Equal(year, e.Year);
    }

    [Fact]
    public void CountWorkingDays_IntoAnUnpublishedYear_Throws()
    {
        Assert.Equal(2027, Assert.Throws<CalendarCoverageException>(() => China.CountWorkingDays(D("2026-12-01"), D("2027-01-10"))).Year);
        Assert.Equal(2023, Assert.Throws<CalendarCoverageException>(() => China.CountWorkingDays(D("2023-12-01"), D("2024-01-10"))).Year);
        Assert.Equal(2027, Assert.Throws<CalendarCoverageException>(() => China.NextWorkingDay(D("2027-01-01"))).Year);
    }

    [Fact]
    public void Coverage_ChinaMainland_IsThePublishedYearsOnly()
    {
        Assert.Equal(Enumerable.Range(2008, 19), WorkingDayCalendar.ChinaMainland.Coverage.PublishedYears);
        Assert.False(WorkingDayCalendar.ChinaMainland.Coverage.ProjectsUnpublishedYears);
        Assert.False(WorkingDayCalendar.ChinaMainland.Coverage.Covers(2027));
        Assert.False(WorkingDayCalendar.ChinaMainland.Coverage.Covers(2007));
        Assert.Equal("2008–2026 (published)", WorkingDayCalendar.ChinaMainland.Coverage.ToString());
    }

    [Fact]
    public void WithProjection_2027_IsProvisionalAndFollowsTheLaw()
    {
        var projected = China.WithProjection();

        // 除夕 02-05 (Fri), 初一–初三 02-06..02-08: two fall on the weekend, so 补假 on Tue 02-09 and Wed 02-10.
        Assert.Equal(DayKind.StatutoryHoliday, projected.GetDayKind(D("2027-02-05")));
        Assert.Equal(DayKind.StatutoryHoliday, projected.GetDayKind(D("2027-02-07")));
        Assert.Equal(DayKind.AdjustedRestDay, projected.GetDayKind(D("2027-02-09")));
        Assert.Equal(DayKind.AdjustedRestDay, projected.GetDayKind(D("2027-02-10")));
        Assert.Equal(DayKind.Workday, projected.GetDayKind(D("2027-02-11")));
        Assert.Equal(Festival.QingmingFestival, projected.GetDay(D("2027-04-05")).Festival);
        Assert.Equal(Festival.DragonBoatFestival, projected.GetDay(D("2027-06-09")).Festival);
        Assert.Equal(Festival.MidAutumnFestival, projected.GetDay(D("2027-09-15")).Festival);
        Assert.Equal(DayKind.RestDay, projected.GetDayKind(D("2027-01-02")));
        Assert.True(projected.GetDay(D("2027-01-04")).IsProvisional);
        Assert.False(projected.GetDay(D("2026-01-05")).IsProvisional);
        Assert.True(projected.GetArrangement(2027).IsProvisional);
        Assert.Empty(projected.GetArrangement(2027).AdjustedWorkdays);
    }

    [Fact]
    public void WithProjection_AnswersAcrossTheBoundary_SayTheyAreProvisional()
    {
        var projected = China.WithProjection();
        var start = D("2026-12-20");

        var due = projected.AddWorkingDays(start, 20);

        Assert.Equal(D("2027-01-18"), due); // 12-21..12-31: 9 working days; 2027-01-01 off; 01-04..01-18: 11 more
        Assert.True(projected.IsProvisional(start, due));
        Assert.False(projected.IsProvisional(D("2026-01-01"), D("2026-12-31")));
        Assert.True(projected.Coverage.IsProvisional(2027));
        Assert.Contains("projected provisionally", projected.Coverage.ToString());
    }

    [Fact]
    public void WithProjection_PublishedYears_StayOfficial()
    {
        var projected = China.WithProjection();
        for (var d = NaiveCalendar.First; d <= NaiveCalendar.Last; d = d.PlusDays(1))
        {
            Assert.Equal(China.GetDay(d), projected.GetDay(d));
        }
    }

    [Fact]
    public void GetArrangement_PublishedYear_CarriesItsProvenance()
    {
        var y2025 = China.GetArrangement(2025);

        Assert.Equal("国务院办公厅关于2025年部分节假日安排的通知", y2025.Source);
        Assert.Equal(D("2024-11-12"), y2025.IssuedOn);
        Assert.Null(y2025.NoticeNumber); // 文号 unverified: not recorded
        Assert.Equal(6, y2025.Holidays.Length);
        Assert.Equal(5, y2025.AdjustedWorkdays.Length);
        Assert.Equal(8, y2025.Holidays[^1].Length);
        Assert.Throws<CalendarCoverageException>(() => China.GetArrangement(2027));
    }

    [Fact]
    public void GetDay_NonIsoDate_IsRefused()
    {
        var julian = new LocalDate(2025, 1, 1, CalendarSystem.Julian);

        Assert.Throws<ArgumentException>(() => China.IsWorkingDay(julian));
    }

    private static bool Throws(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (CalendarCoverageException)
        {
            return true;
        }
    }
}
