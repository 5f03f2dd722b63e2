using Disclosure.Domain.Calendars;

namespace Disclosure.Domain.Tests.Calendars;

public class DayKindExtensionsTests
{
    [Theory]
    [InlineData(DayKind.Workday, "workday")]
    [InlineData(DayKind.RestDay, "restDay")]
    [InlineData(DayKind.StatutoryHoliday, "statutoryHoliday")]
    [InlineData(DayKind.AdjustedRestDay, "adjustedRestDay")]
    [InlineData(DayKind.AdjustedWorkday, "adjustedWorkday")]
    public void ToId_DefinedKind_IsTheStableIdentifier(DayKind kind, string expected)
    {
        Assert.Equal(expected, kind.ToId());
    }

    [Fact]
    public void ToId_UndefinedKind_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((DayKind)99).ToId());
    }
}
