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

/// <summary>Loading the embedded calendar (every year, 2008–2026) from its JSON, and reading a notice's text.</summary>
[MemoryDiagnoser]
public class CalendarLoadBenchmarks
{
    private string embeddedJson = null!;
    private string notice = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var stream = typeof(WorkingDayCalendar).Assembly.GetManifestResourceStream("Disclosure.Domain.Calendars.Data.china-mainland.json")!;
        using var reader = new StreamReader(stream);
        embeddedJson = reader.ReadToEnd();
        notice = NoticeText2026;
    }

    /// <summary>What <see cref="WorkingDayCalendar.ChinaMainland"/> does once: parse, validate every year against the law, build the tables.</summary>
    [Benchmark]
    public WorkingDayCalendar LoadEmbedded_AllYears() => WorkingDayCalendar.FromJson(embeddedJson);

    /// <summary>Reading the 2026 notice's text (what <c>disclosure calendar import</c> does).</summary>
    [Benchmark]
    public CalendarNoticeResult ParseNotice2026() => CalendarNotice.Parse(notice);

    private const string NoticeText2026 = """
        国务院办公厅关于2026年部分节假日安排的通知
        各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
        经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
        一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
        二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
        三、清明节：4月4日（周六）至6日（周一）放假，共3天。
        四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
        五、端午节：6月19日（周五）至21日（周日）放假，共3天。
        六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
        七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
        国务院办公厅
        2025年11月4日
        """;
}
