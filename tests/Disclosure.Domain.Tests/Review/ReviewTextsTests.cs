using System.Globalization;
using Disclosure.Domain.Review;
using Disclosure.Domain.Tests.Diagnostics;
using Snapshooter.Xunit3;
using static Disclosure.Domain.Tests.Review.ReviewFixtures;

namespace Disclosure.Domain.Tests.Review;

/// <summary>The review violations, the policy's rules and its configuration problems read in Chinese and in English.</summary>
public sealed class ReviewTextsTests
{
    private static readonly CultureInfo Chinese = LocalizedTextTests.Chinese;
    private static readonly CultureInfo English = LocalizedTextTests.English;

    // Sample arguments in Chinese, so that any Latin letter in a rendered Chinese message comes from the template.
    private static readonly object[] Samples = ["甲", "乙", "丙", "丁"];

    [Fact]
    public void Resources_EveryCodeHasAMessage_AndNoMessageNamesAMissingCode()
    {
        var entries = LocalizedTextTests.Entries("Disclosure.Domain.Review.ReviewTexts", CultureInfo.InvariantCulture);
        var expected = ReviewViolationCodes.All.Select(c => c.Id + ".Message").ToHashSet(StringComparer.Ordinal);
        var messages = entries.Keys.Where(k => k.EndsWith(".Message", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(expected.Except(messages));
        Assert.Empty(messages.Except(expected));
    }

    [Fact]
    public void For_EveryCodeWithSampleArguments_RendersBothLanguagesCompletely()
    {
        Assert.All(ReviewViolationCodes.All, code =>
        {
            var violation = code.For("事项", Samples);
            var chinese = violation.GetMessage(Chinese);
            var english = violation.GetMessage(English);

            Assert.DoesNotContain('{', chinese);
            Assert.DoesNotContain('{', english);
            Assert.Contains("事项", chinese, StringComparison.Ordinal);
            Assert.False(chinese.Any(char.IsAsciiLetter), $"{code.Id}: Latin letters in {chinese}");
            Assert.True(english.Count(char.IsAsciiLetter) > english.Length / 3, $"{code.Id}: not English: {english}");
            Assert.Equal(violation.Message, english);
        });
    }

    [Fact]
    public void Publish_ADraft_IsRefusedInTheLanguageAsked_AndMessageStaysEnglish()
    {
        var c = ReviewCase.Open("c", Seed).AddInformation("notice", Content(), Author, At(0)).Ok();

        var refusal = c.Publish("notice", DisclosureScope.Public, Publisher, At(1));

        Assert.Equal(["REVIEW005"], refusal.Codes());
        var violation = refusal.Violations[0];
        Assert.Equal("事项“notice”不能发布：须先经各审核层级批准其当前版本（先审后发）。", violation.GetMessage(Chinese));
        Assert.Equal("Item 'notice' cannot be published: every review level must first approve its current version.", violation.GetMessage(English));
        Assert.Equal(violation.GetMessage(English), violation.Message);
    }

    [Fact]
    public void ClearConfidentiality_FlagNotLifted_NamesTheFlagInChinese()
    {
        var c = ReviewCase.Open("c", Seed).AddInformation("i1", Content(flags: SensitivityFlags.PersonalPrivacy | SensitivityFlags.Classified), Author, At(0)).Ok()
            .Submit("i1", Author, At(1)).Ok()
            .Approve("i1", 1, 1, Publisher, At(2)).Ok()
            .Approve("i1", 2, 1, OfficeHead, At(3)).Ok()
            .Approve("i1", 3, 1, Leader, At(4)).Ok();

        var violation = c.ClearConfidentiality("i1", 1, SensitivityFlags.None, Secrecy, At(5)).Violations.Single();

        Assert.Equal("事项“i1”标记为含个人隐私、涉密；须由保密审查人员解除该标记后才能发布。", violation.GetMessage(Chinese));
        Assert.Contains("flagged PersonalPrivacy, Classified;", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_Twice_NamesTheStatusAndTheActionInChinese()
    {
        var c = ReviewCase.Open("c", Seed).AddInformation("i1", Content(), Author, At(0)).Ok().Submit("i1", Author, At(1)).Ok();

        var violation = c.Submit("i1", Author, At(2)).Violations.Single();

        Assert.Equal("事项“i1”当前为审核中状态，现在不能报送审核。", violation.GetMessage(Chinese));
        Assert.Equal("Item 'i1' is InReview: submit is not allowed now.", violation.Message);
    }

    [Fact]
    public void GetMessage_WithoutCulture_FollowsTheCurrentUICulture()
    {
        var violation = ReviewViolationCodes.UnknownItem.For("x");
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Chinese;
            Assert.Equal("审核案件中没有事项“x”。", violation.GetMessage());
            CultureInfo.CurrentUICulture = English;
            Assert.Equal("The case has no item 'x'.", violation.GetMessage());
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void Describe_SeedPolicyInChinese_MatchesSnapshot()
    {
        var text = Seed.Describe(Chinese);

        Assert.DoesNotContain("P1Y", text, StringComparison.Ordinal);
        Assert.DoesNotContain("level(s)", text, StringComparison.Ordinal);
        Assert.Contains("上次清理审查1年后", text, StringComparison.Ordinal);
        Snapshot.Match(text);
    }

    [Fact]
    public void Describe_ColumnIntervalsAndPeriods_InWordsInBothLanguages()
    {
        var policy = ReviewPolicy.Create("p").Level("一审", ReviewRole.InformationPublisher).ConfidentialityReviewBy(ReviewRole.ConfidentialityReviewer)
            .PublishedBy(ReviewRole.InformationPublisher).CleanUpEvery(Period.FromMonths(18)).CleanUpColumnEvery("news", Period.FromWeeks(2))
            .CleanUpColumnEvery("plans", Period.FromYears(1) + Period.FromMonths(6)).Build();

        var cleanup = policy.Rules.Single(r => r.Id == "periodic-cleanup");

        Assert.Contains("上次清理审查18个月后须进行清理审查（栏目 news：2周、栏目 plans：1年6个月）", cleanup.GetDescription(Chinese), StringComparison.Ordinal);
        Assert.Contains("review 18 months after publication or after its last review (column news: 2 weeks, column plans: 1 year 6 months)", cleanup.GetDescription(English), StringComparison.Ordinal);
        Assert.Equal(cleanup.GetDescription(English), cleanup.Description);
        Assert.StartsWith("审核制度：p\n", policy.Describe(Chinese), StringComparison.Ordinal);
        Assert.StartsWith("Review policy: p\n", policy.Describe(English), StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_AConfiguredDescription_IsListedAsConfiguredInEveryLanguage()
    {
        var policy = ReviewPolicy.Create("p").Level("一审", ReviewRole.InformationPublisher, "由信息发布同志初审。").ConfidentialityReviewBy(ReviewRole.ConfidentialityReviewer)
            .PublishedBy(ReviewRole.InformationPublisher).CleanUpEvery(Period.FromYears(1)).Build();

        Assert.Equal("由信息发布同志初审。", policy.Levels[0].GetDescription(English));
        Assert.Equal("由信息发布同志初审。", policy.Rules.Single(r => r.Id == "level-1").GetDescription(Chinese));
    }

    [Fact]
    public void Build_Invalid_ExceptionMessageInChinese_ListsEveryProblem()
    {
        var ex = Assert.Throws<ReviewPolicyConfigurationException>(() => ReviewPolicy.Create("p").Build());

        var chinese = ex.GetMessage(Chinese).Split(Environment.NewLine);
        Assert.Equal(ex.Problems.Length + 1, chinese.Length);
        Assert.Equal($"审核制度配置有误（{ex.Problems.Length} 个错误）：", chinese[0]);
        Assert.Contains("RP0110 错误: 审核制度没有设置审核层级：至少需要一级", chinese[1..].Single(l => l.StartsWith("RP0110", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(ex.Message, ex.GetMessage(English));
        Assert.StartsWith("The review policy configuration is invalid (", ex.Message, StringComparison.Ordinal);
    }
}
