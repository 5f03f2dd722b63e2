using Disclosure.Domain.Catalog;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.RulePacks;
using Disclosure.Domain.Scheduling;
using Disclosure.Domain.Testing;

namespace Disclosure.Reminders.Tests;

public class ReminderContentTests
{
    private static readonly DisclosureCatalog Catalog = new CatalogFixture()
        .Column("monthly-bulletin", UpdateFrequency.Monthly, "office", "月度简报")
        .Column("quarterly-statistics", UpdateFrequency.Quarterly, "social-assistance", "季度救助统计")
        .Build();

    private static readonly PublicationLog Log = PublicationLog.Create(
        [.. Enumerable.Range(1, 6).Select(m => new Publication(ColumnId.Parse("monthly-bulletin"), new LocalDate(2024, m, 1).PlusMonths(1).PlusDays(-1))),
         new Publication(ColumnId.Parse("quarterly-statistics"), new LocalDate(2024, 3, 29))]);

    [Fact]
    public async Task SimulatedWeek_EndOfJuly_LogsEachUnitsColumnsDueSoonAndOverdue()
    {
        var (_, log) = await SimulatedWeek.RunAsync(new LocalDate(2024, 7, 29), new LocalDate(2024, 8, 3), catalog: Catalog, log: Log);

        var lines = log.Entries.Select(e => e.Message).ToList();
        foreach (var line in lines)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(line);
        }

        Assert.Contains("2024-07-29 办公室: 1 due soon, 0 overdue — 月度简报 2024-07 by 2024-07-31", lines);
        Assert.Contains("2024-07-29 社会救助科: 0 due soon, 1 overdue — nothing new", lines);
        Assert.Contains(lines, l => l.StartsWith("2024-08-01 办公室: 0 due soon, 1 overdue", StringComparison.Ordinal));
        Assert.Equal(5, lines.Count(l => l.Contains("unit(s) have columns due", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SimulatedWeek_AColumnOfAllSections_RemindsEverySection()
    {
        // 各科室: the office and every section share it, so each is reminded — not one row for the label.
        var catalog = new DisclosureCatalogBuilder("测试局", null, new LocalDate(2024, 1, 1))
            .AddColumn(1, "shared-notice", "共同栏目", null, null, UpdateFrequency.Monthly, Responsibility.AllSections, "各科室")
            .Build();

        var (_, log) = await SimulatedWeek.RunAsync(new LocalDate(2024, 7, 29), new LocalDate(2024, 7, 30), catalog: catalog);

        var units = log.Entries.Select(e => e.Message).Where(m => m.StartsWith("2024-07-29 ", StringComparison.Ordinal) && m.Contains("共同栏目", StringComparison.Ordinal))
            .Select(m => m["2024-07-29 ".Length..m.IndexOf(':', StringComparison.Ordinal)]).ToList();
        Assert.Equal(RulePack.XuanchengCivilAffairs2024.OrgChart.Sections.Select(u => u.Name), units);
    }
}
