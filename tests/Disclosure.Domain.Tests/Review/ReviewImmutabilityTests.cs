using System.Reflection;
using Disclosure.Domain.Histories;
using Disclosure.Domain.Review;
using static Disclosure.Domain.Tests.Review.ReviewFixtures;

namespace Disclosure.Domain.Tests.Review;

/// <summary>The public API cannot build or alter a review state except through the case's commands.</summary>
public class ReviewImmutabilityTests
{
    private static readonly Type[] StateTypes =
    [
        typeof(ReviewCase), typeof(ReviewItem), typeof(ReviewPolicy), typeof(ReviewLevel), typeof(ReviewRule), typeof(ItemContent),
        typeof(DisclosureScope), typeof(Reviewer), typeof(ReviewRole), typeof(CleanupSchedule), typeof(CleanupCampaign),
        typeof(ReviewViolationCodes), typeof(ReviewResult<ReviewCase>),
    ];

    [Fact]
    public void StateTypes_NoPublicConstructors()
    {
        Assert.All(StateTypes, t => Assert.Empty(t.GetConstructors(BindingFlags.Public | BindingFlags.Instance)));
    }

    [Fact]
    public void ReviewTypes_NoPublicSettersOrMutableFields()
    {
        var types = typeof(ReviewCase).Assembly.GetExportedTypes().Where(t => t.Namespace == "Disclosure.Domain.Review" && !t.IsEnum && !typeof(Exception).IsAssignableFrom(t) && t != typeof(ReviewPolicyBuilder));
        foreach (var type in types)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var setter = property.SetMethod;
                var isInitOnlyRecordMember = setter is not null && setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit");
                Assert.True(setter is null || !setter.IsPublic || isInitOnlyRecordMember, $"{type.Name}.{property.Name} has a public setter");
            }

            Assert.DoesNotContain(type.GetFields(BindingFlags.Public | BindingFlags.Instance), f => !f.IsInitOnly);
        }
    }

    [Fact]
    public void Commands_TwoFromOneCase_NeitherSeesTheOther()
    {
        // The trail is shared with the case before a command: branching from an older case must not leak events.
        var submitted = ReviewCase.Open("c", Seed).AddInformation("i1", Content(), Author, At(0)).Ok().Submit("i1", Author, At(1)).Ok();
        var before = submitted.Trail;

        var approved = submitted.Approve("i1", 1, 1, Publisher, At(2)).Ok();
        var returned = submitted.Return("i1", "incomplete", OfficeHead, At(3)).Ok();
        var approvedAgain = approved.Approve("i1", 2, 1, OfficeHead, At(4)).Ok();
        _ = submitted.Publish("i1", DisclosureScope.Public, Publisher, At(5));

        Assert.Equal(before, submitted.Trail);
        Assert.Equal([ReviewEventKind.Added, ReviewEventKind.Submitted, ReviewEventKind.Approved], approved.Trail.Select(e => e.Kind));
        Assert.Equal([ReviewEventKind.Added, ReviewEventKind.Submitted, ReviewEventKind.Returned], returned.Trail.Select(e => e.Kind));
        Assert.Equal([1, 2, 3, 4], approvedAgain.Trail.Select(e => e.Sequence));
        Assert.Equal(3, ReviewCaseHistory.Of(returned).Count);
        Assert.True(ReviewCaseHistory.Of(approvedAgain).Replay(Seed).IsAccepted);
    }
}
