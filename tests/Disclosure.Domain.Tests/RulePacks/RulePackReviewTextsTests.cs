using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Histories;
using Disclosure.Domain.Review;
using Disclosure.Domain.RulePacks;
using Json.Schema;

namespace Disclosure.Domain.Tests.RulePacks;

/// <summary>
/// A review level's description and the policy's title are what staff read in Chinese (<c>description</c>, <c>title</c>),
/// with an optional English translation (<c>englishDescription</c>, <c>englishTitle</c>) for readers of other languages —
/// the pattern of <c>name</c>/<c>englishName</c>. The policy's <c>name</c> identifies it in review histories and stays.
/// </summary>
public sealed class RulePackReviewTextsTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(PackFiles.Schema));

    [Fact]
    public void Seed_EveryLevel_ReadsInChineseForChineseAndInEnglishOtherwise()
    {
        var levels = RulePack.XuanchengCivilAffairs2024.Review.Levels;

        Assert.Equal(
            ["三级审核制第1级（共3级）：信息发布同志——由发布信息的工作人员对拟公开的信息进行审核。",
             "三级审核制第2级（共3级）：政务公开机构负责同志——由政务公开机构负责同志审核批准。",
             "三级审核制第3级（共3级）：分管负责同志——由分管负责同志审核批准（政策文件即审定通过）。"],
            levels.Select(l => l.GetDescription(Chinese)));
        Assert.Equal(
            ["Level 1 of 3 (三级审核制): 信息发布同志 — the staff member who publishes checks the item.",
             "Level 2 of 3 (三级审核制): 政务公开机构负责同志 — the head of the disclosure office approves.",
             "Level 3 of 3 (三级审核制): 分管负责同志 — the leader in charge approves (for a policy document: its adoption)."],
            levels.Select(l => l.GetDescription(English)));
        Assert.Equal(levels.Select(l => l.GetDescription(English)), levels.Select(l => l.Description));
        Assert.Equal(levels.Select(l => l.GetDescription(CultureInfo.GetCultureInfo("zh-Hans"))), levels.Select(l => l.GetDescription(Chinese)));
    }

    [Fact]
    public void Seed_LevelRules_FollowTheLevelsInBothLanguages()
    {
        var policy = RulePack.XuanchengCivilAffairs2024.Review;

        foreach (var level in policy.Levels)
        {
            var rule = policy.Rules.Single(r => r.Id == $"level-{level.Number}");
            Assert.Equal(level.GetDescription(Chinese), rule.GetDescription(Chinese));
            Assert.Equal(level.GetDescription(English), rule.GetDescription(English));
            Assert.Equal(level.Description, rule.Description);
        }

        Assert.Contains(" 2. [level-1] 三级审核制第1级（共3级）：信息发布同志——", policy.Describe(Chinese), StringComparison.Ordinal);
        Assert.Contains(" 2. [level-1] Level 1 of 3 (三级审核制): 信息发布同志 — ", policy.Describe(English), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LevelWithBothFields_EachLanguageReadsItsOwn()
    {
        var pack = Load("""
            { "name": "经办人", "role": "information-publisher", "description": "经办人初审。", "englishDescription": "The clerk checks first." },
            { "name": "镇分管负责同志", "role": "leader-in-charge" }
            """);

        var first = pack.Review.Levels[0];
        Assert.Equal("经办人初审。", first.GetDescription(Chinese));
        Assert.Equal("The clerk checks first.", first.GetDescription(English));
        Assert.Equal("The clerk checks first.", first.GetDescription(CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal("The clerk checks first.", first.Description);

        // No description: the standard one, in the reader's language.
        var second = pack.Review.Levels[1];
        Assert.StartsWith("第2级（共2级）：镇分管负责同志——", second.GetDescription(Chinese), StringComparison.Ordinal);
        Assert.StartsWith("Level 2 of 2: 镇分管负责同志 — ", second.GetDescription(English), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LevelWithOnlyTheMainField_IsShownAsWrittenInEveryLanguage()
    {
        var pack = Load("""{ "name": "经办人", "role": "information-publisher", "description": "经办人初审。" }""");

        var level = Assert.Single(pack.Review.Levels);
        Assert.Equal("经办人初审。", level.GetDescription(Chinese));
        Assert.Equal("经办人初审。", level.GetDescription(English));
        Assert.Equal("经办人初审。", level.Description);
    }

    [Fact]
    public void Load_EnglishDescriptionGivenAsBlank_IsTreatedAsAbsent()
    {
        var pack = Load("""{ "name": "经办人", "role": "information-publisher", "description": "经办人初审。", "englishDescription": " " }""");

        Assert.Equal("经办人初审。", Assert.Single(pack.Review.Levels).GetDescription(English));
    }

    [Fact]
    public void Load_EnglishDescriptionWithoutDescription_IsAnErrorAtTheLevel()
    {
        var text = Pack("""
            { "name": "经办人", "role": "information-publisher", "description": "经办人初审。" },
            { "name": "镇分管负责同志", "role": "leader-in-charge", "englishDescription": "The town's leader in charge approves." }
            """);

        var e = Assert.Throws<RulePackException>(() => RulePack.Load(Encoding.UTF8.GetBytes(text), "county.pack.json", null));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(DataProblemCodes.MissingValue, problem.Code);
        Assert.Equal("$.review.levels[1]", problem.Location.Path);
        Assert.Equal(("review.levels", 1, "description"), (problem.Location.Section, problem.Location.Index, problem.Location.Field));
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("镇分管负责同志", StringComparison.Ordinal)) + 1;
        Assert.Equal((line, lines[line - 1].IndexOf('{', StringComparison.Ordinal) + 1), (problem.Location.Line, problem.Location.Column));
        Assert.Contains("\"englishDescription\" is given without \"description\"", problem.Message, StringComparison.Ordinal);
        Assert.Contains("给出了“englishDescription”却没有“description”", problem.GetMessage(Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EnglishDescriptionWithoutDescription_IsReportedAtTheLevelsDescription()
    {
        var builder = ReviewPolicy.Create("p").Level("一审", ReviewRole.InformationPublisher, description: null, englishDescription: "First review.")
            .ConfidentialityReviewBy(ReviewRole.ConfidentialityReviewer).PublishedBy(ReviewRole.InformationPublisher).CleanUpEvery(NodaTime.Period.FromYears(1));

        Assert.False(builder.TryBuild(out var policy, out var problems));

        Assert.Null(policy);
        var problem = Assert.Single(problems);
        Assert.Equal(DataProblemCodes.MissingValue, problem.Code);
        Assert.Equal(("review.levels", 0, "description"), (problem.Location.Section, problem.Location.Index, problem.Location.Field));
    }

    [Fact]
    public void Schema_EnglishDescription_NeedsDescription()
    {
        var both = JsonNode.Parse(Pack("""{ "name": "经办人", "role": "information-publisher", "description": "经办人初审。", "englishDescription": "The clerk checks first." }"""));
        var alone = JsonNode.Parse(Pack("""{ "name": "经办人", "role": "information-publisher", "englishDescription": "The clerk checks first." }"""));
        var empty = JsonNode.Parse(Pack("""{ "name": "经办人", "role": "information-publisher", "description": "经办人初审。", "englishDescription": "" }"""));

        Assert.True(Schema.Evaluate(both).IsValid);
        Assert.Equal(["/review/levels/0"], InvalidAt(alone));
        Assert.Equal(["/review/levels/0/englishDescription"], InvalidAt(empty));
    }

    [Fact]
    public void ToJson_LevelWithBothFields_WritesBothAfterTheRoleAndReloadsToTheSameExport()
    {
        var pack = Load("""{ "name": "经办人", "role": "information-publisher", "description": "经办人初审。", "englishDescription": "The clerk checks first." }""");

        var json = pack.ToJson();
        var reloaded = RulePack.Load(Encoding.UTF8.GetBytes(json), "again.pack.json", null);

        Assert.Contains("\"role\": \"information-publisher\",\n        \"description\": \"经办人初审。\",\n        \"englishDescription\": \"The clerk checks first.\"\n", json, StringComparison.Ordinal);
        Assert.Equal(json, reloaded.ToJson());
        Assert.Equal("The clerk checks first.", reloaded.Review.Levels[0].GetDescription(English));
        Assert.Equal("经办人初审。", reloaded.Review.Levels[0].GetDescription(Chinese));
        Assert.True(RulePack.Diff(pack, reloaded).IsEmpty);
    }

    [Fact]
    public void Diff_ChangedEnglishDescription_IsAChangeOfTheReview()
    {
        var before = Load("""{ "name": "经办人", "role": "information-publisher", "description": "经办人初审。", "englishDescription": "The clerk checks first." }""");
        var after = Load("""{ "name": "经办人", "role": "information-publisher", "description": "经办人初审。", "englishDescription": "The clerk checks the item first." }""");

        var change = Assert.Single(RulePack.Diff(before, after).Changes);

        Assert.Equal(("review", "levels"), (change.Section, change.Field));
        Assert.Contains("The clerk checks the item first.", change.After, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CountyExtendingTheCity_InheritsTheSeedsDescriptionsInBothLanguages()
    {
        var county = RulePack.Load(Encoding.UTF8.GetBytes("""{ "formatVersion": 1, "id": "county", "extends": "builtin:xuancheng-civil-affairs-2024" }"""), "county.pack.json", null);

        Assert.Equal(
            RulePack.XuanchengCivilAffairs2024.Review.Levels.Select(l => (l.GetDescription(Chinese), l.GetDescription(English))),
            county.Review.Levels.Select(l => (l.GetDescription(Chinese), l.GetDescription(English))));
        Assert.Contains("\"englishDescription\": \"Level 1 of 3 (三级审核制)", county.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_Title_ReadsInEachLanguage_NameAndFingerprintStay()
    {
        var seed = RulePack.XuanchengCivilAffairs2024.Review;
        // The same rules without any display text: the version a stored review history carries must not see the texts.
        var bare = ReviewPolicy.Create("宣城市民政局 2024 review policy")
            .WithSource("宣城市民政局2024年度政务公开工作要点和分工 三(一)1–3, 二(一)1, 二(三)1, 二(四)1")
            .Level("信息发布同志", ReviewRole.InformationPublisher)
            .Level("政务公开机构负责同志", ReviewRole.DisclosureOfficeHead)
            .Level("分管负责同志", ReviewRole.LeaderInCharge)
            .ConfidentialityReviewBy(ReviewRole.ConfidentialityReviewer)
            .PublishedBy(ReviewRole.InformationPublisher)
            .RequireInterpretation()
            .RequirePublicConsultation()
            .RequireConsultationChannel()
            .CleanUpEvery(NodaTime.Period.FromYears(1))
            .Build();

        Assert.Equal("宣城市民政局 2024 review policy", seed.Name);
        Assert.Equal("宣城市民政局2024年政务公开信息发布审核制度", seed.GetTitle(Chinese));
        Assert.Equal("Xuancheng Civil Affairs Bureau 2024 review policy", seed.GetTitle(English));
        Assert.Equal(seed.GetTitle(English), seed.Title);
        Assert.StartsWith("审核制度：宣城市民政局2024年政务公开信息发布审核制度\n依据：", seed.Describe(Chinese), StringComparison.Ordinal);
        Assert.StartsWith("Review policy: Xuancheng Civil Affairs Bureau 2024 review policy\nSource: ", seed.Describe(English), StringComparison.Ordinal);
        Assert.Equal(ReviewPolicyVersion.Of(bare), ReviewPolicyVersion.Of(seed));
        Assert.Equal(bare.Name, bare.GetTitle(Chinese));
        Assert.Equal(bare.Name, bare.Title);
    }

    [Fact]
    public void Load_TitleOnly_IsShownAsWrittenInEveryLanguage()
    {
        var pack = RulePack.Load(Encoding.UTF8.GetBytes(Pack("""{ "name": "经办人", "role": "information-publisher" }""", title: "\"title\": \"某镇信息发布审核制度\",")), "county.pack.json", null);

        Assert.Equal("某镇 review", pack.Review.Name);
        Assert.Equal("某镇信息发布审核制度", pack.Review.GetTitle(Chinese));
        Assert.Equal("某镇信息发布审核制度", pack.Review.GetTitle(English));
    }

    [Fact]
    public void Load_EnglishTitleWithoutTitle_IsAnErrorAtTheReview()
    {
        var text = Pack("""{ "name": "经办人", "role": "information-publisher" }""", title: "\"englishTitle\": \"A town's review policy\",");

        var e = Assert.Throws<RulePackException>(() => RulePack.Load(Encoding.UTF8.GetBytes(text), "county.pack.json", null));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(DataProblemCodes.MissingValue, problem.Code);
        Assert.Equal("$.review", problem.Location.Path);
        Assert.Equal(("review", "title"), (problem.Location.Section, problem.Location.Field));
        Assert.Contains("\"englishTitle\" is given without \"title\"", problem.Message, StringComparison.Ordinal);
        Assert.Contains("给出了“englishTitle”却没有“title”", problem.GetMessage(Chinese), StringComparison.Ordinal);
        Assert.False(Schema.Evaluate(JsonNode.Parse(text)).IsValid);
    }

    [Fact]
    public void Build_TitleTwice_IsReported()
    {
        var builder = ReviewPolicy.Create("p").WithTitle("一").WithTitle("二").Level("一审", ReviewRole.InformationPublisher)
            .ConfidentialityReviewBy(ReviewRole.ConfidentialityReviewer).PublishedBy(ReviewRole.InformationPublisher).CleanUpEvery(NodaTime.Period.FromYears(1));

        Assert.False(builder.TryBuild(out _, out var problems));

        var problem = Assert.Single(problems);
        Assert.Equal(("review", "title"), (problem.Location.Section, problem.Location.Field));
        Assert.Equal("The title is set twice; set it once.", problem.Message);
        Assert.Equal("标题设置了两次：只能设置一次。", problem.GetMessage(Chinese));
    }

    [Fact]
    public void Load_RandomTexts_EachLanguageReadsWhatAnAnswerKeySays_AndTheExportRoundTrips()
    {
        // Texts with JSON escapes, format braces and blanks; each field given or not. The answer key, written out here: a
        // blank counts as absent, an English text without the main one is an error at its level, Chinese cultures read
        // the main text, others the English one or else the main one, no text means the standard description.
        var text = Gen.Char["审核 a\"\\{}0\n"].Array[0, 6].Select(c => new string(c));
        var field = Gen.Select(Gen.Bool, text).Select((given, t) => given ? t : null);
        var cultures = new[] { "zh-CN", "zh-Hans", "zh-SG", "en", "en-GB", "fr-FR", "" }.Select(CultureInfo.GetCultureInfo).ToArray();
        static bool ReadsChinese(CultureInfo c) => c.Name is "zh-CN" or "zh-Hans" or "zh-SG";
        static string? Given(string? t) => string.IsNullOrWhiteSpace(t) ? null : t;

        Gen.Select(field, field).Array[1, 4].Sample(levels =>
        {
            var array = new JsonArray();
            for (var i = 0; i < levels.Length; i++)
            {
                var level = new JsonObject { ["name"] = $"第{i + 1}级审核人", ["role"] = $"role-{i}" };
                if (levels[i].Item1 is { } d) level["description"] = d;
                if (levels[i].Item2 is { } e) level["englishDescription"] = e;
                array.Add(level);
            }

            var pack = JsonNode.Parse(Pack("{}"))!;
            pack["review"]!["levels"] = array;
            var bytes = Encoding.UTF8.GetBytes(pack.ToJsonString());
            var refused = Enumerable.Range(0, levels.Length).Where(i => Given(levels[i].Item2) is not null && Given(levels[i].Item1) is null).ToList();
            if (refused.Count > 0)
            {
                var e = Assert.Throws<RulePackException>(() => RulePack.Load(bytes, "random.pack.json", null));
                // At the blank description when there is one in the file, else at the level.
                Assert.Equal(refused.Select(i => $"$.review.levels[{i}]" + (levels[i].Item1 is null ? "" : ".description")), e.Problems.Select(p => p.Location.Path));
                Assert.All(e.Problems, p => Assert.Equal(DataProblemCodes.MissingValue, p.Code));
                return;
            }

            var loaded = RulePack.Load(bytes, "random.pack.json", null);
            var reloaded = RulePack.Load(loaded.ToUtf8Json(), "again.pack.json", null);
            Assert.Equal(loaded.ToJson(), reloaded.ToJson());
            foreach (var policy in new[] { loaded.Review, reloaded.Review })
            {
                for (var i = 0; i < levels.Length; i++)
                {
                    var (main, english) = (Given(levels[i].Item1), Given(levels[i].Item2));
                    var level = policy.Levels[i];
                    foreach (var culture in cultures)
                    {
                        var expected = main is null ? null : ReadsChinese(culture) ? main : english ?? main;
                        var actual = level.GetDescription(culture);
                        if (expected is null)
                        {
                            Assert.StartsWith(ReadsChinese(culture) ? $"第{i + 1}级（共{levels.Length}级）：第{i + 1}级审核人——" : $"Level {i + 1} of {levels.Length}: 第{i + 1}级审核人 — ", actual, StringComparison.Ordinal);
                        }
                        else
                        {
                            Assert.Equal(expected, actual);
                        }

                        Assert.Equal(actual, policy.Rules.Single(r => r.Id == $"level-{i + 1}").GetDescription(culture));
                    }

                    Assert.Equal(level.GetDescription(CultureInfo.InvariantCulture), level.Description);
                }
            }
        });
    }

    private static string Pack(string levels, string title = "") => $$"""
        {
          "formatVersion": 1,
          "id": "county",
          "extends": "builtin:xuancheng-civil-affairs-2024",
          "review": {
            "name": "某镇 review",
            {{title}}
            "levels": [
              {{levels}}
            ],
            "confidentialityReviewer": "confidentiality-reviewer",
            "publisher": "information-publisher",
            "cleanUpEvery": "P1Y"
          }
        }
        """;

    private static RulePack Load(string levels)
    {
        var pack = RulePack.Load(Encoding.UTF8.GetBytes(Pack(levels)), "county.pack.json", null);
        Assert.Empty(pack.Warnings);
        return pack;
    }

    private static List<string> InvalidAt(JsonNode? pack)
    {
        var result = Schema.Evaluate(pack, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.False(result.IsValid);
        return [.. result.Details!.Where(d => d.Errors is not null).Select(d => d.InstanceLocation.ToString()).Distinct()];
    }
}
