using Disclosure.Domain.Catalog;

namespace Disclosure.Domain.Testing.Tests;

public class DomainAssertDueTests
{
    private static readonly DisclosureCatalog Catalog = new CatalogFixture()
        .Column("monthly-bulletin", UpdateFrequency.Monthly)
        .Column("assistance-standards", UpdateFrequency.TimelyWithin(5), "social-assistance")
        .Build();

    [Fact]
    public void ColumnIsOverdueOn_JuneNotPublished_PassesOnJuly2AndNotOnJuly1()
    {
        var log = new PublicationLogFixture()
            .Published("monthly-bulletin", new LocalDate(2024, 1, 31), new LocalDate(2024, 2, 29), new LocalDate(2024, 3, 29), new LocalDate(2024, 4, 30), new LocalDate(2024, 5, 31))
            .Build();

        DomainAssert.ColumnIsOverdueOn(Catalog, "monthly-bulletin", new LocalDate(2024, 7, 2), log);
        DomainAssert.ColumnIsNotOverdueOn(Catalog, "monthly-bulletin", new LocalDate(2024, 7, 1), log);
        var e = Assert.Throws<DomainAssertionException>(() => DomainAssert.ColumnIsOverdueOn(Catalog, "monthly-bulletin", new LocalDate(2024, 7, 1), log));
        Assert.Contains("2024-06 due 2024-07-01 Due", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ColumnIsOverdueOn_TimelyColumnFiveWorkingDaysAfterFormation_NamesTheDueDate()
    {
        var log = new PublicationLogFixture().Formed("assistance-standards", new LocalDate(2024, 9, 27)).Build();

        // Formed Friday 27 September: five working days are 29 Sep (adjusted Sunday), 30 Sep, 8, 9 and 10 October.
        DomainAssert.ColumnIsNextDueOn(Catalog, "assistance-standards", new LocalDate(2024, 9, 27), new LocalDate(2024, 10, 10), log);
        DomainAssert.ColumnIsNotOverdueOn(Catalog, "assistance-standards", new LocalDate(2024, 10, 10), log);
        DomainAssert.ColumnIsOverdueOn(Catalog, "assistance-standards", new LocalDate(2024, 10, 11), log);
    }

    [Fact]
    public void ColumnIsNextDueOn_WrongDate_ThrowsWithTheActualDate()
    {
        var e = Assert.Throws<DomainAssertionException>(() =>
            DomainAssert.ColumnIsNextDueOn(Catalog, "monthly-bulletin", new LocalDate(2024, 7, 2), new LocalDate(2024, 7, 30)));

        Assert.Contains("due on 2024-", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ColumnIsOverdueOn_UnknownColumn_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => DomainAssert.ColumnIsOverdueOn(Catalog, "nope", new LocalDate(2024, 7, 2)));
    }
}
