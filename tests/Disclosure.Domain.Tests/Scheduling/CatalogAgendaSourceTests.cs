using Disclosure.Domain.Calendars;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.RulePacks;
using Disclosure.Domain.Scheduling;

namespace Disclosure.Domain.Tests.Scheduling;

public class CatalogAgendaSourceTests
{
    private static readonly DisclosureCatalog Catalog = RulePack.XuanchengCivilAffairs2024.Catalog;
    private static readonly DueDateCalculator Calculator = new(WorkingDayCalendar.ChinaMainland);
    private static readonly ColumnId Rural = ColumnId.Parse("rural-revitalization");

    [Fact]
    public void ItemsFor_SocialAssistanceQ3_CarriesStatesAsOfTheAgendaDate()
    {
        var log = PublicationLog.Create([new Publication(Rural, new LocalDate(2024, 7, 10))]).BindTo(Catalog);
        var source = new CatalogAgendaSource(Calculator, Catalog, log);

        var items = source.ItemsFor(RulePack.XuanchengCivilAffairs2024.OrgChart, UnitId.Parse("social-assistance"),
            new DateInterval(new LocalDate(2024, 7, 1), new LocalDate(2024, 9, 30)), asOf: new LocalDate(2024, 8, 15))
            .Where(i => i.Reference == "rural-revitalization")
            .Select(i => (i.DueDate, i.Description[..7], i.Status))
            .ToList();

        Assert.Equal(
            [
                (new LocalDate(2024, 7, 1), "2024-06", (ObligationStatus?)ObligationStatus.Overdue),
                (new LocalDate(2024, 7, 31), "2024-07", ObligationStatus.Satisfied),
                (new LocalDate(2024, 9, 2), "2024-08", ObligationStatus.Due), // 08-31 is a Saturday: moved to Monday
                (new LocalDate(2024, 9, 30), "2024-09", null), // not judged yet on 08-15
            ],
            items);
    }

    [Fact]
    public void ItemsFor_SemiAnnualColumn_ListsEachHalfWithItsKeyLabelAndStatus()
    {
        var catalog = new DisclosureCatalogBuilder("测试局", "Test Bureau", new LocalDate(2024, 1, 1))
            .AddColumn(1, "budget-execution", "预算执行情况", "Budget Execution", null, UpdateFrequency.SemiAnnual, Responsibility.Of(UnitId.Parse("office")), "办公室", "每半年更新")
            .Build();
        var source = new CatalogAgendaSource(Calculator, catalog, PublicationLog.Empty);

        var items = source.ItemsFor(RulePack.XuanchengCivilAffairs2024.OrgChart, UnitId.Parse("office"),
            new DateInterval(new LocalDate(2024, 6, 1), new LocalDate(2025, 1, 31)), asOf: new LocalDate(2024, 7, 2))
            .Select(i => (i.DueDate, i.Description, i.Status))
            .ToList();

        Assert.Equal(
            [
                (new LocalDate(2024, 7, 1), "2024-H1 栏目 预算执行情况 — 每半年更新 (办公室, row 1)", (ObligationStatus?)ObligationStatus.Overdue),
                (new LocalDate(2024, 12, 31), "2024-H2 栏目 预算执行情况 — 每半年更新 (办公室, row 1)", ObligationStatus.Due),
            ],
            items);
    }

    [Fact]
    public void ItemsFor_TheUnitOwningTheAnnualReportColumn_HasTheReportDueOn31JanuaryOrTheNextWorkingDay()
    {
        // 条例 第四十九条: the previous year's report by 31 January. 2025-01-31 is in the Spring Festival block (01-28..02-04),
        // so the 2024 report is due Wednesday 2025-02-05; 2026-01-31 is a Saturday, so the 2025 report is due Monday 2026-02-02.
        var pack = RulePack.XuanchengCivilAffairs2024;
        var column = Assert.Single(Catalog.Columns, c => c.Name == "公开年报");
        var owner = pack.OrgChart.FindByName(column.ResponsibleLabel)!;
        var source = new CatalogAgendaSource(Calculator, Catalog, PublicationLog.Empty);
        var window = new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2026, 3, 31));

        var items = source.ItemsFor(pack.OrgChart, owner.Id, window, asOf: new LocalDate(2025, 1, 2))
            .Where(i => i.Reference == column.Id.Value)
            .Select(i => (i.DueDate, i.Description[..4]))
            .ToList();

        Assert.Equal("office", owner.Id.Value);
        Assert.Equal([(new LocalDate(2025, 2, 5), "2024"), (new LocalDate(2026, 2, 2), "2025")], items);
        Assert.DoesNotContain(source.ItemsFor(pack.OrgChart, UnitId.Parse("social-assistance"), window, asOf: new LocalDate(2025, 1, 2)), i => i.Reference == column.Id.Value);
    }

    [Fact]
    public void ItemsFor_AUnitNotInvolved_GetsNoItemForTheColumn()
    {
        var source = new CatalogAgendaSource(Calculator, Catalog, PublicationLog.Empty);
        var range = new DateInterval(new LocalDate(2024, 7, 1), new LocalDate(2024, 9, 30));

        var office = source.ItemsFor(RulePack.XuanchengCivilAffairs2024.OrgChart, UnitId.Parse("office"), range, new LocalDate(2024, 7, 1)).ToList();

        Assert.DoesNotContain(office, i => i.Reference == "rural-revitalization"); // 各相关科室: the office has no topic
        Assert.Contains(office, i => i.Reference == "decision-implementation" && i.Involvement == UnitInvolvement.ByRule); // 各科室
        Assert.Contains(office, i => i.Reference == "emergency-plans" && i.Involvement == UnitInvolvement.Named);
        Assert.All(office, i => Assert.True(range.Contains(i.DueDate)));
    }

    [Fact]
    public void ItemsFor_BeyondTheCalendar_ThrowsCoverage()
    {
        var source = new CatalogAgendaSource(Calculator, Catalog, PublicationLog.Empty);

        Assert.Throws<CalendarCoverageException>(() => source.ItemsFor(RulePack.XuanchengCivilAffairs2024.OrgChart, UnitId.Parse("office"),
            new DateInterval(new LocalDate(2026, 12, 1), new LocalDate(2027, 1, 31)), new LocalDate(2026, 12, 1)).ToList());
    }
}
