using CsCheck;
using Disclosure.Domain.Review;
using static Disclosure.Domain.Tests.Review.ReviewFixtures;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Tests.Review;

/// <summary>
/// CsCheck property over a policy document, its interpretation and a possible replacement interpretation under the
/// seed's policy: random command sequences (biased towards accepted commands; rejections, withdrawals, solicitations
/// still running, exemptions without a cited ground or by the author among them) must never break the
/// policy-document rules.
/// </summary>
public class ReviewCasePolicyDocumentPropertyTests(ITestOutputHelper output)
{
    private static readonly Reviewer[] People =
    [
        Author,
        Reviewer.Create(PersonId.Parse("r1"), "r1", Office, ReviewRole.InformationPublisher, ReviewRole.ConfidentialityReviewer),
        Reviewer.Create(PersonId.Parse("r2"), "r2", Office, ReviewRole.DisclosureOfficeHead, ReviewRole.InformationPublisher),
        Reviewer.Create(PersonId.Parse("r3"), "r3", Office, ReviewRole.LeaderInCharge),
        Everything,
    ];

    private static readonly ItemContent[] DocContents =
    [
        Content("doc-a", channel: "https://example.gov.cn/consult"),
        Content("doc-b"),
        Content("doc-c", flags: SensitivityFlags.Classified, channel: "https://example.gov.cn/consult"),
    ];

    private static readonly ItemContent[] IntContents = [Content("int-a"), Content("int-b", DisclosureScope.RestrictedTo("staff"))];

    [Fact]
    public void RandomSequences_PolicyDocumentAndInterpretation_KeepDocumentRules()
    {
        var commands = Commands().ToArray();
        long published = 0, alone = 0, replaced = 0, findings = 0;
        var gen = from major in Gen.Bool from start in Gen.Int[0, 3] from choices in Gen.Int[0, 99999].Array[1, 120] select (major, start, choices);
        gen.Sample(
            (major, start, choices) =>
            {
                var c = ReviewCase.Open("p", Seed)
                    .AddPolicyDocument("doc", DocContents[0], Author, At(0), major).Ok()
                    .AddInterpretation("int", "doc", IntContents[0], Author, At(0)).Ok();

                // A quarter of the sequences start after the first interpretation was rejected and a replacement added,
                // and a quarter with the document marked as needing none, so that both paths are exercised often
                // enough to be asserted on.
                if (start == 0)
                {
                    c = c.Submit("int", Author, At(0)).Ok().Reject("int", "解读不准确", People[2], At(0)).Ok()
                        .AddInterpretation("int-2", "doc", IntContents[0], Author, At(0)).Ok();
                }
                else if (start == 1)
                {
                    c = c.MarkNoInterpretationNeeded("doc", "不涉及公众权利义务", Author, At(0)).Ok();
                }

                var log = new List<string>();
                for (var i = 0; i < choices.Length; i++)
                {
                    var at = At(i + 1);
                    var choice = choices[i];
                    var greedy = choice % 10 < 8;
                    for (var k = 0; k < (greedy ? commands.Length : 1); k++)
                    {
                        var (name, run) = commands[(choice / 10 + k) % commands.Length];
                        if (greedy && Setback(name))
                        {
                            continue;
                        }

                        var result = run(c, at);
                        if (result.IsSuccess)
                        {
                            c = result.Value;
                            log.Add(name);
                            Check(c, () => string.Join(", ", log));
                            break;
                        }
                    }
                }

                if (!c.Findings.IsEmpty)
                {
                    Interlocked.Increment(ref findings);
                }

                if (c["doc"].Status == ReviewItemStatus.Published)
                {
                    Interlocked.Increment(ref published);
                    if (c.Find("int-2") is { Status: ReviewItemStatus.Published } && c["int"].Status == ReviewItemStatus.Rejected)
                    {
                        Interlocked.Increment(ref replaced);
                    }

                    if (c["doc"].NoInterpretationReason is not null)
                    {
                        Interlocked.Increment(ref alone);
                    }
                }
            },
            iter: 1000);
        output.WriteLine($"documents published in {published} of 1000 sequences ({alone} marked as needing no interpretation, {replaced} with a replacement of a rejected interpretation); {findings} sequences end owing a withdrawal");
        Assert.True(replaced > 0, $"the property must publish documents with a replacement interpretation (got {replaced})");
        Assert.True(findings > 0, $"the property must reach an interpretation outliving its document (got {findings})");
        Assert.True(published - alone > 50, $"the property must publish documents with their interpretation (got {published - alone})");
        Assert.True(alone > 0, $"the property must publish documents marked as needing no interpretation (got {alone})");
    }

    // Commands that undo progress are taken only by the unbiased choices, so that documents still get published.
    private static bool Setback(string name) =>
        name is "no interpretation" or "add replacement"
        || new[] { "revise", "return", "reject", "withdraw" }.Any(p => name.StartsWith(p, StringComparison.Ordinal));

    private static void Check(ReviewCase c, Func<string> trace)
    {
        var doc = c["doc"];
        var interpretations = c.Items.Where(i => i.Kind == ReviewItemKind.Interpretation).ToList();
        void That(bool ok, string what) => Assert.True(ok, $"{what}\nsequence: {trace()}");
        foreach (var item in c.Items.Where(i => i.Status is ReviewItemStatus.Published or ReviewItemStatus.Withdrawn))
        {
            That(item.Approvals.Length == 3 && item.Approvals.All(a => a.Version == item.Version && a.By.Id != item.Author.Id), $"{item.Id}: three approvals of the current version by non-authors");
            That(item.Approvals.Select(a => a.By.Id).Distinct().Count() == 3, $"{item.Id}: three distinct approvers");
            That(item.Clearance is { } cl && cl.Version == item.Version && (item.Content.Flags & ~cl.ClearedFlags) == 0, $"{item.Id}: cleared, flags lifted");
            That(item.Publication!.Scope.Equals(item.Content.Scope), $"{item.Id}: own scope");
        }

        if (doc.Publication is { } p)
        {
            That(doc.Content.ConsultationChannel is not null, "document published with its consultation channel");
            That(
                doc.NoInterpretationReason is not null
                || interpretations.Any(i => i.Publication is { } ip && ip.At <= p.At && (ip.Scope.IsPublic || ip.Scope.Equals(doc.Content.Scope))),
                "an interpretation reaching the document's audience published no later than the document, unless marked as needing none");
        }

        foreach (var i in interpretations.Where(i => i.Publication is not null))
        {
            That(doc.Publication is { } dp && dp.At <= i.Publication!.At, $"{i.Id}: an interpretation is published only with or after its document (同步部署)");
        }

        That(
            c.Findings.Select(f => f.ItemId).SequenceEqual(interpretations.Where(i => i.Status == ReviewItemStatus.Published && doc.Status != ReviewItemStatus.Published).Select(i => i.Id)),
            "every interpretation outliving its document is reported, and nothing else");

        var finalApproval = doc.Approvals.FirstOrDefault(a => a.Level == 3);
        if (finalApproval is not null && doc.InvolvesMajorPublicInterest)
        {
            That(doc.Consultation is { } k && k.At <= finalApproval.At, "solicitation or exemption recorded before adoption");
            That(doc.Consultation!.To is not { } to || to <= finalApproval.At.InZone(Seed.TimeZone).Date, "the solicitation ended by the day of adoption");
        }

        if (doc.Consultation is { } recorded)
        {
            That(Seed.Levels.Any(l => recorded.By.HasRole(l.Role)), "recorded by a person holding a review level's role");
            That(!recorded.IsExemption || (recorded.By.Id != doc.Author.Id && recorded.LegalGround!.Contains('《', StringComparison.Ordinal)), "an exemption cites its instrument and is not granted by the author");
        }

        if (doc.Status != ReviewItemStatus.Draft && doc.NoInterpretationReason is null)
        {
            var lastDocSubmit = c.Trail.Last(e => e.ItemId == "doc" && e.Kind == ReviewEventKind.Submitted).Sequence;
            That(c.Trail.Any(e => e.ItemId.StartsWith("int", StringComparison.Ordinal) && e.Kind == ReviewEventKind.Submitted && e.Sequence < lastDocSubmit), "an interpretation submitted before the document");
        }

        if (doc.OwesFeedback)
        {
            That(doc.Consultation is { IsExemption: false }, "feedback owed only after a solicitation");
        }
    }

    private static IEnumerable<(string Name, Func<ReviewCase, Instant, ReviewResult<ReviewCase>> Run)> Commands()
    {
        yield return ("add replacement", (c, t) => c.AddInterpretation("int-2", "doc", IntContents[0], Author, t));
        foreach (var id in new[] { "doc", "int", "int-2" })
        {
            yield return ($"submit {id}", (c, t) => c.Submit(id, Author, t));
            for (var p = 0; p < People.Length; p++)
            {
                var by = People[p];
                for (var level = 1; level <= 3; level++)
                {
                    var l = level;
                    yield return ($"approve {id} L{l} p{p}", (c, t) => c.Approve(id, l, c.Find(id)?.Version ?? 1, by, t));
                }

                yield return ($"clear {id} p{p}", (c, t) => c.ClearConfidentiality(id, c.Find(id)?.Version ?? 1, c.Find(id)?.Content.Flags ?? SensitivityFlags.None, by, t));
                yield return ($"return {id} p{p}", (c, t) => c.Return(id, "r", by, t));
                yield return ($"reject {id} p{p}", (c, t) => c.Reject(id, "r", by, t));
                yield return ($"withdraw {id} p{p}", (c, t) => c.Withdraw(id, "w", by, t));
                yield return ($"publish {id} p{p}", (c, t) => c.Publish(id, c.Find(id)?.Content.Scope ?? DisclosureScope.Public, by, t));
                yield return ($"publish {id} publicly p{p}", (c, t) => c.Publish(id, DisclosureScope.Public, by, t));
            }
        }

        for (var p = 0; p < People.Length; p++)
        {
            var by = People[p];
            yield return ($"publish both p{p}", (c, t) => c.Publish(["doc", "int"], DisclosureScope.Public, by, t));
            yield return ($"publish doc and replacement p{p}", (c, t) => c.Publish(["doc", "int-2"], DisclosureScope.Public, by, t));
        }

        foreach (var content in DocContents)
        {
            yield return ($"revise doc {content.ContentHash}", (c, t) => c.Revise("doc", content, Author, t));
        }

        foreach (var content in IntContents)
        {
            yield return ($"revise int {content.ContentHash}", (c, t) => c.Revise("int", content, Author, t));
        }

        yield return ("no interpretation", (c, t) => c.MarkNoInterpretationNeeded("doc", "不涉及公众权利义务", Author, t));
        yield return ("consult", (c, t) => c.RecordConsultation("doc", new LocalDate(2024, 5, 1), new LocalDate(2024, 5, 30), People[2], t));
        yield return ("exempt", (c, t) => c.RecordConsultationExemption("doc", "依据《中华人民共和国保守国家秘密法》，依法依规应当保密", People[2], t));
        yield return ("consult, still running", (c, t) => c.RecordConsultation("doc", new LocalDate(2024, 6, 1), new LocalDate(2024, 7, 30), People[2], t));
        yield return ("consult, by the author", (c, t) => c.RecordConsultation("doc", new LocalDate(2024, 5, 1), new LocalDate(2024, 5, 30), Author, t));
        yield return ("exempt, no ground", (c, t) => c.RecordConsultationExemption("doc", "x", People[2], t));
        yield return ("exempt, by the author", (c, t) => c.RecordConsultationExemption("doc", "依据《中华人民共和国保守国家秘密法》，依法依规应当保密", Author, t));
        yield return ("feedback", (c, t) => c.RecordFeedback("doc", People[2], t));
    }
}
