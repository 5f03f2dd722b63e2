using CsCheck;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.RulePacks;

namespace Disclosure.Domain.Tests.Responsibilities;

public class RecurringObligationTests
{
    // Open-ended copies of the pack's duties (which end with 2024), so the period mechanics can cross into 2025.
    private static readonly RecurringObligation OpenDayCity = OpenEnded("open-day-city");
    private static readonly RecurringObligation OpenDayCounty = OpenEnded("open-day-county");
    private static readonly RecurringObligation Training = OpenEnded("disclosure-training");

    private static RecurringObligation OpenEnded(string id)
    {
        var o = RulePack.XuanchengCivilAffairs2024.Obligations.Single(o => o.Id == id);
        return new RecurringObligation(o.Id, o.ActivityKind, o.Period, o.MinimumCount, o.Levels, o.Responsible, o.WorkPoint, o.SeedText);
    }

    private static ActivityRecord OpenDay(int year, int month, int day) => new("open-day", new LocalDate(year, month, day));

    [Fact]
    public void Xuancheng2024_Obligations_HaveTheSeedsNumbers()
    {
        Assert.Equal(
            [
                ("public-opinion-solicitation", "year", 1, "city"),
                ("open-day-county", "year", 1, "county"),
                ("open-day-city", "quarter", 1, "city"),
                ("disclosure-training", "year", 1, "city,county"),
                ("key-tasks-publication", "quarter", 1, "city"),
            ],
            RulePack.XuanchengCivilAffairs2024.Obligations.Select(o => (o.Id, o.Period.Id, o.MinimumCount, string.Join(",", o.Levels))));
    }

    [Fact]
    public void Xuancheng2024_SeedText_IsQuotedVerbatimFromItsWorkPoint()
    {
        foreach (var obligation in RulePack.XuanchengCivilAffairs2024.Obligations)
        {
            var point = RulePack.XuanchengCivilAffairs2024.WorkPlan!.Find(obligation.WorkPoint);
            Assert.NotNull(point);
            Assert.Contains(obligation.SeedText, point.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Xuancheng2024_Responsible_MatchesTheWorkPointParties()
    {
        Assert.Equal(Responsibility.EventHost, OpenDayCity.Responsible);
        Assert.Equal(Responsibility.DraftingSection, RulePack.XuanchengCivilAffairs2024.Obligations[0].Responsible);
        Assert.Equal(Responsibility.Of(UnitId.Parse("office")), Training.Responsible);
    }

    [Fact]
    public void Binds_CityAndCounty_SelectTheRightOpenDayRule()
    {
        Assert.Equal(["open-day-city"], RulePack.XuanchengCivilAffairs2024.Obligations.Where(o => o.ActivityKind == "open-day" && o.Binds(GovernmentLevel.City)).Select(o => o.Id));
        Assert.Equal(["open-day-county"], RulePack.XuanchengCivilAffairs2024.Obligations.Where(o => o.ActivityKind == "open-day" && o.Binds(GovernmentLevel.County)).Select(o => o.Id));
        Assert.True(Training.Binds(GovernmentLevel.County));
    }

    [Fact]
    public void Evaluate_CityOpenDaysInQ1AndQ3Only_Q2OverdueQ3SatisfiedQ4NotListed()
    {
        var log = new[] { OpenDay(2024, 3, 31), OpenDay(2024, 7, 1) };

        var statuses = OpenDayCity.Evaluate(log, new LocalDate(2024, 1, 1), new LocalDate(2024, 9, 30));

        Assert.Equal(
            [("2024-Q1", ObligationStatus.Satisfied, 1), ("2024-Q2", ObligationStatus.Overdue, 0), ("2024-Q3", ObligationStatus.Satisfied, 1)],
            statuses.Select(s => (s.Label, s.Status, s.Count)));
        Assert.Equal(new LocalDate(2024, 6, 30), statuses[1].DueDate);
        Assert.Equal(1, statuses[1].Shortfall);
    }

    [Fact]
    public void Evaluate_OnLastDayOfQuarter_IsDueNotOverdue()
    {
        var statuses = OpenDayCity.Evaluate([], new LocalDate(2024, 9, 30), new LocalDate(2024, 9, 30));

        Assert.Equal(ObligationStatus.Due, Assert.Single(statuses).Status);
    }

    [Fact]
    public void Evaluate_DayAfterQuarterEnd_MakesItOverdueAndOpensTheNextQuarter()
    {
        var statuses = OpenDayCity.Evaluate([], new LocalDate(2024, 9, 30), new LocalDate(2024, 10, 1));

        Assert.Equal(
            [("2024-Q3", ObligationStatus.Overdue), ("2024-Q4", ObligationStatus.Due)],
            statuses.Select(s => (s.Label, s.Status)));
    }

    [Fact]
    public void Evaluate_AcrossYearBoundary_CountsEachQuarterSeparately()
    {
        var log = new[] { OpenDay(2024, 12, 31), OpenDay(2025, 1, 1) };

        var statuses = OpenDayCity.Evaluate(log, new LocalDate(2024, 12, 1), new LocalDate(2025, 1, 2));

        Assert.Equal(
            [("2024-Q4", ObligationStatus.Satisfied, 1), ("2025-Q1", ObligationStatus.Satisfied, 1)],
            statuses.Select(s => (s.Label, s.Status, s.Count)));
    }

    [Fact]
    public void Evaluate_CountyYearlyOpenDay_OneInDecemberSatisfiesTheYear()
    {
        var statuses = OpenDayCounty.Evaluate([OpenDay(2024, 12, 31)], new LocalDate(2024, 1, 1), new LocalDate(2025, 2, 1));

        Assert.Equal(
            [("2024", ObligationStatus.Satisfied), ("2025", ObligationStatus.Due)],
            statuses.Select(s => (s.Label, s.Status)));
    }

    [Fact]
    public void Evaluate_SameLogCityVsCounty_CityOverdueInThreeQuartersCountySatisfied()
    {
        var log = new[] { OpenDay(2024, 5, 20) };
        var from = new LocalDate(2024, 1, 1);
        var asOf = new LocalDate(2025, 1, 1);

        Assert.Equal(3, OpenDayCity.Evaluate(log, from, asOf).Count(s => s.Status == ObligationStatus.Overdue));
        Assert.Equal(ObligationStatus.Satisfied, OpenDayCounty.Evaluate(log, from, asOf)[0].Status);
    }

    [Fact]
    public void Evaluate_IgnoresOtherKindsAndRecordsAfterAsOf()
    {
        var log = new[] { new ActivityRecord("disclosure-training", new LocalDate(2024, 8, 1)), OpenDay(2024, 9, 15) };

        var status = OpenDayCity.EvaluateCurrent(log, new LocalDate(2024, 9, 1));

        Assert.Equal((ObligationStatus.Due, 0), (status.Status, status.Count));
    }

    [Fact]
    public void Evaluate_FromAfterAsOf_Throws()
    {
        Assert.Throws<ArgumentException>(() => OpenDayCity.Evaluate([], new LocalDate(2024, 2, 1), new LocalDate(2024, 1, 1)));
    }

    [Fact]
    public void Evaluate_WithCalendar_LastWeekOfQ3_2024_CountsTheAdjustedWorkdayOfSeptember29()
    {
        // After Tuesday 2024-09-24: 25, 26, 27, 29 (Sunday, adjusted working day), 30 → 5 working days.
        var calendar = WorkingDayCalendar.ChinaMainland;

        var atRisk = OpenDayCity.Evaluate([], new LocalDate(2024, 7, 1), new LocalDate(2024, 9, 24), calendar, atRiskWorkingDays: 5);
        var due = OpenDayCity.Evaluate([], new LocalDate(2024, 7, 1), new LocalDate(2024, 9, 24), calendar, atRiskWorkingDays: 4);

        Assert.Equal((ObligationStatus.AtRisk, 5, false), (atRisk[0].Status, atRisk[0].WorkingDaysLeft, atRisk[0].IsProvisional));
        Assert.Equal(ObligationStatus.Due, due[0].Status);
    }

    [Fact]
    public void Evaluate_WithCalendar_SatisfiedAndClosedPeriodsAreNotAtRisk()
    {
        var statuses = OpenDayCity.Evaluate([OpenDay(2024, 9, 2)], new LocalDate(2024, 4, 1), new LocalDate(2024, 9, 29), WorkingDayCalendar.ChinaMainland, 30);

        Assert.Equal([ObligationStatus.Overdue, ObligationStatus.Satisfied], statuses.Select(s => s.Status));
        Assert.Null(statuses[0].WorkingDaysLeft);
        Assert.Equal(1, statuses[1].WorkingDaysLeft);
    }

    [Fact]
    public void Evaluate_WithProjectedCalendar_MarksTheOpenPeriodProvisional()
    {
        var statuses = Training.Evaluate([], new LocalDate(2027, 12, 1), new LocalDate(2027, 12, 1), WorkingDayCalendar.ChinaMainland.WithProjection(), 30);

        Assert.True(statuses[0].IsProvisional);
        Assert.Equal(ObligationStatus.AtRisk, statuses[0].Status);
    }

    [Fact]
    public void Evaluate_WithCalendarOutsideCoverage_ThrowsCoverageException()
    {
        Assert.Throws<CalendarCoverageException>(() => Training.Evaluate([], new LocalDate(2027, 3, 1), new LocalDate(2027, 3, 1), WorkingDayCalendar.ChinaMainland, 5));
    }

    [Fact]
    public void Constructor_MinimumBelowOne_Throws()
    {
        Assert.Throws<ArgumentException>(() => new RecurringObligation("x", "open-day", ObligationPeriod.Year, 0, [GovernmentLevel.City], Responsibility.EventHost, "二(一)2", "text"));
        Assert.Throws<ArgumentException>(() => new RecurringObligation("x", "open-day", ObligationPeriod.Year, 1, [], Responsibility.EventHost, "二(一)2", "text"));
    }

    private static readonly LocalDate Origin = new(2023, 1, 1);
    private static readonly Gen<LocalDate> Date = Gen.OneOf(
        Gen.Int[0, (365 * 4) + 1].Select(i => Origin.PlusDays(i)),
        Gen.Select(Gen.Int[0, 15], Gen.Int[-1, 0]).Select((q, d) => Origin.PlusMonths(3 * q).PlusDays(d))); // quarter and year boundaries

    [Fact]
    public void Evaluate_RandomLogs_MatchesNaiveDayByDayReference()
    {
        Gen.Select(Date.Array[0, 12], Date, Date, Gen.Int[1, 3], Gen.Bool).Sample((dates, a, b, minimum, quarterly) =>
        {
            var (from, asOf) = a <= b ? (a, b) : (b, a);
            var obligation = new RecurringObligation("p", "k", quarterly ? ObligationPeriod.Quarter : ObligationPeriod.Year, minimum, [GovernmentLevel.City], Responsibility.EventHost, "二(一)2", "text");
            var log = dates.Select(d => new ActivityRecord("k", d)).Append(new ActivityRecord("other", from)).ToArray();

            var actual = obligation.Evaluate(log, from, asOf).Select(s => (s.Period.Start, s.Period.End, s.Count, s.Status)).ToList();

            Assert.Equal(NaiveEvaluate(dates, from, asOf, minimum, quarterly), actual);
        });
    }

    [Fact]
    public void Containing_RandomDates_IsTheCalendarQuarterOrYear()
    {
        Date.Sample(date =>
        {
            var quarter = ObligationPeriod.Quarter.Containing(date);
            var year = ObligationPeriod.Year.Containing(date);

            Assert.True(quarter.Contains(date));
            Assert.Equal(((date.Month - 1) / 3 * 3) + 1, quarter.Start.Month);
            Assert.Equal(1, quarter.Start.Day);
            Assert.Equal(quarter.Start.PlusMonths(3), quarter.End.PlusDays(1));
            Assert.Equal(new DateInterval(new LocalDate(date.Year, 1, 1), new LocalDate(date.Year, 12, 31)), year);
            Assert.Equal($"{date.Year}-Q{((date.Month - 1) / 3) + 1}", ObligationPeriod.Quarter.Label(quarter));
        });
    }

    private static List<(LocalDate Start, LocalDate End, int Count, ObligationStatus State)> NaiveEvaluate(LocalDate[] dates, LocalDate from, LocalDate asOf, int minimum, bool quarterly)
    {
        static (int Year, int Part) Key(LocalDate d, bool q) => (d.Year, q ? (d.Month - 1) / 3 : 0);

        var result = new List<(LocalDate, LocalDate, int, ObligationStatus)>();
        var day = new LocalDate(from.Year, 1, 1);
        while (day <= asOf)
        {
            var key = Key(day, quarterly);
            var start = day;
            var end = day;
            while (Key(end.PlusDays(1), quarterly) == key)
            {
                end = end.PlusDays(1);
            }

            if (end >= from)
            {
                var count = dates.Count(d => Key(d, quarterly) == key && d <= asOf);
                var state = count >= minimum ? ObligationStatus.Satisfied : end < asOf ? ObligationStatus.Overdue : ObligationStatus.Due;
                result.Add((start, end, count, state));
            }

            day = end.PlusDays(1);
        }

        return result;
    }

    [Fact]
    public void TryCreate_EveryArgumentWrong_ReportsEachFieldAtOnce()
    {
        Assert.False(RecurringObligation.TryCreate("Bad Id", " ", null, 1001, [GovernmentLevel.City, null, GovernmentLevel.City], null, "", null, out var obligation, out var problems));

        Assert.Null(obligation);
        Assert.Equal(
            [
                ("RP0101", "id"), ("RP0007", "activityKind"), ("RP0007", "period"), ("RP0108", "minimumCount"), ("RP0007", "levels[1]"),
                ("RP0102", "levels[2]"), ("RP0106", "units"), ("RP0007", "workPoint"), ("RP0007", "seedText"),
            ],
            problems.Select(p => (p.Code.Id, p.Location.Field)));
        Assert.All(problems, p => Assert.Equal(("obligations", "Bad Id"), (p.Location.Section, p.Location.EntryId)));
    }

    [Fact]
    public void TryCreate_NoLevels_ReportsLevels()
    {
        Assert.False(RecurringObligation.TryCreate("x", "open-day", ObligationPeriod.Year, 1, [], Responsibility.EventHost, "二(一)2", "text", out _, out var problems));
        Assert.Equal(("RP0007", "levels"), (Assert.Single(problems).Code.Id, problems[0].Location.Field));
        Assert.True(RecurringObligation.TryCreate("x", "open-day", ObligationPeriod.Year, 1, [GovernmentLevel.County], Responsibility.EventHost, "二(一)2", "text", out var made, out var none));
        Assert.Empty(none);
        Assert.Equal([GovernmentLevel.County], made.Levels);
    }
}
