using BenchmarkDotNet.Attributes;
using Disclosure.Domain.Calendars;
using NodaTime;

namespace Disclosure.Domain.Benchmarks;

/// <summary>Working-day arithmetic: the O(1) tables against the day-by-day loop the peers use.</summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private static readonly LocalDate Start = new(2025, 9, 25);
    private readonly WorkingDayCalendar calendar = WorkingDayCalendar.ChinaMainland;
    private NaiveWorkingDays naive = null!;

    /// <summary>Working days to add.</summary>
    [Params(1, 20, 250)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup() => naive = new NaiveWorkingDays(calendar);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("AddWorkingDays")]
    public LocalDate AddWorkingDays_NaiveLoop() => naive.AddWorkingDays(Start, N);

    [Benchmark]
    [BenchmarkCategory("AddWorkingDays")]
    public LocalDate AddWorkingDays() => calendar.AddWorkingDays(Start, N);
}

/// <summary>Single-day lookups and a year-long count.</summary>
[MemoryDiagnoser]
public class CalendarLookupBenchmarks
{
    private static readonly LocalDate Day = new(2025, 10, 6);
    private static readonly LocalDate YearStart = new(2024, 12, 31);
    private static readonly LocalDate YearEnd = new(2025, 12, 31);
    private readonly WorkingDayCalendar calendar = WorkingDayCalendar.ChinaMainland;
    private NaiveWorkingDays naive = null!;

    [GlobalSetup]
    public void Setup() => naive = new NaiveWorkingDays(calendar);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("IsWorkingDay")]
    public bool IsWorkingDay_NaiveSets() => naive.IsWorkingDay(Day);

    [Benchmark]
    [BenchmarkCategory("IsWorkingDay")]
    public bool IsWorkingDay() => calendar.IsWorkingDay(Day);

    [Benchmark]
    [BenchmarkCategory("CountWorkingDays")]
    public int CountWorkingDays_Year_NaiveLoop() => naive.CountWorkingDays(YearStart, YearEnd);

    [Benchmark]
    [BenchmarkCategory("CountWorkingDays")]
    public int CountWorkingDays_Year() => calendar.CountWorkingDays(YearStart, YearEnd);
}
