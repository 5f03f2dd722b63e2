using Disclosure.Domain.Scheduling;

namespace Disclosure.Domain.Tests.Scheduling;

public class UpdateFrequencyTests
{
    [Theory]
    [InlineData("及时更新", UpdateFrequencyKind.Timely)]
    [InlineData("每月更新", UpdateFrequencyKind.Monthly)]
    [InlineData("月度更新", UpdateFrequencyKind.Monthly)]
    [InlineData("季度更新", UpdateFrequencyKind.Quarterly)]
    [InlineData("年度更新", UpdateFrequencyKind.Annual)]
    [InlineData("timely", UpdateFrequencyKind.Timely)]
    [InlineData("monthly", UpdateFrequencyKind.Monthly)]
    [InlineData("quarterly", UpdateFrequencyKind.Quarterly)]
    [InlineData("annual", UpdateFrequencyKind.Annual)]
    [InlineData(" 季度更新 ", UpdateFrequencyKind.Quarterly)]
    public void Parse_KnownLabel_ReturnsKind(string text, UpdateFrequencyKind kind)
    {
        Assert.Equal(kind, UpdateFrequency.Parse(text).Kind);
        Assert.True(UpdateFrequency.TryParse(text, out var parsed));
        Assert.Equal(kind, parsed.Kind);
    }

    [Fact]
    public void Parse_MonthlyLabels_ReturnTheSameInstance()
    {
        Assert.Same(UpdateFrequency.Monthly, UpdateFrequency.Parse("每月更新"));
        Assert.Same(UpdateFrequency.Monthly, UpdateFrequency.Parse("月度更新"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("每周更新")]
    [InlineData("Monthly")]
    [InlineData("及时")]
    public void TryParse_UnknownLabel_ReturnsFalseAndNull(string? text)
    {
        Assert.False(UpdateFrequency.TryParse(text, out var result));
        Assert.Null(result);
    }

    [Fact]
    public void Parse_UnknownLabel_ThrowsFormatExceptionListingLabels()
    {
        var e = Assert.Throws<FormatException>(() => UpdateFrequency.Parse("每周更新"));
        Assert.Contains("'每周更新'", e.Message, StringComparison.Ordinal);
        Assert.Contains("月度更新", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => UpdateFrequency.Parse(null!));
    }

    [Fact]
    public void NameAndLabel_EachKind_AreStable()
    {
        Assert.Equal(
            [("timely", "及时更新"), ("monthly", "每月更新"), ("quarterly", "季度更新"), ("annual", "年度更新")],
            new[] { UpdateFrequency.Timely, UpdateFrequency.Monthly, UpdateFrequency.Quarterly, UpdateFrequency.Annual }
                .Select(f => (f.Name, f.ChineseLabel)));
    }

    [Fact]
    public void Parse_NameOrLabel_RoundTrips()
    {
        foreach (var f in new[] { UpdateFrequency.Timely, UpdateFrequency.Monthly, UpdateFrequency.Quarterly, UpdateFrequency.Annual })
        {
            Assert.Same(f, UpdateFrequency.Parse(f.Name));
            Assert.Same(f, UpdateFrequency.Parse(f.ChineseLabel));
        }
    }

    [Fact]
    public void ToString_EachForm_DescribesSettings()
    {
        Assert.Equal("timely (20 working days)", UpdateFrequency.Timely.ToString());
        Assert.Equal("timely (10 working days)", UpdateFrequency.TimelyWithin(10).ToString());
        Assert.Equal("monthly", UpdateFrequency.Monthly.ToString());
        Assert.Equal("quarterly", UpdateFrequency.Quarterly.ToString());
        Assert.Equal("annual", UpdateFrequency.Annual.ToString());
        Assert.Equal("annual (by 01-31 of the next year)", UpdateFrequency.AnnualBy(new AnnualDate(1, 31)).ToString());
    }

    [Fact]
    public void Timely_Default_Has20WorkingDaysAndNoDeadline()
    {
        Assert.Equal(20, UpdateFrequency.DefaultTimelyWorkingDays);
        Assert.Equal(20, UpdateFrequency.Timely.WorkingDays);
        Assert.Null(UpdateFrequency.Timely.AnnualDeadline);
        Assert.False(UpdateFrequency.Timely.IsPeriodic);
        Assert.Null(UpdateFrequency.Monthly.WorkingDays);
        Assert.True(UpdateFrequency.Monthly.IsPeriodic);
        Assert.Null(UpdateFrequency.Annual.AnnualDeadline);
    }

    [Fact]
    public void TimelyWithin_20_IsTheDefaultInstance()
    {
        Assert.Same(UpdateFrequency.Timely, UpdateFrequency.TimelyWithin(20));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(251)]
    public void TimelyWithin_OutOfRange_Throws(int days)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => UpdateFrequency.TimelyWithin(days));
    }

    [Fact]
    public void Equality_ByValue_ComparesKindDaysAndDeadline()
    {
        var jan31 = UpdateFrequency.AnnualBy(new AnnualDate(1, 31));
        Assert.Equal(jan31, UpdateFrequency.AnnualBy(new AnnualDate(1, 31)));
        Assert.True(jan31 == UpdateFrequency.AnnualBy(new AnnualDate(1, 31)));
        Assert.Equal(jan31.GetHashCode(), UpdateFrequency.AnnualBy(new AnnualDate(1, 31)).GetHashCode());
        Assert.NotEqual(jan31, UpdateFrequency.Annual);
        Assert.NotEqual(jan31, UpdateFrequency.AnnualBy(new AnnualDate(3, 31)));
        Assert.Equal(UpdateFrequency.TimelyWithin(10), UpdateFrequency.TimelyWithin(10));
        Assert.True(UpdateFrequency.TimelyWithin(10) != UpdateFrequency.Timely);
        Assert.NotEqual(UpdateFrequency.Monthly, UpdateFrequency.Quarterly);
        Assert.False(UpdateFrequency.Monthly.Equals(null));
        Assert.False(UpdateFrequency.Monthly == null);
        Assert.True((UpdateFrequency?)null == null);
    }
}
