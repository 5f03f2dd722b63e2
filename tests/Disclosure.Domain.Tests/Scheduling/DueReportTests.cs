using Disclosure.Domain.Calendars;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.RulePacks;
using Disclosure.Domain.Scheduling;

namespace Disclosure.Domain.Tests.Scheduling;

public class DueReportTests
{
    private static readonly DueDateCalculator Calculator = new(WorkingDayCalendar.ChinaMainland);
    private static readonly DisclosureCatalog Xuancheng = RulePack.XuanchengCivilAffairs2024.Catalog;
    private static readonly LocalDate AsOf = new(2024, 7, 1);

    private static DueReport Report() => Calculator.Evaluate(Xuancheng, PublicationLog.Empty, AsOf);

    [Fact]
    public void Obligations_AsEvaluated_AreInSeedRowThenPeriodOrder()
    {
        var rows = Report().Obligations.Select(o => (o.Column.SeedRow, o.PeriodStart)).ToList();

        Assert.Equal(rows.OrderBy(r => r.SeedRow).ThenBy(r => r.PeriodStart), rows);
        Assert.Equal([8, 21, 22, 23, 24, 50, 53, 55], rows.Select(r => r.SeedRow).Distinct());
    }

    [Fact]
    public void OrderByDueDate_Always_SortsByDueDateThenSeedRow()
    {
        var sorted = Report().OrderByDueDate().Obligations;

        Assert.Equal(28, sorted.Length);
        Assert.Equal(sorted.OrderBy(o => o.DueOn).ThenBy(o => o.Column.SeedRow).ThenBy(o => o.PeriodStart), sorted);
        Assert.Equal((24, "2024-01"), (sorted[0].Column.SeedRow, sorted[0].Key));
        Assert.Equal((23, "2024-Q3"), (sorted[^1].Column.SeedRow, sorted[^1].Key));
    }

    [Fact]
    public void WhereResponsible_ByLabel_KeepsThatLabelsColumns()
    {
        var report = Report().WhereResponsible("各相关科室");

        Assert.Equal(7, report.Obligations.Length);
        Assert.All(report.Obligations, o => Assert.Equal("rural-revitalization", o.Column.Id.Value));
    }

    [Fact]
    public void WhereResponsible_ByUnitId_MatchesTheTypedResponsibility()
    {
        var byUnit = Report().WhereResponsible("office");
        var byLabel = Report().WhereResponsible("办公室");

        Assert.Equal(byLabel.Obligations, byUnit.Obligations);
        Assert.Equal(7 + 1 + 1 + 9, byUnit.Obligations.Length); // row 55 monthly, rows 50 and 53 annual, rows 21-23 quarterly
    }

    [Fact]
    public void WhereResponsible_ByTypedValue_KeepsEqualResponsibilities()
    {
        var report = Report().WhereResponsible(Responsibility.AllSections);

        Assert.Equal([8], report.Obligations.Select(o => o.Column.SeedRow).Distinct());
    }

    [Fact]
    public void WhereFrequency_Quarterly_KeepsQuarterlyColumns()
    {
        var report = Report().WhereFrequency(UpdateFrequencyKind.Quarterly);

        Assert.Equal(12, report.Obligations.Length);
        Assert.All(report.Obligations, o => Assert.Equal(ObligationKind.Quarter, o.Kind));
    }

    [Fact]
    public void WhereStatus_AndCount_Agree()
    {
        var report = Report();

        Assert.Equal(16, report.WhereStatus(ObligationStatus.Overdue).Obligations.Length);
        Assert.Equal(12, report.Count(ObligationStatus.Due));
        Assert.Equal(0, report.Count(ObligationStatus.Satisfied));
        Assert.False(report.IsProvisional);
        Assert.Equal(AsOf, report.WhereStatus(ObligationStatus.Due).AsOf);
    }

    [Fact]
    public void ToString_Always_Summarises()
    {
        Assert.Equal("宣城市民政局 on 2024-07-01: 28 obligations, 16 overdue, 12 due, 0 satisfied", Report().ToString());
    }

    [Fact]
    public void Obligation_KeysAndToString_AreStable()
    {
        var o = Report().Obligations.First(o => o.Column.SeedRow == 8);

        Assert.Equal("2024-Q1", o.Key);
        Assert.Equal("decision-implementation 2024-Q1 due 2024-04-01 Overdue (62 working days)", o.ToString());
        Assert.Equal("(default obligation)", default(Obligation).ToString());
    }
}
