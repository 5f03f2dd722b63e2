using CsCheck;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Scheduling;

namespace Disclosure.Domain.Tests.Scheduling;

public class DayTableTests
{
    private static readonly WorkingDayCalendar Official = WorkingDayCalendar.ChinaMainland;
    private static readonly WorkingDayCalendar Projecting = WorkingDayCalendar.ChinaMainland.WithProjection();

    private static readonly Gen<LocalDate> Date2020To2030 = Gen.Int[0, 4017].Select(i => new LocalDate(2020, 1, 1).PlusDays(i));

    private static T Outcome<T>(Func<T> f, out int? uncoveredYear)
    {
        try
        {
            uncoveredYear = null;
            return f();
        }
        catch (CalendarCoverageException e)
        {
            uncoveredYear = e.Year;
            return default!;
        }
    }

    [Fact]
    public void Operations_RandomDates_AgreeWithTheCalendarIncludingCoverageErrors()
    {
        Gen.Select(Date2020To2030, Date2020To2030, Gen.Int[1, 60], Gen.Bool).Sample((a, b, n, project) =>
        {
            var calendar = project ? Projecting : Official;
            var table = DayTable.For(calendar);
            var (from, to) = a <= b ? (a, b) : (b, a);

            Assert.Equal(Outcome(() => calendar.NextWorkingDay(a), out var e1), Outcome(() => table.NextWorkingDay(a), out var f1));
            Assert.Equal(e1, f1);
            Assert.Equal(Outcome(() => calendar.AddWorkingDays(a, n), out var e2), Outcome(() => table.AddWorkingDays(a, n), out var f2));
            Assert.Equal(e2, f2);
            Assert.Equal(Outcome(() => calendar.CountWorkingDays(from, to), out var e3), Outcome(() => table.CountWorkingDays(from, to), out var f3));
            Assert.Equal(e3, f3);
            Assert.Equal(calendar.IsProvisional(from, to), table.IsProvisional(from, to));
        });
    }

    [Fact]
    public void For_SameCalendar_ReturnsTheCachedTable()
    {
        Assert.Same(DayTable.For(Official), DayTable.For(Official));
    }
}
