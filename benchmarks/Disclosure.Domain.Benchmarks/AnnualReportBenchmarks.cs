using BenchmarkDotNet.Attributes;
using Disclosure.Domain.Reports;
using Disclosure.Domain.Requests;
using NodaTime;

namespace Disclosure.Domain.Benchmarks;

/// <summary>
/// The annual report on 2025 from a register of 10,000 requests received over 2023–2025 (target ≤ 50 ms): the calculator's
/// one pass against a naive count that rescans the register for every cell of 三, and the pass with the calendar rules checked.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class AnnualReportBenchmarks
{
    private readonly List<RegisteredRequest> register = Register(10_000);

    [Benchmark(Baseline = true)]
    public int Requests_NaivePerCell()
    {
        var start = new LocalDate(2025, 1, 1);
        var end = new LocalDate(2025, 12, 31);
        var total = 0;
        foreach (var row in ReportTable.Requests.Rows)
        {
            for (var column = 0; column < 6; column++)
            {
                foreach (var r in register)
                {
                    var request = r.Request;
                    if ((int)request.Received.Applicant!.Value != column || request.ReceivedOn > end)
                    {
                        continue;
                    }

                    var closed = Closed(request);
                    var counts = row.Id switch
                    {
                        "new" => request.ReceivedOn >= start,
                        "carried-over" => request.ReceivedOn < start && !(closed < start),
                        "carried-forward" => !(closed < start) && !(closed <= end),
                        _ => closed >= start && closed <= end && row.Id == RowId(request),
                    };
                    total += counts ? 1 : 0;
                }
            }
        }

        return total;
    }

    [Benchmark]
    public AnnualReport Report_Compute() => AnnualReportCalculator.Compute(2025, register);

    /// <summary>The same report, also checking the rules that count working days (every request's history through the deadline calculator).</summary>
    [Benchmark]
    public AnnualReport Report_ComputeWithCalendar() => AnnualReportCalculator.Compute(2025, register, calendar: Calendars.WorkingDayCalendar.ChinaMainland);

    private static LocalDate? Closed(InformationRequest request) => request.Events.Length > 1 ? request.Events[^1] switch
    {
        CorrectionRequested c => c.CorrectBy.PlusDays(1),
        var e => e.On,
    } : null;

    private static string RowId(InformationRequest request) => request.Events[^1] switch
    {
        RequestAnswered { Outcome: AnswerOutcome.Disclosed } => "disclosed",
        RequestAnswered { Outcome: AnswerOutcome.PartlyDisclosed } => "partly-disclosed",
        RequestAnswered { Ground: AnswerGround.NotHeld } => "cannot-provide-1",
        RequestWithdrawn => "other-handling-3",
        _ => "other-handling-1",
    };

    private static List<RegisteredRequest> Register(int count)
    {
        var random = new Random(17);
        var first = new LocalDate(2023, 1, 1);
        var list = new List<RegisteredRequest>(count);
        for (var i = 0; i < count; i++)
        {
            var received = first.PlusDays(random.Next(3 * 365));
            var receipt = RequestReceived.InPerson(received).WithApplicant((ApplicantCategory)random.Next(6));
            var end = received.PlusDays(random.Next(1, 60));
            RequestEvent[] events = random.Next(5) switch
            {
                0 => [],
                1 => [new RequestAnswered(end)],
                2 => [new RequestAnswered(end, AnswerOutcome.CannotBeProvided) { Ground = AnswerGround.NotHeld }],
                3 => [new RequestWithdrawn(end)],
                _ => [new CorrectionRequested(received.PlusDays(1), end)],
            };
            list.Add(new RegisteredRequest($"r{i}", InformationRequest.FromEvents([receipt, .. events])));
        }

        return list;
    }
}
