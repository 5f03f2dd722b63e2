using Disclosure.Domain.Calendars;

namespace Disclosure.Domain.Tests.Calendars;

public class CalendarNoticeTests
{
    public static TheoryData<int> Years => [.. NoticeTexts.Years];

    private static LocalDate D(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    [Theory]
    [MemberData(nameof(Years))]
    public void Parse_EveryNoticeInTheRepository_ReadsTheYear(int year)
    {
        var arrangement = NoticeTexts.Arrangement(year);

        Assert.Equal(year, arrangement.Year);
        Assert.Equal($"国务院办公厅关于{year}年部分节假日安排的通知", arrangement.Source);
        Assert.Equal(7, arrangement.Holidays.Count(b => Festival.National.Contains(b.Festival)) + (arrangement.Holidays.Any(b => b.Festival.Equals(Festival.NationalDay)) && !arrangement.Holidays.Any(b => b.Festival.Equals(Festival.MidAutumnFestival)) ? 1 : 0));
    }
}
