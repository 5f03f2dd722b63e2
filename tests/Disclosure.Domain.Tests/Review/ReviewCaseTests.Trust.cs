using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Review;
using static Disclosure.Domain.Tests.Review.ReviewFixtures;

namespace Disclosure.Domain.Tests.Review;

// The review rules in time (issue 14, B.3–B.6). Each test states what the code did before the fix.
public partial class ReviewCaseTests
{
    private static readonly Reviewer Clerk = Reviewer.Create(PersonId.Parse("clerk"), "科员", Office);

    // T0 is 2024-06-14 in Shanghai.
    [Theory]
    [InlineData("2024-06-01", "2024-06-15")] // still running on the recording day
    [InlineData("2024-06-20", "2024-06-30")] // in the future: after the adoption that follows
    public void RecordConsultation_NotEndedOnRecordingDay_ReturnsSolicitationNotEnded(string from, string to)
    {
        // Before: accepted, and the document could then be adopted before the public had its say.
        var c = MajorDocumentAtLevel2();

        var result = c.RecordConsultation("doc", Date(from), Date(to), OfficeHead, At(10));

        Assert.Equal(["REVIEW028"], result.Codes());
        Assert.Contains($"runs {from}..{to} and has not ended on 2024-06-14", result.Violations[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordConsultation_EndedOnRecordingDay_LetsFinalApprovalFollow()
    {
        var c = MajorDocumentAtLevel2().RecordConsultation("doc", new LocalDate(2024, 5, 15), new LocalDate(2024, 6, 14), OfficeHead, At(10)).Ok();

        Assert.True(c.Approve("doc", 3, 1, Leader, At(11)).IsSuccess);
    }

    [Fact]
    public void RecordConsultation_ByPersonWithoutReviewRole_ReturnsMissingRole()
    {
        // Before: anybody could record the solicitation.
        var result = MajorDocumentAtLevel2().RecordConsultation("doc", new LocalDate(2024, 5, 1), new LocalDate(2024, 5, 30), Clerk, At(10));

        Assert.Equal(["REVIEW006"], result.Codes());
    }

    [Theory]
    [InlineData("x")]
    [InlineData("依法依规应当保密")]
    [InlineData("依据《》")]
    [InlineData("依据《 》，保密")]
    [InlineData("依据《保密法，未闭合")]
    public void RecordConsultationExemption_GroundCitesNoInstrument_ReturnsExemptionGroundNotCited(string ground)
    {
        // Before: any non-empty text, "x" included, exempted the document.
        var result = MajorDocumentAtLevel2().RecordConsultationExemption("doc", ground, OfficeHead, At(10));

        Assert.Equal(["REVIEW029"], result.Codes());
        Assert.Contains("《》", result.Violations[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordConsultationExemption_ByAuthorOrByPersonWithoutRole_IsRefused()
    {
        var c = MajorDocumentAtLevel2();

        Assert.Equal(["REVIEW007"], c.RecordConsultationExemption("doc", SecrecyGround, Author, At(10)).Codes());
        Assert.Equal(["REVIEW006"], c.RecordConsultationExemption("doc", SecrecyGround, Clerk, At(10)).Codes());
        Assert.True(c.RecordConsultationExemption("doc", "依据《政府信息公开条例》第十四条，依法确定为国家秘密", OfficeHead, At(10)).IsSuccess);
    }

    [Fact]
    public void Publish_InterpretationOfRejectedDocument_ReturnsDocumentNotPublished()
    {
        // Before: the interpretation of a rejected document was published and stayed up.
        var c = DocumentAndInterpretationCleared().Reject("doc", "不予发布", Leader, At(40)).Ok();

        var result = c.Publish("int", DisclosureScope.Public, Publisher, At(41));

        Assert.Equal(["REVIEW030"], result.Codes());
        Assert.Contains("'doc' is Rejected", result.Violations[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Withdraw_DocumentWhoseInterpretationStaysPublished_ReportsRequiredWithdrawal()
    {
        var c = DocumentAndInterpretationCleared().Publish(["doc", "int"], DisclosureScope.Public, Publisher, At(40)).Ok();
        Assert.Empty(c.Findings);

        var withdrawn = c.Withdraw("doc", "政策废止", Publisher, At(41)).Ok();

        var finding = Assert.Single(withdrawn.Findings);
        Assert.Equal("REVIEW031", finding.Code.Id);
        Assert.Equal("int", finding.ItemId);
        Assert.Contains("'doc' is Withdrawn: withdraw the interpretation", finding.Message, StringComparison.Ordinal);
        Assert.Empty(withdrawn.Withdraw("int", "随政策废止", Publisher, At(42)).Ok().Findings);
    }

    [Fact]
    public void Publish_PublicDocumentWithOnlyRestrictedInterpretation_ReturnsInterpretationNotPublic()
    {
        // Before: the restricted interpretation went out first, and the public document then counted as interpreted.
        var c = ReviewCase.Open("c", Seed)
            .AddPolicyDocument("doc", Content(channel: Channel), Author, At(0)).Ok()
            .AddInterpretation("int", "doc", Content("sha-int", DisclosureScope.RestrictedTo("本局干部职工")), Author, At(1)).Ok();
        c = ThroughReview(ThroughReview(c, "int", 2), "doc", 10);
        var first = c.Publish("int", DisclosureScope.RestrictedTo("本局干部职工"), Publisher, At(40));
        c = first.IsSuccess ? first.Value : c;

        var result = c.Publish("doc", DisclosureScope.Public, Publisher, At(41));

        Assert.Contains("REVIEW032", result.Codes());
        Assert.Contains("restricted(本局干部职工)", result.Violations.Single(v => v.Code == ReviewViolationCodes.InterpretationNotPublic).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_DocumentWhoseInterpretationWasRejected_WithReplacementInReview_Succeeds()
    {
        // Before: REVIEW016 for the rejected interpretation, forever.
        var c = WithRejectedInterpretation()
            .AddInterpretation("int-2", "doc", Content("sha-int-2"), Author, At(20)).Ok()
            .Submit("int-2", Author, At(21)).Ok();

        Assert.True(c.Submit("doc", Author, At(22)).IsSuccess);
    }

    [Fact]
    public void Submit_DocumentWhoseOnlyInterpretationWasRejected_ReturnsInterpretationMissing()
    {
        Assert.Equal(["REVIEW015"], WithRejectedInterpretation().Submit("doc", Author, At(20)).Codes());
    }

    [Fact]
    public void Publish_DocumentWithClearedReplacementOfRejectedInterpretation_Succeeds()
    {
        // Before: REVIEW017 for the rejected interpretation, forever.
        var c = WithRejectedInterpretation().AddInterpretation("int-2", "doc", Content("sha-int-2"), Author, At(20)).Ok();
        c = ThroughReview(ThroughReview(c, "int-2", 21), "doc", 30);

        var published = c.Publish(["doc", "int-2"], DisclosureScope.Public, Publisher, At(40)).Ok();

        Assert.Equal(ReviewItemStatus.Published, published["doc"].Status);
        Assert.Equal(ReviewItemStatus.Rejected, published["int"].Status);
    }

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    private static ReviewCase MajorDocumentAtLevel2() =>
        ReviewCase.Open("c", Seed)
            .AddPolicyDocument("doc", Content(channel: Channel), Author, At(0), involvesMajorPublicInterest: true).Ok()
            .MarkNoInterpretationNeeded("doc", "reason", Author, At(1)).Ok()
            .Submit("doc", Author, At(2)).Ok()
            .Approve("doc", 1, 1, Publisher, At(3)).Ok()
            .Approve("doc", 2, 1, OfficeHead, At(4)).Ok();

    private static ReviewCase WithRejectedInterpretation() =>
        ReviewCase.Open("c", Seed)
            .AddPolicyDocument("doc", Content(channel: Channel), Author, At(0)).Ok()
            .AddInterpretation("int", "doc", Content("sha-int"), Author, At(1)).Ok()
            .Submit("int", Author, At(2)).Ok()
            .Reject("int", "解读不准确", OfficeHead, At(3)).Ok();
}
