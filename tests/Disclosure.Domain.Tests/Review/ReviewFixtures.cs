using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Review;
using Disclosure.Domain.RulePacks;

namespace Disclosure.Domain.Tests.Review;

/// <summary>People, units, contents and instants shared by the review tests.</summary>
internal static class ReviewFixtures
{
    public static readonly UnitId SocialAssistance = UnitId.Parse("social-assistance");
    public static readonly UnitId Office = UnitId.Parse("office");

    /// <summary>The author: a 信息发布同志 of the social-assistance section (so the self-review rule, not a missing role, must stop them).</summary>
    public static readonly Reviewer Author = Reviewer.Create(PersonId.Parse("author"), "author", SocialAssistance, ReviewRole.InformationPublisher);

    public static readonly Reviewer Publisher = Reviewer.Create(PersonId.Parse("publisher"), "publisher", Office, ReviewRole.InformationPublisher);

    public static readonly Reviewer OfficeHead = Reviewer.Create(PersonId.Parse("office-head"), "office-head", Office, ReviewRole.DisclosureOfficeHead);

    public static readonly Reviewer Leader = Reviewer.Create(PersonId.Parse("leader"), "leader", Office, ReviewRole.LeaderInCharge);

    public static readonly Reviewer Secrecy = Reviewer.Create(PersonId.Parse("secrecy"), "secrecy", Office, ReviewRole.ConfidentialityReviewer);

    /// <summary>A person holding every seed role (one person, many hats).</summary>
    public static readonly Reviewer Everything = Reviewer.Create(
        PersonId.Parse("everything"),
        "everything",
        Office,
        ReviewRole.InformationPublisher,
        ReviewRole.DisclosureOfficeHead,
        ReviewRole.LeaderInCharge,
        ReviewRole.ConfidentialityReviewer);

    public static readonly Instant T0 = Instant.FromUtc(2024, 6, 14, 1, 0);

    public static ReviewPolicy Seed => RulePack.XuanchengCivilAffairs2024.Review;

    public static Instant At(int minutes) => T0 + Duration.FromMinutes(minutes);

    public static ItemContent Content(string hash = "sha-a", DisclosureScope? scope = null, SensitivityFlags flags = SensitivityFlags.None, string? channel = null) =>
        ItemContent.Create(hash, scope ?? DisclosureScope.Public, flags: flags, consultationChannel: channel);

    public static ReviewCase Ok(this ReviewResult<ReviewCase> result)
    {
        Assert.True(result.IsSuccess, "Expected success but got: " + string.Join("; ", result.Violations));
        return result.Value;
    }

    public static IReadOnlyList<string> Codes<T>(this ReviewResult<T> result)
        where T : class
    {
        Assert.False(result.IsSuccess, "Expected violations but the command succeeded.");
        return [.. result.Violations.Select(v => v.Code.Id)];
    }

    /// <summary>An information item taken through the seed's review up to (not including) publication.</summary>
    public static ReviewCase ClearedInformation(string id = "i1", ItemContent? content = null, string? column = null)
    {
        var c = ReviewCase.Open("case-1", Seed)
            .AddInformation(id, content ?? Content(), Author, At(0), column).Ok()
            .Submit(id, Author, At(1)).Ok()
            .Approve(id, 1, 1, Publisher, At(2)).Ok()
            .Approve(id, 2, 1, OfficeHead, At(3)).Ok()
            .Approve(id, 3, 1, Leader, At(4)).Ok();
        return c.ClearConfidentiality(id, 1, c[id].Content.Flags, Secrecy, At(5)).Ok();
    }
}
