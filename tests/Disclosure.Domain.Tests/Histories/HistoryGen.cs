using CsCheck;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Scheduling;
using Disclosure.Domain.Catalog;

namespace Disclosure.Domain.Tests.Histories;

/// <summary>Random domain values for the history tests: requests built through the API (lawful or not) and publication logs.</summary>
internal static class HistoryGen
{
    private static readonly LocalDate Start = new(2024, 1, 2);

    /// <summary>A request received on a random day by a random channel, then 0–14 random events recorded through the API (unlawful ones included: they are evidence too).</summary>
    public static readonly Gen<InformationRequest> Request =
        from received in Receipt
        from unit in Gen.Bool
        from steps in Step.Array[0, 14]
        select Build(received, unit ? UnitId.Parse("office") : null, steps);

    /// <summary>A request of only lawful events (each step is kept only when the aggregate accepts it).</summary>
    public static readonly Gen<InformationRequest> LawfulRequest =
        from received in Receipt
        from steps in Step.Array[0, 20]
        select BuildLawful(received, steps);

    public static readonly Gen<PublicationLog> Log =
        from publications in Gen.Select(Gen.Int[0, 4], Gen.Int[0, 900]).Array[0, 30]
        from events in Gen.Select(Gen.Int[0, 4], Gen.Int[0, 900], Gen.Int[-1, 40], Gen.Int[-3, 12]).Array[0, 20]
        select PublicationLog.Create(
            publications.Select(p => new Publication(Column(p.Item1), Start.PlusDays(p.Item2))),
            events.Select(e => new InformationEvent(Column(e.Item1), Start.PlusDays(e.Item2), e.Item3 < 0 ? null : Start.PlusDays(e.Item2 + e.Item3))),
            // Some published items withdrawn (Item4 days after publication; negative: not withdrawn).
            events.Where(e => e.Item3 >= 0 && e.Item4 >= 0)
                .Select(e => new Withdrawal(Column(e.Item1), Start.PlusDays(e.Item2 + e.Item3), Start.PlusDays(e.Item2 + e.Item3 + e.Item4))));

    private static Gen<RequestReceived> Receipt =>
        from channel in Gen.Int[0, RequestChannel.All.Length - 1]
        from day in Gen.Int[0, 700]
        from confirmLag in Gen.Int[0, 3]
        select RequestReceived.Create(RequestChannel.All[channel], Start.PlusDays(day), Start.PlusDays(day + (RequestChannel.All[channel] == RequestChannel.OrdinaryPost ? 0 : confirmLag)));

    // (kind, days after the previous event, a number, a consultation slot)
    private static Gen<(int Kind, int Gap, int N, int Slot)> Step =>
        Gen.Select(Gen.Int[0, 8], Gen.Int[-1, 12], Gen.Int[1, 25], Gen.Int[0, 2]);

    private static ColumnId Column(int i) => ColumnId.Parse(i switch { 0 => "a-column", 1 => "b", 2 => "news", 3 => "z9", _ => "rural-revitalization" });

    private static InformationRequest Build(RequestReceived received, UnitId? unit, (int Kind, int Gap, int N, int Slot)[] steps)
    {
        var request = InformationRequest.Receive(received, unit);
        var day = received.On;
        foreach (var step in steps)
        {
            day = day.PlusDays(step.Gap);
            request = request.Record(Event(step, day));
        }

        return request;
    }

    private static InformationRequest BuildLawful(RequestReceived received, (int Kind, int Gap, int N, int Slot)[] steps)
    {
        var request = InformationRequest.Receive(received);
        var day = received.On;
        foreach (var step in steps)
        {
            var next = day.PlusDays(Math.Max(0, step.Gap));
            var e = Event(step, next);
            if (request.Check(e).IsEmpty)
            {
                request = request.Record(e);
                day = next;
            }
        }

        return request;
    }

    private static RequestEvent Event((int Kind, int Gap, int N, int Slot) s, LocalDate day) => s.Kind switch
    {
        0 => new CorrectionRequested(day, day.PlusDays(s.N)),
        1 => new CorrectionReceived(day),
        2 => new ConsultationSent(day, "C" + s.Slot, s.N % 2 == 0 ? ConsultationParty.ThirdParty : ConsultationParty.OtherAgency, s.N % 3 == 0 ? day.PlusDays(2) : null),
        3 => new ConsultationAnswered(day, "C" + s.Slot),
        4 => new ExtensionApproved(day, s.N, PersonId.Parse(s.Slot == 0 ? "office-head" : "wang.zhuren")),
        5 => new RequestAnswered(day, (AnswerOutcome)(s.N % 6)),
        6 => new AnsweredOnTheSpot(day, (AnswerOutcome)(s.N % 6)),
        7 => new RequestWithdrawn(day),
        _ => new ConsultationSent(day, "C" + s.Slot + "-\"quoted\" 第三方 \u2028", ConsultationParty.ThirdParty),
    };
}
