using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Disclosure.Domain.Histories;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Review;
using Disclosure.Domain.RulePacks;
using NodaTime;

namespace Disclosure.Domain.Benchmarks;

/// <summary>
/// Stored histories: replaying a 50-command review case and a 12-event request through the rules, and reading plus
/// verifying the evidence chain of 10,000 request histories. Baselines: rebuilding the request from its events without
/// the history (no chain, no comparison), and parsing the 10,000 documents into a DOM without any checks.
/// Targets (issue 15): each replay ≤ 50 µs, the 10,000 histories ≤ 300 ms. The minimum is shown beside the mean because
/// the machine is shared: the mean measures the other builds as much as this code.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class HistoryBenchmarks
{
    private static readonly ReviewPolicy Policy = RulePack.XuanchengCivilAffairs2024.Review;
    private readonly ReviewCaseHistory review = ReviewCaseHistory.Of(FiftyCommands());
    private readonly RequestHistory request = RequestHistory.Of("2025-001", TwelveEvents(0));
    private readonly byte[][] documents = [.. Enumerable.Range(0, 10_000).Select(i => RequestHistory.Of("r-" + i, TwelveEvents(i % 200)).ToUtf8Json())];

    [Benchmark]
    public ReviewCase? ReplayReviewCase50() => review.Replay(Policy).Value;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Request")]
    public InformationRequest RebuildRequest12_NoHistory() => InformationRequest.FromEvents(request.Events, request.HandlingUnit);

    [Benchmark]
    [BenchmarkCategory("Request")]
    public InformationRequest? ReplayRequest12() => request.Replay().Value;

    [Benchmark]
    public int ParseTenThousand_DomOnly()
    {
        var n = 0;
        foreach (var d in documents)
        {
            using var doc = JsonDocument.Parse(d);
            n += doc.RootElement.GetProperty("events").GetArrayLength();
        }

        return n;
    }

    [Benchmark]
    public int ReadAndVerifyTenThousand()
    {
        var n = 0;
        foreach (var d in documents)
        {
            n += RequestHistory.Read(d, "h.json").Value.Events.Length;
        }

        return n;
    }

    internal static InformationRequest TwelveEvents(int shift)
    {
        var d = new LocalDate(2025, 3, 3).PlusDays(shift);
        var head = PersonId.Parse("office-head");
        return InformationRequest.Receive(RequestReceived.Online(d, d.PlusDays(1)), UnitId.Parse("office"))
            .Record(new CorrectionRequested(d.PlusDays(3), d.PlusDays(20)))
            .Record(new CorrectionReceived(d.PlusDays(8)))
            .Record(new ConsultationSent(d.PlusDays(9), "C1", ConsultationParty.ThirdParty, d.PlusDays(10)))
            .Record(new ConsultationSent(d.PlusDays(9), "C2", ConsultationParty.OtherAgency))
            .Record(new ConsultationAnswered(d.PlusDays(15), "C1"))
            .Record(new ConsultationSent(d.PlusDays(16), "C3", ConsultationParty.ThirdParty))
            .Record(new ConsultationAnswered(d.PlusDays(18), "C2"))
            .Record(new ConsultationAnswered(d.PlusDays(20), "C3"))
            .Record(new ExtensionApproved(d.PlusDays(25), 15, head))
            .Record(new ConsultationSent(d.PlusDays(26), "C4", ConsultationParty.OtherAgency))
            .Record(new RequestAnswered(d.PlusDays(40), AnswerOutcome.PartlyDisclosed));
    }

    /// <summary>Seven items, each added, submitted, approved at three levels, cleared and published (7 × 7 = 49), and one clean-up kept.</summary>
    internal static ReviewCase FiftyCommands() => Commands(0);

    /// <summary>
    /// Seven items, each added, submitted, sent back <paramref name="returns"/> times (approved at level 1, returned, revised,
    /// submitted again), then approved at three levels, cleared and published, and one clean-up kept: 7 × (7 + 4 ×
    /// <paramref name="returns"/>) + 1 commands.
    /// </summary>
    internal static ReviewCase Commands(int returns)
    {
        var office = UnitId.Parse("office");
        var author = Reviewer.Create(PersonId.Parse("author"), "作者", UnitId.Parse("social-assistance"), ReviewRole.InformationPublisher);
        var publisher = Reviewer.Create(PersonId.Parse("publisher"), "发布员", office, ReviewRole.InformationPublisher);
        var head = Reviewer.Create(PersonId.Parse("office-head"), "主任", office, ReviewRole.DisclosureOfficeHead);
        var leader = Reviewer.Create(PersonId.Parse("leader"), "分管", office, ReviewRole.LeaderInCharge);
        var secrecy = Reviewer.Create(PersonId.Parse("secrecy"), "保密员", office, ReviewRole.ConfidentialityReviewer);
        var t = Instant.FromUtc(2024, 6, 14, 1, 0);
        var c = ReviewCase.Open("case-50", Policy);
        for (var i = 0; i < 7; i++)
        {
            var id = "item-" + i;
            c = c.AddInformation(id, ItemContent.Create("sha-" + i, DisclosureScope.Public, flags: SensitivityFlags.PersonalPrivacy), author, t = t + Duration.FromMinutes(1)).Value
                .Submit(id, author, t = t + Duration.FromMinutes(1)).Value;
            for (var r = 1; r <= returns; r++)
            {
                c = c.Approve(id, 1, r, publisher, t = t + Duration.FromMinutes(1)).Value
                    .Return(id, "退回修改", head, t = t + Duration.FromMinutes(1)).Value
                    .Revise(id, ItemContent.Create($"sha-{i}-{r}", DisclosureScope.Public, flags: SensitivityFlags.PersonalPrivacy), author, t = t + Duration.FromMinutes(1)).Value
                    .Submit(id, author, t = t + Duration.FromMinutes(1)).Value;
            }

            var v = returns + 1;
            c = c.Approve(id, 1, v, publisher, t = t + Duration.FromMinutes(1)).Value
                .Approve(id, 2, v, head, t = t + Duration.FromMinutes(1)).Value
                .Approve(id, 3, v, leader, t = t + Duration.FromMinutes(1)).Value
                .ClearConfidentiality(id, v, SensitivityFlags.PersonalPrivacy, secrecy, t = t + Duration.FromMinutes(1)).Value
                .Publish(id, DisclosureScope.Public, publisher, t = t + Duration.FromMinutes(1)).Value;
        }

        return c.KeepAfterCleanup("item-0", publisher, t + Duration.FromDays(200)).Value;
    }
}

/// <summary>
/// Allocation against input size (issue 15: proportional to the input): the same work at 1× and 10×. A review case of
/// seven items with 50 and with 498 commands (items sent back 16 times each) replayed; 1,000 and 10,000 request
/// histories read and verified.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class HistoryScalingBenchmarks
{
    private static readonly ReviewPolicy Policy = RulePack.XuanchengCivilAffairs2024.Review;
    private ReviewCaseHistory review = null!;
    private byte[][] documents = [];

    [Params(1, 10)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        review = ReviewCaseHistory.Of(HistoryBenchmarks.Commands(Scale == 1 ? 0 : 16));
        documents = [.. Enumerable.Range(0, 1_000 * Scale).Select(i => RequestHistory.Of("r-" + i, HistoryBenchmarks.TwelveEvents(i % 200)).ToUtf8Json())];
    }

    [Benchmark]
    public ReviewCase? ReplayReviewCase() => review.Replay(Policy).Value;

    [Benchmark]
    public int ReadAndVerifyRequestHistories()
    {
        var n = 0;
        foreach (var d in documents)
        {
            n += RequestHistory.Read(d, "h.json").Value.Events.Length;
        }

        return n;
    }
}
