using Disclosure.Domain.Catalog;
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

        Assert.Contains("2024-07-29 office: 1 due soon, 0 overdue — 月度简报 2024-07 by 2024-07-31", lines);
        Assert.Contains("2024-07-29 social-assistance: 0 due soon, 1 overdue — nothing new", lines);
        Assert.Contains(lines, l => l.StartsWith("2024-08-01 office: 0 due soon, 1 overdue", StringComparison.Ordinal));
        Assert.Equal(5, lines.Count(l => l.Contains("unit(s) have columns due", StringComparison.Ordinal)));
    }
}
