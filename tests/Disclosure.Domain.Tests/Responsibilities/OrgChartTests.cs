using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.RulePacks;

namespace Disclosure.Domain.Tests.Responsibilities;

public class OrgChartTests
{
    private static readonly OrgChart Chart = RulePack.XuanchengCivilAffairs2024.OrgChart;

    private static UnitId Id(string value) => UnitId.Parse(value);

    private static string[] Ids(ResponsibilityResolution resolution) => [.. resolution.Units.Select(u => u.Id.Value)];

    [Fact]
    public void Xuancheng_Units_AreTheSixAgreedUnitsWithNamesAndKinds()
    {
        Assert.Equal(
            [
                ("office", "办公室", "office"),
                ("social-assistance", "社会救助科", "section"),
                ("social-affairs", "社会事务科", "section"),
                ("child-welfare", "未成年人保护和儿童福利科", "section"),
                ("elderly-care-charity", "养老服务和慈善事业促进科", "section"),
                ("social-organizations", "社会组织管理局", "section"),
            ],
            Chart.Units.Select(u => (u.Id.Value, u.Name, u.Kind.Id)));
        Assert.All(Chart.Units, u => Assert.False(string.IsNullOrWhiteSpace(u.EnglishName)));
    }

    [Theory]
    [InlineData("儿童福利科", "child-welfare")]
    [InlineData("未成年人保护和儿童福利科", "child-welfare")]
    [InlineData(" 社会救助科 ", "social-assistance")]
    [InlineData("办公室", "office")]
    [InlineData("社会组织管理局", "social-organizations")]
    public void FindByName_NameOrAlias_FindsTheUnit(string name, string expected)
    {
        Assert.Equal(expected, Chart.FindByName(name)?.Id.Value);
    }

    [Fact]
    public void FindByName_UnknownName_ReturnsNull()
    {
        Assert.Null(Chart.FindByName("财务科"));
    }

    [Fact]
    public void ChildWelfare_Aliases_IsTheWorkPlanName()
    {
        var unit = Chart.Get(Id("child-welfare"));

        Assert.Equal(["儿童福利科"], unit.Aliases);
        Assert.True(unit.IsNamed("儿童福利科"));
        Assert.False(unit.IsNamed("社会事务科"));
    }

    [Fact]
    public void Get_UnknownId_ThrowsListingKnownIds()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Chart.Get(Id("finance")));

        Assert.Contains("finance", ex.Message, StringComparison.Ordinal);
        Assert.Contains("office, social-assistance, social-affairs, child-welfare, elderly-care-charity, social-organizations", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_DefaultId_ReturnsNull()
    {
        Assert.Null(Chart.Find(default));
    }

    [Fact]
    public void Constructor_DuplicateId_Throws()
    {
        var a = new Unit(Id("a"), "甲科", "A", UnitKind.Section);
        var b = new Unit(Id("a"), "乙科", "B", UnitKind.Section);

        Assert.Throws<ArgumentException>(() => new OrgChart([a, b]));
    }

    [Fact]
    public void Constructor_AliasNamingAnotherUnit_Throws()
    {
        var a = new Unit(Id("a"), "甲科", "A", UnitKind.Section);
        var b = new Unit(Id("b"), "乙科", "B", UnitKind.Section, aliases: ["甲科"]);

        var ex = Assert.Throws<ArgumentException>(() => new OrgChart([a, b]));
        Assert.Contains("甲科", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unit_RepeatedTopic_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Unit(Id("a"), "甲科", "A", UnitKind.Section, topics: ["x", "x"]));
        Assert.Throws<ArgumentException>(() => new Unit(default, "甲科", "A", UnitKind.Section));
        Assert.Throws<ArgumentException>(() => new Unit(Id("a"), " ", "A", UnitKind.Section));
    }

    [Fact]
    public void Resolve_NamedUnits_ReturnsThemInTheGivenOrder()
    {
        var resolution = Chart.Resolve(Responsibility.Of(Id("social-affairs"), Id("office")));

        Assert.True(resolution.IsResolved);
        Assert.Equal(["social-affairs", "office"], Ids(resolution));
        Assert.Null(resolution.Violation);
    }

    [Fact]
    public void Resolve_AllSections_IsEverySectionIncludingTheOffice()
    {
        Assert.Equal(
            ["office", "social-assistance", "social-affairs", "child-welfare", "elderly-care-charity", "social-organizations"],
            Ids(Chart.Resolve(Responsibility.AllSections)));
    }

    [Fact]
    public void Resolve_AllSections_LeavesOutAffiliatedAgencies()
    {
        var chart = new OrgChart([new Unit(Id("s"), "甲科", "S", UnitKind.Section), new Unit(Id("agency"), "救助站", "Station", UnitKind.AffiliatedAgency)]);

        Assert.Equal(["s"], Ids(chart.Resolve(Responsibility.AllSections)));
        Assert.Equal(["agency"], Ids(chart.Resolve(Responsibility.AffiliatedAgencies)));
    }

    [Fact]
    public void Resolve_RelevantSectionsForKnownTopic_ReturnsCompetentUnits()
    {
        Assert.Equal(["social-organizations"], Ids(Chart.Resolve(Responsibility.RelevantSections("administrative-compulsion"))));
        Assert.Equal(
            ["social-assistance", "social-affairs", "child-welfare", "elderly-care-charity"],
            Ids(Chart.Resolve(Responsibility.RelevantSections("livelihood"))));
    }

    [Fact]
    public void Resolve_ContextDependentForms_ReturnTheContextUnit()
    {
        var context = ResponsibilityContext.Empty
            .WithDrafter(Id("social-assistance"))
            .WithPowerExercisingUnits(Id("social-organizations"), Id("social-affairs"))
            .WithHost(Id("office"))
            .WithHandler(Id("child-welfare"))
            .WithPublisher(Id("elderly-care-charity"));

        Assert.Equal(["social-assistance"], Ids(Chart.Resolve(Responsibility.DraftingSection, context)));
        Assert.Equal(["social-organizations", "social-affairs"], Ids(Chart.Resolve(Responsibility.PowerExercisingSections, context)));
        Assert.Equal(["office"], Ids(Chart.Resolve(Responsibility.EventHost, context)));
        Assert.Equal(["child-welfare"], Ids(Chart.Resolve(Responsibility.CaseHandler, context)));
        Assert.Equal(["elderly-care-charity"], Ids(Chart.Resolve(Responsibility.Publisher, context)));
    }

    public static TheoryData<string, string, string> MissingContext => new()
    {
        { nameof(Responsibility.DraftingSection), ResponsibilityViolationCodes.MissingDrafter.Id, "Drafter" },
        { nameof(Responsibility.PowerExercisingSections), ResponsibilityViolationCodes.MissingPowerExercisingUnits.Id, "PowerExercisingUnits" },
        { nameof(Responsibility.EventHost), ResponsibilityViolationCodes.MissingHost.Id, "Host" },
        { nameof(Responsibility.CaseHandler), ResponsibilityViolationCodes.MissingHandler.Id, "Handler" },
        { nameof(Responsibility.Publisher), ResponsibilityViolationCodes.MissingPublisher.Id, "Publisher" },
    };

    [Theory]
    [MemberData(nameof(MissingContext))]
    public void Resolve_ContextDependentFormWithoutContext_ReturnsMissingContextViolation(string form, string code, string fact)
    {
        var responsibility = form switch
        {
            nameof(Responsibility.DraftingSection) => Responsibility.DraftingSection,
            nameof(Responsibility.PowerExercisingSections) => Responsibility.PowerExercisingSections,
            nameof(Responsibility.EventHost) => Responsibility.EventHost,
            nameof(Responsibility.CaseHandler) => Responsibility.CaseHandler,
            _ => Responsibility.Publisher,
        };

        var resolution = Chart.Resolve(responsibility);

        Assert.False(resolution.IsResolved);
        Assert.Equal(code, resolution.Violation.Code.Id);
        Assert.Contains($"({fact})", resolution.Violation.Message, StringComparison.Ordinal);
        Assert.Same(responsibility, resolution.Violation.Responsibility);
        Assert.Throws<InvalidOperationException>(() => resolution.Units);
        Assert.False(resolution.TryGetUnits(out var units));
        Assert.Empty(units);
    }

    [Fact]
    public void Resolve_AffiliatedAgenciesInXuancheng_ReturnsNoAffiliatedAgencyViolation()
    {
        var resolution = Chart.Resolve(Responsibility.AffiliatedAgencies);

        Assert.Equal(ResponsibilityViolationCodes.NoAffiliatedAgency, resolution.Violation?.Code);
        Assert.Contains("no affiliated agency in the org chart", resolution.Violation!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_RelevantSectionsForUnknownTopic_ReturnsNoCompetentSectionViolation()
    {
        var resolution = Chart.Resolve(Responsibility.RelevantSections("space-program"));

        Assert.Equal(ResponsibilityViolationCodes.NoCompetentSection, resolution.Violation?.Code);
        Assert.Contains("'space-program'", resolution.Violation!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_AllSectionsInChartWithoutSections_ReturnsNoSectionViolation()
    {
        var chart = new OrgChart([new Unit(Id("agency"), "救助站", "Station", UnitKind.AffiliatedAgency)]);

        Assert.Equal(ResponsibilityViolationCodes.NoSection, chart.Resolve(Responsibility.AllSections).Violation?.Code);
    }

    [Fact]
    public void Resolve_NamedUnitNotInChart_ReturnsUnknownUnitViolationListingKnownUnits()
    {
        var resolution = Chart.Resolve(Responsibility.Of(Id("office"), Id("finance")));

        Assert.Equal(ResponsibilityViolationCodes.UnknownUnit, resolution.Violation?.Code);
        Assert.Contains("finance", resolution.Violation!.Message, StringComparison.Ordinal);
        Assert.Contains("known: office, social-assistance", resolution.Violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ContextUnitNotInChart_ReturnsUnknownUnitViolation()
    {
        var resolution = Chart.Resolve(Responsibility.CaseHandler, ResponsibilityContext.Empty.WithHandler(Id("finance")));

        Assert.Equal(ResponsibilityViolationCodes.UnknownUnit, resolution.Violation?.Code);
    }

    [Fact]
    public void ViolationCodes_All_AreDistinctAndEachIsProducedByATestAbove()
    {
        Assert.Equal(9, ResponsibilityViolationCodes.All.Distinct().Count());
    }

    [Fact]
    public void Resolve_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Chart.Resolve(null!));
    }

    [Theory]
    [InlineData("social-assistance", UnitInvolvement.Named)]
    [InlineData("office", UnitInvolvement.None)]
    [InlineData("finance", UnitInvolvement.None)]
    public void Involvement_NamedResponsibility_IsNamedOrNone(string unit, UnitInvolvement expected)
    {
        Assert.Equal(expected, Chart.Involvement(Responsibility.Of(Id("social-assistance")), Id(unit)));
    }

    [Fact]
    public void Involvement_Rules_AreByRuleOrWhenInContext()
    {
        Assert.Equal(UnitInvolvement.ByRule, Chart.Involvement(Responsibility.AllSections, Id("office")));
        Assert.Equal(UnitInvolvement.ByRule, Chart.Involvement(Responsibility.RelevantSections("administrative-compulsion"), Id("social-organizations")));
        Assert.Equal(UnitInvolvement.None, Chart.Involvement(Responsibility.RelevantSections("administrative-compulsion"), Id("office")));
        Assert.Equal(UnitInvolvement.None, Chart.Involvement(Responsibility.AffiliatedAgencies, Id("office")));
        Assert.Equal(UnitInvolvement.WhenInContext, Chart.Involvement(Responsibility.DraftingSection, Id("child-welfare")));
        Assert.Equal(UnitInvolvement.None, Chart.Involvement(Responsibility.DraftingSection, Id("finance")));
    }

    [Fact]
    public void Context_Validation_RejectsDefaultAndRepeatedUnits()
    {
        Assert.Throws<ArgumentException>(() => ResponsibilityContext.Empty.WithDrafter(default));
        Assert.Throws<ArgumentException>(() => ResponsibilityContext.Empty.WithPowerExercisingUnits());
        Assert.Throws<ArgumentException>(() => ResponsibilityContext.Empty.WithPowerExercisingUnits(Id("office"), Id("office")));
    }

    [Fact]
    public void Context_With_LeavesTheOriginalUnchanged()
    {
        var context = ResponsibilityContext.Empty.WithHost(Id("office"));

        Assert.Null(ResponsibilityContext.Empty.Host);
        Assert.Equal(Id("office"), context.Host);
        Assert.Null(context.Drafter);
    }

    [Fact]
    public void Topics_AreSortedAndDistinct()
    {
        Assert.Equal(Chart.Topics.Order(StringComparer.Ordinal), Chart.Topics);
        Assert.Equal(Chart.Topics.Length, Chart.Topics.Distinct().Count());
        Assert.Contains("livelihood", Chart.Topics);
    }

    [Fact]
    public void TryCreate_RepeatedIdAndName_ReportsEachAtItsUnitAndField()
    {
        var office = new Unit(UnitId.Parse("office"), "办公室", "Office", UnitKind.Office);
        var twin = new Unit(UnitId.Parse("office"), "综合科", "General", UnitKind.Section);
        var clash = new Unit(UnitId.Parse("press"), "宣传科", "Press", UnitKind.Section, aliases: ["办公室"]);

        Assert.False(OrgChart.TryCreate([office, twin, clash], out var chart, out var problems));

        Assert.Null(chart);
        Assert.Equal(
            [("RP0102", 1, "office", "id"), ("RP0102", 2, "press", "aliases[0]")],
            problems.Select(p => (p.Code.Id, p.Location.Index, p.Location.EntryId, p.Location.Field)));
        Assert.All(problems, p => Assert.Equal("units", p.Location.Section));
        Assert.Contains("already names unit 'office'", problems[1].Message, StringComparison.Ordinal);
        var e = Assert.Throws<ArgumentException>(() => new OrgChart([office, twin, clash]));
        Assert.Contains("unit id 'office' is used by two units", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreate_ValidUnits_MakesTheChart()
    {
        Assert.True(OrgChart.TryCreate(Chart.Units, out var chart, out var problems));
        Assert.Empty(problems);
        Assert.Equal(Chart.Units, chart.Units);
    }
}
