using System.Text;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.RulePacks;

namespace Disclosure.Domain.Tests.RulePacks;

public sealed class RulePackWorkPlanTests
{
    private const string Units = """
        "units": [
          { "id": "office", "name": "办公室", "englishName": "Office", "kind": "office" },
          { "id": "social-assistance", "name": "社会救助科", "englishName": "Social Assistance", "kind": "section", "topics": [ "livelihood" ] }
        ]
        """;

    [Fact]
    public void WorkPlan_EmbeddedPack_HasTheSeedsTwentyThreePoints()
    {
        var plan = RulePack.XuanchengCivilAffairs2024.WorkPlan;

        Assert.NotNull(plan);
        Assert.Equal("宣城市民政局2024年度政务公开工作要点和分工", plan.Title);
        Assert.Equal(23, plan.Points.Length);
        Assert.Equal("一(一)1", plan.Points[0].Number);
        var first = plan.Points[0].Parties;
        Assert.Equal(["办公室", "各相关科室"], first.Select(p => p.Label));
        Assert.Equal(Responsibility.RelevantSections("livelihood"), first[1].Responsibility);
    }

    [Fact]
    public void Load_CountyPackWithoutWorkPlan_InheritsTheBasePlan()
    {
        var county = Load("""{ "formatVersion": 1, "id": "county", "extends": "builtin:xuancheng-civil-affairs-2024" }""");

        Assert.Equal(RulePack.XuanchengCivilAffairs2024.WorkPlan!.Points.Select(p => p.Text), county.WorkPlan!.Points.Select(p => p.Text));
        Assert.Equal(23, county.WorkPlan.Points.Length);
    }

    [Fact]
    public void Load_CountyPackWithItsOwnWorkPlan_ReplacesTheBasePlanWhole()
    {
        var county = Load("""
            { "formatVersion": 1, "id": "county", "extends": "builtin:xuancheng-civil-affairs-2024",
              "workPlan": { "title": "某县民政局2024年度政务公开工作要点", "points": [
                { "number": "一(一)1", "sectionTitle": "主动公开", "subsectionTitle": "民生", "text": "公开低保信息。", "responsibleText": "社会救助科",
                  "parties": [ { "label": "社会救助科", "units": [ "social-assistance" ] } ] } ] } }
            """);

        var point = Assert.Single(county.WorkPlan!.Points);
        Assert.Equal("某县民政局2024年度政务公开工作要点", county.WorkPlan.Title);
        Assert.Equal(Responsibility.Of([UnitId.Parse("social-assistance")]), point.Parties[0].Responsibility);
        Assert.Contains(point, county.WorkPlan.PointsInvolving(county.OrgChart, UnitId.Parse("social-assistance")).Select(i => i.Point));
    }

    [Fact]
    public void Load_BrokenWorkPlan_ReportsEveryProblemWithItsPlace()
    {
        var text = Standalone("""
            "workPlan": { "title": "计划", "points": [
              { "number": "一(一)1", "sectionTitle": "甲", "subsectionTitle": "乙", "text": "正文", "responsibleText": "办公室",
                "parties": [ { "label": "办公室", "units": [ "offfice" ] } ] },
              { "number": "一(一)1", "sectionTitle": "甲", "subsectionTitle": "乙", "text": "", "responsibleText": "办公室",
                "parties": [ { "label": "各相关科室", "rule": "relevant-sections" }, { "label": "办公室", "rule": "publisher", "units": [ "office" ] }, { "label": "文中", "rule": "publisher", "source": "txt" } ] },
              { "number": "一(一)3", "sectionTitle": "甲", "subsectionTitle": "乙", "text": "正文", "responsibleText": "办公室", "parties": [] }
            ] }
            """);

        var errors = Errors(text);

        Assert.Equal(
            [
                ("RP0107", "$.workPlan.points[0].parties[0].units[0]"),
                ("RP0007", "$.workPlan.points[1].text"),
                ("RP0102", "$.workPlan.points[1].number"),
                ("RP0007", "$.workPlan.points[1].parties[0].rule"),
                ("RP0106", "$.workPlan.points[1].parties[1]"),
                ("RP0111", "$.workPlan.points[1].parties[2].source"),
                ("RP0106", "$.workPlan.points[2].parties"),
            ],
            errors.Select(e => (e.Code.Id, e.Location.Path)));
        var dangling = errors[0];
        Assert.Contains("'offfice'", dangling.Message, StringComparison.Ordinal);
        Assert.Equal(Locate(text, "\"offfice\""), (dangling.Location.Line, dangling.Location.Column));
    }

    [Fact]
    public void Load_WorkPlanWithoutPoints_IsAMissingValue()
    {
        var error = Assert.Single(Errors(Standalone("""
            "workPlan": { "title": "计划" }
            """)));

        Assert.Equal((DataProblemCodes.MissingValue, "$.workPlan"), (error.Code, error.Location.Path));
        Assert.Contains("\"points\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownFieldInAWorkPoint_IsAWarningAtItsPath()
    {
        var pack = Load(Standalone("""
            "workPlan": { "title": "计划", "points": [
              { "number": "一", "sectionTitle": "甲", "subsectionTitle": "乙", "text": "正文", "responsibleText": "办公室", "deadline": "年底前",
                "parties": [ { "label": "办公室", "units": [ "office" ] } ] } ] }
            """));

        var warning = Assert.Single(pack.Warnings);
        Assert.Equal((DataProblemCodes.UnknownField, "$.workPlan.points[0].deadline"), (warning.Code, warning.Location.Path));
        Assert.Equal("一", Assert.Single(pack.WorkPlan!.Points).Number);
    }

    [Fact]
    public void ToJson_PackWithWorkPlan_RoundTrips()
    {
        var pack = Load(Standalone("""
            "workPlan": { "title": "计划", "source": "某文件", "points": [
              { "number": "一", "sectionTitle": "甲", "subsectionTitle": "乙", "text": "正文", "responsibleText": "办公室",
                "parties": [ { "label": "办公室", "units": [ "office" ] }, { "label": "承办科室", "rule": "event-host", "source": "text" } ] } ] }
            """));

        var reloaded = RulePack.Load(pack.ToUtf8Json(), "again.pack.json", null);

        Assert.Equal(pack.ToJson(), reloaded.ToJson());
        Assert.Equal(PartySource.WorkPointText, reloaded.WorkPlan!.Points[0].Parties[1].Source);
        Assert.Same(Responsibility.EventHost, reloaded.WorkPlan.Points[0].Parties[1].Responsibility);
    }

    private static string Standalone(string section) => $$"""
        {
          "formatVersion": 1,
          "id": "test",
          "metadata": { "bureau": "某局", "bureauEnglishName": "Some Bureau", "jurisdiction": "某市", "effectiveDate": "2024-01-01", "timeZone": "Asia/Shanghai" },
          {{Units}},
          "catalog": [ { "id": "news", "name": "动态", "englishName": "News", "seedRow": 1, "frequency": "及时更新", "responsible": "办公室" } ],
          "review": { "name": "审核", "levels": [ { "name": "一审", "role": "information-publisher" } ], "confidentialityReviewer": "confidentiality-reviewer", "publisher": "information-publisher", "cleanUpEvery": "P1Y" },
          {{section}}
        }
        """;

    private static RulePack Load(string text) => RulePack.Load(Encoding.UTF8.GetBytes(text), "test.pack.json", null);

    private static List<Problem> Errors(string text) =>
        [.. Assert.Throws<RulePackException>(() => Load(text)).Errors];

    private static (int Line, int Column) Locate(string text, string needle)
    {
        var at = text.IndexOf(needle, StringComparison.Ordinal);
        return (text[..at].Count(c => c == '\n') + 1, at - (text.LastIndexOf('\n', at - 1) + 1) + 1);
    }
}
