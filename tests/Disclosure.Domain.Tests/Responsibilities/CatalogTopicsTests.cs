using Disclosure.Domain.Catalog;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.RulePacks;

namespace Disclosure.Domain.Tests.Responsibilities;

/// <summary>
/// Every 各相关科室 column of the Xuancheng 2024 catalog must resolve to at least one unit. The theory rows list the ids
/// (copied from the catalog's JSON) so a failure names the row; <see cref="Xuancheng2024Catalog_RelevantSectionColumns_AreExactlyTheListedOnes"/>
/// keeps the list in step with the real catalog, and the other facts load the real catalog and resolve every row.
/// </summary>
public class CatalogTopicsTests
{
    public static TheoryData<int, string> RelevantSectionColumns => new()
    {
        { 24, "rural-revitalization" },
        { 25, "power-and-responsibility-lists" },
        { 26, "service-lists" },
        { 27, "administrative-licensing" },
        { 28, "administrative-penalties" },
        { 29, "administrative-compulsion" },
        { 30, "administrative-confirmation" },
        { 31, "other-powers" },
        { 32, "law-enforcement-disclosure" },
        { 33, "random-inspections" },
        { 34, "online-services" },
        { 37, "press-release-transcripts" },
        { 38, "higher-level-interpretation" },
        { 39, "official-interpretation" },
        { 40, "other-interpretation" },
        { 41, "proactive-responses" },
        { 42, "interactive-responses" },
        { 47, "standardization-policies" },
        { 48, "standardization-progress" },
        { 58, "social-support" },
        { 60, "basic-livelihood" },
    };

    [Theory]
    [MemberData(nameof(RelevantSectionColumns))]
    public void Resolve_RelevantSectionsOfCatalogColumn_NamesAtLeastOneSection(int seedRow, string columnId)
    {
        var resolution = RulePack.XuanchengCivilAffairs2024.OrgChart.Resolve(Responsibility.RelevantSections(columnId));

        Assert.True(resolution.IsResolved, $"row {seedRow}: {resolution.Violation}");
        Assert.NotEmpty(resolution.Units);
        Assert.All(resolution.Units, u => Assert.True(u.Kind.IsSection));
        Assert.DoesNotContain(resolution.Units, u => u.Id.Value == "office");
    }

    [Fact]
    public void Topics_OfXuancheng_AreExactlyTheCatalogColumnsAndTheTwoWorkPlanTopics()
    {
        var expected = RelevantSectionColumns.Select(row => (string)row.Data.Item2).Concat(["livelihood", "power-operation"]).Order(StringComparer.Ordinal);

        Assert.Equal(expected, RulePack.XuanchengCivilAffairs2024.OrgChart.Topics);
    }

    [Fact]
    public void Xuancheng2024Catalog_RelevantSectionColumns_AreExactlyTheListedOnes()
    {
        var fromCatalog = RulePack.XuanchengCivilAffairs2024.Catalog.Columns
            .Where(c => c.Responsible.Kind == ResponsibilityKind.RelevantSections)
            .Select(c => (c.SeedRow, c.Responsible.Topic!));

        Assert.Equal(RelevantSectionColumns.Select(row => ((int)row.Data.Item1, (string)row.Data.Item2)), fromCatalog);
        Assert.All(
            RulePack.XuanchengCivilAffairs2024.Catalog.Columns.Where(c => c.Responsible.Kind == ResponsibilityKind.RelevantSections),
            c => Assert.Equal(("各相关科室", c.Id.Value), (c.ResponsibleLabel, c.Responsible.Topic)));
    }

    [Fact]
    public void Xuancheng2024Catalog_EveryColumn_ResolvesToAtLeastOneUnit()
    {
        var handler = ResponsibilityContext.Empty.WithHandler(UnitId.Parse("social-assistance"));
        var columns = RulePack.XuanchengCivilAffairs2024.Catalog.Columns;

        Assert.Equal(75, columns.Length);
        foreach (var column in columns)
        {
            var resolution = RulePack.XuanchengCivilAffairs2024.OrgChart.Resolve(column.Responsible, handler);

            Assert.True(resolution.IsResolved, $"row {column.SeedRow} {column.Id} ({column.ResponsibleLabel}): {resolution.Violation}");
            Assert.NotEmpty(resolution.Units);
        }
    }

    [Fact]
    public void Xuancheng2024Catalog_CaseHandlerColumnWithoutContext_NamesTheMissingHandler()
    {
        var column = RulePack.XuanchengCivilAffairs2024.Catalog.Columns.Single(c => c.Responsible == Responsibility.CaseHandler);

        Assert.Equal("谁承办谁更新", column.ResponsibleLabel);
        Assert.Equal(ResponsibilityViolationCodes.MissingHandler, RulePack.XuanchengCivilAffairs2024.OrgChart.Resolve(column.Responsible).Violation?.Code);
    }

    [Fact]
    public void Xuancheng2024Catalog_NamedSectionLabels_AreTheOrgChartNamesOfTheUnits()
    {
        foreach (var column in RulePack.XuanchengCivilAffairs2024.Catalog.Columns.Where(c => c.Responsible.Kind == ResponsibilityKind.Units))
        {
            var unit = RulePack.XuanchengCivilAffairs2024.OrgChart.FindByName(column.ResponsibleLabel);

            Assert.NotNull(unit);
            Assert.Equal([unit.Id], column.Responsible.Units);
        }
    }
}
