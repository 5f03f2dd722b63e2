using Disclosure.Domain.Calendars;

namespace Disclosure.Domain.Testing.Tests;

public class CalendarFixtureTests
{
    [Fact]
    public void Build_NoExtras_MatchesTheOfficialYear()
    {
        var calendar = new CalendarFixture(2024).Build();

        for (var day = new LocalDate(2024, 1, 1); day.Year == 2024; day = day.PlusDays(1))
        {
            Assert.Equal(WorkingDayCalendar.ChinaMainland.GetDayKind(day), calendar.GetDayKind(day));
        }

        Assert.Equal([2024], calendar.Coverage.PublishedYears);
    }

    [Fact]
    public void Build_LocalHolidayAndAdjustedWorkday_ChangesOnlyThoseDays()
    {
        var calendar = new CalendarFixture(2024)
            .Holiday(new LocalDate(2024, 7, 15), new LocalDate(2024, 7, 16), "防汛假")
            .AdjustedWorkday(new LocalDate(2024, 7, 20))
            .Build();

        Assert.False(calendar.IsWorkingDay(new LocalDate(2024, 7, 15)));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2024, 7, 16)));
        Assert.Equal("防汛假", calendar.GetDay(new LocalDate(2024, 7, 15)).Festival?.Name);
        Assert.Equal(DayKind.AdjustedWorkday, calendar.GetDayKind(new LocalDate(2024, 7, 20)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2024, 7, 17)));
        Assert.Equal(new LocalDate(2024, 7, 17), calendar.AddWorkingDays(new LocalDate(2024, 7, 12), 1));
    }

    [Fact]
    public void Build_UnpublishedYear_UsesTheProjectedArrangementAsPublished()
    {
        var calendar = new CalendarFixture(2030).DayOff(new LocalDate(2030, 3, 5)).Build();

        Assert.Equal(DayKind.StatutoryHoliday, calendar.GetDayKind(new LocalDate(2030, 10, 1)));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2030, 3, 5)));
        Assert.False(calendar.GetDay(new LocalDate(2030, 3, 5)).IsProvisional);
    }

    [Fact]
    public void AdjustedWorkday_Weekday_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new CalendarFixture(2024).AdjustedWorkday(new LocalDate(2024, 7, 17)));

        Assert.Contains("Wednesday", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WorkdayInsideAHoliday_ThrowsCalendarDataException()
    {
        var fixture = new CalendarFixture(2024).Holiday(new LocalDate(2024, 7, 19), new LocalDate(2024, 7, 22)).AdjustedWorkday(new LocalDate(2024, 7, 20));

        Assert.Throws<CalendarDataException>(fixture.Build);
    }

    [Fact]
    public void Constructor_NoYear_Throws()
    {
        Assert.Throws<ArgumentException>(() => new CalendarFixture());
    }
}
