using Disclosure.Domain.Catalog;
using Disclosure.Domain.Review;
using Disclosure.Domain.RulePacks;
using Disclosure.Domain.Scheduling;

namespace Disclosure.Domain.Testing.Tests;

/// <summary>The README's test-kit example, compiled and run.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_Runs()
    {
        var calendar = new CalendarFixture(2024).DayOff(new LocalDate(2024, 7, 15), "防汛假").Build();
        DomainAssert.WorkingDaysEndOn(calendar, new LocalDate(2024, 7, 12), 1, new LocalDate(2024, 7, 16));

        var catalog = new CatalogFixture().Column("monthly-bulletin", UpdateFrequency.Monthly).Build();
        var log = new PublicationLogFixture().Published("monthly-bulletin", new LocalDate(2024, 5, 31)).Build();
        DomainAssert.ColumnIsOverdueOn(catalog, "monthly-bulletin", new LocalDate(2024, 7, 2), log);

        var r = new ReviewFixture(RulePack.XuanchengCivilAffairs2024.Review);
        DomainAssert.PolicyAllows(r, r.Procedure("notice"));
        DomainAssert.PolicyRefuses(r, [r.AddInformation("notice"), r.Submit("notice"), r.Approve("notice", 1), r.Publish("notice")], ReviewViolationCodes.NotReviewed);
    }
}
