using System.Reflection;
using Disclosure.Domain.Review;

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
}
