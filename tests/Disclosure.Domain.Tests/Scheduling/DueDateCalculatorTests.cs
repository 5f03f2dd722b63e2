using System.Collections.Immutable;
using CsCheck;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.RulePacks;
using Disclosure.Domain.Scheduling;
using Disclosure.Domain.Tests.Calendars;
using Disclosure.Domain.Tests.RulePacks;
using NodaTime.Text;
using Snapshooter.Xunit3;

namespace Disclosure.Domain.Tests.Scheduling;

public class DueDateCalculatorTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.ChinaMainland;
    private static readonly DueDateCalculator Calculator = new(China);

    internal static readonly DisclosureCatalog Test = new DisclosureCatalogBuilder("测试局", "Test Bureau", new LocalDate(2024, 1, 1))
        .AddColumn(1, "monthly", "月度栏目", "Monthly", null, UpdateFrequency.Monthly, Responsibility.Of(UnitId.Parse("office")), "办公室")
        .AddColumn(2, "quarterly", "季度栏目", "Quarterly", null, UpdateFrequency.Quarterly, Responsibility.Of(UnitId.Parse("social-affairs")), "社会事务科")
        .AddColumn(3, "annual", "年度栏目", "Annual", null, UpdateFrequency.Annual, Responsibility.AllSections, "各科室")
        .AddColumn(4, "annual-report", "公开年报", "Annual Report", null, UpdateFrequency.AnnualBy(new AnnualDate(1, 31)), Responsibility.Of(UnitId.Parse("office")), "办公室")
        .AddColumn(5, "timely", "及时栏目", "Timely", null, UpdateFrequency.Timely, Responsibility.AllSections, "各科室")
        .AddColumn(6, "timely-five", "五日栏目", "Timely Five", null, UpdateFrequency.TimelyWithin(5), Responsibility.CaseHandler, "谁承办谁更新")
        .AddColumn(7, "semi-annual", "半年栏目", "Semi-annual", null, UpdateFrequency.SemiAnnual, Responsibility.Of(UnitId.Parse("office")), "办公室", "每半年更新")
        .Build();

    private static readonly ColumnId MonthlyId = ColumnId.Parse("monthly");
    private static readonly ColumnId QuarterlyId = ColumnId.Parse("quarterly");
    private static readonly ColumnId AnnualId = ColumnId.Parse("annual");
    private static readonly ColumnId ReportId = ColumnId.Parse("annual-report");
    private static readonly ColumnId TimelyId = ColumnId.Parse("timely");
    private static readonly ColumnId SemiAnnualId = ColumnId.Parse("semi-annual");

    private static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    private static ImmutableArray<Obligation> Column(ColumnId id, string asOf, PublicationLog? log = null, DueDateCalculator? calculator = null) =>
        (calculator ?? Calculator).EvaluateColumn(Test, Test.GetColumn(id), log ?? PublicationLog.Empty, D(asOf));

    private static Obligation Only(ColumnId id, string asOf, InformationEvent e) =>
        Assert.Single(Column(id, asOf, PublicationLog.Create([], [e])));

    // ---- Timely: hand-worked across the 2024 Spring Festival block (02-10..02-17, adjusted workdays 02-04 and 02-18) ----

    [Fact]
    public void EvaluateColumn_TimelyFormedBeforeSpringFestival_SkipsTheBlockAndCountsAdjustedSunday()
    {
        // 02-06..02-09 (4), Sun 02-18 (5), 02-19..02-23 (10), 02-26..03-01 (15), 03-04..03-08 (20).
        var o = Only(TimelyId, "2024-03-01", new InformationEvent(TimelyId, D("2024-02-05")));

        Assert.Equal(D("2024-03-08"), o.DueOn);
        Assert.Equal(ObligationStatus.Due, o.Status);
        Assert.Equal("2024-02-05", o.Key);
        Assert.Equal(ObligationKind.InformationEvent, o.Kind);
    }

    [Fact]
    public void EvaluateColumn_TimelyFormedOnAHoliday_CountsFromTheNextWorkingDay()
    {
        // Formed Mon 2024-02-12 (春节): Sun 02-18 (1), 02-19..02-23 (6), 02-26..03-01 (11), 03-04..03-08 (16), 03-11..03-14 (20).
        var o = Only(TimelyId, "2024-03-15", new InformationEvent(TimelyId, D("2024-02-12")));

        Assert.Equal(D("2024-03-14"), o.DueOn);
        Assert.Equal(ObligationStatus.Overdue, o.Status);
        Assert.Equal(1, o.OverdueWorkingDays);
    }

    [Fact]
    public void EvaluateColumn_TimelyFormedOnAnAdjustedWorkday_DoesNotCountTheStartDay()
    {
        // Formed Sun 2024-02-04 (调休上班): 02-05..02-09 (5), Sun 02-18 (6), 02-19..02-23 (11), 02-26..03-01 (16), 03-04..03-07 (20).
        var o = Only(TimelyId, "2024-02-04", new InformationEvent(TimelyId, D("2024-02-04")));

        Assert.Equal(D("2024-03-07"), o.DueOn);
        Assert.Equal(ObligationStatus.Due, o.Status);
    }

    [Fact]
    public void EvaluateColumn_TimelyAcrossNationalDay2025_SkipsTheEightDayBlock()
    {
        // Formed Thu 2025-09-25: 09-26 (1), Sun 09-28 (2), 09-29, 09-30 (4); 10-01..10-08 off; 10-09, 10-10, Sat 10-11 (7); ... 10-29 (20).
        var o = Only(TimelyId, "2025-10-30", new InformationEvent(TimelyId, D("2025-09-25")));

        Assert.Equal(D("2025-10-29"), o.DueOn);
        Assert.Equal(ObligationStatus.Overdue, o.Status);
        Assert.Equal(1, o.OverdueWorkingDays);
    }

    [Fact]
    public void EvaluateColumn_TimelyWithPerColumnDays_UsesTheColumnsN()
    {
        var id = ColumnId.Parse("timely-five");

        // Formed Mon 2025-09-29: 09-30 (1), 10-09 (2), 10-10 (3), Sat 10-11 (4), Mon 10-13 (5).
        var o = Assert.Single(Column(id, "2025-10-01", PublicationLog.Create([], [new InformationEvent(id, D("2025-09-29"))])));

        Assert.Equal(D("2025-10-13"), o.DueOn);
    }

    [Fact]
    public void EvaluateColumn_TimelyPublishedLate_IsSatisfiedAndLate()
    {
        var o = Only(TimelyId, "2024-04-01", new InformationEvent(TimelyId, D("2024-02-05"), D("2024-03-20")));

        Assert.Equal(ObligationStatus.Satisfied, o.Status);
        Assert.Equal(D("2024-03-20"), o.SatisfiedOn);
        Assert.True(o.IsLate);
        Assert.Equal(0, o.OverdueWorkingDays);
    }

    [Fact]
    public void EvaluateColumn_TimelyPublishedAfterAsOf_IsNotYetSatisfied()
    {
        var o = Only(TimelyId, "2024-03-11", new InformationEvent(TimelyId, D("2024-02-05"), D("2024-03-20")));

        Assert.Equal(ObligationStatus.Overdue, o.Status);
        Assert.Null(o.SatisfiedOn);
        Assert.Equal(1, o.OverdueWorkingDays);
    }

    [Fact]
    public void EvaluateColumn_TimelyEventsOutsideTrackingOrAfterAsOf_AreNotListed()
    {
        var log = PublicationLog.Create([], [
            new InformationEvent(TimelyId, D("2023-12-20")),
            new InformationEvent(TimelyId, D("2024-05-06")),
            new InformationEvent(TimelyId, D("2024-06-03")),
        ]);

        var obligations = Column(TimelyId, "2024-06-02", log);

        Assert.Equal(["2024-05-06"], obligations.Select(o => o.Key));
    }

    // ---- Periodic: quarter and month boundaries, 2024-02-29, period ends inside holiday blocks ----

    [Theory]
    [InlineData("2024-01", "2024-01-31")]
    [InlineData("2024-02", "2024-02-29")] // leap day, a Thursday
    [InlineData("2024-03", "2024-04-01")] // Sun 03-31 → Mon
    [InlineData("2024-06", "2024-07-01")] // Sun 06-30 → Mon
    [InlineData("2024-08", "2024-09-02")] // Sat 08-31 → Mon
    [InlineData("2024-09", "2024-09-30")]
    [InlineData("2025-01", "2025-02-05")] // Fri 01-31 is inside the Spring Festival block 01-28..02-04
    [InlineData("2025-05", "2025-06-03")] // Sat 05-31 starts the Dragon Boat block 05-31..06-02
    [InlineData("2025-09", "2025-09-30")]
    public void EvaluateColumn_MonthlyWithoutGrace_IsDueOnTheLastDayMovedToAWorkingDay(string month, string due)
    {
        var o = Column(MonthlyId, "2025-12-31").Single(x => x.Key == month);

        Assert.Equal(D(due), o.DueOn);
        Assert.Equal(ObligationKind.Month, o.Kind);
    }

    [Fact]
    public void EvaluateColumn_MonthlyWithGraceAcrossNationalDay2025_CountsWorkingDaysAfterTheBlock()
    {
        var calculator = new DueDateCalculator(China, new DueDateOptions { GraceWorkingDays = 5 });

        // After Tue 2025-09-30: 10-09 (1), 10-10 (2), Sat 10-11 (3), 10-13 (4), 10-14 (5).
        var o = Column(MonthlyId, "2025-10-14", calculator: calculator).Single(x => x.Key == "2025-09");

        Assert.Equal(D("2025-10-14"), o.DueOn);
        Assert.Equal(ObligationStatus.Due, o.Status);
    }

    [Fact]
    public void EvaluateColumn_MonthlyWithGrace_PublicationInTheGraceWindowCountsForThePreviousMonthOnly()
    {
        var calculator = new DueDateCalculator(China, new DueDateOptions { GraceWorkingDays = 5 });
        var log = PublicationLog.Create([new Publication(MonthlyId, D("2025-10-10"))]);

        var obligations = Column(MonthlyId, "2025-11-20", log, calculator);

        var september = obligations.Single(o => o.Key == "2025-09");
        var october = obligations.Single(o => o.Key == "2025-10");
        Assert.Equal(ObligationStatus.Satisfied, september.Status);
        Assert.Equal(D("2025-10-10"), september.SatisfiedOn);
        Assert.Equal(ObligationStatus.Overdue, october.Status);
        Assert.Equal(D("2025-11-07"), october.DueOn); // Fri 10-31 + 5 working days
    }

    [Fact]
    public void EvaluateColumn_PublicationOnLeapDay_SatisfiesFebruaryNotMarch()
    {
        var log = PublicationLog.Create([new Publication(MonthlyId, D("2024-02-29"))]);

        var obligations = Column(MonthlyId, "2024-04-02", log);

        Assert.Equal(ObligationStatus.Satisfied, obligations.Single(o => o.Key == "2024-02").Status);
        var march = obligations.Single(o => o.Key == "2024-03");
        Assert.Equal(ObligationStatus.Overdue, march.Status);
        Assert.Equal(1, march.OverdueWorkingDays);
    }

    [Fact]
    public void EvaluateColumn_QuarterlyAtQuarterBoundaries_HasHandWorkedDueDatesAndStatuses()
    {
        var log = PublicationLog.Create([new Publication(QuarterlyId, D("2024-03-31")), new Publication(QuarterlyId, D("2024-07-01"))]);

        var obligations = Column(QuarterlyId, "2024-10-08", log);

        Assert.Equal(["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"], obligations.Select(o => o.Key));
        Assert.Equal([D("2024-04-01"), D("2024-07-01"), D("2024-09-30"), D("2024-12-31")], obligations.Select(o => o.DueOn));
        Assert.Equal(
            [ObligationStatus.Satisfied, ObligationStatus.Satisfied, ObligationStatus.Overdue, ObligationStatus.Due],
            obligations.Select(o => o.Status));

        // Q2 is due Mon 07-01 (Sun 06-30 moved), so a publication on 07-01 is in time for Q2, and Q3 gets nothing.
        Assert.Equal(D("2024-07-01"), obligations[1].SatisfiedOn);

        // Q3 overdue from 09-30 to 10-08: National Day 10-01..10-07 off, Tue 10-08 is the only working day.
        Assert.Equal(1, obligations[2].OverdueWorkingDays);
    }

    [Fact]
    public void EvaluateColumn_OverdueCountAcrossQingming2024_CountsTheAdjustedSunday()
    {
        // Q1 due Mon 04-01; 04-02, 04-03 (2); 04-04..04-06 off; Sun 04-07 (3); Mon 04-08 (4).
        var q1 = Column(QuarterlyId, "2024-04-08")[0];

        Assert.Equal(ObligationStatus.Overdue, q1.Status);
        Assert.Equal(4, q1.OverdueWorkingDays);
    }

    [Fact]
    public void EvaluateColumn_OnTheDueDate_IsStillDue()
    {
        var q2 = Column(QuarterlyId, "2024-07-01").Single(o => o.Key == "2024-Q2");

        Assert.Equal(ObligationStatus.Due, q2.Status);
    }

    [Fact]
    public void EvaluateColumn_NoHistory_IsOverdueForEveryElapsedPeriodAndDueForTheCurrentOne()
    {
        var obligations = Column(MonthlyId, "2024-07-01");

        Assert.Equal(7, obligations.Length);
        Assert.Equal(5, obligations.Count(o => o.Status == ObligationStatus.Overdue));
        Assert.Equal(["2024-06", "2024-07"], obligations.Where(o => o.Status == ObligationStatus.Due).Select(o => o.Key));
    }

    [Fact]
    public void EvaluateColumn_TrackingStartMidQuarter_OwesThatQuarter()
    {
        var calculator = new DueDateCalculator(China, new DueDateOptions { TrackingStart = D("2024-05-15") });

        Assert.Equal(["2024-Q2", "2024-Q3"], Column(QuarterlyId, "2024-07-02", calculator: calculator).Select(o => o.Key));
        Assert.Empty(Column(QuarterlyId, "2024-05-14", calculator: calculator));
    }

    [Fact]
    public void EvaluateColumn_AnnualWithoutDeadline_IsDueAtTheYearsEnd()
    {
        var obligations = Column(AnnualId, "2025-03-01");

        Assert.Equal(["2024", "2025"], obligations.Select(o => o.Key));
        Assert.Equal(D("2024-12-31"), obligations[0].DueOn);
        Assert.Equal(ObligationStatus.Overdue, obligations[0].Status);
    }

    // ---- Semi-annual (半年更新): halves 01-01..06-30 and 07-01..12-31 ----

    [Fact]
    public void EvaluateColumn_SemiAnnual2024H1_IsDueMondayJuly1BecauseJune30IsASunday()
    {
        var obligations = Column(SemiAnnualId, "2024-07-01");

        Assert.Equal(["2024-H1", "2024-H2"], obligations.Select(o => o.Key));
        var h1 = obligations[0];
        Assert.Equal(ObligationKind.HalfYear, h1.Kind);
        Assert.Equal((D("2024-01-01"), D("2024-06-30"), D("2024-01-01")), (h1.PeriodStart, h1.PeriodEnd, h1.WindowStart));
        Assert.Equal(D("2024-07-01"), h1.DueOn);
        Assert.Equal(ObligationStatus.Due, h1.Status); // the due date itself is in time
        Assert.Equal((D("2024-07-01"), D("2024-12-31"), D("2024-12-31")), (obligations[1].PeriodStart, obligations[1].PeriodEnd, obligations[1].DueOn));
    }

    [Fact]
    public void EvaluateColumn_SemiAnnualUnpublishedOnJuly2_IsOverdueByOneWorkingDay()
    {
        var h1 = Column(SemiAnnualId, "2024-07-02")[0];

        Assert.Equal(ObligationStatus.Overdue, h1.Status);
        Assert.Equal(1, h1.OverdueWorkingDays);
        Assert.Equal("semi-annual 2024-H1 due 2024-07-01 Overdue (1 working days)", h1.ToString());
    }

    [Fact]
    public void EvaluateColumn_SemiAnnualPublishedOnTheMovedDueDate_SatisfiesH1AndNotH2()
    {
        var log = PublicationLog.Create([new Publication(SemiAnnualId, D("2024-07-01"))]);

        var obligations = Column(SemiAnnualId, "2025-01-02", log);

        Assert.Equal(["2024-H1", "2024-H2", "2025-H1"], obligations.Select(o => o.Key));
        Assert.Equal([ObligationStatus.Satisfied, ObligationStatus.Overdue, ObligationStatus.Due], obligations.Select(o => o.Status));
        Assert.Equal(D("2024-07-01"), obligations[0].SatisfiedOn);

        // H2 due Tue 2024-12-31; 2025-01-01 is 元旦, Thu 01-02 is the first working day after it.
        Assert.Equal(1, obligations[1].OverdueWorkingDays);
        Assert.Equal(D("2025-06-30"), obligations[2].DueOn); // Mon 2025-06-30 is a working day
    }

    [Fact]
    public void EvaluateColumn_SemiAnnual2024H2WithGrace_CountsIntoThe2025Calendar()
    {
        var calculator = new DueDateCalculator(China, new DueDateOptions { GraceWorkingDays = 5 });

        // After Tue 2024-12-31: 01-01 元旦 off; Thu 01-02 (1), Fri 01-03 (2), Mon 01-06 (3), 01-07 (4), 01-08 (5).
        var h2 = Column(SemiAnnualId, "2025-01-08", calculator: calculator).Single(o => o.Key == "2024-H2");

        Assert.Equal(D("2025-01-08"), h2.DueOn);
        Assert.Equal(ObligationStatus.Due, h2.Status);
    }

    [Fact]
    public void EvaluateColumn_SemiAnnual2025H2WithGrace_CountsThe2026AdjustedSunday()
    {
        var calculator = new DueDateCalculator(China, new DueDateOptions { GraceWorkingDays = 1 });

        // After Wed 2025-12-31: 元旦 block 2026-01-01..01-03 off, Sun 01-04 is an adjusted working day.
        var h2 = Column(SemiAnnualId, "2026-01-05", calculator: calculator).Single(o => o.Key == "2025-H2");

        Assert.Equal(D("2026-01-04"), h2.DueOn);
        Assert.Equal(ObligationStatus.Overdue, h2.Status);
        Assert.Equal(1, h2.OverdueWorkingDays);
    }

    [Fact]
    public void GetNextDueOn_SemiAnnualWithH1Published_IsTheEndOfH2()
    {
        var log = PublicationLog.Create([new Publication(SemiAnnualId, D("2024-03-15"))]);

        Assert.Equal(D("2024-12-31"), Calculator.GetNextDueOn(Test, Test.GetColumn(SemiAnnualId), log, D("2024-05-01")));
        Assert.Equal(D("2024-07-01"), Calculator.GetNextDueOn(Test, Test.GetColumn(SemiAnnualId), PublicationLog.Empty, D("2024-05-01")));
    }

    [Fact]
    public void Evaluate_PackExtendingTheCityWithASemiAnnualColumn_OwesH1DueJuly1()
    {
        var pack = RulePack.LoadFile(Path.Combine(PackFiles.Examples, "semi-annual-column.pack.json"), null);
        var column = pack.Catalog.GetColumn(ColumnId.Parse("budget-execution"));

        var h1 = Calculator.EvaluateColumn(pack.Catalog, column, PublicationLog.Empty, D("2024-07-02"))[0];

        Assert.Same(UpdateFrequency.SemiAnnual, column.Frequency);
        Assert.Equal("半年更新", column.FrequencyLabel);
        Assert.Equal(("2024-H1", D("2024-07-01"), ObligationStatus.Overdue), (h1.Key, h1.DueOn, h1.Status));
    }

    // ---- Annual reports with a fixed deadline of 31 January ----

    [Fact]
    public void EvaluateColumn_AnnualReportDeadlineInsideSpringFestival2025_MovesToTheFirstWorkingDayAfter()
    {
        // The 2024 report is due Fri 2025-01-31, inside the block 01-28..02-04: Wed 02-05.
        var o = Column(ReportId, "2025-02-05").Single(x => x.Key == "2024");

        Assert.Equal(D("2025-02-05"), o.DueOn);
        Assert.Equal(ObligationStatus.Due, o.Status);
        Assert.Equal(D("2025-01-01"), o.WindowStart);
        Assert.Equal(D("2024-12-31"), o.PeriodEnd);
    }

    [Fact]
    public void EvaluateColumn_AnnualReportDeadlineOnASaturday_MovesToMonday()
    {
        // 2026-01-31 is a Saturday and not an adjusted workday (2026's are 01-04, 02-14, 02-28): Mon 2026-02-02.
        var o = Column(ReportId, "2026-02-03").Single(x => x.Key == "2025");

        Assert.Equal(D("2026-02-02"), o.DueOn);
        Assert.Equal(ObligationStatus.Overdue, o.Status);
        Assert.Equal(1, o.OverdueWorkingDays);
    }

    [Fact]
    public void EvaluateColumn_AnnualReport_FirstOwedReportIsTheOneDueInTheTrackingYear()
    {
        var obligations = Column(ReportId, "2024-07-01");

        var o = Assert.Single(obligations);
        Assert.Equal("2023", o.Key);
        Assert.Equal(D("2024-01-31"), o.DueOn);
    }

    [Fact]
    public void Evaluate_PackEffectiveJuly2024_DoesNotOweThe2023ReportsDueJanuary2024()
    {
        // The county pack is effective 2024-07-01: the 2023 reports were due 2024-01-31, before it; its first is the 2024 report.
        var pack = RulePack.LoadFile(Path.Combine(PackFiles.Examples, "jingxian-civil-affairs-2024.pack.json"));

        var report = new DueDateCalculator(China).Evaluate(pack.Catalog, PublicationLog.Empty, D("2025-03-01"));

        var annual = report.Obligations.Where(o => o.Column.Frequency.AnnualDeadline is not null).ToList();
        Assert.NotEmpty(annual);
        Assert.All(annual, o => Assert.Equal("2024", o.Key));
        Assert.Empty(report.Obligations.Where(o => o.DueOn < D("2024-07-01")));
    }

    [Fact]
    public void EvaluateColumn_AnnualReportTrackedFromMidJanuary_StillOwesLastYearsReport()
    {
        // Tracking from 2024-01-15, inside the 2023 report's window (due 01-31): that report is owed, as the period containing the start.
        var calculator = new DueDateCalculator(China, new DueDateOptions { TrackingStart = D("2024-01-15") });

        Assert.Equal(["2023"], Column(ReportId, "2024-07-01", calculator: calculator).Select(o => o.Key));
        Assert.Equal(D("2025-02-05"), calculator.GetNextDueOn(Test, Test.GetColumn(ReportId), PublicationLog.Create([new Publication(ReportId, D("2024-01-20"))]), D("2024-07-01"))); // 01-31 is in the 2025 Spring Festival block
    }

    [Fact]
    public void EvaluateColumn_AnnualReportPublishedInJanuary_SatisfiesLastYearsReportOnly()
    {
        var log = PublicationLog.Create([new Publication(ReportId, D("2024-01-25")), new Publication(ReportId, D("2024-06-01"))]);

        var obligations = Column(ReportId, "2025-03-01", log);

        Assert.Equal(["2023", "2024"], obligations.Select(o => o.Key));
        Assert.Equal(ObligationStatus.Satisfied, obligations[0].Status);
        Assert.Equal(ObligationStatus.Overdue, obligations[1].Status); // a mid-year publication is not next year's report
    }

    [Fact]
    public void EvaluateColumn_AnnualReportPublishedAfterItsDeadline_SatisfiedLate()
    {
        // The 2024 report was due Wed 2025-02-05 (01-31 fell in the Spring Festival block); published Sat 2025-03-01.
        // Late: 02-06, 02-07, Sat 02-08 (调休上班), 02-10..14, 02-17..21, 02-24..28 = 18 working days.
        var log = PublicationLog.Create([new Publication(ReportId, D("2024-01-25")), new Publication(ReportId, D("2025-03-01"))]);

        var o = Column(ReportId, "2025-06-30", log).Single(x => x.Key == "2024");

        Assert.Equal(ObligationStatus.Satisfied, o.Status);
        Assert.Equal(D("2025-03-01"), o.SatisfiedOn);
        Assert.True(o.IsLate);
        Assert.Equal(18, o.LateWorkingDays);
        Assert.Equal(0, o.OverdueWorkingDays);
    }

    [Fact]
    public void EvaluateColumn_MonthlySkippedJune_OneJulyPublicationIsJulysAndASecondIsJunesLate()
    {
        // June 2024 was due Mon 07-01 (06-30 is a Sunday). 07-05 is in July's window, so it is July's; 07-20 (Sat) is taken by
        // no window and satisfies June late: 07-02..05, 07-08..12, 07-15..19 = 14 working days.
        PublicationLog Log(params string[] days) => PublicationLog.Create(
            new[] { "2024-01-15", "2024-02-15", "2024-03-15", "2024-04-15", "2024-05-15" }.Concat(days).Select(d => new Publication(MonthlyId, D(d))));

        var once = Column(MonthlyId, "2024-08-10", Log("2024-07-05"));
        var twice = Column(MonthlyId, "2024-08-10", Log("2024-07-05", "2024-07-20"));

        Assert.Equal(ObligationStatus.Overdue, once.Single(o => o.Key == "2024-06").Status);
        Assert.Equal(D("2024-07-05"), once.Single(o => o.Key == "2024-07").SatisfiedOn);
        var june = twice.Single(o => o.Key == "2024-06");
        Assert.Equal(ObligationStatus.Satisfied, june.Status);
        Assert.Equal(D("2024-07-20"), june.SatisfiedOn);
        Assert.Equal(14, june.LateWorkingDays);
        Assert.False(twice.Single(o => o.Key == "2024-07").IsLate);
    }

    [Fact]
    public void EvaluateColumn_AnnualReport2026WithoutProjection_ThrowsCoverage()
    {
        var e = Assert.Throws<CalendarCoverageException>(() => Column(ReportId, "2026-12-31").Length + Column(AnnualId, "2026-12-31").Length + Calculator.GetNextDueOn(Test, Test.GetColumn(ReportId), PublicationLog.Empty, D("2026-06-01"))!.Value.Year);

        Assert.Equal(2027, e.Year);
    }

    [Fact]
    public void Evaluate_AnEventDueIn2027WithoutProjection_ThatObligationNeedsThe2027CalendarAndTheRestIsExact()
    {
        // Formed Tue 2026-12-15: 20 working days run into January 2027, which the official calendar does not cover yet.
        var log = PublicationLog.Create([], [new InformationEvent(TimelyId, D("2026-12-15")), new InformationEvent(TimelyId, D("2026-11-02"))]);

        var report = Calculator.Evaluate(Test, log, D("2026-12-20"));

        var late = report.Obligations.Single(o => o.Column.Id == TimelyId && o.Key == "2026-12-15");
        Assert.Equal(2027, late.NeedsCalendarYear);
        Assert.Equal(ObligationStatus.Due, late.Status);
        Assert.Equal(D("2027-01-01"), late.DueOn);
        Assert.False(late.IsProvisional);
        Assert.Contains("due in 2027 or later (needs the 2027 calendar) Due", late.ToString(), StringComparison.Ordinal);
        var november = report.Obligations.Single(o => o.Column.Id == TimelyId && o.Key == "2026-11-02");
        Assert.Null(november.NeedsCalendarYear);
        Assert.Equal(D("2026-11-30"), november.DueOn); // 11-03..06, 11-09..13, 11-16..20, 11-23..27 = 19, 11-30 = 20
        Assert.Equal([2027], report.NeedsCalendarYears);
        Assert.All(report.Obligations.Where(o => o.Column.Id != TimelyId), o => Assert.Null(o.NeedsCalendarYear));

        var projected = new DueDateCalculator(China.WithProjection()).Evaluate(Test, log, D("2026-12-20"));
        var provisional = projected.Obligations.Single(o => o.Column.Id == TimelyId && o.Key == "2026-12-15");
        Assert.Null(provisional.NeedsCalendarYear);
        Assert.True(provisional.IsProvisional);
        Assert.Equal(2027, provisional.DueOn.Year);
        Assert.Empty(projected.NeedsCalendarYears);
    }

    [Fact]
    public void EvaluateColumn_DecemberWithGraceInto2027_NeedsThe2027CalendarButAPublicationStillSatisfiesIt()
    {
        var calculator = new DueDateCalculator(China, new DueDateOptions { GraceWorkingDays = 5 });
        var log = PublicationLog.Create([new Publication(MonthlyId, D("2026-12-10"))]);

        var december = Column(MonthlyId, "2026-12-20", log, calculator).Single(o => o.Key == "2026-12");

        Assert.Equal(2027, december.NeedsCalendarYear);
        Assert.Equal(ObligationStatus.Satisfied, december.Status);
        Assert.Equal(D("2026-12-10"), december.SatisfiedOn);
    }

    [Fact]
    public void EvaluateColumn_AsOfIn2027WithoutProjection_ThrowsCoverage()
    {
        var e = Assert.Throws<CalendarCoverageException>(() => Column(TimelyId, "2027-01-04"));

        Assert.Equal(2027, e.Year);
    }

    [Fact]
    public void EvaluateColumn_AnnualReport2026WithProjection_IsProvisional()
    {
        var calculator = new DueDateCalculator(China.WithProjection());

        var obligations = Column(ReportId, "2027-02-02", calculator: calculator);

        var o = obligations.Single(x => x.Key == "2026");
        Assert.Equal(D("2027-02-01"), o.DueOn); // Sun 2027-01-31 → Mon (projected: 春节 2027 starts 02-05)
        Assert.True(o.IsProvisional);
        Assert.Equal(D("2024-01-31"), obligations.Single(x => x.Key == "2023").DueOn);
    }

    [Fact]
    public void EvaluateColumn_ProjectedCalendarButPublishedYears_IsNotProvisional()
    {
        var calculator = new DueDateCalculator(China.WithProjection());

        Assert.All(Column(QuarterlyId, "2025-06-30", calculator: calculator), o => Assert.False(o.IsProvisional));
        Assert.All(Column(ReportId, "2025-06-30", calculator: calculator), o => Assert.False(o.IsProvisional));
    }

    // ---- Next due date ----

    [Fact]
    public void GetNextDueOn_PeriodicWithCurrentPeriodSatisfied_IsTheNextPeriodsDueDate()
    {
        var log = PublicationLog.Create([new Publication(QuarterlyId, D("2024-07-15"))]);

        Assert.Equal(D("2024-12-31"), Calculator.GetNextDueOn(Test, Test.GetColumn(QuarterlyId), log, D("2024-08-01")));
        Assert.Equal(D("2024-09-30"), Calculator.GetNextDueOn(Test, Test.GetColumn(QuarterlyId), PublicationLog.Empty, D("2024-08-01")));
    }

    [Fact]
    public void GetNextDueOn_AnnualReportAfterThisYearsIsPublished_IsNextJanuarysDeadline()
    {
        var log = PublicationLog.Create([new Publication(ReportId, D("2024-01-10"))]);

        Assert.Equal(D("2025-02-05"), Calculator.GetNextDueOn(Test, Test.GetColumn(ReportId), log, D("2024-03-01")));
    }

    [Fact]
    public void GetNextDueOn_TimelyWithoutPendingInformation_IsNull()
    {
        var log = PublicationLog.Create([], [new InformationEvent(TimelyId, D("2024-03-01"), D("2024-03-05")), new InformationEvent(TimelyId, D("2024-05-06"))]);

        Assert.Null(Calculator.GetNextDueOn(Test, Test.GetColumn(TimelyId), PublicationLog.Empty, D("2024-08-01")));
        // Formed Mon 05-06: 05-07..05-10 (4), Sat 05-11 is an adjusted workday (5), then three full weeks: Fri 05-31 (20).
        Assert.Equal(D("2024-05-31"), Calculator.GetNextDueOn(Test, Test.GetColumn(TimelyId), log, D("2024-05-10")));
    }

    // ---- Whole catalog ----

    [Fact]
    public void Evaluate_LogWithUnknownColumns_ThrowsNamingThem()
    {
        var log = PublicationLog.Create([new Publication(ColumnId.Parse("no-such-column"), D("2024-01-02"))]);

        var e = Assert.Throws<ArgumentException>(() => Calculator.Evaluate(Test, log, D("2024-07-01")));

        Assert.Contains("no-such-column", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AsOfBeforeTrackingStart_IsEmpty()
    {
        Assert.Empty(Calculator.Evaluate(Test, PublicationLog.Empty, D("2024-01-01").PlusDays(-1)).Obligations);
    }

    [Fact]
    public void EvaluateColumn_ColumnOfAnotherCatalog_Throws()
    {
        var other = RulePack.XuanchengCivilAffairs2024.Catalog.Columns[0];

        Assert.Throws<ArgumentException>(() => Calculator.EvaluateColumn(Test, other, PublicationLog.Empty, D("2024-07-01")));
    }

    [Fact]
    public void Evaluate_EmbeddedCatalogOn20240701WithEmptyLog_MatchesSnapshot()
    {
        var report = Calculator.Evaluate(RulePack.XuanchengCivilAffairs2024.Catalog, PublicationLog.Empty, D("2024-07-01"));

        Assert.Equal(28, report.Obligations.Length);
        Assert.Equal(16, report.Count(ObligationStatus.Overdue));
        Snapshot.Match(report.Obligations.Select(o => new
        {
            Column = o.Column.Id.Value,
            o.Column.SeedRow,
            o.Column.Name,
            Obligation = o.Key,
            DueOn = LocalDatePattern.Iso.Format(o.DueOn),
            Status = o.Status.ToString(),
            o.OverdueWorkingDays,
            Responsible = o.ResponsibleLabel,
            o.IsProvisional,
        }).ToList());
    }

    // ---- Properties against the naive reference ----

    private static readonly Gen<LocalDate> Date2024To2026 = Gen.Int[0, 1003].Select(i => new LocalDate(2024, 1, 1).PlusDays(i));

    private static readonly Gen<ColumnId> PeriodicId = OneOf(MonthlyId, QuarterlyId, SemiAnnualId, AnnualId, ReportId);

    [Fact]
    public void EvaluateColumn_RandomHistories_MatchTheNaiveReference()
    {
        // The tracking start varies over 2024, so the first owed period (and, for 公开年报, whether last year's report is owed) varies.
        Gen.Select(PeriodicId, Date2024To2026, Date2024To2026.Array[0, 30], Gen.Int[0, 6], Gen.Int[0, 365]).Sample((id, asOf, pubs, grace, startDay) =>
        {
            var start = new LocalDate(2024, 1, 1).PlusDays(startDay);
            if (asOf.Year == 2026 && (id == ReportId || ((id == AnnualId || id == SemiAnnualId) && grace > 0)))
            {
                asOf = asOf.PlusYears(-1); // due in 2027, outside the official calendar
            }

            var calculator = new DueDateCalculator(China, new DueDateOptions { GraceWorkingDays = id == ReportId ? 0 : grace, TrackingStart = start });
            var log = PublicationLog.Create(pubs.Select(p => new Publication(id, p)));
            var actual = calculator.EvaluateColumn(Test, Test.GetColumn(id), log, asOf)
                .Select(o => new NaiveDueDates.Row(o.Key, o.DueOn, o.Status, o.OverdueWorkingDays, o.SatisfiedOn, o.LateWorkingDays)).ToList();
            var expected = NaiveDueDates.Evaluate(Test.GetColumn(id), start, asOf, pubs, [], id == ReportId ? 0 : grace);
            Assert.Equal(expected, actual);
        });
    }

    [Fact]
    public void EvaluateColumn_RandomEvents_MatchTheNaiveReference()
    {
        var gen = Gen.Select(Gen.Int[0, 900], Gen.Int[-1, 60]).Select((f, p) =>
        {
            var formed = new LocalDate(2024, 1, 1).PlusDays(f);
            return new InformationEvent(TimelyId, formed, p < 0 ? null : formed.PlusDays(p));
        });
        Gen.Select(gen.Array[0, 20], Date2024To2026).Sample((events, asOf) =>
        {
            var log = PublicationLog.Create([], events);
            var actual = Calculator.EvaluateColumn(Test, Test.GetColumn(TimelyId), log, asOf)
                .Select(o => new NaiveDueDates.Row(o.Key, o.DueOn, o.Status, o.OverdueWorkingDays, o.SatisfiedOn, o.LateWorkingDays)).ToList();
            var expected = NaiveDueDates.Evaluate(Test.GetColumn(TimelyId), Test.EffectiveDate, asOf, [], events, 0);
            Assert.Equal(expected.Select(r => (r.DueOn, r.Status, r.OverdueWorkingDays, r.SatisfiedOn)).Order(), actual.Select(r => (r.DueOn, r.Status, r.OverdueWorkingDays, r.SatisfiedOn)).Order());
        });
    }

    [Fact]
    public void EvaluateColumn_PublishedInsideEveryPeriod_IsNeverOverdue()
    {
        var periodic = OneOf(MonthlyId, QuarterlyId, SemiAnnualId, AnnualId);
        Gen.Select(periodic, Date2024To2026, Gen.Int[0, 5], Gen.Int[0, 1000]).Sample((id, asOf, grace, seed) =>
        {
            if (asOf.Year == 2026 && (id == AnnualId || id == SemiAnnualId) && grace > 0)
            {
                asOf = asOf.PlusYears(-1); // due in 2027, outside the official calendar
            }

            var calculator = new DueDateCalculator(China, new DueDateOptions { GraceWorkingDays = grace });
            var months = id == MonthlyId ? 1 : id == QuarterlyId ? 3 : id == SemiAnnualId ? 6 : 12;
            var pubs = new List<Publication>();
            var random = new Random(seed);
            for (var p = new LocalDate(2024, 1, 1); p <= asOf; p = p.PlusMonths(months))
            {
                var length = Period.DaysBetween(p, p.PlusMonths(months));
                var day = p.PlusDays(random.Next(length));
                pubs.Add(new Publication(id, day <= asOf ? day : asOf));
            }

            var obligations = calculator.EvaluateColumn(Test, Test.GetColumn(id), PublicationLog.Create(pubs), asOf);
            Assert.DoesNotContain(obligations, o => o.Status == ObligationStatus.Overdue);
        });
    }

    [Fact]
    public void EvaluateColumn_TimelyDueDates_AreWorkingDaysAndMatchTheNaiveCount()
    {
        Gen.Select(Gen.Int[0, 1000], Gen.Int[1, 40]).Sample((f, n) =>
        {
            var formed = new LocalDate(2024, 1, 1).PlusDays(f);
            var catalog = new DisclosureCatalogBuilder("测试局", "Test Bureau", new LocalDate(2024, 1, 1))
                .AddColumn(1, "timely", "及时栏目", "Timely", null, UpdateFrequency.TimelyWithin(n), Responsibility.AllSections, "各科室")
                .Build();
            var o = Assert.Single(Calculator.EvaluateColumn(catalog, catalog.Columns[0], PublicationLog.Create([], [new InformationEvent(TimelyId, formed)]), formed));
            Assert.True(NaiveCalendar.IsWorkingDay(o.DueOn));
            Assert.Equal(NaiveCalendar.AddWorkingDays(formed, n), o.DueOn);
        }, iter: 300);
    }

    [Fact]
    public void Evaluate_LaterAsOfWithoutNewPublications_NeverTurnsOverdueIntoSatisfied()
    {
        var anyId = OneOf(MonthlyId, QuarterlyId, SemiAnnualId, AnnualId, ReportId);
        var pub = Gen.Select(anyId, Date2024To2026).Select((id, d) => new Publication(id, d));
        var evt = Gen.Select(Date2024To2026, Gen.Int[-1, 60]).Select((d, p) => new InformationEvent(TimelyId, d, p < 0 ? null : d.PlusDays(p)));
        Gen.Select(pub.Array[0, 40], evt.Array[0, 10], Date2024To2025(), Gen.Int[0, 300]).Sample((pubs, events, first, later) =>
        {
            var second = first.PlusDays(later);
            if (second.Year > 2025)
            {
                second = new LocalDate(2025, 12, 31);
            }

            // No new publication: keep only what was already published by the first date.
            var log = PublicationLog.Create(
                pubs.Where(p => p.On <= first),
                events.Select(e => e.PublishedOn is { } on && on > first ? new InformationEvent(e.Column, e.FormedOn) : e));
            var before = Calculator.Evaluate(Test, log, first).Obligations;
            var after = Calculator.Evaluate(Test, log, second).Obligations
                .ToLookup(o => (o.Column.Id, o.Key, o.PeriodStart));
            // Two information events of one column formed on one day share a key: compare counts per key, not items
            // (CsCheck seed egyoFGqBLWI1 found the unpublished one of such a pair matched against its published twin).
            foreach (var group in before.Where(o => o.Status == ObligationStatus.Overdue).GroupBy(o => (o.Column.Id, o.Key, o.PeriodStart)))
            {
                Assert.True(
                    after[group.Key].Count(a => a.Status == ObligationStatus.Overdue) >= group.Count(),
                    $"{group.Key}: {group.Count()} overdue on {first}, fewer on {second}");
            }
        });
    }

    private static Gen<ColumnId> OneOf(params ColumnId[] ids) => Gen.Int[0, ids.Length - 1].Select(i => ids[i]);

    private static Gen<LocalDate> Date2024To2025() => Gen.Int[0, 730].Select(i => new LocalDate(2024, 1, 1).PlusDays(i));
}
