using Disclosure.Domain.Testing;

namespace Disclosure.Reminders.Tests;

public class ReminderWorkerTests
{
    [Fact]
    public async Task SimulatedWeek_OrdinaryWeek_RemindsEveryWorkingMorningOnly()
    {
        var (worker, _) = await SimulatedWeek.RunAsync(new LocalDate(2024, 7, 1), new LocalDate(2024, 7, 8));

        Assert.Equal(
            [new LocalDate(2024, 7, 1), new LocalDate(2024, 7, 2), new LocalDate(2024, 7, 3), new LocalDate(2024, 7, 4), new LocalDate(2024, 7, 5)],
            worker.Runs);
    }

    [Fact]
    public async Task SimulatedWeek_AroundNationalDay_RemindsOnTheAdjustedSundayAndSkipsTheHoliday()
    {
        var (worker, _) = await SimulatedWeek.RunAsync(new LocalDate(2024, 9, 28), new LocalDate(2024, 10, 9));

        Assert.Equal([new LocalDate(2024, 9, 29), new LocalDate(2024, 9, 30), new LocalDate(2024, 10, 8)], worker.Runs);
    }

    [Fact]
    public async Task SimulatedWeek_LocalHoliday_IsSkipped()
    {
        var calendar = new CalendarFixture(2024).DayOff(new LocalDate(2024, 7, 3), "防汛假").Build();

        var (worker, _) = await SimulatedWeek.RunAsync(new LocalDate(2024, 7, 1), new LocalDate(2024, 7, 6), calendar);

        Assert.Equal([new LocalDate(2024, 7, 1), new LocalDate(2024, 7, 2), new LocalDate(2024, 7, 4), new LocalDate(2024, 7, 5)], worker.Runs);
    }
}
