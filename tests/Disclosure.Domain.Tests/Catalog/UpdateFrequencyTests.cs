using Disclosure.Domain.Catalog;

namespace Disclosure.Domain.Tests.Catalog;

public class UpdateFrequencyTests
{
    [Theory]
    [InlineData("及时更新", UpdateFrequencyKind.Timely)]
    [InlineData("每月更新", UpdateFrequencyKind.Monthly)]
    [InlineData("月度更新", UpdateFrequencyKind.Monthly)]
    [InlineData("季度更新", UpdateFrequencyKind.Quarterly)]
    [InlineData("半年更新", UpdateFrequencyKind.SemiAnnual)]
    [InlineData("每半年更新", UpdateFrequencyKind.SemiAnnual)]
    [InlineData("半年度更新", UpdateFrequencyKind.SemiAnnual)]
    [InlineData("年度更新", UpdateFrequencyKind.Annual)]
    [InlineData("timely", UpdateFrequencyKind.Timely)]
    [InlineData("monthly", UpdateFrequencyKind.Monthly)]
    [InlineData("quarterly", UpdateFrequencyKind.Quarterly)]
    [InlineData("semiannual", UpdateFrequencyKind.SemiAnnual)]
    [InlineData("semi-annual", UpdateFrequencyKind.SemiAnnual)]
    [InlineData("annual", UpdateFrequencyKind.Annual)]
    [InlineData("\t半年更新\n", UpdateFrequencyKind.SemiAnnual)]
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

    [Fact]
    public void Parse_SemiAnnualLabels_ReturnTheSameInstance()
    {
        Assert.Same(UpdateFrequency.SemiAnnual, UpdateFrequency.Parse("半年更新"));
        Assert.Same(UpdateFrequency.SemiAnnual, UpdateFrequency.Parse("每半年更新"));
        Assert.Same(UpdateFrequency.SemiAnnual, UpdateFrequency.Parse("半年度更新"));
        Assert.Same(UpdateFrequency.SemiAnnual, UpdateFrequency.Parse("semiannual"));
        Assert.Same(UpdateFrequency.SemiAnnual, UpdateFrequency.Parse("semi-annual"));
    }

    [Fact]
    public void Name_IsTheOneNameOfTheKind_TheDeadlineKindOfPacksAndCatalogJson_AndTheFormerNameIsOnlyReadNeverListed()
    {
        // One name per concept: the pack schema's deadline.kind enum is the list of names.
        using var schema = System.Text.Json.JsonDocument.Parse(Disclosure.Domain.RulePacks.RulePack.GetJsonSchema());
        var kinds = schema.RootElement.GetProperty("$defs").GetProperty("deadline").GetProperty("properties").GetProperty("kind").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(
            ["timely", "calendarDays", "monthly", "quarterly", "semiannual", "annual", "byDate", "untracked"],
            kinds);
        Assert.Equal(
            kinds,
            new[] { UpdateFrequency.Timely, UpdateFrequency.CalendarDaysAfterEvent(20), UpdateFrequency.Monthly, UpdateFrequency.Quarterly, UpdateFrequency.SemiAnnual, UpdateFrequency.Annual, UpdateFrequency.EveryYearBy(new AnnualDate(12, 31)), UpdateFrequency.Untracked }.Select(f => f.Name));
        Assert.DoesNotContain("semi-annual", UpdateFrequency.KnownLabels);
        Assert.DoesNotContain("semi-annual", UpdateFrequency.Parse("semi-annual").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void KnownLabels_All_ParseAndNothingElseNearThemDoes()
    {
        Assert.Equal(
            ["及时更新", "每月更新", "月度更新", "季度更新", "半年更新", "每半年更新", "半年度更新", "年度更新", "持续推进", "长期", "常态化", "timely", "monthly", "quarterly", "semiannual", "annual", "untracked"],
            UpdateFrequency.KnownLabels);
        Assert.All(UpdateFrequency.KnownLabels, label => Assert.True(UpdateFrequency.TryParse(label, out _), label));
        Assert.All(["半年", "每半年", "semi annual", "Semi-annual", "SemiAnnual", "half-yearly", "每季度更新"], text => Assert.False(UpdateFrequency.TryParse(text, out _), text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("每周更新")]
    [InlineData("Monthly")]
    [InlineData("及时")]
    [InlineData("半年")]
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
        Assert.Contains("每半年更新", e.Message, StringComparison.Ordinal);
        Assert.Contains("semiannual", e.Message, StringComparison.Ordinal);
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
            [("timely", "及时更新", (int?)null), ("monthly", "每月更新", 1), ("quarterly", "季度更新", 3), ("semiannual", "半年更新", 6), ("annual", "年度更新", 12)],
            new[] { UpdateFrequency.Timely, UpdateFrequency.Monthly, UpdateFrequency.Quarterly, UpdateFrequency.SemiAnnual, UpdateFrequency.Annual }
                .Select(f => (f.Name, f.ChineseLabel, f.MonthsPerPeriod)));
        Assert.Equal(12, UpdateFrequency.AnnualBy(new AnnualDate(1, 31)).MonthsPerPeriod);
    }

    [Theory]
    [InlineData("monthly", "2024-06-30", "2024-06")]
    [InlineData("monthly", "2024-01-01", "2024-01")]
    [InlineData("quarterly", "2024-06-30", "2024-Q2")]
    [InlineData("quarterly", "2024-07-01", "2024-Q3")]
    [InlineData("semiannual", "2024-01-01", "2024-H1")]
    [InlineData("semiannual", "2024-06-30", "2024-H1")]
    [InlineData("semiannual", "2024-07-01", "2024-H2")]
    [InlineData("semiannual", "2025-12-31", "2025-H2")]
    [InlineData("annual", "2024-12-31", "2024")]
    public void GetPeriodKey_DateInAPeriod_IsThePeriodsKey(string frequency, string date, string key)
    {
        Assert.Equal(key, UpdateFrequency.Parse(frequency).GetPeriodKey(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value));
    }

    [Fact]
    public void GetPeriodKey_Timely_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => UpdateFrequency.Timely.GetPeriodKey(new LocalDate(2024, 6, 30)));
    }

    [Fact]
    public void FrequencyTable_EveryEnumMember_HasARowAndUndefinedValuesThrow()
    {
        Assert.Equal(Enum.GetValues<UpdateFrequencyKind>().Order(), FrequencyKindInfo.All.Select(k => k.Kind).Order());
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => FrequencyKindInfo.Of((UpdateFrequencyKind)99));
        Assert.Contains("99 is not an update frequency kind", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => FrequencyKindInfo.Of((UpdateFrequencyKind)(-1)));
    }

    [Fact]
    public void FrequencyTable_PeriodIndexAndBounds_TileTheCalendar()
    {
        foreach (var kind in FrequencyKindInfo.All.Where(k => k.IsPeriodic))
        {
            for (var day = new LocalDate(2023, 1, 1); day.Year < 2027; day = day.PlusDays(1))
            {
                kind.PeriodBounds(kind.PeriodIndex(day), out var start, out var end);
                Assert.InRange(day, start, end);
                Assert.Equal(kind.MonthsPerPeriod, Period.Between(start, end.PlusDays(1), PeriodUnits.Months).Months);
                Assert.Equal(1, start.Day);
                kind.PeriodBounds(kind.PeriodIndex(day) + 1, out var next, out _);
                Assert.Equal(end.PlusDays(1), next);
            }
        }
    }

    [Fact]
    public void Parse_NameOrLabel_RoundTrips()
    {
        foreach (var f in new[] { UpdateFrequency.Timely, UpdateFrequency.Monthly, UpdateFrequency.Quarterly, UpdateFrequency.SemiAnnual, UpdateFrequency.Annual })
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
        Assert.Equal("semiannual", UpdateFrequency.SemiAnnual.ToString());
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
        Assert.NotEqual(UpdateFrequency.SemiAnnual, UpdateFrequency.Annual);
        Assert.False(UpdateFrequency.Monthly.Equals(null));
        Assert.False(UpdateFrequency.Monthly == null);
        Assert.True((UpdateFrequency?)null == null);
    }
}
