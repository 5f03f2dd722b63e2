using Disclosure.Domain.Catalog;

namespace Disclosure.Domain.Testing.Tests;

public class CatalogFixtureTests
{
    [Fact]
    public void Build_TwoColumns_NumbersThemAndSetsDefaults()
    {
        var catalog = new CatalogFixture()
            .Column("monthly-bulletin", UpdateFrequency.Monthly)
            .Column("assistance-standards", UpdateFrequency.TimelyWithin(5), "social-assistance", "救助标准")
            .Build();

        Assert.Equal("测试局", catalog.BureauName);
        Assert.Equal(new LocalDate(2024, 1, 1), catalog.EffectiveDate);
        Assert.Equal("Asia/Shanghai", catalog.TimeZone.Id);
        Assert.Equal([1, 2], catalog.Columns.Select(c => c.SeedRow));
        var standards = catalog.GetColumnBySeedRow(2);
        Assert.Equal("救助标准", standards.Name);
        Assert.Equal(5, standards.Frequency.WorkingDays);
        Assert.Equal("social-assistance", Assert.Single(standards.Responsible.Units).Value);
    }

    [Fact]
    public void Build_DuplicateColumn_ThrowsInvalidCatalogException()
    {
        var fixture = new CatalogFixture().Column("a", UpdateFrequency.Monthly).Column("a", UpdateFrequency.Annual);

        Assert.Throws<InvalidCatalogException>(fixture.Build);
    }

    [Fact]
    public void Column_BadUnit_Throws()
    {
        Assert.Throws<ArgumentException>(() => new CatalogFixture().Column("a", UpdateFrequency.Monthly, "Not A Unit!"));
    }
}
