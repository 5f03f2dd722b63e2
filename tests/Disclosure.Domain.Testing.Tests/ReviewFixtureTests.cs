using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Review;
using Disclosure.Domain.RulePacks;

namespace Disclosure.Domain.Testing.Tests;

public class ReviewFixtureTests
{
    private readonly ReviewFixture r = new(RulePack.XuanchengCivilAffairs2024.Review);

    [Fact]
    public void PolicyAllows_TheFullProcedure_ReturnsThePublishedCase()
    {
        var done = DomainAssert.PolicyAllows(r, r.Procedure("notice"));

        Assert.Equal(ReviewItemStatus.Published, done["notice"].Status);
        Assert.Equal(3, r.LevelReviewers.Length);
    }

    [Fact]
    public void PolicyRefuses_PublishAfterOneLevel_NotReviewed()
    {
        DomainAssert.PolicyRefuses(r, [r.AddInformation("notice"), r.Submit("notice"), r.Approve("notice", 1), r.Publish("notice")], ReviewViolationCodes.NotReviewed);
    }

    [Fact]
    public void PolicyRefuses_SamePersonAtTwoLevels_SamePersonTwoLevels()
    {
        var both = Reviewer.Create(PersonId.Parse("zhao"), "zhao", UnitId.Parse("office"), ReviewRole.InformationPublisher, ReviewRole.DisclosureOfficeHead);

        DomainAssert.PolicyRefuses(
            r,
            [r.AddInformation("notice"), r.Submit("notice"), r.Approve("notice", 1, both), r.Approve("notice", 2, both)],
            ReviewViolationCodes.SamePersonTwoLevels);
    }

    [Fact]
    public void PolicyRefuses_LastStepAllowed_ThrowsSayingItWasAllowed()
    {
        var e = Assert.Throws<DomainAssertionException>(() =>
            DomainAssert.PolicyRefuses(r, [r.AddInformation("notice"), r.Submit("notice")], ReviewViolationCodes.NotReviewed));

        Assert.Contains("allowed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PolicyRefuses_EarlierStepRefused_ThrowsNamingThatStep()
    {
        var e = Assert.Throws<DomainAssertionException>(() =>
            DomainAssert.PolicyRefuses(r, [r.AddInformation("notice"), r.Approve("notice", 1), r.Publish("notice")], ReviewViolationCodes.NotReviewed));

        Assert.Contains("step 2 (approve notice v1 at level 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PolicyAllows_RefusedSequence_ThrowsWithTheViolationCode()
    {
        var e = Assert.Throws<DomainAssertionException>(() => DomainAssert.PolicyAllows(r, [r.AddInformation("notice"), r.Publish("notice")]));

        Assert.Contains("REVIEW", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApproveAllLevels_TwoLevelPolicy_UsesTwoReviewers()
    {
        var twoLevels = PolicyFixture.WithLevels(ReviewRole.DisclosureOfficeHead, ReviewRole.LeaderInCharge);
        var fixture = new ReviewFixture(twoLevels);

        var done = DomainAssert.PolicyAllows(fixture, fixture.Procedure("notice"));

        Assert.Equal(["level-1", "level-2"], fixture.LevelReviewers.Select(x => x.Id.Value));
        Assert.Equal(ReviewItemStatus.Published, done["notice"].Status);
    }
}
