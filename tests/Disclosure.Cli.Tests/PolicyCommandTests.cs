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
        Assert.StartsWith("宣城市民政局 2024 review policy — ", output, StringComparison.Ordinal);
        Assert.Contains("distinct-approvers", output, StringComparison.Ordinal);
        Assert.Contains("REVIEW008", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_TableInChinese_DescribesTheRulesInChinese()
    {
        var (code, output, _) = CliRunner.Run("policy", "--lang", "zh-CN");

        Assert.Equal(0, code);
        Assert.Contains("先审后发：事项须经全部3级审核批准其当前版本并通过保密审查后方可发布", output, StringComparison.Ordinal);
        Assert.Contains("上次清理审查1年后须进行清理审查", output, StringComparison.Ordinal);
        Assert.DoesNotContain("P1Y", output, StringComparison.Ordinal);
        Assert.DoesNotContain("level(s)", output, StringComparison.Ordinal);
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
