using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Histories;
using Disclosure.Domain.Review;
using Disclosure.Domain.Tests.Review;
using Json.Schema;
using static Disclosure.Domain.Tests.Review.ReviewFixtures;

namespace Disclosure.Domain.Tests.Histories;

public sealed class ReviewCaseHistoryTests
{
    private static readonly Reviewer[] Actors = [Author, Publisher, OfficeHead, Leader, Secrecy, Everything];

    /// <summary>A published information item and a policy document with its interpretation, published together (16 commands).</summary>
    internal static ReviewCase Sample()
    {
        var c = ClearedInformation("i1", Content("sha-i1", flags: SensitivityFlags.PersonalPrivacy), "news");
        c = c.Publish("i1", DisclosureScope.Public, Publisher, At(10)).Ok()
            .AddPolicyDocument("d1", Content("sha-d1", channel: "网站留言"), Author, At(11), involvesMajorPublicInterest: true).Ok()
            .AddInterpretation("p1", "d1", Content("sha-p1"), Author, At(12)).Ok()
            .Revise("p1", Content("sha-p1-v2", DisclosureScope.RestrictedTo("内部")), Author, At(13)).Ok()
            .Revise("p1", Content("sha-p1-v3"), Author, At(14)).Ok()
            .Submit("p1", Author, At(15)).Ok()
            .Submit("d1", Author, At(16)).Ok()
            .RecordConsultation("d1", new LocalDate(2024, 6, 1), new LocalDate(2024, 6, 10), OfficeHead, At(17)).Ok();
        return c;
    }

    private static ReviewCase Random(int[] choices)
    {
        // Half the walks start from an item cleared for publication, so that publications, clean-ups and withdrawals happen.
        var c = choices[0] % 2 == 0 ? ClearedInformation() : ReviewCase.Open("case-r", Seed);
        var minute = 10;
        foreach (var choice in choices)
        {
            var by = Actors[choice % Actors.Length];
            var id = new[] { "i1", "d1", "p1" }[(choice / 7) % 3];
            var item = c.Find(id);
            var at = At(minute += (choice / 21) % 3);
            var version = (choice / 63) % 5 == 0 ? 9 : item?.Version ?? 1;
            var level = (choice / 63) % 7 == 0 ? 3 : (item?.Approvals.Length ?? 0) + 1;
            var result = ((choice / 441) % 14) switch
            {
                0 => id == "i1" ? c.AddInformation(id, Content("sha-" + choice), by, at) : id == "d1" ? c.AddPolicyDocument(id, Content("sha-d", flags: SensitivityFlags.Classified), by, at, choice % 2 == 0) : c.AddInterpretation(id, "d1", Content("sha-p"), by, at),
                1 => c.Revise(id, Content("sha-" + choice, choice % 3 == 0 ? DisclosureScope.RestrictedTo("内部") : null), by, at),
                2 or 3 => c.Submit(id, by, at),
                4 or 5 or 6 => c.Approve(id, level, version, by, at),
                7 => c.ClearConfidentiality(id, version, item?.Content.Flags ?? SensitivityFlags.None, by, at),
                8 => c.Publish(id == "i1" ? ["i1"] : ["d1", "p1"], DisclosureScope.Public, by, at),
                9 => c.Return(id, "请补充依据 \"第十条\"", by, at),
                10 => c.MarkNoInterpretationNeeded(id, "内部管理文件", by, at),
                11 => c.RecordConsultationExemption(id, "依据《中华人民共和国保守国家秘密法》第十三条", by, at),
                12 => c.KeepAfterCleanup(id, by, at),
                _ => choice % 2 == 0 ? c.Withdraw(id, "过期", by, at) : c.Reject(id, "不予公开", by, at),
            };
            c = result.ValueOrNull ?? c;
        }

        return c;
    }

    [Fact]
    public void RoundTrip_RandomCasesBuiltThroughTheApi_SameBytesSameStateSameTrail()
    {
        long commands = 0, published = 0;
        Gen.Int[0, 100_000].Array[1, 120].Sample(choices =>
        {
            var c = Random(choices);
            var history = ReviewCaseHistory.Of(c);
            var bytes = history.ToUtf8Json();
            var read = ReviewCaseHistory.Read(bytes, "case.json");

            Assert.Empty(read.Warnings);
            Assert.Equal(bytes, read.Value.ToUtf8Json());
            var replay = read.Value.Replay(Seed);
            Assert.True(replay.IsAccepted, replay.ToString());
            Assert.Empty(replay.Problems);
            Assert.Equal(c.Trail, replay.Value!.Trail);
            Assert.Equal(c.Items.Select(State), replay.Value.Items.Select(State));
            Assert.Equal(c.Findings, replay.Value.Findings);
            Interlocked.Add(ref commands, history.Count);
            Interlocked.Add(ref published, c.Items.Count(i => i.Status == ReviewItemStatus.Published));
        }, iter: 300);
        Assert.True(commands > 1000 && published > 0, $"{commands} commands, {published} publications");
    }

    [Fact]
    public void FromEntries_RandomCasesEntriesAsAStoreKeepsThem_SameDocumentAndSameReplay()
    {
        Gen.Int[0, 100_000].Array[1, 60].Sample(choices =>
        {
            var c = Random(choices);
            var history = ReviewCaseHistory.Of(c);

            var stored = ReviewCaseHistory.FromEntries(c.Id, history.Policy, history.Entries, history.Head);

            Assert.Equal(history.ToUtf8Json(), stored.ToUtf8Json());
            Assert.Equal(c.Trail, stored.Replay(Seed).Value!.Trail);
        }, iter: 100);
    }

    [Fact]
    public void FromEntries_EditedDroppedOrMisnumberedEntry_FailsWithThatIndex()
    {
        var entries = ReviewCaseHistory.Of(Sample()).Entries;
        var policy = ReviewPolicyVersion.Of(Seed);
        var edited = entries.SetItem(3, new HistoryEntry(3, entries[3].Json.Replace("2024-06-14T", "2024-06-15T", StringComparison.Ordinal), entries[3].Hash));
        var misnumbered = entries.SetItem(2, new HistoryEntry(5, entries[2].Json, entries[2].Hash));

        var hash = Assert.Throws<HistoryException>(() => ReviewCaseHistory.FromEntries("case", policy, edited)).Errors[0];
        var order = Assert.Throws<HistoryException>(() => ReviewCaseHistory.FromEntries("case", policy, misnumbered)).Errors[0];
        var head = Assert.Throws<HistoryException>(() => ReviewCaseHistory.FromEntries("case", policy, entries[..^1], new HistoryHead(entries.Length, entries[^1].Hash))).Errors[0];

        Assert.Same(HistoryProblemCodes.HashMismatch, hash.Code);
        Assert.Equal(3, hash.Location.Index);
        Assert.Same(HistoryProblemCodes.BrokenLink, order.Code);
        Assert.Equal(2, order.Location.Index);
        Assert.Same(HistoryProblemCodes.HeadMismatch, head.Code);
        Assert.Equal(entries.Length - 1, ReviewCaseHistory.FromEntries("case", policy, entries[..^1]).Count);
    }

    [Fact]
    public void Write_Sample_IsoInstantsFullReviewersAndTheSchema()
    {
        var text = Encoding.UTF8.GetString(ReviewCaseHistory.Of(Sample()).ToUtf8Json());

        Assert.Contains("\"at\": \"2024-06-14T01:02:00Z\"", text, StringComparison.Ordinal);
        Assert.Contains("\"from\": \"2024-06-01\"", text, StringComparison.Ordinal);
        Assert.Contains("\"roles\": [\n          {\n            \"id\": \"information-publisher\",\n            \"name\": \"信息发布同志\"", text, StringComparison.Ordinal);
        Assert.Contains("\"personalPrivacy\"", text, StringComparison.Ordinal);
        Assert.Contains("\"audience\": \"内部\"", text, StringComparison.Ordinal);
        Assert.Contains("\"majorPublicInterest\": true", text, StringComparison.Ordinal);
        var result = JsonSchema.FromText(ReviewCaseHistory.GetJsonSchema()).Evaluate(JsonNode.Parse(text), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Read_EditedApprovalRehashedAfterwards_ReplayRefusedAtIt()
    {
        // A forger changes who approved level 2 to the author and recomputes the chain: the chain is whole, the rules are not.
        var node = JsonNode.Parse(ReviewCaseHistory.Of(Sample()).ToUtf8Json())!;
        var approval = node["events"]!.AsArray().First(e => (string?)e!["command"] == "approve" && (int?)e["level"] == 2)!;
        var index = node["events"]!.AsArray().IndexOf(approval);
        approval["by"] = JsonNode.Parse("""{"id":"author","name":"author","unit":"social-assistance","roles":[{"id":"disclosure-office-head","name":"x"}]}""");

        var replay = ReviewCaseHistory.Read(RequestHistoryTests.Rehash(node), "case.json").Value.Replay(Seed);

        Assert.False(replay.IsAccepted);
        Assert.Equal(index, replay.RefusedIndex);
        Assert.Contains(ReviewViolationCodes.SelfReview.Id, replay.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DeletedApprovalRehashed_ReplayRefusedAtTheNextApproval()
    {
        var node = JsonNode.Parse(ReviewCaseHistory.Of(Sample()).ToUtf8Json())!;
        var events = node["events"]!.AsArray();
        var first = events.First(e => (string?)e!["command"] == "approve")!;
        var index = events.IndexOf(first);
        events.RemoveAt(index);

        var replay = ReviewCaseHistory.Read(RequestHistoryTests.Rehash(node), "case.json").Value.Replay(Seed);

        Assert.Equal(index, replay.RefusedIndex);
        Assert.Contains(ReviewViolationCodes.LevelOutOfOrder.Id, replay.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EditAtEveryEvent_FailsWithThatIndex()
    {
        var history = ReviewCaseHistory.Of(Sample());
        for (var i = 0; i < history.Count; i++)
        {
            var node = JsonNode.Parse(history.ToUtf8Json())!;
            node["events"]![i]!["at"] = "2024-06-14T00:59:00Z";

            var problem = Assert.Throws<HistoryException>(() => ReviewCaseHistory.Read(Encoding.UTF8.GetBytes(node.ToJsonString()), "case.json")).Errors[0];

            Assert.Same(HistoryProblemCodes.HashMismatch, problem.Code);
            Assert.Equal(i, problem.Location.Index);
        }
    }

    [Fact]
    public void Replay_UnderAnotherPolicy_RefusedOrWarned_AndTheRecordedOneIsChosenFromCandidates()
    {
        var history = ReviewCaseHistory.Read(ReviewCaseHistory.Of(Sample()).ToUtf8Json(), "case.json").Value;

        var township = history.Replay(ReviewCasePropertyTests.Township);
        Assert.False(township.IsAccepted);
        var chosen = history.Replay([ReviewCasePropertyTests.FourLevel, Seed]);
        Assert.True(chosen.IsAccepted);
        Assert.Empty(chosen.Problems);
        var none = history.Replay([ReviewCasePropertyTests.FourLevel]);
        Assert.Same(HistoryProblemCodes.PolicyMismatch, none.Problems[0].Code);
        Assert.Equal(ReviewPolicyVersion.Of(Seed), history.Policy);
        Assert.NotEqual(ReviewPolicyVersion.Of(Seed).Fingerprint, ReviewPolicyVersion.Of(ReviewCasePropertyTests.FourLevel).Fingerprint);
    }

    [Fact]
    public void Replay_SamePolicyRebuiltWithAChangedInterval_StillAcceptedButWarned()
    {
        var changed = ReviewPolicy.Create(Seed.Name)
            .Level("信息发布同志", ReviewRole.InformationPublisher)
            .Level("政务公开机构负责同志", ReviewRole.DisclosureOfficeHead)
            .Level("分管负责同志", ReviewRole.LeaderInCharge)
            .ConfidentialityReviewBy(ReviewRole.ConfidentialityReviewer)
            .PublishedBy(ReviewRole.InformationPublisher)
            .CleanUpEvery(Period.FromMonths(3))
            .Build();
        var c = ClearedInformation();

        var replay = ReviewCaseHistory.Of(c).Replay(changed);

        Assert.True(replay.IsAccepted);
        Assert.Equal(ProblemSeverity.Warning, replay.Problems[0].Severity);
        Assert.Same(HistoryProblemCodes.PolicyMismatch, replay.Problems[0].Code);
    }

    private static string State(ReviewItem i) =>
        $"{i.Id} {i.Kind} {i.Status} v{i.Version} {i.Content} [{string.Join(",", i.Approvals)}] {i.Clearance} {i.Consultation} {i.Publication} {i.FeedbackAt} {i.NextCleanupReview} {i.ClosingReason} {i.NoInterpretationReason}";
}
