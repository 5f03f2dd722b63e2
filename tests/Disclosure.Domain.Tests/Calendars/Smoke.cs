using Disclosure.Domain.Calendars;
namespace Disclosure.Domain.Tests.Calendars;
public class Smoke
{
    [Fact]
    public void Everything()
    {
        var c = WorkingDayCalendar.ChinaMainland;
        for (var d = NaiveCalendar.First; d <= NaiveCalendar.Last; d = d.PlusDays(1))
            Assert.True(NaiveCalendar.IsWorkingDay(d) == c.IsWorkingDay(d), d.ToString());
        Assert.Equal(new LocalDate(2025, 10, 29), c.AddWorkingDays(new LocalDate(2025, 9, 25), 20));
        Assert.Equal(new LocalDate(2025, 10, 23), c.AddWorkingDays(new LocalDate(2025, 9, 20), 20));
        var p = c.WithProjection();
        Assert.True(p.GetDay(new LocalDate(2027,2,9)).IsProvisional);
        Assert.Equal(DayKind.AdjustedRestDay, p.GetDayKind(new LocalDate(2027,2,9)));
    }
}
