using System.Globalization;
using CsCheck;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Scheduling;
using NodaTime.Text;

namespace Disclosure.Domain.Tests.Scheduling;

/// <summary>
/// A display period (公示7个工作日) checked against recorded withdrawals: hand-worked on the 2024 calendar (Mid-Autumn
/// 09-15..09-17 with Saturday 09-14 worked; National Day 10-01..10-07 with Sunday 09-29 and Saturday 10-12 worked,
/// 国办发明电〔2023〕7号) and against a naive day-by-day count.
/// </summary>
public sealed class DisplayPeriodBreachTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.ChinaMainland;
    private static readonly DueDateCalculator Calculator = new(China);
    private static readonly ColumnId Notices = ColumnId.Parse("public-notices");
    private static readonly ColumnId Plain = ColumnId.Parse("plain-timely");

    private static readonly DisclosureCatalog Catalog = new DisclosureCatalogBuilder("测试局", "Test Bureau", new LocalDate(2024, 1, 1))
        .AddColumn(12, "public-notices", "公示公告", "Public notices", null, UpdateFrequency.TimelyWithin(10).WithDisplayPeriod(7), Responsibility.Of(UnitId.Parse("social-assistance")), "社会救助科", "制定或获取信息之日起10个工作日内，公示7个工作日")
        .AddColumn(13, "plain-timely", "工作动态", "News", null, UpdateFrequency.Timely, Responsibility.Of(UnitId.Parse("office")), "办公室")
        .Build();

    private static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    private static DueReport Evaluate(string published, string withdrawn, string asOf, ColumnId? column = null)
    {
        var id = column ?? Notices;
        var log = PublicationLog.Create([], [new InformationEvent(id, D(published).PlusDays(-2), D(published))], [new Withdrawal(id, D(published), D(withdrawn))]);
        return Calculator.Evaluate(Catalog, log, D(asOf));
    }

    [Fact]
    public void Evaluate_WithdrawnOnTheLastDayOfThePeriod_IsNoBreach()
    {
        // Published Wed 09-04: 09-05, 06, 09, 10, 11, 12, 13 are the 7 working days; the period ends Fri 09-13.
        Assert.Empty(Evaluate("2024-09-04", "2024-09-13", "2024-09-30").DisplayBreaches);
    }

    [Fact]
    public void Evaluate_WithdrawnOneWorkingDayEarly_IsABreachShortByOne()
    {
        var breach = Assert.Single(Evaluate("2024-09-04", "2024-09-12", "2024-09-30").DisplayBreaches);

        Assert.Equal((6, 7, 1), (breach.PostedWorkingDays, breach.RequiredWorkingDays, breach.MissingWorkingDays));
        Assert.Equal(D("2024-09-13"), breach.DisplayEndsOn);
        Assert.Equal(Notices, breach.Column.Id);
        Assert.Same(PublicationFindingCodes.DisplayPeriodCut, DisplayPeriodBreach.Code);
        Assert.Equal("PUB001", DisplayPeriodBreach.Code.Id);
        Assert.Equal(D("2024-09-02"), breach.Obligation.PeriodStart);
        Assert.Equal(
            "PUB001 row 12 公示公告 (public-notices): published 2024-09-04, withdrawn 2024-09-12 after 6 of 7 working days of its display period (until 2024-09-13).",
            breach.ToString());
    }

    [Fact]
    public void Evaluate_PeriodOverNationalDay_CountsOnlyWorkingDaysIncludingTheAdjustedWeekends()
    {
        // Published Fri 09-27: Sun 09-29 (1), Mon 09-30 (2), holiday 10-01..10-07, 10-08..10-11 (3..6), Sat 10-12 (7).
        Assert.Empty(Evaluate("2024-09-27", "2024-10-12", "2024-10-31").DisplayBreaches);

        var dayEarly = Assert.Single(Evaluate("2024-09-27", "2024-10-11", "2024-10-31").DisplayBreaches);
        Assert.Equal((6, 1, D("2024-10-12")), (dayEarly.PostedWorkingDays, dayEarly.MissingWorkingDays, dayEarly.DisplayEndsOn));

        // Seven calendar days later (10-04) the item had been up only two working days.
        var inTheHoliday = Assert.Single(Evaluate("2024-09-27", "2024-10-04", "2024-10-31").DisplayBreaches);
        Assert.Equal((2, 5), (inTheHoliday.PostedWorkingDays, inTheHoliday.MissingWorkingDays));
    }

    [Fact]
    public void Evaluate_PeriodOverMidAutumn_TheAdjustedSaturdayCounts()
    {
        // Published Wed 09-11: 09-12 (1), 09-13 (2), Sat 09-14 (3), holiday 09-15..09-17, 09-18..09-21 (4..7: 18, 19, 20, and 09-23).
        Assert.Equal(D("2024-09-23"), China.AddWorkingDays(D("2024-09-11"), 7));
        Assert.Empty(Evaluate("2024-09-11", "2024-09-23", "2024-09-30").DisplayBreaches);
        Assert.Single(Evaluate("2024-09-11", "2024-09-20", "2024-09-30").DisplayBreaches);
    }

    [Fact]
    public void Evaluate_WithdrawalAfterTheAsOfDate_HasNotHappenedYet()
    {
        Assert.Empty(Evaluate("2024-09-04", "2024-09-12", "2024-09-11").DisplayBreaches);
        Assert.Single(Evaluate("2024-09-04", "2024-09-12", "2024-09-12").DisplayBreaches);
    }

    [Fact]
    public void Evaluate_ColumnWithoutADisplayPeriod_AnyWithdrawalIsFine()
    {
        Assert.Empty(Evaluate("2024-09-04", "2024-09-04", "2024-09-30", Plain).DisplayBreaches);
    }

    [Fact]
    public void Evaluate_TwoItemsPublishedTheSameDay_EachWithdrawalTakesOne()
    {
        var log = PublicationLog.Create(
            [],
            [new InformationEvent(Notices, D("2024-09-02"), D("2024-09-04")), new InformationEvent(Notices, D("2024-09-03"), D("2024-09-04"))],
            [new Withdrawal(Notices, D("2024-09-04"), D("2024-09-05")), new Withdrawal(Notices, D("2024-09-04"), D("2024-09-20"))]);

        var breach = Assert.Single(Calculator.Evaluate(Catalog, log, D("2024-09-30")).DisplayBreaches);
        Assert.Equal((D("2024-09-05"), 1), (breach.WithdrawnOn, breach.PostedWorkingDays));
    }

    [Fact]
    public void Filters_KeepAFindingWithItsObligation()
    {
        var report = Evaluate("2024-09-04", "2024-09-12", "2024-09-30");
        var chart = new OrgChart([new Unit(UnitId.Parse("social-assistance"), "社会救助科", null, UnitKind.Section), new Unit(UnitId.Parse("office"), "办公室", null, UnitKind.Section)]);

        Assert.Single(report.WhereResponsible("社会救助科").DisplayBreaches);
        Assert.Single(report.Involving(chart, UnitId.Parse("social-assistance")).DisplayBreaches);
        Assert.Empty(report.Involving(chart, UnitId.Parse("office")).DisplayBreaches);
        Assert.Single(report.WhereStatus(ObligationStatus.Satisfied).OrderByDueDate().DisplayBreaches);
        Assert.Empty(report.WhereStatus(ObligationStatus.Overdue).DisplayBreaches);
    }

    [Fact]
    public void Create_WithdrawalOfNothingPublished_IsRefusedNamingIt()
    {
        var none = Assert.Throws<ArgumentException>(() => PublicationLog.Create([], [new InformationEvent(Notices, D("2024-09-02"), D("2024-09-04"))], [new Withdrawal(Notices, D("2024-09-05"), D("2024-09-06"))]));
        Assert.Contains("'public-notices' published on 2024-09-05", none.Message, StringComparison.Ordinal);

        var twice = Assert.Throws<ArgumentException>(() => PublicationLog.Create([], [new InformationEvent(Notices, D("2024-09-02"), D("2024-09-04"))], [new Withdrawal(Notices, D("2024-09-04"), D("2024-09-06")), new Withdrawal(Notices, D("2024-09-04"), D("2024-09-09"))]));
        Assert.Contains("more withdrawals", twice.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => new Withdrawal(Notices, D("2024-09-04"), D("2024-09-03")));
        Assert.Equal(1, PublicationLog.Create([new Publication(Plain, D("2024-09-04"))], null, [new Withdrawal(Plain, D("2024-09-04"), D("2024-09-04"))]).WithdrawalCount);
    }

    [Fact]
    public void Evaluate_RandomPeriods_AgreeWithANaiveDayByDayCount()
    {
        Gen.Select(Gen.Int[0, 700], Gen.Int[0, 40], Gen.Int[1, 15]).Sample((offset, lag, days) =>
        {
            var published = new LocalDate(2024, 1, 3).PlusDays(offset);
            var withdrawn = published.PlusDays(lag);
            var catalog = new DisclosureCatalogBuilder("测试局", "Test Bureau", new LocalDate(2024, 1, 1))
                .AddColumn(1, "notices", "公示", "Notices", null, UpdateFrequency.Timely.WithDisplayPeriod(days), Responsibility.AllSections, "各科室")
                .Build();
            var id = ColumnId.Parse("notices");
            var log = PublicationLog.Create([], [new InformationEvent(id, published, published)], [new Withdrawal(id, published, withdrawn)]);

            var breaches = Calculator.Evaluate(catalog, log, new LocalDate(2025, 12, 31)).DisplayBreaches;

            // Naive: walk the days after publication up to the withdrawal, counting working days.
            var posted = 0;
            for (var d = published.PlusDays(1); d <= withdrawn; d = d.PlusDays(1))
            {
                posted += China.IsWorkingDay(d) ? 1 : 0;
            }

            var end = published;
            for (var n = 0; n < days;)
            {
                end = end.PlusDays(1);
                n += China.IsWorkingDay(end) ? 1 : 0;
            }

            if (posted >= days)
            {
                Assert.Empty(breaches);
            }
            else
            {
                var b = Assert.Single(breaches);
                Assert.Equal((posted, days - posted, (LocalDate?)end), (b.PostedWorkingDays, b.MissingWorkingDays, b.DisplayEndsOn));
                Assert.True(withdrawn < end, string.Create(CultureInfo.InvariantCulture, $"{published} {withdrawn} {end}"));
            }
        }, iter: 400);
    }
}
