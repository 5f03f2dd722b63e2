using System.Globalization;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.RulePacks.Tables;

namespace Disclosure.Domain.Tests.RulePacks.Tables;

public sealed class DeadlineGrammarTests
{
    public static TheoryData<string, string> Phrases() => new()
    {
        // One row per phrase of the table (Phrases_EveryExample_IsTestedHere keeps the two in step), then variants.
        { "及时更新", "timely (20 working days)" },
        { "信息形成或者变更之日起20个工作日内", "timely (20 working days)" },
        { "经本级财政部门批复后20日内", "calendarDays (20 days)" },
        { "每月更新", "monthly" },
        { "每季度更新", "quarterly" },
        { "半年更新", "semiannual" },
        { "按年公开", "annual" },
        { "每年1月31日前", "byDate (by 01-31)" },
        { "年底前", "byDate (by 12-31)" },
        { "次年1月31日前", "annual (by 01-31 of the next year)" },
        { "公示7个工作日", "timely (20 working days, displayed 7 working days)" },
        { "持续推进", "untracked" },
        { "自信息形成或者变更之日起5个工作日内予以公开", "timely (5 working days)" },
        { "制定或获取信息之日起10个工作日内", "timely (10 working days)" },
        { "产生或变更之日起15个工作日内", "timely (15 working days)" },
        { "制定或获取信息之日起10个工作日内，公示7个工作日", "timely (10 working days, displayed 7 working days)" },
        { "制定或获取信息之日起１０个工作日内（公示期不少于七个工作日）", "timely (10 working days, displayed 7 working days)" },
        { "批复后二十日内", "calendarDays (20 days)" },
        { "月度更新", "monthly" },
        { "季度更新", "quarterly" },
        { "每半年更新", "semiannual" },
        { "年度更新", "annual" },
        { "每年", "annual" },
        { "年度更新；次年1月31日前", "annual (by 01-31 of the next year)" },
        { "每年年底前完成公开", "byDate (by 12-31)" },
        { "长期", "untracked" },
        { "常态化", "untracked" },
        { " 及时 更新 ", "timely (20 working days)" },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void TryParse_Phrase_IsItsTypedDeadline(string cell, string expected)
    {
        Assert.True(DeadlineGrammar.TryParse(cell, out var frequency, out var error), error?.ToString());
        Assert.Equal(expected, frequency!.ToString());
    }

    [Fact]
    public void Phrases_EveryExample_IsTestedHere()
    {
        var tested = Phrases().Select(row => row.Data.Item1).ToHashSet(StringComparer.Ordinal);
        Assert.All(DeadlineGrammar.Phrases, phrase => Assert.Contains(phrase.Example, tested));
        Assert.Equal(DeadlineGrammar.Phrases.Length, DeadlineGrammar.Phrases.Select(p => p.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("每周更新", "'每周更新' is not a deadline phrase")]
    [InlineData("尽快", "'尽快' is not a deadline phrase")]
    [InlineData("", "blank")]
    [InlineData("每月更新，季度更新", "second deadline")]
    [InlineData("每月更新，公示7个工作日", "display period")]
    [InlineData("每季度更新，次年1月31日前", "next-year date applies to annual")]
    [InlineData("每年2月30日前", "not a day of the year")]
    [InlineData("信息形成之日起0个工作日内", "expected 1 to 250")]
    [InlineData("批复后400日内", "expected 1 to 366")]
    [InlineData("及时更新（有关规定）", "'有关规定' is not a deadline phrase")]
    public void TryParse_TextOutsideTheGrammar_IsAnErrorNamingIt(string cell, string because)
    {
        Assert.False(DeadlineGrammar.TryParse(cell, out var frequency, out var error));
        Assert.Null(frequency);
        Assert.Contains(because, error!.ToString(), StringComparison.Ordinal);
        var chinese = error.Format(CultureInfo.GetCultureInfo("zh-CN"));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", chinese);
        Assert.DoesNotContain("expected", chinese, StringComparison.Ordinal);
        Assert.DoesNotContain("{", chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_Frequencies_AreEqualToTheFactories()
    {
        Assert.True(DeadlineGrammar.TryParse("经本级财政部门批复后20日内", out var budget, out _));
        Assert.Equal(UpdateFrequency.CalendarDaysAfterEvent(20), budget);
        Assert.True(DeadlineGrammar.TryParse("年底前", out var yearEnd, out _));
        Assert.Equal(UpdateFrequency.EveryYearBy(new AnnualDate(12, 31)), yearEnd);
        Assert.Same(UpdateFrequency.Untracked, Parse("持续推进"));
        Assert.Equal(UpdateFrequencyKind.ByDate, yearEnd!.Kind);
        Assert.Equal("byDate", yearEnd.Name);
    }

    private static UpdateFrequency Parse(string cell) => DeadlineGrammar.TryParse(cell, out var f, out var error) ? f! : throw new FormatException(error?.ToString());
}
