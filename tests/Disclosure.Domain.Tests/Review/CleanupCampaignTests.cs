using Disclosure.Domain.Review;
using static Disclosure.Domain.Tests.Review.ReviewFixtures;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Tests.Review;

public class CleanupCampaignTests
{
    private static readonly Reviewer AssistanceStaff = Reviewer.Create(PersonId.Parse("sa-staff"), "sa-staff", SocialAssistance);

    private static CleanupCampaign Campaign()
    {
        var a = CleanupScheduleTests.Published("case-a", "news-1", null, Publisher, Instant.FromUtc(2024, 4, 1, 2, 0));
        var b = CleanupScheduleTests.Published("case-b", "roster", null, Reviewer.Create(PersonId.Parse("sa-pub"), "sa-pub", SocialAssistance, ReviewRole.InformationPublisher), Instant.FromUtc(2024, 5, 1, 2, 0));
        return CleanupCampaign.Start(CleanupCampaign.SeedCampaignName, new LocalDate(2024, 11, 30), CleanupSchedule.From([a, b]).Entries);
    }

    [Fact]
    public void Decide_ByOwnersBeforeDeadline_CompletesCampaign()
    {
        var campaign = Campaign()
            .Decide("case-b", "roster", CleanupReason.PersonalPrivacy, AssistanceStaff, new LocalDate(2024, 10, 8)).Value
            .Decide("case-a", "news-1", null, OfficeHead, new LocalDate(2024, 11, 30)).Value;

        Assert.True(campaign.IsComplete);
        Assert.False(campaign.IsOverdue(new LocalDate(2024, 12, 31)));
        Assert.Empty(campaign.LateDecisions);
        Assert.Equal(CleanupReason.PersonalPrivacy, campaign.Decisions[0].Withdraw);
        Assert.Equal($"{CleanupCampaign.SeedCampaignName} (by 2024-11-30): 2/2 decided", campaign.ToString());
    }

    [Fact]
    public void Decide_OutsiderDuplicateOrUnknown_ReturnsViolations()
    {
        var campaign = Campaign().Decide("case-b", "roster", null, AssistanceStaff, new LocalDate(2024, 10, 8)).Value;

        Assert.Equal(["REVIEW027", "REVIEW024"], campaign.Decide("case-b", "roster", CleanupReason.Invalid, OfficeHead, new LocalDate(2024, 10, 9)).Codes());
        Assert.Equal(["REVIEW026"], campaign.Decide("case-x", "roster", null, OfficeHead, new LocalDate(2024, 10, 9)).Codes());
    }

    [Fact]
    public void IsOverdue_AfterDeadlineWithOutstandingItems_IsTrue()
    {
        var campaign = Campaign().Decide("case-a", "news-1", null, OfficeHead, new LocalDate(2024, 12, 2)).Value;

        Assert.False(campaign.IsOverdue(new LocalDate(2024, 11, 30)));
        Assert.True(campaign.IsOverdue(new LocalDate(2024, 12, 1)));
        Assert.Equal(["roster"], campaign.Outstanding.Select(e => e.ItemId));
        Assert.Single(campaign.LateDecisions);
    }

    [Fact]
    public void Start_DuplicateItem_Throws()
    {
        var entries = Campaign().Items;

        Assert.Throws<ArgumentException>(() => CleanupCampaign.Start("x", new LocalDate(2024, 1, 1), entries.AddRange(entries)));
    }
}
