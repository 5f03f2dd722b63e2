using System.Text;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.RulePacks;
using NodaTime;

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

    [Fact]
    public void WorkPlan_EmbeddedPack_IsThe2024PlanAndItsDutiesEndWith2024()
    {
        var pack = RulePack.XuanchengCivilAffairs2024;
        var openDays = pack.Obligations.Single(o => o.Id == "open-day-city");

        Assert.Equal(2024, pack.WorkPlan!.Year);
        Assert.Equal(new LocalDate(2024, 12, 31), openDays.LastDay);
        Assert.All(pack.Obligations, o => Assert.Equal(new LocalDate(2024, 12, 31), o.LastDay));

        // A 2025 as-of owes no 2025 open day: the quarters stop with the plan's year.
        Assert.Empty(openDays.Evaluate([], new LocalDate(2025, 1, 1), new LocalDate(2025, 3, 1)));
        var quarters = openDays.Evaluate([], new LocalDate(2024, 1, 1), new LocalDate(2025, 3, 1));
        Assert.Equal(4, quarters.Length);
        Assert.All(quarters, q => Assert.Equal(ObligationStatus.Overdue, q.Status));
        Assert.Throws<ArgumentOutOfRangeException>(() => openDays.EvaluateCurrent([], new LocalDate(2025, 3, 1)));
        Assert.Equal(ObligationStatus.Due, openDays.EvaluateCurrent([], new LocalDate(2024, 11, 1)).Status);
    }

    [Fact]
    public void Agenda_PastThePlanYear_ListsNoPeriodOfThePlansDuties()
    {
        var pack = RulePack.XuanchengCivilAffairs2024;
        var source = AgendaSources.RecurringObligations(pack.Obligations, [], GovernmentLevel.City);
        var unit = UnitId.Parse("social-assistance");

        var items = source.ItemsFor(pack.OrgChart, unit, new DateInterval(new LocalDate(2024, 10, 1), new LocalDate(2025, 12, 31)), new LocalDate(2025, 3, 1)).ToList();

        Assert.Contains(items, i => i.Reference == "open-day-city" && i.DueDate == new LocalDate(2024, 12, 31));
        Assert.DoesNotContain(items, i => i.DueDate.Year == 2025);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void Load_PlanYearOutOfRange_IsALocatedError(int year)
    {
        var error = Assert.Single(Errors(Standalone($$"""
            "workPlan": { "title": "计划", "year": {{year}}, "points": [
              { "number": "一", "sectionTitle": "甲", "subsectionTitle": "乙", "text": "正文", "responsibleText": "办公室",
                "parties": [ { "label": "办公室", "units": [ "office" ] } ] } ] }
            """)));

        Assert.Equal((DataProblemCodes.OutOfRange, "$.workPlan.year"), (error.Code, error.Location.Path));
        Assert.Contains("2000 to 2100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_PlanWithYear_RoundTripsAndBindsItsObligations()
    {
        var pack = Load(Standalone("""
            "obligations": [ { "id": "o", "activityKind": "open-day", "period": "quarter", "minimumCount": 1, "levels": ["city"], "units": ["office"], "workPoint": "一", "seedText": "每季度开展开放日活动不少于1次。" },
                             { "id": "p", "activityKind": "training", "period": "year", "minimumCount": 1, "levels": ["city"], "units": ["office"], "workPoint": "九", "seedText": "每年培训。" } ],
            "workPlan": { "title": "计划", "year": 2030, "points": [
              { "number": "一", "sectionTitle": "甲", "subsectionTitle": "乙", "text": "正文", "responsibleText": "办公室",
                "parties": [ { "label": "办公室", "units": [ "office" ] } ] } ] }
            """));

        var reloaded = RulePack.Load(pack.ToUtf8Json(), "again.pack.json", null);

        Assert.Equal(pack.ToJson(), reloaded.ToJson());
        Assert.Contains("\"year\": 2030", pack.ToJson(), StringComparison.Ordinal);
        Assert.Equal(2030, reloaded.WorkPlan!.Year);
        Assert.Equal(new LocalDate(2030, 12, 31), reloaded.Obligations.Single(o => o.Id == "o").LastDay);
        Assert.Null(reloaded.Obligations.Single(o => o.Id == "p").LastDay);
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
