using System.Collections.Immutable;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.RulePacks;

namespace Disclosure.Domain.Tests.Responsibilities;

public class WorkPlanTests
{
    private static readonly WorkPlan Plan = RulePack.XuanchengCivilAffairs2024.WorkPlan!;
    private static readonly OrgChart Chart = RulePack.XuanchengCivilAffairs2024.OrgChart;

    [Fact]
    public void Xuancheng2024_ComparedWithSeedFile_HasEveryPointWithNumberTitlesTextAndResponsibleText()
    {
        var seed = SeedWorkPlanReader.Read();

        Assert.Equal(23, seed.Count);
        Assert.Equal(seed.Select(p => p.Number), Plan.Points.Select(p => p.Number));
        foreach (var (expected, actual) in seed.Zip(Plan.Points))
        {
            Assert.Equal(expected.SectionTitle, actual.SectionTitle);
            Assert.Equal(expected.SubsectionTitle, actual.SubsectionTitle);
            Assert.Equal(expected.Text, actual.Text);
            Assert.Equal(expected.ResponsibleText, actual.ResponsibleText);
        }
    }

    [Fact]
    public void Xuancheng2024_Numbering_RunsThroughSectionsOneToFour()
    {
        Assert.Equal(
            ["一(一)1", "一(一)2", "一(二)1", "一(二)2", "一(二)3", "二(一)1", "二(一)2", "二(二)1", "二(三)1", "二(三)2", "二(三)3", "二(三)4", "二(三)5", "二(四)1", "三(一)1", "三(一)2", "三(一)3", "三(二)1", "四(一)1", "四(二)1", "四(二)2", "四(三)1", "四(三)2"],
            Plan.Points.Select(p => p.Number));
    }

    [Fact]
    public void Parties_OfResponsibilityLine_JoinBackToTheSeedsResponsibleText()
    {
        foreach (var point in Plan.Points)
        {
            var labels = point.Parties.Where(p => p.Source == PartySource.ResponsibilityLine).Select(p => p.Label);
            Assert.Equal(point.ResponsibleText, string.Join("、", labels));
        }
    }

    [Fact]
    public void Parties_OfTextSource_AreQuotedInThePointText()
    {
        var fromText = Plan.Points.SelectMany(p => p.Parties.Where(q => q.Source == PartySource.WorkPointText).Select(q => (p, q))).ToList();

        var (point, party) = Assert.Single(fromText);
        Assert.Equal("三(一)3", point.Number);
        Assert.Equal(Responsibility.Publisher, party.Responsibility);
        Assert.Contains("“" + party.Label + "”", point.Text, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> LabelMapping => new()
    {
        { "办公室", "Units(office)" },
        { "社会救助科", "Units(social-assistance)" },
        { "社会事务科", "Units(social-affairs)" },
        { "儿童福利科", "Units(child-welfare)" },
        { "各科室", "AllSections" },
        { "各直属机构", "AffiliatedAgencies" },
        { "各政策文件起草科室", "DraftingSection" },
        { "各行政权力实施科室", "PowerExercisingSections" },
        { "政府开放日、线下宣传日承办科室", "EventHost" },
        { "各信息公开申请办理科室", "CaseHandler" },
        { "谁公开、谁清理", "Publisher" },
    };

    [Theory]
    [MemberData(nameof(LabelMapping))]
    public void Parties_WithSeedLabel_MapToTheTypedResponsibility(string label, string expected)
    {
        var parties = Plan.Points.SelectMany(p => p.Parties).Where(p => p.Label == label).ToList();

        Assert.NotEmpty(parties);
        Assert.All(parties, p => Assert.Equal(expected, p.Responsibility.ToString()));
    }

    [Fact]
    public void Parties_RelevantSections_UseWorkPlanTopics()
    {
        Assert.Equal(Responsibility.RelevantSections("livelihood"), Plan.Find("一(一)1")!.Parties[1].Responsibility);
        Assert.Equal(Responsibility.RelevantSections("power-operation"), Plan.Find("一(二)1")!.Parties[2].Responsibility);
        Assert.Equal(
            LabelOrder.Order(StringComparer.Ordinal),
            Plan.Points.SelectMany(p => p.Parties).Select(p => p.Label).Distinct().Order(StringComparer.Ordinal));
    }

    private static readonly string[] LabelOrder =
        ["办公室", "各相关科室", "各行政权力实施科室", "各科室", "各直属机构", "各政策文件起草科室", "政府开放日、线下宣传日承办科室", "各信息公开申请办理科室", "谁公开、谁清理", "社会救助科", "社会事务科", "儿童福利科"];

    [Fact]
    public void EveryParty_WithFullContext_ResolvesExceptAffiliatedAgencies()
    {
        var context = ResponsibilityContext.Empty
            .WithDrafter(UnitId.Parse("social-assistance"))
            .WithPowerExercisingUnits(UnitId.Parse("social-organizations"))
            .WithHost(UnitId.Parse("office"))
            .WithHandler(UnitId.Parse("social-affairs"))
            .WithPublisher(UnitId.Parse("child-welfare"));

        foreach (var party in Plan.Points.SelectMany(p => p.Parties))
        {
            var resolution = Chart.Resolve(party.Responsibility, context);
            if (party.Responsibility == Responsibility.AffiliatedAgencies)
            {
                Assert.Equal(ResponsibilityViolationCodes.NoAffiliatedAgency, resolution.Violation?.Code);
            }
            else
            {
                Assert.True(resolution.IsResolved, $"{party}: {resolution.Violation}");
                Assert.NotEmpty(resolution.Units);
            }
        }
    }

    [Fact]
    public void PointsInvolving_SocialAssistanceNamedOnly_IsTheOnePointNamingIt()
    {
        var points = Plan.PointsInvolving(Chart, UnitId.Parse("social-assistance"), UnitInvolvement.Named);

        var only = Assert.Single(points);
        Assert.Equal("一(一)2", only.Point.Number);
        Assert.Equal("社会救助科", only.Party.Label);
    }

    [Fact]
    public void PointsInvolving_ChildWelfare_IsNamedThroughTheAlias()
    {
        var points = Plan.PointsInvolving(Chart, UnitId.Parse("child-welfare"), UnitInvolvement.Named);

        Assert.Equal("儿童福利科", Assert.Single(points).Party.Label);
    }

    [Fact]
    public void PointsInvolving_SocialAssistanceByRule_AddsRelevantAndAllSectionsPoints()
    {
        var points = Plan.PointsInvolving(Chart, UnitId.Parse("social-assistance"), UnitInvolvement.ByRule);

        Assert.Equal(
            [("一(一)1", UnitInvolvement.ByRule), ("一(一)2", UnitInvolvement.Named), ("一(二)1", UnitInvolvement.ByRule), ("三(一)1", UnitInvolvement.ByRule), ("三(一)2", UnitInvolvement.ByRule), ("三(一)3", UnitInvolvement.ByRule)],
            points.Select(p => (p.Point.Number, p.Involvement)));
    }

    [Fact]
    public void PointsInvolving_SocialAssistanceDefault_AddsContextDependentPoints()
    {
        var points = Plan.PointsInvolving(Chart, UnitId.Parse("social-assistance"));

        Assert.Equal(
            ["一(一)1", "一(一)2", "一(二)1", "二(一)1", "二(一)2", "二(三)1", "二(三)2", "二(三)3", "二(三)4", "二(三)5", "二(四)1", "三(一)1", "三(一)2", "三(一)3", "三(二)1"],
            points.Select(p => p.Point.Number));
        Assert.Equal(UnitInvolvement.WhenInContext, points.Single(p => p.Point.Number == "二(一)2").Involvement);
    }

    [Fact]
    public void PointsInvolving_Office_IsNamedInSixteenPoints()
    {
        var named = Plan.PointsInvolving(Chart, UnitId.Parse("office"), UnitInvolvement.Named);

        Assert.Equal(16, named.Length);
        Assert.DoesNotContain(named, p => p.Point.Number is "二(一)1" or "二(一)2" or "二(三)2");
    }

    [Fact]
    public void PointsInvolving_UnknownUnit_IsEmpty()
    {
        Assert.Empty(Plan.PointsInvolving(Chart, UnitId.Parse("finance")));
    }

    [Fact]
    public void PointsInvolving_MinimumNone_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Plan.PointsInvolving(Chart, UnitId.Parse("office"), UnitInvolvement.None));
    }

    [Fact]
    public void Find_UnknownNumber_ReturnsNull()
    {
        Assert.Null(Plan.Find("五(一)1"));
        Assert.Equal("四(三)2", Plan.Find("四(三)2")!.Number);
    }

    [Fact]
    public void Constructor_DuplicateNumber_Throws()
    {
        var point = Plan.Points[0];
        Assert.Throws<ArgumentException>(() => new WorkPlan("t", [point, point]));
    }

    [Fact]
    public void WorkPoint_WithoutParties_Throws()
    {
        Assert.Throws<ArgumentException>(() => new WorkPoint("一(一)1", "a", "b", "text", "办公室", ImmutableArray<ResponsibleParty>.Empty));
    }

    [Fact]
    public void Responsibilities_AreDistinctInPartyOrder()
    {
        Assert.Equal(
            [Responsibility.Of(UnitId.Parse("office")), Responsibility.AllSections, Responsibility.AffiliatedAgencies, Responsibility.Publisher],
            Plan.Find("三(一)3")!.Responsibilities);
    }
}
