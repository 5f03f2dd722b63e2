using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Review;
using static Disclosure.Domain.Tests.Review.ReviewFixtures;

namespace Disclosure.Domain.Tests.Review;

public class CleanupScheduleTests
{
    private static readonly Reviewer AssistancePublisher = Reviewer.Create(PersonId.Parse("sa-publisher"), "sa-publisher", SocialAssistance, ReviewRole.InformationPublisher);

    private static ReviewPolicy Policy { get; } = ReviewPolicy.Create("with column override")
        .Level("L1", ReviewRole.InformationPublisher)
        .Level("L2", ReviewRole.LeaderInCharge)
        .ConfidentialityReviewBy(ReviewRole.ConfidentialityReviewer)
        .PublishedBy(ReviewRole.InformationPublisher)
        .CleanUpEvery(Period.FromYears(1))
        .CleanUpColumnEvery("notices", Period.FromMonths(3))
        .Build();

    [Fact]
    public void From_PublishedItems_SchedulesPerColumnIntervalAndPublisherUnit()
    {
        var a = Published("case-a", "news-1", null, Publisher, Instant.FromUtc(2024, 3, 31, 17, 0)); // 2024-04-01 in Shanghai
        var b = Published("case-b", "notice-1", "notices", AssistancePublisher, Instant.FromUtc(2024, 5, 10, 2, 0));

        var schedule = CleanupSchedule.From([a, b]);

        Assert.Equal(
            [
                new CleanupEntry("case-b", "notice-1", "notices", SocialAssistance, new LocalDate(2024, 5, 10), new LocalDate(2024, 8, 10)),
                new CleanupEntry("case-a", "news-1", null, Office, new LocalDate(2024, 4, 1), new LocalDate(2025, 4, 1)),
            ],
            schedule.Entries);
    }

    [Fact]
    public void DueAndOverdue_OnDates_SplitAtTheDueDate()
    {
        var b = Published("case-b", "notice-1", "notices", AssistancePublisher, Instant.FromUtc(2024, 5, 10, 2, 0));
        var schedule = CleanupSchedule.From([b]);

        Assert.Empty(schedule.Due(new LocalDate(2024, 8, 9)));
        Assert.Single(schedule.Due(new LocalDate(2024, 8, 10)));
        Assert.Empty(schedule.Overdue(new LocalDate(2024, 8, 10)));
        Assert.Single(schedule.Overdue(new LocalDate(2024, 8, 11)));
    }

    [Fact]
    public void ForUnit_TwoPublishers_EachOwesOnlyTheirOwn()
    {
        var schedule = CleanupSchedule.From(
        [
            Published("case-a", "news-1", null, Publisher, Instant.FromUtc(2024, 4, 1, 2, 0)),
            Published("case-b", "notice-1", "notices", AssistancePublisher, Instant.FromUtc(2024, 5, 10, 2, 0)),
        ]);

        Assert.Equal(["news-1"], schedule.ForUnit(Office).Entries.Select(e => e.ItemId));
        Assert.Equal(["notice-1"], schedule.ForUnit(SocialAssistance).Entries.Select(e => e.ItemId));
        Assert.Empty(schedule.ForUnit(UnitId.Parse("child-welfare")).Entries);
    }

    [Fact]
    public void From_KeptItem_UsesTheLastReviewDate()
    {
        var c = Published("case-b", "notice-1", "notices", AssistancePublisher, Instant.FromUtc(2024, 5, 10, 2, 0))
            .KeepAfterCleanup("notice-1", AssistancePublisher, Instant.FromUtc(2024, 8, 20, 2, 0)).Ok();

        Assert.Equal(new LocalDate(2024, 11, 20), Assert.Single(CleanupSchedule.From([c]).Entries).DueOn);
    }

    internal static ReviewCase Published(string caseId, string itemId, string? column, Reviewer publisher, Instant at)
    {
        var t = at - Duration.FromMinutes(10);
        var c = ReviewCase.Open(caseId, Policy)
            .AddInformation(itemId, Content(), Author, t, column).Ok()
            .Submit(itemId, Author, t + Duration.FromMinutes(1)).Ok()
            .Approve(itemId, 1, 1, Publisher, t + Duration.FromMinutes(2)).Ok()
            .Approve(itemId, 2, 1, Leader, t + Duration.FromMinutes(3)).Ok()
            .ClearConfidentiality(itemId, 1, SensitivityFlags.None, Secrecy, t + Duration.FromMinutes(4)).Ok();
        return c.Publish(itemId, DisclosureScope.Public, publisher, at).Ok();
    }
}
