using Disclosure.Domain.Catalog;
using Disclosure.Domain.Review;
using Disclosure.Domain.RulePacks;

namespace Disclosure.CountyPolicy.Tests;

/// <summary>How a county bureau unit-tests its own rule pack with Disclosure.Domain.Testing: a few lines per rule.</summary>
public class CountyPolicyTests
{
    private static readonly RulePack City = RulePack.XuanchengCivilAffairs2024;
    private static readonly RulePack County = CountyPacks.County();
    private static readonly RulePack Township = CountyPacks.Township();

    [Fact]
    public void County_DropsTheWebsiteReportAndCapabilityYear_AndAddsTheTownshipRosters()
    {
        Assert.False(County.Catalog.TryGetColumn(ColumnId.Parse("website-annual-report"), out _));
        Assert.False(County.Catalog.TryGetColumn(ColumnId.Parse("capability-year-progress"), out _));
        Assert.Equal("社会救助科", County.Catalog.GetColumn(ColumnId.Parse("township-assistance-rosters")).ResponsibleLabel);
        Assert.Equal(City.Catalog.Columns.Length - 1, County.Catalog.Columns.Length);
    }

    [Theory]
    [InlineData("subsistence-allowances")]
    [InlineData("destitute-persons-support")]
    [InlineData("temporary-assistance")]
    public void SocialAssistance_InformationFormedJuly1_IsDueIn10WorkingDaysInTheCountyAnd20InTheCity(string column)
    {
        var log = new PublicationLogFixture().Formed(column, new LocalDate(2024, 7, 1)).Build();

        DomainAssert.ColumnIsNextDueOn(County.Catalog, column, new LocalDate(2024, 7, 1), new LocalDate(2024, 7, 15), log, County.Calendar);
        DomainAssert.ColumnIsOverdueOn(County.Catalog, column, new LocalDate(2024, 7, 16), log, County.Calendar);
        DomainAssert.ColumnIsNotOverdueOn(City.Catalog, column, new LocalDate(2024, 7, 16), log, City.Calendar);
    }

    [Fact]
    public void TownshipRosters_JuneNotPublished_IsOverdueAfterTheJulyFirstDeadline()
    {
        var log = new PublicationLogFixture()
            .Published("township-assistance-rosters", new LocalDate(2024, 1, 31), new LocalDate(2024, 2, 29), new LocalDate(2024, 3, 29), new LocalDate(2024, 4, 30), new LocalDate(2024, 5, 31))
            .Build();

        DomainAssert.ColumnIsNotOverdueOn(County.Catalog, "township-assistance-rosters", new LocalDate(2024, 7, 1), log, County.Calendar);
        DomainAssert.ColumnIsOverdueOn(County.Catalog, "township-assistance-rosters", new LocalDate(2024, 7, 2), log, County.Calendar);
    }

    [Fact]
    public void Township_Review_ReadsInChineseForStaffAndInEnglishOtherwise_CountyKeepsTheCitys()
    {
        var chinese = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");
        var english = System.Globalization.CultureInfo.GetCultureInfo("en");

        Assert.Equal("华阳镇社会事务办两级审核制度", Township.Review.GetTitle(chinese));
        Assert.Equal("Huayang Town Social Affairs Office two-level review", Township.Review.GetTitle(english));
        Assert.Equal(["第1级（共2级）：经办人——由经办人对拟公开的信息进行初审。", "第2级（共2级）：镇分管负责同志——由镇分管负责同志审核批准。"], Township.Review.Levels.Select(l => l.GetDescription(chinese)));
        Assert.Equal(["Level 1 of 2: the staff member who prepares the item checks it.", "Level 2 of 2: the town's leader in charge approves."], Township.Review.Levels.Select(l => l.GetDescription(english)));
        // The county gives no review of its own: the city's, in both languages.
        Assert.Equal(City.Review.Describe(chinese), County.Review.Describe(chinese));
        Assert.Equal(City.Review.Describe(english), County.Review.Describe(english));
    }

    [Fact]
    public void Township_TwoLevelReview_PublishesAfterTwoApprovals()
    {
        var r = new ReviewFixture(Township.Review);

        DomainAssert.PolicyAllows(r, [r.AddInformation("roster"), r.Submit("roster"), r.Approve("roster", 1), r.Approve("roster", 2), r.ClearConfidentiality("roster"), r.Publish("roster")]);
    }

    [Fact]
    public void Township_PublishAfterTheFirstLevel_IsRefusedAsNotReviewed()
    {
        var r = new ReviewFixture(Township.Review);

        DomainAssert.PolicyRefuses(r, [r.AddInformation("roster"), r.Submit("roster"), r.Approve("roster", 1), r.Publish("roster")], ReviewViolationCodes.NotReviewed);
    }

    [Fact]
    public void County_KeepsTheCitysThreeLevels_SoTwoApprovalsAreNotEnough()
    {
        var r = new ReviewFixture(County.Review);

        DomainAssert.PolicyRefuses(r, [r.AddInformation("notice"), r.Submit("notice"), r.Approve("notice", 1), r.Approve("notice", 2), r.Publish("notice")], ReviewViolationCodes.NotReviewed);
        DomainAssert.PolicyAllows(r, r.Procedure("notice"));
    }

    [Fact]
    public void Township_ConfidentialityReviewBeforeTheSecondLevel_IsRefused()
    {
        var r = new ReviewFixture(Township.Review);

        DomainAssert.PolicyRefuses(r, [r.AddInformation("roster"), r.Submit("roster"), r.Approve("roster", 1), r.ClearConfidentiality("roster")], ReviewViolationCodes.ConfidentialityBeforeApproval);
    }

    [Fact]
    public void Township_InheritsTheCountysCatalogAndDeadlines()
    {
        Assert.False(Township.Catalog.TryGetColumn(ColumnId.Parse("website-annual-report"), out _));
        Assert.Equal(10, Township.Catalog.GetColumn(ColumnId.Parse("subsistence-allowances")).Frequency.WorkingDays);
        Assert.Equal(2, Township.Review.Levels.Length);
    }
}
