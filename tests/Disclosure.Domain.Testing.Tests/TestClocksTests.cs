namespace Disclosure.Domain.Testing.Tests;

public class TestClocksTests
{
    [Fact]
    public void At_DateInShanghai_IsOneAmUtcForNineAm()
    {
        var clock = TestClocks.At(new LocalDate(2024, 7, 1));

        Assert.Equal(Instant.FromUtc(2024, 7, 1, 1, 0), clock.GetCurrentInstant());
        Assert.Equal(new LocalDate(2024, 7, 1), clock.Today());
    }

    [Fact]
    public void AdvanceToNextWorkingMorning_BeforeNationalDay_SkipsTheWholeHoliday()
    {
        var calendar = new CalendarFixture(2024).Build();
        var clock = TestClocks.At(new LocalDate(2024, 9, 30), new LocalTime(17, 30));

        var next = clock.AdvanceToNextWorkingMorning(calendar);

        Assert.Equal(new LocalDate(2024, 10, 8), next);
        Assert.Equal(new LocalDate(2024, 10, 8).At(new LocalTime(9, 0)), clock.GetCurrentInstant().InZone(TestClocks.Shanghai).LocalDateTime);
    }

    [Fact]
    public void AdvanceTo_Backwards_Throws()
    {
        var clock = TestClocks.At(new LocalDate(2024, 7, 2));

        Assert.Throws<ArgumentException>(() => clock.AdvanceTo(new LocalDate(2024, 7, 1)));
    }
}
