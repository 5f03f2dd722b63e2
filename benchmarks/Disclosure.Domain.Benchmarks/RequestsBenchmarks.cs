using BenchmarkDotNet.Attributes;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;
using NodaTime;

namespace Disclosure.Domain.Benchmarks;

/// <summary>
/// Information-request deadlines: the calculator (interval arithmetic on the O(1) calendar) against a naive day-by-day walk that
/// checks every day against every pause, for a request with two overlapping consultations and an extension.
/// </summary>
[MemoryDiagnoser]
public class RequestsBenchmarks
{
    private static readonly LocalDate AsOf = new(2025, 10, 20);
    private readonly RequestDeadlineCalculator calculator = new(WorkingDayCalendar.ChinaMainland, DisclosureOffice.HeadedBy(PersonId.Parse("office-head")));
    private readonly WorkingDayCalendar calendar = WorkingDayCalendar.ChinaMainland;
    private readonly InformationRequest plain = InformationRequest.Receive(RequestReceived.InPerson(new LocalDate(2025, 9, 25)));
    private readonly InformationRequest consulted = InformationRequest.Receive(RequestReceived.InPerson(new LocalDate(2025, 9, 25)))
        .Record(new ConsultationSent(new LocalDate(2025, 9, 29), "C1", ConsultationParty.ThirdParty))
        .Record(new ConsultationSent(new LocalDate(2025, 10, 9), "C2", ConsultationParty.OtherAgency))
        .Record(new ConsultationAnswered(new LocalDate(2025, 10, 10), "C1"))
        .Record(new ConsultationAnswered(new LocalDate(2025, 10, 15), "C2"))
        .Record(new ExtensionApproved(new LocalDate(2025, 10, 20), 3, PersonId.Parse("office-head")));

    private readonly (LocalDate Sent, LocalDate End)[] pauses =
        [(new LocalDate(2025, 9, 29), new LocalDate(2025, 10, 10)), (new LocalDate(2025, 10, 9), new LocalDate(2025, 10, 15))];

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Due")]
    public LocalDate Due_NaiveWalk()
    {
        var day = new LocalDate(2025, 9, 25);
        var counted = 0;
        while (counted < 23)
        {
            day = day.PlusDays(1);
            var paused = false;
            foreach (var (sent, end) in pauses)
            {
                paused |= day > sent && day <= end;
            }

            if (calendar.IsWorkingDay(day) && !paused)
            {
                counted++;
            }
        }

        return day;
    }

    [Benchmark]
    [BenchmarkCategory("Due")]
    public LocalDate? Evaluate_TwoConsultationsAndExtension() => calculator.Evaluate(consulted, AsOf).DueOn;

    [Benchmark]
    [BenchmarkCategory("Due")]
    public LocalDate? Evaluate_Plain() => calculator.Evaluate(plain, AsOf).DueOn;

    [Benchmark]
    [BenchmarkCategory("Ledger")]
    public int Explain_TwoConsultationsAndExtension() => calculator.Explain(consulted, AsOf).Entries.Length;
}
