using BenchmarkDotNet.Attributes;
using Disclosure.Domain.Histories;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;
using NodaTime;

namespace Disclosure.Domain.Benchmarks;

/// <summary>
/// Cost of recording against the length of a request's history: rebuilding a request from its events
/// (<see cref="InformationRequest.FromEvents"/>, one <see cref="InformationRequest.Record"/> per event) and replaying its stored
/// history, for 12 and 1,000 events. Recording is O(1) per event when the cost per event stays flat from 12 to 1,000 (an array copy
/// per event makes it grow with the length: O(n²) per replay). The minimum is shown beside the mean because the machine is shared.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class RequestReplayBenchmarks
{
    private RequestEvent[] events = [];
    private RequestHistory history = null!;

    /// <summary>Gets or sets the number of events in the history.</summary>
    [Params(12, 1_000)]
    public int Events { get; set; }

    /// <summary>Builds the history: the receipt, consultation letters and their replies, an extension by the head, the answer.</summary>
    [GlobalSetup]
    public void Setup()
    {
        events = Lawful(Events);
        history = RequestHistory.Of("r-" + Events, InformationRequest.FromEvents(events));
    }

    [Benchmark]
    public int RebuildFromEvents() => InformationRequest.FromEvents(events).Events.Length;

    [Benchmark]
    public int ReplayHistory() => history.Replay().Value!.Events.Length;

    /// <summary>A lawful history of <paramref name="count"/> events (at least 3), a few a day.</summary>
    internal static RequestEvent[] Lawful(int count)
    {
        var d = new LocalDate(2025, 3, 3);
        var list = new List<RequestEvent> { RequestReceived.Online(d, d) };
        var middle = count - 2;
        if (middle % 2 == 1)
        {
            list.Add(new ExtensionApproved(d, 10, PersonId.Parse("office-head")));
        }

        for (var i = 0; i < middle / 2; i++)
        {
            var on = d.PlusDays(1 + (i / 10));
            list.Add(new ConsultationSent(on, "C" + i, i % 2 == 0 ? ConsultationParty.ThirdParty : ConsultationParty.OtherAgency));
            list.Add(new ConsultationAnswered(on, "C" + i));
        }

        list.Add(new RequestAnswered(list[^1].On, AnswerOutcome.Disclosed));
        return [.. list];
    }
}
