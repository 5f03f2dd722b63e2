using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Testing.Tests;

public class OrgChartFixtureTests
{
    [Fact]
    public void Build_OfficeAndASection_ResolvesRelevantSectionsByTopic()
    {
        var chart = new OrgChartFixture()
            .Section("social-assistance", "社会救助科", "assistance-standards")
            .Section("social-affairs", "社会事务科")
            .Build();

        Assert.Equal(["office", "social-assistance", "social-affairs"], chart.Units.Select(u => u.Id.Value));
        Assert.Equal("办公室", chart.Get(UnitId.Parse("office")).Name);
        Assert.Equal(["social-assistance"], chart.UnitsForTopic("assistance-standards").Select(u => u.Id.Value));
    }

    [Fact]
    public void Build_WithoutOffice_HasOnlyTheNamedUnits()
    {
        var chart = new OrgChartFixture(withOffice: false).AffiliatedAgency("social-organizations", "社会组织管理局").Build();

        var unit = Assert.Single(chart.Units);
        Assert.Equal(UnitKind.AffiliatedAgency, unit.Kind);
    }

    [Fact]
    public void Section_BadId_Throws()
    {
        Assert.Throws<ArgumentException>(() => new OrgChartFixture().Section("Social Assistance", "社会救助科"));
    }
}
