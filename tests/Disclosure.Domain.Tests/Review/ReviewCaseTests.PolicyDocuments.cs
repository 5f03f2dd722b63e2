using Disclosure.Domain.Review;
using static Disclosure.Domain.Tests.Review.ReviewFixtures;

namespace Disclosure.Domain.Tests.Review;

public partial class ReviewCaseTests
{
    private const string Channel = "https://www.xuancheng.gov.cn/mz/consult";

    private const string SecrecyGround = "依据《中华人民共和国保守国家秘密法》，依法依规应当保密";

    [Fact]
    public void Submit_PolicyDocumentWithoutInterpretation_ReturnsInterpretationMissing()
    {
        var c = ReviewCase.Open("c", Seed).AddPolicyDocument("doc", Content(channel: Channel), Author, At(0)).Ok();

        Assert.Equal(["REVIEW015"], c.Submit("doc", Author, At(1)).Codes());
    }

    [Fact]
    public void Submit_PolicyDocumentBeforeItsInterpretation_ReturnsInterpretationNotSubmitted()
    {
        var c = ReviewCase.Open("c", Seed)
            .AddPolicyDocument("doc", Content(channel: Channel), Author, At(0)).Ok()
            .AddInterpretation("int", "doc", Content("sha-int"), Author, At(1)).Ok();

        Assert.Equal(["REVIEW016"], c.Submit("doc", Author, At(2)).Codes());
        Assert.True(c.Submit("int", Author, At(2)).Ok().Submit("doc", Author, At(3)).IsSuccess);
    }

    [Fact]
    public void MarkNoInterpretationNeeded_WithReason_LetsDocumentGoAlone()
    {
        var c = ReviewCase.Open("c", Seed)
            .AddPolicyDocument("doc", Content(channel: Channel), Author, At(0)).Ok()
            .MarkNoInterpretationNeeded("doc", "内部管理事项，不涉及公众权利义务", Author, At(1)).Ok();
        c = ThroughReview(c, "doc", 2);

        var published = c.Publish("doc", DisclosureScope.Public, Publisher, At(20)).Ok();

        Assert.Equal("内部管理事项，不涉及公众权利义务", published["doc"].NoInterpretationReason);
        Assert.Equal(ReviewEventKind.NoInterpretationNeeded, published.Trail[1].Kind);
    }

    [Fact]
    public void MarkNoInterpretationNeeded_OnInformation_ReturnsWrongItemKind()
    {
        var c = ReviewCase.Open("c", Seed).AddInformation("i1", Content(), Author, At(0)).Ok();

        Assert.Equal(["REVIEW025"], c.MarkNoInterpretationNeeded("i1", "n/a", Author, At(1)).Codes());
    }

    [Fact]
    public void Publish_DocumentBeforeInterpretation_ReturnsInterpretationNotPublished()
    {
        var c = DocumentAndInterpretationCleared();

        Assert.Equal(["REVIEW017"], c.Publish("doc", DisclosureScope.Public, Publisher, At(40)).Codes());
    }

    [Fact]
    public void Publish_DocumentWithInterpretationTogether_PublishesBothAtOneInstant()
    {
        var c = DocumentAndInterpretationCleared().Publish(["doc", "int"], DisclosureScope.Public, Publisher, At(40)).Ok();

        Assert.Equal(c["doc"].Publication!.At, c["int"].Publication!.At);
        Assert.Equal(ReviewItemStatus.Published, c["doc"].Status);
    }

    [Fact]
    public void Publish_InterpretationBeforeItsDocument_ReturnsDocumentNotPublished()
    {
        // 同步部署: before the fix the interpretation went out alone while its document was still unpublished.
        var c = DocumentAndInterpretationCleared();

        var result = c.Publish("int", DisclosureScope.Public, Publisher, At(40));

        Assert.Equal(["REVIEW030"], result.Codes());
        Assert.Contains("'doc' is Cleared", result.Violations[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Publish_DocumentWithoutConsultationChannel_ReturnsConsultationChannelMissing()
    {
        var c = ReviewCase.Open("c", Seed)
            .AddPolicyDocument("doc", Content(), Author, At(0)).Ok()
            .MarkNoInterpretationNeeded("doc", "reason", Author, At(1)).Ok();
        c = ThroughReview(c, "doc", 2);

        Assert.Equal(["REVIEW019"], c.Publish("doc", DisclosureScope.Public, Publisher, At(20)).Codes());
    }

    [Fact]
    public void Approve_FinalLevelOfMajorPublicInterestDocumentWithoutConsultation_ReturnsConsultationMissing()
    {
        var c = ReviewCase.Open("c", Seed)
            .AddPolicyDocument("doc", Content(channel: Channel), Author, At(0), involvesMajorPublicInterest: true).Ok()
            .MarkNoInterpretationNeeded("doc", "reason", Author, At(1)).Ok()
            .Submit("doc", Author, At(2)).Ok()
            .Approve("doc", 1, 1, Publisher, At(3)).Ok()
            .Approve("doc", 2, 1, OfficeHead, At(4)).Ok();

        Assert.Equal(["REVIEW018"], c.Approve("doc", 3, 1, Leader, At(5)).Codes());
        var consulted = c.RecordConsultation("doc", new LocalDate(2024, 5, 1), new LocalDate(2024, 5, 30), OfficeHead, At(5)).Ok();
        Assert.True(consulted.Approve("doc", 3, 1, Leader, At(6)).IsSuccess);
        var exempted = c.RecordConsultationExemption("doc", SecrecyGround, OfficeHead, At(5)).Ok();
        Assert.True(exempted["doc"].Consultation!.IsExemption);
        Assert.True(exempted.Approve("doc", 3, 1, Leader, At(6)).IsSuccess);
    }

    [Fact]
    public void RecordFeedback_AfterSolicitation_DischargesObligation()
    {
        var c = ReviewCase.Open("c", Seed)
            .AddPolicyDocument("doc", Content(channel: Channel), Author, At(0), involvesMajorPublicInterest: true).Ok()
            .MarkNoInterpretationNeeded("doc", "reason", Author, At(1)).Ok()
            .RecordConsultation("doc", new LocalDate(2024, 5, 1), new LocalDate(2024, 5, 30), Author, At(1)).Ok();
        c = ThroughReview(c, "doc", 2);
        Assert.Equal(["REVIEW023"], c.RecordFeedback("doc", Author, At(20)).Codes());

        var published = c.Publish("doc", DisclosureScope.Public, Publisher, At(20)).Ok();
        Assert.True(published["doc"].OwesFeedback);

        var done = published.RecordFeedback("doc", Author, At(21)).Ok();
        Assert.False(done["doc"].OwesFeedback);
        Assert.Equal(["REVIEW023"], done.RecordFeedback("doc", Author, At(22)).Codes());
    }

    [Fact]
    public void RecordFeedback_AfterExemption_ReturnsFeedbackNotOwed()
    {
        var c = ReviewCase.Open("c", Seed)
            .AddPolicyDocument("doc", Content(channel: Channel), Author, At(0), involvesMajorPublicInterest: true).Ok()
            .MarkNoInterpretationNeeded("doc", "reason", Author, At(1)).Ok()
            .RecordConsultationExemption("doc", SecrecyGround, OfficeHead, At(1)).Ok();
        c = ThroughReview(c, "doc", 2).Publish("doc", DisclosureScope.Public, Publisher, At(20)).Ok();

        Assert.False(c["doc"].OwesFeedback);
        Assert.Equal(["REVIEW023"], c.RecordFeedback("doc", Author, At(21)).Codes());
    }

    private static ReviewCase ThroughReview(ReviewCase c, string id, int t)
    {
        c = c.Submit(id, Author, At(t)).Ok()
            .Approve(id, 1, c[id].Version, Publisher, At(t + 1)).Ok()
            .Approve(id, 2, c[id].Version, OfficeHead, At(t + 2)).Ok()
            .Approve(id, 3, c[id].Version, Leader, At(t + 3)).Ok();
        return c.ClearConfidentiality(id, c[id].Version, c[id].Content.Flags, Secrecy, At(t + 4)).Ok();
    }

    private static ReviewCase DocumentAndInterpretationCleared()
    {
        var c = ReviewCase.Open("c", Seed)
            .AddPolicyDocument("doc", Content(channel: Channel), Author, At(0)).Ok()
            .AddInterpretation("int", "doc", Content("sha-int"), Author, At(1)).Ok();
        c = ThroughReview(c, "int", 2);
        return ThroughReview(c, "doc", 10);
    }
}
