using System.Collections.Immutable;
using System.Globalization;
using CsCheck;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.RulePacks;
using Disclosure.Domain.Scheduling;

namespace Disclosure.Domain.Tests.Scheduling;

public class FreshnessCheckTests
{
    private static readonly DisclosureCatalog Xuancheng = RulePack.XuanchengCivilAffairs2024.Catalog;
    private static readonly LocalDate CheckDay = new(2024, 7, 1);

    private static readonly ColumnId Documents = ColumnId.Parse("department-documents");

    private static Publication P(string id, int year, int month, int day) => new(ColumnId.Parse(id), new LocalDate(year, month, day));

    private static Withdrawal W(string id, int month, int publishedDay, int withdrawnMonth, int withdrawnDay) =>
        new(ColumnId.Parse(id), new LocalDate(2024, month, publishedDay), new LocalDate(2024, withdrawnMonth, withdrawnDay));

    private static ColumnFreshness Of(FreshnessReport report, ColumnId id) => report.Columns.Single(c => c.Column.Id == id);

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
    public void Evaluate_OnlyItemWithdrawn_ColumnIsBlank()
    {
        var log = PublicationLog.Create([P("department-documents", 2024, 6, 3)], null, [W("department-documents", 6, 3, 6, 10)]);

        var column = Of(FreshnessCheck.Evaluate(Xuancheng, log, CheckDay), Documents);

        Assert.True(column.IsBlank);
        Assert.Null(column.LastUpdatedOn);
        Assert.False(column.IsNotUpdated);
        // Before the withdrawal the inspector saw it.
        Assert.Equal(new LocalDate(2024, 6, 3), Of(FreshnessCheck.Evaluate(Xuancheng, log, new LocalDate(2024, 6, 9)), Documents).LastUpdatedOn);
    }

    [Fact]
    public void Evaluate_LatestItemWithdrawn_CountsThePreviousItemsDate()
    {
        // Row 45 is a dynamics/news column: with its 06-28 item taken down it has had nothing for more than two weeks.
        var log = PublicationLog.Create(
            [P("department-documents", 2024, 5, 6), P("department-documents", 2024, 6, 20), P("oversight-progress", 2024, 5, 2), P("oversight-progress", 2024, 6, 28)],
            null,
            [W("department-documents", 6, 20, 6, 25), W("oversight-progress", 6, 28, 6, 30)]);

        var report = FreshnessCheck.Evaluate(Xuancheng, log, CheckDay);

        Assert.Equal(new LocalDate(2024, 5, 6), Of(report, Documents).LastUpdatedOn);
        var news = Of(report, ColumnId.Parse("oversight-progress"));
        Assert.Equal((new LocalDate(2024, 5, 2), true), (news.LastUpdatedOn, news.IsNotUpdated));
    }

    [Fact]
    public void Evaluate_WithdrawnAfterTheCheckDate_StillCounts_WithdrawnOnIt_DoesNot()
    {
        var after = PublicationLog.Create([P("department-documents", 2024, 6, 20)], null, [W("department-documents", 6, 20, 7, 2)]);
        var onTheDay = PublicationLog.Create([P("department-documents", 2024, 6, 20)], null, [W("department-documents", 6, 20, 7, 1)]);

        Assert.Equal(new LocalDate(2024, 6, 20), Of(FreshnessCheck.Evaluate(Xuancheng, after, CheckDay), Documents).LastUpdatedOn);
        Assert.True(Of(FreshnessCheck.Evaluate(Xuancheng, after, CheckDay.PlusDays(1)), Documents).IsBlank);
        Assert.True(Of(FreshnessCheck.Evaluate(Xuancheng, onTheDay, CheckDay), Documents).IsBlank);
    }

    [Fact]
    public void Evaluate_WithdrawalOfOneOfADaysItems_KeepsTheDayWhileAnotherIsUp()
    {
        // An event's publication recorded as a publication too is one item; two publications of a day are two.
        var same = PublicationLog.Create(
            [P("department-documents", 2024, 6, 20)],
            [new InformationEvent(Documents, new LocalDate(2024, 6, 18), new LocalDate(2024, 6, 20))],
            [W("department-documents", 6, 20, 6, 21)]);
        var two = PublicationLog.Create([P("department-documents", 2024, 6, 20), P("department-documents", 2024, 6, 20)], null, [W("department-documents", 6, 20, 6, 21)]);
        var events = PublicationLog.Create(
            [],
            [new InformationEvent(Documents, new LocalDate(2024, 6, 1), new LocalDate(2024, 6, 3)), new InformationEvent(Documents, new LocalDate(2024, 6, 18), new LocalDate(2024, 6, 20))],
            [W("department-documents", 6, 20, 6, 21)]);

        Assert.True(Of(FreshnessCheck.Evaluate(Xuancheng, same, CheckDay), Documents).IsBlank);
        Assert.Equal(new LocalDate(2024, 6, 20), Of(FreshnessCheck.Evaluate(Xuancheng, two, CheckDay), Documents).LastUpdatedOn);
        Assert.Equal(new LocalDate(2024, 6, 3), Of(FreshnessCheck.Evaluate(Xuancheng, events, CheckDay), Documents).LastUpdatedOn);
    }

    [Fact]
    public void Evaluate_EveryItemOfFiveColumnsWithdrawn_TriggersTheBlankVeto()
    {
        var ids = Xuancheng.Columns.Select(c => c.Id).ToList();
        var publications = ids.Select(id => new Publication(id, new LocalDate(2024, 6, 3)));
        var withdrawals = ids.Take(5).Select(id => new Withdrawal(id, new LocalDate(2024, 6, 3), new LocalDate(2024, 6, 4)));

        var report = FreshnessCheck.Evaluate(Xuancheng, PublicationLog.Create(publications, null, withdrawals), CheckDay);

        Assert.Equal(5, report.BlankCount);
        Assert.Equal([FreshnessVeto.Blank], report.TriggeredVetoes);
        Assert.Empty(FreshnessCheck.Evaluate(Xuancheng, PublicationLog.Create(publications, null, withdrawals.Skip(1)), CheckDay).TriggeredVetoes);
    }

    [Fact]
    public void Evaluate_RandomLogsWithWithdrawals_AgreeWithANaiveDayByDayLook()
    {
        // Rows 1-4, notices/policy columns (6-month window). Items fall in 13 weeks, publications on each week's first day and
        // events 0-2 days later, so that days are shared; each withdrawal candidate names one of the items; the check date
        // is a day of those weeks, a withdrawal day, or a year later.
        var ids = Xuancheng.Columns.Take(4).Select(c => c.Id).ToArray();
        var start = new LocalDate(2023, 6, 1);
        var gen =
            from publications in Gen.Select(Gen.Int[0, 3], Gen.Int[0, 12]).Array[0, 12]
            from events in Gen.Select(Gen.Int[0, 3], Gen.Int[0, 12], Gen.Int[-1, 2]).Array[0, 10]
            from withdrawals in Gen.Select(Gen.Int[0, 1000], Gen.Int[0, 10]).Array[0, 14]
            from asOf in Gen.Select(Gen.Int[0, 2], Gen.Int[-3, 100], Gen.Int[0, 1000])
            select (publications, events, withdrawals, asOf);

        gen.Sample(t =>
        {
            var pubs = t.publications.Select(p => new Publication(ids[p.Item1], start.PlusDays(7 * p.Item2))).ToList();
            var evts = t.events.Select(e => new InformationEvent(ids[e.Item1], start.PlusDays(7 * e.Item2), e.Item3 < 0 ? null : start.PlusDays((7 * e.Item2) + e.Item3))).ToList();
            int Items(ColumnId id, LocalDate day) => Math.Max(pubs.Count(p => p.Column == id && p.On == day), evts.Count(e => e.Column == id && e.PublishedOn == day));
            var items = pubs.Select(p => (p.Column, Day: p.On)).Concat(evts.Where(e => e.PublishedOn is not null).Select(e => (e.Column, Day: e.PublishedOn!.Value))).ToList();

            // Keep the candidates that name an item not yet taken, so the log accepts them.
            var wds = new List<Withdrawal>();
            foreach (var (index, lag) in items.Count == 0 ? [] : t.withdrawals)
            {
                var (id, published) = items[index % items.Count];
                if (wds.Count(w => w.Column == id && w.PublishedOn == published) < Items(id, published))
                {
                    wds.Add(new Withdrawal(id, published, published.PlusDays(lag)));
                }
            }

            var asOf = t.asOf switch
            {
                (1, _, var k) when wds.Count > 0 => wds[k % wds.Count].WithdrawnOn,
                (2, var day, _) => start.PlusDays(350 + day),
                (_, var day, _) => start.PlusDays(day),
            };
            var report = FreshnessCheck.Evaluate(Xuancheng, PublicationLog.Create(pubs, evts, wds), asOf);

            foreach (var id in ids)
            {
                // Naive: from the check date back day by day, the first day with more items than withdrawals made by then.
                LocalDate? last = null;
                for (var d = asOf; d >= start; d = d.PlusDays(-1))
                {
                    if (Items(id, d) > wds.Count(w => w.Column == id && w.PublishedOn == d && w.WithdrawnOn <= asOf))
                    {
                        last = d;
                        break;
                    }
                }

                var column = Of(report, id);
                Assert.Equal(FreshnessCategory.NoticesPolicy, column.Category);
                Assert.Equal(last, column.LastUpdatedOn);
                Assert.Equal(last is null, column.IsBlank);
                Assert.Equal(last is { } l && l < asOf - FreshnessRules.Default.NoticesPolicyWindow, column.IsNotUpdated);
                Assert.Equal(last is { } m && m < asOf - FreshnessRules.Default.LongUnupdatedWindow, column.IsLongUnupdated);
            }
        }, iter: 500);
    }

    [Fact]
    public void Rules_NonPositiveThreshold_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => new FreshnessRules { NotUpdatedThreshold = 0 });
        Assert.ThrowsAny<ArgumentException>(() => new DueDateOptions { GraceWorkingDays = -1 });
    }

    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public void Names_CategoriesAndVetoes_ReadInBothLanguages()
    {
        Assert.Equal(["其他", "动态、要闻类", "通知公告、政策文件类"], Enum.GetValues<FreshnessCategory>().Select(c => FreshnessCategoryNames.GetName(c, Chinese)));
        Assert.Equal(["other", "dynamics/news", "notices/policy"], Enum.GetValues<FreshnessCategory>().Select(c => FreshnessCategoryNames.GetName(c, English)));
        Assert.Throws<ArgumentOutOfRangeException>(() => FreshnessCategoryNames.GetName((FreshnessCategory)3, English));
        Assert.Equal(["不更新栏目", "长期未更新栏目", "空白栏目"], FreshnessVeto.All.Select(v => v.GetName(Chinese)));
        Assert.Equal(["not updated", "long not updated", "blank"], FreshnessVeto.All.Select(v => v.GetName(English)));
        Assert.Equal("空白栏目数量超过（含）阈值（默认5个）（国办秘函〔2019〕19号）。", FreshnessVeto.Blank.GetDescription(Chinese));
        // Description is the neutral English text, whatever the thread's culture.
        Assert.All(FreshnessVeto.All, v => Assert.Equal(v.GetDescription(CultureInfo.InvariantCulture), v.Description));
        Assert.StartsWith("Blank columns reach the threshold", FreshnessVeto.Blank.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void CountsTowardAndCount_AgreeWithTheFlags_AndThresholdsAndWindowsComeFromTheRules()
    {
        var rules = new FreshnessRules { NotUpdatedThreshold = 2, LongUnupdatedThreshold = 3, BlankThreshold = 4, DynamicsNewsWindow = Period.FromDays(7) };
        var log = PublicationLog.Create(Xuancheng.Columns.Skip(3).Select((c, i) => new Publication(c.Id, CheckDay.PlusDays(-3 * i))));

        var report = FreshnessCheck.Evaluate(Xuancheng, log, CheckDay, rules);

        Assert.Equal(3, report.Count(FreshnessVeto.Blank));
        Assert.Equal(report.Columns.Count(c => c.IsNotUpdated), report.Count(FreshnessVeto.NotUpdated));
        Assert.Equal(report.Columns.Count(c => c.IsLongUnupdated), report.Count(FreshnessVeto.LongUnupdated));
        Assert.All(FreshnessVeto.All, v => Assert.Equal(report.Columns.Count(c => c.CountsToward(v)), report.Count(v)));
        Assert.All(report.Columns, c => Assert.Equal((c.IsBlank, c.IsNotUpdated, c.IsLongUnupdated), (c.CountsToward(FreshnessVeto.Blank), c.CountsToward(FreshnessVeto.NotUpdated), c.CountsToward(FreshnessVeto.LongUnupdated))));
        Assert.Equal([2, 3, 4], FreshnessVeto.All.Select(rules.GetThreshold));
        Assert.Equal([Period.FromYears(1), Period.FromDays(7), Period.FromMonths(6)], Enum.GetValues<FreshnessCategory>().Select(rules.GetWindow));
        Assert.Equal(FreshnessVeto.All.Where(v => report.Count(v) >= rules.GetThreshold(v)), report.TriggeredVetoes);
    }

    [Fact]
    public void GetVetoMessageAndGetSummary_SayTheCountsAndThresholds_InBothLanguages()
    {
        var report = FreshnessCheck.Evaluate(Xuancheng, PublicationLog.Create([P("oversight-progress", 2024, 6, 1)]), CheckDay);

        Assert.Equal("单项否决（国办秘函〔2019〕19号）——空白栏目74个，超过（含）5个。", report.GetVetoMessage(FreshnessVeto.Blank, Chinese));
        Assert.Equal("no veto — not updated: 1 column(s), fewer than 5.", report.GetVetoMessage(FreshnessVeto.NotUpdated, English));
        Assert.Equal("未触发单项否决——长期未更新栏目0个，不足10个。", report.GetVetoMessage(FreshnessVeto.LongUnupdated, Chinese));
        Assert.Equal("2024年7月1日：空白栏目74个，不更新栏目1个，长期未更新栏目0个；单项否决：空白栏目。", report.GetSummary(Chinese));
        Assert.Equal("2024-07-01: 74 blank, 1 not updated, 0 long not updated; vetoes: blank.", report.GetSummary(English));
        Assert.Equal("2024-07-01: 0 blank, 0 not updated, 0 long not updated; vetoes: none.", FreshnessCheck.Evaluate(Xuancheng, PublicationLog.Create(Xuancheng.Columns.Select(c => new Publication(c.Id, CheckDay))), CheckDay).GetSummary(English));
    }
}
