using System.Globalization;
using System.Text.Json;
using Disclosure.Domain.RulePacks;
using Snapshooter.Xunit3;

namespace Disclosure.Cli.Tests;

public class PolicyCommandTests
{
    [Fact]
    public void Policy_Json_MatchesSnapshot()
    {
        var (code, output, error) = CliRunner.Run("policy", "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Snapshot.Match(output);
    }

    [Fact]
    public void Policy_Json_ListsThreeLevelsAndEveryRuleWithCodes()
    {
        var (_, output, _) = CliRunner.Run("policy", "--format", "json");

        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["信息发布同志", "政务公开机构负责同志", "分管负责同志"], root.GetProperty("levels").EnumerateArray().Select(l => l.GetProperty("name").GetString()));
        var rules = root.GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(16, rules.Length);
        Assert.Equal("review-before-publish", rules[0].GetProperty("id").GetString());
        Assert.Contains("先审后发", rules[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("P1Y", root.GetProperty("cleanupInterval").GetString());
    }

    [Fact]
    public void Policy_Table_ListsRulesWithIds()
    {
        var (code, output, _) = CliRunner.Run("policy");

        Assert.Equal(0, code);
        Assert.StartsWith("Xuancheng Civil Affairs Bureau 2024 review policy — 宣城市民政局2024年度政务公开工作要点和分工 ", output, StringComparison.Ordinal);
        Assert.Contains("distinct-approvers", output, StringComparison.Ordinal);
        Assert.Contains("REVIEW008", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_TableInChinese_DescribesTheRulesInChinese()
    {
        var (code, output, _) = CliRunner.Run("policy", "--lang", "zh-CN");

        Assert.Equal(0, code);
        Assert.StartsWith("宣城市民政局2024年政务公开信息发布审核制度 — 宣城市民政局2024年度政务公开工作要点和分工 ", output, StringComparison.Ordinal);
        Assert.Contains("先审后发：事项须经全部3级审核批准其当前版本并通过保密审查后方可发布", output, StringComparison.Ordinal);
        Assert.Contains("上次清理审查1年后须进行清理审查", output, StringComparison.Ordinal);
        Assert.DoesNotContain("P1Y", output, StringComparison.Ordinal);
        Assert.DoesNotContain("level(s)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "三级审核制第1级（共3级）：信息发布同志——由发布信息的工作人员对拟公开的信息进行审核。", "Level 1 of 3")]
    [InlineData("en", "Level 1 of 3 (三级审核制): 信息发布同志 — the staff member who publishes checks the item.", "三级审核制第1级")]
    public void Policy_Table_DescribesTheSeedsLevelsInTheRunsLanguage(string lang, string level1, string otherLanguage)
    {
        var (code, output, error) = CliRunner.Run("policy", "--lang", lang);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        var row = Assert.Single(output.Split('\n'), l => l.Contains(" level-1 ", StringComparison.Ordinal));
        Assert.EndsWith(level1, row.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain(otherLanguage, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "某镇信息发布审核制度", "经办人初审。", "第2级（共3级）：镇分管负责同志——")]
    [InlineData("en", "A town's review policy", "The clerk checks first.", "Level 2 of 3: 镇分管负责同志 — ")]
    public void Policy_TableWithPack_ShowsTheTitleAndEachLevelsDescriptionInTheRunsLanguage(string lang, string title, string level1, string level2)
    {
        var folder = Directory.CreateTempSubdirectory("cli-policy-").FullName;
        try
        {
            var pack = Path.Combine(folder, "town.pack.json");
            File.WriteAllText(pack, """
                {
                  "formatVersion": 1,
                  "id": "town",
                  "extends": "builtin:xuancheng-civil-affairs-2024",
                  "review": {
                    "name": "某镇 review",
                    "title": "某镇信息发布审核制度",
                    "englishTitle": "A town's review policy",
                    "levels": [
                      { "name": "经办人", "role": "information-publisher", "description": "经办人初审。", "englishDescription": "The clerk checks first." },
                      { "name": "镇分管负责同志", "role": "leader-in-charge" },
                      { "name": "镇长", "role": "town-head", "description": "镇长审定。" }
                    ],
                    "confidentialityReviewer": "confidentiality-reviewer",
                    "publisher": "information-publisher",
                    "cleanUpEvery": "P1Y"
                  }
                }
                """);

            var (code, output, error) = CliRunner.Run("policy", "--pack", pack, "--lang", lang);

            Assert.Equal(0, code);
            Assert.Equal(string.Empty, error);
            var lines = output.Split('\n');
            Assert.Equal(title, lines[0]);
            Assert.EndsWith(level1, Assert.Single(lines, l => l.Contains(" level-1 ", StringComparison.Ordinal)).TrimEnd(), StringComparison.Ordinal);
            Assert.Contains(level2, Assert.Single(lines, l => l.Contains(" level-2 ", StringComparison.Ordinal)), StringComparison.Ordinal);
            // Only the main field: shown as written in every language.
            Assert.EndsWith("镇长审定。", Assert.Single(lines, l => l.Contains(" level-3 ", StringComparison.Ordinal)).TrimEnd(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Policy_Mermaid_WritesStateDiagram()
    {
        var (code, output, _) = CliRunner.Run("policy", "--format", "mermaid");

        Assert.Equal(0, code);
        Assert.StartsWith("stateDiagram-v2\n", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "    state \"第1级审核通过：信息发布同志\" as L1\n", "    L3 --> Cleared: 保密审查（保密审查人）：须非起草人")]
    [InlineData("en", "    state \"Approved at level 1: 信息发布同志\" as L1\n", "    L3 --> Cleared: clear by confidentiality-reviewer if not the author")]
    public void Policy_Mermaid_DrawsTheDiagramInTheRunsLanguage(string lang, string level1, string clearance)
    {
        var (code, output, error) = CliRunner.Run("policy", "--format", "mermaid", "--lang", lang);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal(RulePack.XuanchengCivilAffairs2024.Review.ToMermaid(CultureInfo.GetCultureInfo(lang)), output);
        Assert.Contains(level1, output, StringComparison.Ordinal);
        Assert.Contains(clearance, output, StringComparison.Ordinal);
    }
}
