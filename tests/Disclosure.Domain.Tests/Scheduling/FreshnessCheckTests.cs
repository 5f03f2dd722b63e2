using System.Collections.Immutable;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.RulePacks;
using Disclosure.Domain.Scheduling;

namespace Disclosure.Domain.Tests.Scheduling;

public class FreshnessCheckTests
{
    private static readonly DisclosureCatalog Xuancheng = RulePack.XuanchengCivilAffairs2024.Catalog;
    private static readonly LocalDate CheckDay = new(2024, 7, 1);

    private static Publication P(string id, int year, int month, int day) => new(ColumnId.Parse(id), new LocalDate(year, month, day));

    [Fact]
    public void GetCategory_SeedColumns_ClassifiesByName()
    {
        var rules = FreshnessRules.Default;
        var dynamics = Xuancheng.Columns.Where(c => rules.GetCategory(c) == FreshnessCategory.DynamicsNews).Select(c => c.SeedRow);
        var notices = Xuancheng.Columns.Where(c => rules.GetCategory(c) == FreshnessCategory.NoticesPolicy).Select(c => c.SeedRow);

        Assert.Equal([37, 45, 46, 48], dynamics);
        Assert.Equal([1, 2, 3, 4, 18, 38, 47, 68, 73], notices);
    }

    [Fact]
    public void GetCategory_Override_Wins()
    {
        var rules = new FreshnessRules { Categories = ImmutableDictionary<ColumnId, FreshnessCategory>.Empty.Add(ColumnId.Parse("wechat-platform"), FreshnessCategory.DynamicsNews) };

        Assert.Equal(FreshnessCategory.DynamicsNews, rules.GetCategory(Xuancheng.GetColumn(ColumnId.Parse("wechat-platform"))));
        Assert.Equal(FreshnessCategory.Other, FreshnessRules.Default.GetCategory(Xuancheng.GetColumn(ColumnId.Parse("wechat-platform"))));
    }

    [Fact]
    public void Evaluate_EmptyLog_EveryColumnIsBlankAndTheBlankVetoTriggers()
    {
        var report = FreshnessCheck.Evaluate(Xuancheng, PublicationLog.Empty, CheckDay);

        Assert.Equal(75, report.BlankCount);
        Assert.Equal(0, report.NotUpdatedCount);
        Assert.Equal(0, report.LongUnupdatedCount);
        Assert.Equal([FreshnessVeto.Blank], report.TriggeredVetoes);
        Assert.Equal("2024-07-01: 75 blank, 0 not updated, 0 long not updated; vetoes: freshness.blank", report.ToString());
    }

    [Fact]
    public void Evaluate_DynamicsWindow_IsFourteenDaysInclusive()
    {
        var log = PublicationLog.Create([P("oversight-progress", 2024, 6, 17), P("standardization-progress", 2024, 6, 16)]);

        var report = FreshnessCheck.Evaluate(Xuancheng, log, CheckDay);

        Assert.False(report.Columns.Single(c => c.Column.SeedRow == 45).IsNotUpdated);
        Assert.True(report.Columns.Single(c => c.Column.SeedRow == 48).IsNotUpdated);
        Assert.Equal(1, report.NotUpdatedCount);
    }

    [Fact]
    public void Evaluate_FiveStaleNoticesColumns_TriggersTheNotUpdatedVeto()
    {
        string[] notices = ["department-documents", "normative-documents", "normative-document-revisions", "higher-level-documents", "special-fund-documents"];
        var stale = PublicationLog.Create(notices.Select(id => P(id, 2023, 12, 31)));
        var four = PublicationLog.Create(notices.Select((id, i) => P(id, i == 0 ? 2024 : 2023, i == 0 ? 1 : 12, i == 0 ? 2 : 31)));

        Assert.Contains(FreshnessVeto.NotUpdated, FreshnessCheck.Evaluate(Xuancheng, stale, CheckDay).TriggeredVetoes);
        Assert.DoesNotContain(FreshnessVeto.NotUpdated, FreshnessCheck.Evaluate(Xuancheng, four, CheckDay).TriggeredVetoes);
    }

    [Fact]
    public void Evaluate_TenColumnsUnupdatedForAYear_TriggersTheLongUnupdatedVeto()
    {
        var old = Xuancheng.Columns.Take(10).Select(c => new Publication(c.Id, new LocalDate(2023, 6, 30)));
        var fresh = Xuancheng.Columns.Skip(10).Select(c => new Publication(c.Id, new LocalDate(2024, 6, 28)));

        var report = FreshnessCheck.Evaluate(Xuancheng, PublicationLog.Create(old.Concat(fresh)), CheckDay);

        Assert.Equal(10, report.LongUnupdatedCount);
        Assert.Equal(0, report.BlankCount);
        Assert.Contains(FreshnessVeto.LongUnupdated, report.TriggeredVetoes);
        Assert.DoesNotContain(FreshnessVeto.Blank, report.TriggeredVetoes);
    }

    [Fact]
    public void Evaluate_ConfiguredThresholdAndEventsAfterTheCheck_AreRespected()
    {
        var rules = new FreshnessRules { BlankThreshold = 76 };
        var events = PublicationLog.Create([], [new InformationEvent(ColumnId.Parse("department-documents"), new LocalDate(2024, 6, 1), new LocalDate(2024, 7, 2))]);

        var report = FreshnessCheck.Evaluate(Xuancheng, events, CheckDay, rules);

        Assert.Empty(report.TriggeredVetoes);
        Assert.Null(report.Columns[0].LastUpdatedOn);
        Assert.Equal(new LocalDate(2024, 7, 2), FreshnessCheck.Evaluate(Xuancheng, events, CheckDay.PlusDays(1)).Columns[0].LastUpdatedOn);
    }

    [Fact]
    public void Rules_NonPositiveThreshold_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => new FreshnessRules { NotUpdatedThreshold = 0 });
        Assert.ThrowsAny<ArgumentException>(() => new DueDateOptions { GraceWorkingDays = -1 });
    }
}
