using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Tests.Responsibilities;

/// <summary>
/// Every 各相关科室 column of the Xuancheng 2024 catalog must resolve to at least one unit. The ids are copied from the
/// catalog's JSON (branch catalog, src/Disclosure.Domain/Catalog/Data/xuancheng-civil-affairs-2024.json) because the
/// catalog was not yet on main when this test was written.
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
        var resolution = OrgChart.Xuancheng.Resolve(Responsibility.RelevantSections(columnId));

        Assert.True(resolution.IsResolved, $"row {seedRow}: {resolution.Violation}");
        Assert.NotEmpty(resolution.Units);
        Assert.All(resolution.Units, u => Assert.True(u.Kind.IsSection));
        Assert.DoesNotContain(resolution.Units, u => u.Id.Value == "office");
    }

    [Fact]
    public void Topics_OfXuancheng_AreExactlyTheCatalogColumnsAndTheTwoWorkPlanTopics()
    {
        var expected = RelevantSectionColumns.Select(row => (string)row.Data.Item2).Concat(["livelihood", "power-operation"]).Order(StringComparer.Ordinal);

        Assert.Equal(expected, OrgChart.Xuancheng.Topics);
    }
}
