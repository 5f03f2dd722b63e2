using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.RulePacks;
using Disclosure.Domain.Scheduling;
using NodaTime;

namespace Disclosure.Domain.Benchmarks;

/// <summary>
/// The due-date calculator on the embedded Xuancheng catalog with one year of history (2024, evaluated on 2024-12-31),
/// and on a province-scale portfolio of 3,000 catalogs × 75 columns evaluated on one date, single-threaded; each against
/// a naive day-by-day, LINQ-over-the-whole-log baseline. The calculator's logs are bound to their catalogs
/// (<c>PublicationLog.BindTo(catalog)</c>, done once when the log is loaded, in setup); the measured work is the
/// evaluation on one date.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DueDateBenchmarks
{
    private const int PortfolioSize = 3000;
    private static readonly LocalDate AsOf = new(2024, 12, 31);

    private readonly WorkingDayCalendar calendar = WorkingDayCalendar.ChinaMainland;
    private DueDateCalculator calculator = null!;
    private NaiveDueDates naive = null!;
    private DisclosureCatalog catalog = null!;
    private PublicationLog log = null!;
    private (List<Publication> Publications, List<InformationEvent> Events) rawLog;
    private DisclosureCatalog[] portfolio = null!;
    private PublicationLog[] portfolioLogs = null!;
    private (List<Publication> Publications, List<InformationEvent> Events)[] portfolioRawLogs = null!;

    [GlobalSetup]
    public void Setup()
    {
        calculator = new DueDateCalculator(calendar);
        naive = new NaiveDueDates(calendar);
        catalog = RulePack.XuanchengCivilAffairs2024.Catalog;
        rawLog = History(catalog, seed: 1);
        log = PublicationLog.Create(rawLog.Publications, rawLog.Events).BindTo(catalog);

        portfolio = new DisclosureCatalog[PortfolioSize];
        portfolioLogs = new PublicationLog[PortfolioSize];
        portfolioRawLogs = new (List<Publication>, List<InformationEvent>)[PortfolioSize];
        for (var i = 0; i < PortfolioSize; i++)
        {
            portfolio[i] = Copy(catalog, i);
            portfolioRawLogs[i] = History(portfolio[i], seed: i + 2);
            portfolioLogs[i] = PublicationLog.Create(portfolioRawLogs[i].Publications, portfolioRawLogs[i].Events).BindTo(portfolio[i]);
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Catalog")]
    public int Catalog_Naive() => naive.Evaluate(catalog, rawLog.Publications, rawLog.Events, AsOf).Count;

    [Benchmark]
    [BenchmarkCategory("Catalog")]
    public DueReport Catalog_Calculator() => calculator.Evaluate(catalog, log, AsOf);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Portfolio")]
    public int Portfolio_Naive()
    {
        var total = 0;
        for (var i = 0; i < portfolio.Length; i++)
        {
            total += naive.Evaluate(portfolio[i], portfolioRawLogs[i].Publications, portfolioRawLogs[i].Events, AsOf).Count;
        }

        return total;
    }

    [Benchmark]
    [BenchmarkCategory("Portfolio")]
    public DueReport[] Portfolio_Calculator()
    {
        var reports = new DueReport[portfolio.Length];
        for (var i = 0; i < portfolio.Length; i++)
        {
            reports[i] = calculator.Evaluate(portfolio[i], portfolioLogs[i], AsOf);
        }

        return reports;
    }

    /// <summary>
    /// One year of history: every periodic column published in most of its periods, and for every timely column
    /// 1–4 information events in 2024, most of them published within 1–30 days.
    /// </summary>
    internal static (List<Publication>, List<InformationEvent>) History(DisclosureCatalog catalog, int seed)
    {
        var random = new Random(seed);
        var publications = new List<Publication>();
        var events = new List<InformationEvent>();
        var start = new LocalDate(2024, 1, 1);
        foreach (var column in catalog.Columns)
        {
            if (column.Frequency.IsPeriodic)
            {
                var months = column.Frequency.MonthsPerPeriod!.Value;
                for (var p = start; p.Year == 2024; p = p.PlusMonths(months))
                {
                    if (random.Next(10) < 8)
                    {
                        publications.Add(new Publication(column.Id, p.PlusDays(random.Next(28 * months))));
                    }
                }
            }
            else
            {
                for (var n = random.Next(1, 5); n > 0; n--)
                {
                    var formed = start.PlusDays(random.Next(366));
                    var published = random.Next(10) < 8 ? formed.PlusDays(random.Next(1, 31)) : (LocalDate?)null;
                    events.Add(new InformationEvent(column.Id, formed, published));
                    if (published is { } on)
                    {
                        publications.Add(new Publication(column.Id, on));
                    }
                }
            }
        }

        return (publications, events);
    }

    private static DisclosureCatalog Copy(DisclosureCatalog source, int index)
    {
        var builder = new DisclosureCatalogBuilder($"{source.BureauName}{index}", $"{source.BureauEnglishName} {index}", source.EffectiveDate);
        foreach (var node in source.Nodes)
        {
            var parent = node.Parent?.Id.Value;
            if (node.Column is { } c)
            {
                builder.AddColumn(c.SeedRow, node.Id.Value, node.Name, node.EnglishName, parent, c.Frequency, c.Responsible, c.ResponsibleLabel, c.FrequencyLabel, node.Note);
            }
            else
            {
                builder.AddGroup(node.Id.Value, node.Name, node.EnglishName, parent, node.Note);
            }
        }

        return builder.Build();
    }
}
