using Disclosure.Domain.Calendars;

namespace Disclosure.Domain.Testing.Tests;

public class DomainAssertCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.ChinaMainland;

    [Fact]
    public void IsWorkingDay_AdjustedSunday_Passes()
    {
        DomainAssert.IsWorkingDay(Calendar, new LocalDate(2024, 9, 29));
    }

    [Fact]
    public void IsWorkingDay_NationalDay_ThrowsNamingTheFestival()
    {
        var e = Assert.Throws<DomainAssertionException>(() => DomainAssert.IsWorkingDay(Calendar, new LocalDate(2024, 10, 1)));

        Assert.Contains("2024-10-01", e.Message, StringComparison.Ordinal);
        Assert.Contains("国庆节", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsDayOff_Monday_Throws()
    {
        Assert.Throws<DomainAssertionException>(() => DomainAssert.IsDayOff(Calendar, new LocalDate(2024, 7, 1)));
    }

    [Fact]
    public void WorkingDaysEndOn_AcrossNationalDay_PassesOnTheRightDayAndFailsOnAWrongOne()
    {
        DomainAssert.WorkingDaysEndOn(Calendar, new LocalDate(2024, 9, 30), 1, new LocalDate(2024, 10, 8));

        var e = Assert.Throws<DomainAssertionException>(() => DomainAssert.WorkingDaysEndOn(Calendar, new LocalDate(2024, 9, 30), 1, new LocalDate(2024, 10, 1)));
        Assert.Contains("2024-10-08", e.Message, StringComparison.Ordinal);
    }
}
