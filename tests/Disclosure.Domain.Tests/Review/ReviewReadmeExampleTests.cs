using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Review;
using Disclosure.Domain.RulePacks;

namespace Disclosure.Domain.Tests.Review;

/// <summary>The README's worked example of the review model, kept compiling and true.</summary>
public class ReviewReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_ThreeLevelReview_PublishesAndSchedulesCleanup()
    {
        // --- README example start ---
        var office = UnitId.Parse("office");
        var author = Reviewer.Create(PersonId.Parse("wang"), "王芳", UnitId.Parse("social-assistance"), ReviewRole.InformationPublisher);
        var clerk = Reviewer.Create(PersonId.Parse("li"), "李明", office, ReviewRole.InformationPublisher);
        var head = Reviewer.Create(PersonId.Parse("zhao"), "赵静", office, ReviewRole.DisclosureOfficeHead, ReviewRole.ConfidentialityReviewer);
        var leader = Reviewer.Create(PersonId.Parse("chen"), "陈刚", office, ReviewRole.LeaderInCharge);
        var t = Instant.FromUtc(2024, 6, 14, 1, 0);

        var result = ReviewCase.Open("2024-001", RulePack.XuanchengCivilAffairs2024.Review)
            .AddInformation("notice", ItemContent.Create("sha256:9f2c…", DisclosureScope.Public), author, t).Value
            .Submit("notice", author, t + Duration.FromMinutes(1)).Value
            .Approve("notice", level: 1, version: 1, clerk, t + Duration.FromMinutes(2)).Value
            .Approve("notice", level: 2, version: 1, head, t + Duration.FromMinutes(3));

        // The same person cannot approve twice: a value, not an exception.
        var twice = result.Value.Approve("notice", level: 3, version: 1, head, t + Duration.FromMinutes(4));
        // twice.IsSuccess == false; twice.Violations[0].Code.Id == "REVIEW008" (plus REVIEW006: head is not 分管负责同志)

        var published = result.Value
            .Approve("notice", level: 3, version: 1, leader, t + Duration.FromMinutes(4)).Value
            .ClearConfidentiality("notice", version: 1, SensitivityFlags.None, head, t + Duration.FromMinutes(5)).Value
            .Publish("notice", DisclosureScope.Public, clerk, t + Duration.FromMinutes(6)).Value;

        var due = CleanupSchedule.From([published]).ForUnit(office).Due(new LocalDate(2025, 6, 14));
        // due[0].ItemId == "notice": the office published it, so the office owes its yearly clean-up review.
        // --- README example end ---

        Assert.Equal(["REVIEW006", "REVIEW008"], twice.Violations.Select(v => v.Code.Id));
        Assert.Equal(ReviewItemStatus.Published, published["notice"].Status);
        Assert.Equal("notice", Assert.Single(due).ItemId);
    }
}
