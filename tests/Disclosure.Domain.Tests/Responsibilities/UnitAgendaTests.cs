using Disclosure.Domain.Responsibilities;
using Snapshooter.Xunit3;
using Disclosure.Domain.RulePacks;

namespace Disclosure.Domain.Tests.Responsibilities;

public class UnitAgendaTests
{
    private static readonly OrgChart Chart = RulePack.XuanchengCivilAffairs2024.OrgChart;
    private static readonly DateInterval Q3 = new(new LocalDate(2024, 7, 1), new LocalDate(2024, 9, 30));

    private static object Project(IEnumerable<AgendaItem> items) =>
        items.Select(i => new { Due = i.DueDate.ToString("yyyy-MM-dd", null), Kind = i.Kind.ToString(), i.Reference, Involvement = i.Involvement.ToString(), Status = i.Status?.ToString(), i.Description }).ToList();

    [Fact]
    public void Build_SocialAssistance2024Q3_MatchesSnapshot()
    {
        var log = new[] { new ActivityRecord("open-day", new LocalDate(2024, 5, 10)) };
        var source = AgendaSources.RecurringObligations(RulePack.XuanchengCivilAffairs2024.Obligations, log, GovernmentLevel.City);

        var agenda = UnitAgenda.Build(Chart, UnitId.Parse("social-assistance"), Q3, new LocalDate(2024, 7, 1), source);

        Snapshot.Match(Project(agenda));
    }

    [Fact]
    public void Build_OfficeWholeYear_ListsQuarterlyPublicationsAndTheYearlyTraining()
    {
        var log = new[] { new ActivityRecord("key-tasks-publication", new LocalDate(2024, 4, 15)), new ActivityRecord("disclosure-training", new LocalDate(2024, 11, 5)) };
        var source = AgendaSources.RecurringObligations(RulePack.XuanchengCivilAffairs2024.Obligations, log, GovernmentLevel.City);
        var year = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));

        var agenda = UnitAgenda.Build(Chart, UnitId.Parse("office"), year, new LocalDate(2024, 12, 1), source)
            .Where(i => i.Involvement == UnitInvolvement.Named)
            .Select(i => (i.DueDate, i.Reference, i.Status))
            .ToList();

        Assert.Equal(
            [
                (new LocalDate(2024, 3, 31), "key-tasks-publication", (ObligationStatus?)ObligationStatus.Overdue),
                (new LocalDate(2024, 6, 30), "key-tasks-publication", ObligationStatus.Satisfied),
                (new LocalDate(2024, 9, 30), "key-tasks-publication", ObligationStatus.Overdue),
                (new LocalDate(2024, 12, 31), "disclosure-training", ObligationStatus.Satisfied),
                (new LocalDate(2024, 12, 31), "key-tasks-publication", ObligationStatus.Due),
            ],
            agenda);
    }

    [Fact]
    public void Build_WithCalendar_MarksTheOpenShortPeriodAtRisk()
    {
        var source = AgendaSources.RecurringObligations(RulePack.XuanchengCivilAffairs2024.Obligations, [], GovernmentLevel.City, Disclosure.Domain.Calendars.WorkingDayCalendar.ChinaMainland, 5);

        var agenda = UnitAgenda.Build(Chart, UnitId.Parse("office"), Q3, new LocalDate(2024, 9, 24), source);

        Assert.Equal(
            [("key-tasks-publication", (ObligationStatus?)ObligationStatus.AtRisk), ("open-day-city", ObligationStatus.AtRisk)],
            agenda.Select(i => (i.Reference, i.Status)));
    }

    [Fact]
    public void Build_CountyLevel_UsesTheYearlyOpenDayRule()
    {
        var source = AgendaSources.RecurringObligations(RulePack.XuanchengCivilAffairs2024.Obligations, [], GovernmentLevel.County);
        var year = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));

        var openDays = UnitAgenda.Build(Chart, UnitId.Parse("social-affairs"), year, new LocalDate(2024, 1, 1), source).Where(i => i.Reference.StartsWith("open-day", StringComparison.Ordinal)).ToList();

        var only = Assert.Single(openDays);
        Assert.Equal(("open-day-county", new LocalDate(2024, 12, 31)), (only.Reference, only.DueDate));
    }

    [Fact]
    public void Build_UnknownUnit_ThrowsListingKnownUnits()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => UnitAgenda.Build(Chart, UnitId.Parse("finance"), Q3, Q3.Start));
        Assert.Contains("social-assistance", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SourceReturningForeignItem_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => UnitAgenda.Build(Chart, UnitId.Parse("office"), Q3, Q3.Start, new ForeignSource()));
    }

    [Fact]
    public void Build_CustomSource_IsMergedInDueDateOrder()
    {
        var obligations = AgendaSources.RecurringObligations(RulePack.XuanchengCivilAffairs2024.Obligations, [], GovernmentLevel.City);

        var agenda = UnitAgenda.Build(Chart, UnitId.Parse("office"), Q3, Q3.Start, obligations, new ColumnSource());

        Assert.Equal(
            ["2024-07-31 rural-revitalization", "2024-09-30 key-tasks-publication", "2024-09-30 open-day-city", "2024-09-30 decision-implementation"],
            agenda.Select(i => $"{i.DueDate:yyyy-MM-dd} {i.Reference}"));
    }

    private sealed class ForeignSource : IAgendaSource
    {
        public IEnumerable<AgendaItem> ItemsFor(OrgChart chart, UnitId unit, DateInterval range, LocalDate asOf) =>
            [new AgendaItem(UnitId.Parse("social-assistance"), range.Start, AgendaItemKind.Other, "x", "x", UnitInvolvement.Named)];
    }

    private sealed class ColumnSource : IAgendaSource
    {
        public IEnumerable<AgendaItem> ItemsFor(OrgChart chart, UnitId unit, DateInterval range, LocalDate asOf) =>
        [
            new AgendaItem(unit, new LocalDate(2024, 9, 30), AgendaItemKind.CatalogColumn, "decision-implementation", "季度更新", UnitInvolvement.ByRule),
            new AgendaItem(unit, new LocalDate(2024, 7, 31), AgendaItemKind.CatalogColumn, "rural-revitalization", "每月更新", UnitInvolvement.ByRule),
        ];
    }
}
