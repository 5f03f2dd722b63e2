using Disclosure.Domain.Review;
using static Disclosure.Domain.Tests.Review.ReviewFixtures;

namespace Disclosure.Domain.Tests.Review;

public partial class ReviewCaseTests
{
    [Fact]
    public void Publish_AfterThreeLevelsAndClearance_PublishesAndRecordsTrail()
    {
        var c = ClearedInformation().Publish("i1", DisclosureScope.Public, Publisher, At(6)).Ok();

        var item = c["i1"];
        Assert.Equal(ReviewItemStatus.Published, item.Status);
        Assert.Equal(new LocalDate(2024, 6, 14), item.Publication!.Date);
        Assert.Equal(Office, item.Publication.By.Unit);
        Assert.Equal(new LocalDate(2025, 6, 14), item.NextCleanupReview);
        Assert.Equal(
            [ReviewEventKind.Added, ReviewEventKind.Submitted, ReviewEventKind.Approved, ReviewEventKind.Approved, ReviewEventKind.Approved, ReviewEventKind.ConfidentialityCleared, ReviewEventKind.Published],
            c.Trail.Select(e => e.Kind));
        Assert.Equal(["author", "author", "publisher", "office-head", "leader", "secrecy", "publisher"], c.Trail.Select(e => e.ActorId.Value));
        Assert.All(c.Trail, e => Assert.Equal(1, e.Version));
        Assert.Equal(Enumerable.Range(1, 7), c.Trail.Select(e => e.Sequence));
    }

    [Fact]
    public void Publish_Draft_ReturnsNotReviewed()
    {
        var c = ReviewCase.Open("c", Seed).AddInformation("i1", Content(), Author, At(0)).Ok();

        var result = c.Publish("i1", DisclosureScope.Public, Publisher, At(1));

        Assert.Equal(["REVIEW005"], result.Codes());
        Assert.Null(result.ValueOrNull);
        Assert.Throws<InvalidOperationException>(() => result.Value);
    }

    [Fact]
    public void Publish_ApprovedButNotCleared_ReturnsConfidentialityReviewMissing()
    {
        var c = ReviewCase.Open("c", Seed).AddInformation("i1", Content(), Author, At(0)).Ok()
            .Submit("i1", Author, At(1)).Ok()
            .Approve("i1", 1, 1, Publisher, At(2)).Ok()
            .Approve("i1", 2, 1, OfficeHead, At(3)).Ok()
            .Approve("i1", 3, 1, Leader, At(4)).Ok();

        Assert.Equal(["REVIEW011"], c.Publish("i1", DisclosureScope.Public, Publisher, At(5)).Codes());
    }

    [Fact]
    public void Approve_OwnItem_ReturnsSelfReview()
    {
        var c = ReviewCase.Open("c", Seed).AddInformation("i1", Content(), Author, At(0)).Ok().Submit("i1", Author, At(1)).Ok();

        Assert.Equal(["REVIEW007"], c.Approve("i1", 1, 1, Author, At(2)).Codes());
    }

    [Fact]
    public void Approve_SamePersonAtSecondLevel_ReturnsSamePersonTwoLevels()
    {
        var c = ReviewCase.Open("c", Seed).AddInformation("i1", Content(), Author, At(0)).Ok()
            .Submit("i1", Author, At(1)).Ok()
            .Approve("i1", 1, 1, Everything, At(2)).Ok();

        Assert.Equal(["REVIEW008"], c.Approve("i1", 2, 1, Everything, At(3)).Codes());
    }

    [Fact]
    public void Approve_SkippingALevel_ReturnsLevelOutOfOrder()
    {
        var c = ReviewCase.Open("c", Seed).AddInformation("i1", Content(), Author, At(0)).Ok().Submit("i1", Author, At(1)).Ok();

        Assert.Equal(["REVIEW010"], c.Approve("i1", 2, 1, OfficeHead, At(2)).Codes());
    }

    [Fact]
    public void Approve_WithoutTheLevelRole_ReturnsMissingRole()
    {
        var c = ReviewCase.Open("c", Seed).AddInformation("i1", Content(), Author, At(0)).Ok().Submit("i1", Author, At(1)).Ok();

        Assert.Equal(["REVIEW006"], c.Approve("i1", 1, 1, Leader, At(2)).Codes());
    }

    [Fact]
    public void Approve_StaleVersion_ReturnsStaleVersion()
    {
        var c = ReviewCase.Open("c", Seed).AddInformation("i1", Content(), Author, At(0)).Ok()
            .Revise("i1", Content("sha-b"), Author, At(1)).Ok()
            .Submit("i1", Author, At(2)).Ok();

        Assert.Equal(["REVIEW009"], c.Approve("i1", 1, 1, Publisher, At(3)).Codes());
        Assert.True(c.Approve("i1", 1, 2, Publisher, At(3)).IsSuccess);
    }

    [Fact]
    public void Approve_EverythingWrongAtOnce_ReturnsAllViolations()
    {
        var c = ReviewCase.Open("c", Seed).AddInformation("i1", Content(), Author, At(0)).Ok().Submit("i1", Author, At(1)).Ok();

        Assert.Equal(["REVIEW010", "REVIEW006", "REVIEW007", "REVIEW009"], c.Approve("i1", 3, 7, Author, At(2)).Codes());
    }

    [Theory]
    [InlineData("attachments")]
    [InlineData("scope")]
    [InlineData("classification")]
    [InlineData("text")]
    [InlineData("flags")]
    public void Revise_AfterClearance_VoidsApprovalsAndClearance(string change)
    {
        var c = ClearedInformation();
        var old = c["i1"].Content;
        var changed = change switch
        {
            "attachments" => ItemContent.Create(old.ContentHash, old.Scope, old.Classification, ["att-1"]),
            "scope" => old.WithScope(DisclosureScope.RestrictedTo("本局干部职工")),
            "classification" => ItemContent.Create(old.ContentHash, old.Scope, "依申请公开"),
            "flags" => old.WithFlags(SensitivityFlags.PersonalPrivacy),
            _ => Content("sha-z"),
        };

        var revised = c.Revise("i1", changed, Author, At(6)).Ok();

        var item = revised["i1"];
        Assert.Equal((ReviewItemStatus.Draft, 2), (item.Status, item.Version));
        Assert.Empty(item.Approvals);
        Assert.Null(item.Clearance);
        Assert.Equal(["REVIEW005"], revised.Publish("i1", changed.Scope, Publisher, At(7)).Codes());
    }

    [Fact]
    public void Revise_SameContent_ReturnsNoChange()
    {
        var c = ReviewCase.Open("c", Seed).AddInformation("i1", Content(), Author, At(0)).Ok();

        Assert.Equal(["REVIEW020"], c.Revise("i1", Content(), Author, At(1)).Codes());
    }

    [Fact]
    public void Revise_ByNonAuthorAfterPublication_ReturnsNotAuthorAndWrongStatus()
    {
        var c = ClearedInformation().Publish("i1", DisclosureScope.Public, Publisher, At(6)).Ok();

        Assert.Equal(["REVIEW003", "REVIEW004"], c.Revise("i1", Content("sha-b"), Publisher, At(7)).Codes());
    }

    [Fact]
    public void Publish_RestrictedItemPublicly_ReturnsScopeMismatch()
    {
        var restricted = DisclosureScope.RestrictedTo("低保对象本人");
        var c = ClearedInformation(content: Content(scope: restricted));

        Assert.Equal(["REVIEW014"], c.Publish("i1", DisclosureScope.Public, Publisher, At(6)).Codes());
        Assert.Equal(["REVIEW014"], c.Publish("i1", DisclosureScope.RestrictedTo("全体职工"), Publisher, At(6)).Codes());
        Assert.Equal(restricted, c.Publish("i1", restricted, Publisher, At(6)).Ok()["i1"].Publication!.Scope);
    }

    [Fact]
    public void ClearConfidentiality_FlagNotLifted_ReturnsFlagNotCleared()
    {
        var c = ReviewCase.Open("c", Seed).AddInformation("i1", Content(flags: SensitivityFlags.PersonalPrivacy | SensitivityFlags.Classified), Author, At(0)).Ok()
            .Submit("i1", Author, At(1)).Ok()
            .Approve("i1", 1, 1, Publisher, At(2)).Ok()
            .Approve("i1", 2, 1, OfficeHead, At(3)).Ok()
            .Approve("i1", 3, 1, Leader, At(4)).Ok();

        var partial = c.ClearConfidentiality("i1", 1, SensitivityFlags.PersonalPrivacy, Secrecy, At(5));
        Assert.Equal(["REVIEW013"], partial.Codes());
        Assert.Contains("Classified", partial.Violations[0].Message, StringComparison.Ordinal);
        var cleared = c.ClearConfidentiality("i1", 1, SensitivityFlags.PersonalPrivacy | SensitivityFlags.Classified, Secrecy, At(5)).Ok();
        Assert.Equal(SensitivityFlags.PersonalPrivacy | SensitivityFlags.Classified, cleared["i1"].Clearance!.ClearedFlags);
        Assert.True(cleared.Publish("i1", DisclosureScope.Public, Publisher, At(6)).IsSuccess);
    }

    [Fact]
    public void ClearConfidentiality_BeforeLastLevel_ReturnsConfidentialityBeforeApproval()
    {
        var c = ReviewCase.Open("c", Seed).AddInformation("i1", Content(), Author, At(0)).Ok()
            .Submit("i1", Author, At(1)).Ok()
            .Approve("i1", 1, 1, Publisher, At(2)).Ok();

        Assert.Equal(["REVIEW012"], c.ClearConfidentiality("i1", 1, SensitivityFlags.None, Secrecy, At(3)).Codes());
    }

    [Fact]
    public void ClearConfidentiality_ByAuthorWithoutRole_ReturnsMissingRoleAndSelfReview()
    {
        var c = ReviewCase.Open("c", Seed).AddInformation("i1", Content(), Author, At(0)).Ok()
            .Submit("i1", Author, At(1)).Ok()
            .Approve("i1", 1, 1, Publisher, At(2)).Ok()
            .Approve("i1", 2, 1, OfficeHead, At(3)).Ok()
            .Approve("i1", 3, 1, Leader, At(4)).Ok();

        Assert.Equal(["REVIEW006", "REVIEW007"], c.ClearConfidentiality("i1", 1, SensitivityFlags.None, Author, At(5)).Codes());
    }

    [Fact]
    public void Return_DuringReview_VoidsApprovalsKeepsVersion()
    {
        var c = ReviewCase.Open("c", Seed).AddInformation("i1", Content(), Author, At(0)).Ok()
            .Submit("i1", Author, At(1)).Ok()
            .Approve("i1", 1, 1, Publisher, At(2)).Ok()
            .Return("i1", "补充附件", OfficeHead, At(3)).Ok();

        Assert.Equal((ReviewItemStatus.Draft, 1, 0, "补充附件"), (c["i1"].Status, c["i1"].Version, c["i1"].Approvals.Length, c["i1"].ClosingReason));
        Assert.Equal(["REVIEW004"], c.Approve("i1", 2, 1, OfficeHead, At(4)).Codes());
    }

    [Fact]
    public void Reject_ThenAnything_ReturnsWrongStatus()
    {
        var c = ReviewCase.Open("c", Seed).AddInformation("i1", Content(), Author, At(0)).Ok()
            .Submit("i1", Author, At(1)).Ok()
            .Reject("i1", "不宜公开", Leader, At(2)).Ok();

        Assert.Equal(ReviewItemStatus.Rejected, c["i1"].Status);
        Assert.Equal(["REVIEW003", "REVIEW004"], c.Submit("i1", Publisher, At(3)).Codes());
        Assert.Equal(["REVIEW004"], c.Revise("i1", Content("sha-b"), Author, At(3)).Codes());
    }

    [Fact]
    public void Command_EarlierThanLastDecision_ReturnsTimeGoesBackwards()
    {
        var c = ReviewCase.Open("c", Seed).AddInformation("i1", Content(), Author, At(10)).Ok();

        Assert.Equal(["REVIEW021"], c.Submit("i1", Author, At(9)).Codes());
    }

    [Fact]
    public void Commands_UnknownAndDuplicateItems_ReturnCodes()
    {
        var c = ReviewCase.Open("c", Seed).AddInformation("i1", Content(), Author, At(0)).Ok();

        Assert.Equal(["REVIEW001"], c.Submit("nope", Author, At(1)).Codes());
        Assert.Equal(["REVIEW002"], c.AddInformation("i1", Content(), Author, At(1)).Codes());
        Assert.Equal(["REVIEW022"], c.AddInterpretation("j1", "i1", Content(), Author, At(1)).Codes());
        Assert.Throws<KeyNotFoundException>(() => c["nope"]);
    }

    [Fact]
    public void Publish_ByPersonWithoutPublisherRole_ReturnsMissingRole()
    {
        Assert.Equal(["REVIEW006"], ClearedInformation().Publish("i1", DisclosureScope.Public, Leader, At(6)).Codes());
    }

    [Fact]
    public void Commands_BadArguments_Throw()
    {
        var c = ReviewCase.Open("c", Seed).AddInformation("i1", Content(), Author, At(0)).Ok();

        Assert.Throws<ArgumentException>(() => c.Return("i1", " ", Leader, At(1)));
        Assert.Throws<ArgumentNullException>(() => c.Submit("i1", null!, At(1)));
        Assert.Throws<ArgumentException>(() => c.Publish([], DisclosureScope.Public, Publisher, At(1)));
        Assert.Throws<ArgumentException>(() => c.Publish(["i1", "i1"], DisclosureScope.Public, Publisher, At(1)));
        Assert.Throws<ArgumentException>(() => ReviewCase.Open("", Seed));
        Assert.Throws<ArgumentException>(() => c.RecordConsultation("i1", new LocalDate(2024, 5, 2), new LocalDate(2024, 5, 1), Author, At(1)));
    }

    [Fact]
    public void KeepAfterCleanup_ByPublisherUnit_MovesNextReview()
    {
        var c = ClearedInformation().Publish("i1", DisclosureScope.Public, Publisher, At(6)).Ok();
        var later = Instant.FromUtc(2025, 7, 1, 2, 0);

        Assert.Equal(["REVIEW024"], c.KeepAfterCleanup("i1", Author, later).Codes());
        var kept = c.KeepAfterCleanup("i1", OfficeHead, later).Ok();
        Assert.Equal(new LocalDate(2026, 7, 1), kept["i1"].NextCleanupReview);
        Assert.Equal(ReviewEventKind.KeptAfterCleanup, kept.Trail[^1].Kind);
    }

    [Fact]
    public void Withdraw_ByPublisherUnit_EndsCleanupObligation()
    {
        var c = ClearedInformation().Publish("i1", DisclosureScope.Public, Publisher, At(6)).Ok();

        Assert.Equal(["REVIEW024"], c.Withdraw("i1", "无效", Author, At(7)).Codes());
        var withdrawn = c.Withdraw("i1", "无效", Leader, At(7)).Ok();
        Assert.Equal((ReviewItemStatus.Withdrawn, (LocalDate?)null), (withdrawn["i1"].Status, withdrawn["i1"].NextCleanupReview));
        Assert.Equal(["REVIEW004"], withdrawn.Withdraw("i1", "again", Leader, At(8)).Codes());
        Assert.Empty(CleanupSchedule.From([withdrawn]).Entries);
    }
}
