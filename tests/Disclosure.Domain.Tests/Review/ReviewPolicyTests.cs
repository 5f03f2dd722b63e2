using System.Globalization;
using CsCheck;
using Disclosure.Domain.Review;
using Disclosure.Domain.RulePacks;
using Snapshooter;
using Snapshooter.Xunit3;

namespace Disclosure.Domain.Tests.Review;

public class ReviewPolicyTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static ReviewPolicy Seed => RulePack.XuanchengCivilAffairs2024.Review;

    [Fact]
    public void XuanchengCivilAffairs2024_Levels_AreTheSeedsThreeLevelsInOrder()
    {
        Assert.Equal(["信息发布同志", "政务公开机构负责同志", "分管负责同志"], Seed.Levels.Select(l => l.Name));
        Assert.Equal([ReviewRole.InformationPublisher, ReviewRole.DisclosureOfficeHead, ReviewRole.LeaderInCharge], Seed.Levels.Select(l => l.Role));
        Assert.Equal([1, 2, 3], Seed.Levels.Select(l => l.Number));
        Assert.Equal(ReviewRole.ConfidentialityReviewer, Seed.ConfidentialityReviewer);
        Assert.True(Seed.RequiresInterpretation && Seed.RequiresPublicConsultation && Seed.RequiresConsultationChannel);
        Assert.Equal(Period.FromYears(1), Seed.CleanupInterval);
        Assert.Equal("Asia/Shanghai", Seed.TimeZone.Id);
    }

    [Theory]
    [InlineData("先审后发", "review-before-publish")]
    [InlineData("一事一审", "one-item-one-review")]
    [InlineData("三级审核制", "level-1")]
    [InlineData("保密审查", "confidentiality-review")]
    [InlineData("分类施策", "disclosure-scope")]
    [InlineData("同步审签", "synchronised-interpretation")]
    [InlineData("意见征集", "public-consultation")]
    [InlineData("意见反馈", "public-consultation")]
    [InlineData("政策咨询、建议与评价窗口", "consultation-channel")]
    [InlineData("谁公开、谁清理", "periodic-cleanup")]
    public void XuanchengCivilAffairs2024_EachSeedReviewRule_IsANamedRuleWithDescription(string seedTerm, string ruleId)
    {
        var rule = Assert.Single(Seed.Rules, r => r.Id == ruleId);
        Assert.Contains(seedTerm, rule.Description, StringComparison.Ordinal);
        Assert.NotNull(rule.Source);
    }

    [Fact]
    public void Rules_EveryCodeNamed_ExistsInTheCodeList()
    {
        var known = ReviewViolationCodes.All.Select(c => c.Id).ToHashSet();
        Assert.All(Seed.Rules.SelectMany(r => r.Codes), code => Assert.Contains(code, known));
        Assert.Equal(Seed.Rules.Length, Seed.Rules.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void Describe_SeedPolicy_MatchesSnapshot() => Snapshot.Match(Seed.Describe(System.Globalization.CultureInfo.InvariantCulture));

    public static TheoryData<string> Languages() => ["zh-CN", "en"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void ToMermaid_SeedPolicy_MatchesSnapshot(string lang) =>
        Snapshot.Match(Seed.ToMermaid(CultureInfo.GetCultureInfo(lang)), SnapshotNameExtension.Create(lang));

    [Fact]
    public void ToMermaid_SeedPolicy_IsValidMermaidInBothLanguages_WithTheSameStatesAndTransitions()
    {
        var chinese = MermaidSyntax.Read(Seed.ToMermaid(Chinese));
        var english = MermaidSyntax.Read(Seed.ToMermaid(English));

        Assert.Equal(english.States.Keys, chinese.States.Keys);
        Assert.Equal(english.Transitions.Select(t => (t.From, t.To)), chinese.Transitions.Select(t => (t.From, t.To)));
        Assert.Equal(["Draft", "L0", "L1", "L2", "L3", "Cleared", "Published", "Withdrawn", "Rejected"], chinese.States.Keys);
        Assert.Equal("第3级审核通过：分管负责同志", chinese.States["L3"]);
        Assert.Equal("已通过保密审查", chinese.States["Cleared"]);
        Assert.Contains("审核批准（信息发布同志）：须非起草人", chinese.Transitions.Single(t => t.To == "L1").Label, StringComparison.Ordinal);
        Assert.Contains("先审后发", chinese.Transitions.Single(t => t.To == "Published" && t.From == "Cleared").Label, StringComparison.Ordinal);
        Assert.All(chinese.States.Values.Concat(chinese.Transitions.Select(t => t.Label ?? "")), label =>
            Assert.False(label.Any(char.IsAsciiLetter), $"Latin letters in the Chinese label {label}"));
        Assert.Equal("approve by information-publisher if not the author, not an earlier approver, current version", english.Transitions.Single(t => t.To == "L1").Label);
    }

    [Fact]
    public void ToMermaid_WithoutCulture_FollowsTheCurrentUICulture()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Chinese;
            Assert.Equal(Seed.ToMermaid(Chinese), Seed.ToMermaid());
            CultureInfo.CurrentUICulture = English;
            Assert.Equal(Seed.ToMermaid(English), Seed.ToMermaid());
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }

        Assert.NotEqual(Seed.ToMermaid(Chinese), Seed.ToMermaid(English));
    }

    [Fact]
    public void ToMermaid_TwoLevelPolicy_HasTwoApprovalStates()
    {
        var mermaid = ReviewCasePropertyTests.Township.ToMermaid(English);

        Assert.StartsWith("stateDiagram-v2\n", mermaid, StringComparison.Ordinal);
        Assert.Contains("L1 --> L2: approve by township-leader if", mermaid, StringComparison.Ordinal);
        Assert.Contains("L2 --> Cleared: clear by township-secrecy if", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain("L3", mermaid, StringComparison.Ordinal);
        Assert.Contains("L2 --> Cleared: 保密审查（镇保密员）：", ReviewCasePropertyTests.Township.ToMermaid(Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public void ToMermaid_NamesWithMermaidSyntax_StayValidAndAreDrawnAsConfigured()
    {
        // Characters that end a label, a statement or a name in Mermaid, start an entity code, comment or directive.
        var name = Gen.Char["\":;#%{}[]*->|\n\t aZ7审核"].Array[1, 8].Select(c => new string(c)).Where(n => !string.IsNullOrWhiteSpace(n));
        Gen.Select(name.Array[1, 4], name, name, Gen.Bool).Sample((levels, secrecy, publisher, chinese) =>
        {
            var builder = ReviewPolicy.Create("p");
            for (var i = 0; i < levels.Length; i++)
            {
                builder.Level(levels[i] + i.ToString(CultureInfo.InvariantCulture), ReviewRole.Of($"role-{i}", levels[i]));
            }

            var policy = builder.ConfidentialityReviewBy(ReviewRole.Of("secrecy", secrecy)).PublishedBy(ReviewRole.Of("publisher", publisher))
                .RequireInterpretation().CleanUpEvery(Period.FromYears(1)).Build();
            var culture = chinese ? Chinese : English;

            var (states, transitions) = MermaidSyntax.Read(policy.ToMermaid(culture));

            static string Drawn(string text) => new([.. text.Select(c => char.IsControl(c) ? ' ' : c)]);
            foreach (var level in policy.Levels)
            {
                Assert.EndsWith(Drawn(level.Name), states[$"L{level.Number}"], StringComparison.Ordinal);
                Assert.Contains(chinese ? Drawn(level.Role.Name) : level.Role.Id, transitions.Single(t => t.To == $"L{level.Number}").Label, StringComparison.Ordinal);
            }

            Assert.Contains(chinese ? Drawn(secrecy) : "secrecy", transitions.Single(t => t.To == "Cleared" && t.From != "Cleared").Label, StringComparison.Ordinal);
            Assert.Contains(chinese ? Drawn(publisher) : "publisher", transitions.Single(t => t.To == "Published" && t.From == "Cleared").Label, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("    state \"Approved \"quoted\"\" as L1\n", "neither a quoted state declaration")]
    [InlineData("    state \"Draft\" as Draft\n    Draft --> Draft: revise: again\n", "':' ends the transition's label")]
    [InlineData("    state \"Draft\" as Draft\n    Draft --> Draft: revise; again\n", "';' ends the transition's label")]
    [InlineData("    state \"Draft\" as Draft\n    Draft --> L1: submit\n", "state L1 is not declared")]
    [InlineData("    state \"%%{init: {}}%%\" as Draft\n", "%% starts a comment")]
    [InlineData("    state \"a #quot; b\" as Draft\n", "#quot; is read as an entity code")]
    [InlineData("    state \"Draft\" as end\n", "the id end is a Mermaid keyword")]
    [InlineData("    state \"\" as Draft\n", "the label is empty")]
    public void MermaidSyntax_ABrokenStatement_IsReported(string statements, string problem) =>
        Assert.Contains(MermaidSyntax.Problems("stateDiagram-v2\n" + statements), p => p.Contains(problem, StringComparison.Ordinal));

    [Fact]
    public void Describe_CustomPolicy_ListsCustomDescriptionsAndOmitsUnrequestedRules()
    {
        var policy = ReviewPolicy.Create("county")
            .WithSource("某县 2025")
            .Level("经办人", ReviewRole.InformationPublisher, "经办人初审")
            .Level("局长", ReviewRole.LeaderInCharge, "局长终审")
            .ConfidentialityReviewBy(ReviewRole.ConfidentialityReviewer, "保密员审查")
            .PublishedBy(ReviewRole.InformationPublisher)
            .CleanUpEvery(Period.FromMonths(3))
            .CleanUpColumnEvery("notices", Period.FromMonths(1))
            .Build();

        var text = policy.Describe(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Contains("[level-1] 经办人初审", text, StringComparison.Ordinal);
        Assert.Contains("[level-2] 局长终审", text, StringComparison.Ordinal);
        Assert.Contains("[confidentiality-review] 保密员审查", text, StringComparison.Ordinal);
        Assert.DoesNotContain("synchronised-interpretation", text, StringComparison.Ordinal);
        Assert.Equal(Period.FromMonths(1), policy.CleanupIntervalFor("notices"));
        Assert.Equal(Period.FromMonths(3), policy.CleanupIntervalFor("other"));
        Assert.Equal(Period.FromMonths(3), policy.CleanupIntervalFor(null));
    }

    [Fact]
    public void Build_ManyMistakes_ReportsEveryErrorInOneException()
    {
        var builder = ReviewPolicy.Create(" ")
            .Level("", ReviewRole.InformationPublisher)
            .Level("same", ReviewRole.DisclosureOfficeHead)
            .Level("same", ReviewRole.LeaderInCharge)
            .PublishedBy(ReviewRole.InformationPublisher)
            .PublishedBy(ReviewRole.LeaderInCharge)
            .CleanUpEvery(Period.FromDays(-1))
            .CleanUpColumnEvery("x", Period.FromHours(3))
            .CleanUpColumnEvery("x", Period.FromDays(1));

        var ex = Assert.Throws<ReviewPolicyConfigurationException>(builder.Build);

        Assert.Equal(
            [
                ("RP0111", "review", -1, "publisher"),
                ("RP0007", "review", -1, "name"),
                ("RP0007", "review.levels", 0, "name"),
                ("RP0102", "review.levels", 2, "name"),
                ("RP0007", "review", -1, "confidentialityReviewer"),
                ("RP0111", "review", -1, "cleanUpEvery"),
                ("RP0111", "review", -1, "cleanUpColumns[0]"),
                ("RP0102", "review", -1, "cleanUpColumns[1]"),
            ],
            ex.Problems.Select(p => (p.Code.Id, p.Location.Section, p.Location.Index, p.Location.Field)));
        Assert.Contains("The publisher is set twice", ex.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("level name 'same' is used twice", ex.Problems[3].Message, StringComparison.Ordinal);
        Assert.Contains("PT3H of column 'x'", ex.Problems[6].Message, StringComparison.Ordinal);
        Assert.Contains("(8 errors)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Empty_ReportsMissingLevelsRolesAndInterval()
    {
        var ex = Assert.Throws<ReviewPolicyConfigurationException>(() => ReviewPolicy.Create("empty").Build());

        Assert.Equal(
            [("RP0110", "levels"), ("RP0007", "confidentialityReviewer"), ("RP0007", "publisher"), ("RP0007", "cleanUpEvery")],
            ex.Errors.Select(p => (p.Code.Id, p.Location.Field)));
        Assert.False(ReviewPolicy.Create("empty").TryBuild(out var policy, out var problems));
        Assert.Null(policy);
        Assert.Equal(ex.Problems, problems);
    }

    [Fact]
    public void Builder_NullArguments_Throw()
    {
        var b = ReviewPolicy.Create("x");

        Assert.Throws<ArgumentNullException>(() => b.Level("a", null!));
        Assert.Throws<ArgumentNullException>(() => b.CleanUpEvery(null!));
        Assert.Throws<ArgumentException>(() => ReviewRole.Of("Bad Id", "x"));
    }

    [Fact]
    public void ReviewRole_Equality_IsById()
    {
        Assert.Equal(ReviewRole.Of("leader-in-charge", "other name"), ReviewRole.LeaderInCharge);
        Assert.NotEqual(ReviewRole.InformationPublisher, ReviewRole.LeaderInCharge);
        Assert.Equal("leader-in-charge (分管负责同志)", ReviewRole.LeaderInCharge.ToString());
    }
}
