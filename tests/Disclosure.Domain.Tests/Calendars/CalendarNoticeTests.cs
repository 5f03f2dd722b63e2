using CsCheck;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Calendars;

namespace Disclosure.Domain.Tests.Calendars;

public class CalendarNoticeTests
{
    public static TheoryData<int> Years => [.. NoticeTexts.Years];

    public static TheoryData<int, string> Retypings =>
        [.. from year in NoticeTexts.Years from retyping in Retypers.Keys select (year, retyping)];

    // Each re-typing changes only the form of the text: punctuation width, digit width, 星期/周, the range dash.
    private static readonly Dictionary<string, Func<string, string>> Retypers = new()
    {
        ["full-width punctuation"] = t => t.Replace(',', '，').Replace(':', '：').Replace('(', '（').Replace(')', '）').Replace(';', '；'),
        ["full-width digits"] = t => string.Concat(t.Select(c => c is >= '0' and <= '9' ? (char)(c + 0xFEE0) : c)),
        ["周 for 星期"] = t => t.Replace("星期", "周", StringComparison.Ordinal),
        ["星期 for 周"] = t => System.Text.RegularExpressions.Regex.Replace(t, "(?<!星期)周(?=[一二三四五六日])", "星期"),
        ["dash for 至"] = t => System.Text.RegularExpressions.Regex.Replace(t, @"(?<=\d日(?:\([^)]*\))?)至(?=\d)", "—"),
        ["ASCII full stops"] = t => t.Replace('。', '.'),
        ["CRLF and indented"] = t => string.Join("\r\n", t.Split('\n').Select(l => "\u3000\u3000" + l)),
    };

    private static LocalDate D(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    [Theory]
    [MemberData(nameof(Years))]
    public void Parse_EveryNoticeInTheRepository_ReadsTheYearAndAgreesWithTheEmbeddedData(int year)
    {
        var arrangement = NoticeTexts.Arrangement(year);
        var embedded = WorkingDayCalendar.ChinaMainland.GetArrangement(year);

        Assert.Equal(year, arrangement.Year);
        Assert.Equal($"国务院办公厅关于{year}年部分节假日安排的通知", arrangement.Source);
        Assert.Equal(embedded.Holidays, arrangement.Holidays);
        Assert.Equal(embedded.AdjustedWorkdays, arrangement.AdjustedWorkdays);
        Assert.Equal(embedded.Notices, arrangement.Notices);
    }

    [Theory]
    [MemberData(nameof(Retypings))]
    public void Parse_ANoticeRetyped_ReadsTheSameArrangement(int year, string retyping)
    {
        var retype = Retypers[retyping];
        var original = NoticeTexts.Arrangement(year);

        var result = CalendarNotice.Parse(retype(NoticeTexts.Notice(year)), [.. NoticeTexts.AmendmentsOf(year).Select(retype)]);

        Assert.True(result.Success, string.Join("\n", result.Problems));
        Assert.Equal(original.Holidays, result.Arrangement!.Holidays);
        Assert.Equal(original.AdjustedWorkdays, result.Arrangement.AdjustedWorkdays);
    }

    [Fact]
    public void Parse_2019WithTheLabourDayAdjustment_AppliesItAndListsBothNotices()
    {
        var arrangement = NoticeTexts.Arrangement(2019);

        Assert.Contains(new HolidayBlock(Festival.LabourDay, D("2019-05-01"), D("2019-05-04")), arrangement.Holidays);
        Assert.Contains(D("2019-04-28"), arrangement.AdjustedWorkdays);
        Assert.Contains(D("2019-05-05"), arrangement.AdjustedWorkdays);
        Assert.Contains(new HolidayBlock(Festival.NewYearsDay, D("2018-12-30"), D("2019-01-01")), arrangement.Holidays);
        Assert.Equal(
            [
                new NoticeReference("国务院办公厅关于2019年部分节假日安排的通知", D("2018-12-04"), "国办发明电〔2018〕15号"),
                new NoticeReference("国务院办公厅关于调整2019年劳动节假期安排的通知", D("2019-03-22"), "国办发明电〔2019〕3号"),
            ],
            arrangement.Notices);
    }

    [Fact]
    public void Parse_2019WithoutTheAdjustment_HasTheDecemberNoticesOneDay()
    {
        var result = CalendarNotice.Parse(NoticeTexts.Notice(2019));

        Assert.Contains(new HolidayBlock(Festival.LabourDay, D("2019-05-01"), D("2019-05-01")), result.Arrangement!.Holidays);
        Assert.DoesNotContain(D("2019-04-28"), result.Arrangement.AdjustedWorkdays);
    }

    [Fact]
    public void Parse_2020WithTheExtension_RunsSpringFestivalTo2February_AndDropsThe1FebruaryWorkday()
    {
        var arrangement = NoticeTexts.Arrangement(2020);

        Assert.Contains(new HolidayBlock(Festival.SpringFestival, D("2020-01-24"), D("2020-02-02")), arrangement.Holidays);
        Assert.DoesNotContain(D("2020-02-01"), arrangement.AdjustedWorkdays);
        Assert.Contains(D("2020-01-19"), arrangement.AdjustedWorkdays);
        Assert.Equal("国务院办公厅关于延长2020年春节假期的通知", arrangement.Notices[1].Title);
        Assert.Equal(D("2020-01-26"), arrangement.Notices[1].IssuedOn);
    }

    [Fact]
    public void Parse_2015WithTheVictoryDayNotice_AddsItsBlockAndWorkday()
    {
        var arrangement = NoticeTexts.Arrangement(2015);

        Assert.Contains(new HolidayBlock(Festival.VictoryDay2015, D("2015-09-03"), D("2015-09-05")), arrangement.Holidays);
        Assert.Contains(D("2015-09-06"), arrangement.AdjustedWorkdays);
        Assert.Equal("国发明电〔2015〕1号", arrangement.Notices[1].Number);
        Assert.Equal(DayKind.StatutoryHoliday, WorkingDayCalendar.ChinaMainland.GetDayKind(D("2015-09-03")));
        Assert.Equal(DayKind.AdjustedRestDay, WorkingDayCalendar.ChinaMainland.GetDayKind(D("2015-09-04")));
        Assert.Equal(DayKind.AdjustedWorkday, WorkingDayCalendar.ChinaMainland.GetDayKind(D("2015-09-06")));
    }

    [Fact]
    public void Parse_The2009Wording_ReadsEachClause()
    {
        var arrangement = NoticeTexts.Arrangement(2009);

        // 春节: 1月25日至31日, 除夕 (25th, a Sunday) to 初二 statutory; 1月24日 and 2月1日 上班.
        Assert.Contains(new HolidayBlock(Festival.SpringFestival, D("2009-01-25"), D("2009-01-31")), arrangement.Holidays);
        Assert.Contains(new HolidayBlock(Festival.NationalDay, D("2009-10-01"), D("2009-10-08")), arrangement.Holidays);
        Assert.Equal(
            [D("2009-01-04"), D("2009-01-24"), D("2009-02-01"), D("2009-05-31"), D("2009-09-27"), D("2009-10-10")],
            arrangement.AdjustedWorkdays);
        Assert.Null(arrangement.IssuedOn);
    }

    [Theory]
    [InlineData("(一)", "(二)")]
    [InlineData("1、", "2、")]
    [InlineData("——", "——")]
    public void Parse_OtherItemNumbering_ReadsTheSameArrangement(string first, string second)
    {
        var text = NoticeTexts.Notice(2016).Replace("一、元旦", first + "元旦", StringComparison.Ordinal).Replace("二、春节", second + "春节", StringComparison.Ordinal);

        var result = CalendarNotice.Parse(text);

        Assert.True(result.Success, string.Join("\n", result.Problems));
        Assert.Equal(NoticeTexts.Arrangement(2016).Holidays, result.Arrangement!.Holidays);
    }

    [Fact]
    public void Parse_ANewYearBlockWithoutItsYear_StartsInThePreviousDecember()
    {
        var text = NoticeTexts.Notice(2019).Replace("2018年12月30日至2019年1月1日", "12月30日至1月1日", StringComparison.Ordinal)
            .Replace("2018年12月29日", "12月29日", StringComparison.Ordinal);

        var result = CalendarNotice.Parse(text);

        Assert.Contains(new HolidayBlock(Festival.NewYearsDay, D("2018-12-30"), D("2019-01-01")), result.Arrangement!.Holidays);
        Assert.Contains(D("2018-12-29"), result.Arrangement.AdjustedWorkdays);
    }

    [Theory]
    [InlineData("三、清明节:4月4日放假,与周末连休。\n", "", 0, "notice.festival-missing", "清明节")]
    [InlineData("2月7日至13日放假调休,共7天", "2月7日至13日放假调休,共6天", 12, "notice.count-mismatch", "共6天")]
    [InlineData("2月6日(星期六)、2月14日(星期日)上班", "2月5日(星期五)、2月14日(星期日)上班", 12, "notice.workday-not-weekend", "2016-02-05 is a Friday")]
    [InlineData("国务院办公厅关于2016年\n", "国务院办公厅关于2017年\n", 10, "notice.year-mismatch", "2016")]
    [InlineData("2月6日(星期六)", "2月6日(星期日)", 12, "notice.weekday-mismatch", "2016-02-06 is a Saturday")]
    [InlineData("2月7日至13日放假调休,共7天", "2月9日至15日放假调休,共7天", 12, "notice.statutory-day-outside", "2016-02-08")]
    [InlineData("4月4日放假,与周末连休。", "4月4日放假,与周末连休,另行安排。", 13, "notice.unreadable-line", "另行安排")]
    [InlineData("五、端午节:", "五、", 15, "notice.item-without-festival", "names no festival")]
    [InlineData("6月9日至11日放假调休", "6月9日至31日放假调休", 15, "notice.not-a-date", "31日")]
    [InlineData("10月8日(星期六)、10月9日(星期日)上班", "10月1日(星期六)、10月9日(星期日)上班", 17, "notice.workday-in-block", "2016-10-01 is a 上班 day")]
    public void Parse_ACorruptedNotice_IsRefusedNamingTheLine(string find, string replace, int line, string code, string text)
    {
        var notice = NoticeTexts.Notice(2016).ReplaceLineEndings("\n");
        Assert.Contains(find, notice);

        var result = CalendarNotice.Parse(notice.Replace(find, replace, StringComparison.Ordinal));

        Assert.False(result.Success);
        Assert.Null(result.Arrangement);
        Assert.Contains(result.Problems, p => p.Code.Id == code && p.Location.Line == line && p.Message.Contains(text, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SeveralProblems_AreAllReported()
    {
        var notice = NoticeTexts.Notice(2016).Replace("共7天。2月6日", "共6天。2月6日", StringComparison.Ordinal)
            .Replace("9月18日(星期日)上班", "9月19日(星期一)上班", StringComparison.Ordinal);

        var result = CalendarNotice.Parse(notice);

        Assert.Contains(result.Problems, p => p.Code == NoticeProblemCodes.CountMismatch);
        Assert.Contains(result.Problems, p => p.Code == NoticeProblemCodes.WorkdayNotWeekend);
    }

    [Fact]
    public void Parse_AnAmendmentAlone_AsksForTheYearsNoticeFirst()
    {
        var result = CalendarNotice.Parse(NoticeTexts.Read("holiday-notice-2019-labor-day-adjustment.txt"));

        Assert.Same(NoticeProblemCodes.NotAnnual, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Parse_AnAmendmentOfAnotherYear_IsRefused()
    {
        var result = CalendarNotice.Parse(NoticeTexts.Notice(2020), NoticeTexts.Read("holiday-notice-2019-labor-day-adjustment.txt"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("amendments", 0, "notice.year-mismatch"), (problem.Location.Section, problem.Location.Index, problem.Code.Id));
    }

    [Fact]
    public void Parse_TextThatIsNoNotice_IsRefusedWithoutThrowing()
    {
        Assert.Same(NoticeProblemCodes.NoTitle, Assert.Single(CalendarNotice.Parse("hello").Problems).Code);
        Assert.Same(NoticeProblemCodes.NoTitle, Assert.Single(CalendarNotice.Parse(string.Empty).Problems).Code);
    }

    [Fact]
    public void Parse_MangledNotices_NeverThrowAndNeverSucceedWithABrokenLaw()
    {
        var texts = NoticeTexts.Years.Select(NoticeTexts.Notice).ToArray();
        Gen.Select(Gen.Int[0, texts.Length - 1], Gen.Int[0, 4000], Gen.Int[1, 6], Gen.Char["0123456789,，:()、。至日月年上班放假共天\n"])
            .Sample((which, at, length, c) =>
            {
                var text = texts[which];
                var start = at % text.Length;
                var mangled = text[..start] + c + text[Math.Min(text.Length, start + length)..];
                var result = CalendarNotice.Parse(mangled);
                if (!result.Success)
                {
                    return result.Problems.Length > 0 && result.Arrangement is null;
                }

                // Whatever is accepted loads as calendar data (the loader re-checks the law).
                return WorkingDayCalendar.FromJson(result.ToCalendarData()).Coverage.IsPublished(result.Arrangement!.Year);
            }, iter: 3000);
    }

    [Theory]
    [InlineData("2002")] // found by the fuzz test above (CsCheck seed 9JAVHm75prU7): it threw ArgumentOutOfRangeException
    [InlineData("2100")]
    public void Parse_NoticeForAYearWhoseStatutoryDaysAreNotEncoded_IsAProblemNotAnException(string year)
    {
        var text = NoticeTexts.Notice(2020).Replace("2020年", year + "年", StringComparison.Ordinal);

        var result = CalendarNotice.Parse(text);

        Assert.False(result.Success);
        var problem = Assert.Single(result.Problems);
        Assert.Same(NoticeProblemCodes.YearOutOfRange, problem.Code);
        Assert.Contains($"安排的是{year}年；本库只能读取2008年至2099年的通知", problem.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")), StringComparison.Ordinal);
    }

    [Fact]
    public void ToCalendarData_LoadsIntoTheSameCalendar()
    {
        var result = NoticeTexts.Parse(2020);

        var calendar = WorkingDayCalendar.FromJson(result.ToCalendarData());

        Assert.Equal(result.Arrangement!.Holidays, calendar.GetArrangement(2020).Holidays);
        Assert.Equal(result.Arrangement.Notices, calendar.GetArrangement(2020).Notices);
        Assert.False(calendar.IsWorkingDay(D("2020-02-01")));
        Assert.Throws<InvalidOperationException>(() => CalendarNotice.Parse("x").ToCalendarData());
    }

    [Fact]
    public void Problems_AreLocatedAtTheirTextAndLine()
    {
        var amendment = NoticeTexts.Read("holiday-notice-2019-labor-day-adjustment.txt").Replace("共4天", "共5天", StringComparison.Ordinal);

        var problem = Assert.Single(CalendarNotice.Parse(NoticeTexts.Notice(2019), amendment).Problems);

        Assert.Same(NoticeProblemCodes.CountMismatch, problem.Code);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Equal(("amendments", 0, 13), (problem.Location.Section, problem.Location.Index, problem.Location.Line));
        Assert.StartsWith("amendment 1:13:1: notice.count-mismatch error: the text says 共5天", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void NoticeProblemCodes_AreDistinctAndFindable()
    {
        Assert.Equal(NoticeProblemCodes.All.Length, NoticeProblemCodes.All.Select(c => c.Id).Distinct().Count());
        Assert.All(NoticeProblemCodes.All, c => Assert.Matches("^notice\\.[a-z]+(-[a-z]+)*$", c.Id));
    }
}
