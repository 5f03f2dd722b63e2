using Disclosure.Domain.Catalog;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Review;
using Disclosure.Domain.RulePacks;

namespace Disclosure.Domain.Tests.RulePacks;

public sealed class RulePackExtendsTests
{
    private static string CountyPath => Path.Combine(PackFiles.Examples, "jingxian-civil-affairs-2024.pack.json");

    [Fact]
    public void LoadFile_CountyPack_AppliesOverridesAdditionsAndRemovals()
    {
        var county = RulePack.LoadFile(CountyPath, null);

        Assert.Equal("jingxian-civil-affairs-2024", county.Id);
        Assert.Equal("泾县民政局", county.Metadata.BureauName);
        Assert.Equal(new LocalDate(2024, 7, 1), county.Metadata.EffectiveDate);
        Assert.Empty(county.Warnings);

        var columns = county.Catalog.Columns.ToDictionary(c => c.Id.Value);
        Assert.Equal(75, columns.Count); // 75 − cppcc-proposals + township-notices
        Assert.False(columns.ContainsKey("cppcc-proposals"));
        Assert.Equal(UpdateFrequency.Monthly, columns["township-notices"].Frequency);
        Assert.Equal(UpdateFrequency.TimelyWithin(10), columns["department-documents"].Frequency);
        Assert.Equal(UpdateFrequency.Timely, columns["normative-documents"].Frequency);

        var unit = Assert.Single(county.OrgChart.Units, u => u.Id.Value == "social-assistance");
        Assert.Equal("社会救助股", unit.Name);
        Assert.Equal(6, county.OrgChart.Units.Length);

        Assert.DoesNotContain(county.Obligations, o => o.Id == "open-day-city");
        Assert.Equal(4, county.Obligations.Length);
        Assert.Equal(3, county.Review.Levels.Length);

        var holiday = Assert.Single(county.LocalHolidays);
        Assert.Equal("example-county-day", holiday.Id);
        Assert.False(county.Calendar.IsWorkingDay(new LocalDate(2024, 11, 15)));
        Assert.True(RulePack.XuanchengCivilAffairs2024.Calendar.IsWorkingDay(new LocalDate(2024, 11, 15)));
    }

    [Fact]
    public void LoadFile_CountyPack_DeadlineOnTheLocalHolidayMovesOn()
    {
        var county = RulePack.LoadFile(CountyPath, null);
        // 2024-11-14 (Thu) + 1 working day: the 15th is the county's holiday, so the 18th (Mon).
        Assert.Equal(new LocalDate(2024, 11, 18), county.Calendar.AddWorkingDays(new LocalDate(2024, 11, 14), 1));
        Assert.Equal(new LocalDate(2024, 11, 15), RulePack.XuanchengCivilAffairs2024.Calendar.AddWorkingDays(new LocalDate(2024, 11, 14), 1));
    }

    [Fact]
    public void Diff_CityToCounty_ListsWhatTheCountyChanged()
    {
        var county = RulePack.LoadFile(CountyPath, null);
        var diff = RulePack.Diff(RulePack.XuanchengCivilAffairs2024, county);
        var lines = diff.Changes.Select(c => c.ToString()).ToList();

        Assert.Contains("~ metadata metadata.bureau: 宣城市民政局 → 泾县民政局", lines);
        Assert.Contains("~ metadata metadata.level: city → county", lines);
        Assert.Contains("~ units social-assistance.name: 社会救助科 → 社会救助股", lines);
        Assert.Contains("- catalog cppcc-proposals", lines);
        Assert.Contains("+ catalog township-notices", lines);
        Assert.Contains("+ deadlines department-documents", lines);
        Assert.Contains("- obligations open-day-city", lines);
        Assert.Contains("+ calendar example-county-day", lines);
        Assert.DoesNotContain(lines, l => l.Contains("review", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("normative-documents", StringComparison.Ordinal));
        Snapshooter.Xunit3.Snapshot.Match(diff.ToString());
    }

    [Fact]
    public void Diff_SamePack_IsEmpty()
    {
        var diff = RulePack.Diff(RulePack.XuanchengCivilAffairs2024, RulePack.XuanchengCivilAffairs2024);
        Assert.True(diff.IsEmpty);
        Assert.Equal("(no differences)", diff.ToString());
    }

    [Fact]
    public void ToJson_CountyPack_PrintsTheEffectivePackWithoutExtends()
    {
        var county = RulePack.LoadFile(CountyPath, null);
        var json = county.ToJson();
        Assert.DoesNotContain("\"extends\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"remove\"", json, StringComparison.Ordinal);
        Assert.Contains("\"township-notices\"", json, StringComparison.Ordinal);
        var reloaded = RulePack.Load(county.ToUtf8Json(), "effective", null);
        Assert.True(RulePack.Diff(county, reloaded).IsEmpty);
    }

    [Fact]
    public void Review_EmbeddedPack_IsTheSeedsThreeLevelPolicy()
    {
        // The seed's section 三(一) and 二(一)(三)(四), written with the builder: the pack must say exactly this.
        var seed = ReviewPolicy.Create("宣城市民政局 2024 review policy")
            .WithTitle("宣城市民政局2024年政务公开信息发布审核制度", "Xuancheng Civil Affairs Bureau 2024 review policy")
            .WithSource("宣城市民政局2024年度政务公开工作要点和分工 三(一)1–3, 二(一)1, 二(三)1, 二(四)1")
            .Level("信息发布同志", ReviewRole.InformationPublisher, "三级审核制第1级（共3级）：信息发布同志——由发布信息的工作人员对拟公开的信息进行审核。", "Level 1 of 3 (三级审核制): 信息发布同志 — the staff member who publishes checks the item.")
            .Level("政务公开机构负责同志", ReviewRole.DisclosureOfficeHead, "三级审核制第2级（共3级）：政务公开机构负责同志——由政务公开机构负责同志审核批准。", "Level 2 of 3 (三级审核制): 政务公开机构负责同志 — the head of the disclosure office approves.")
            .Level("分管负责同志", ReviewRole.LeaderInCharge, "三级审核制第3级（共3级）：分管负责同志——由分管负责同志审核批准（政策文件即审定通过）。", "Level 3 of 3 (三级审核制): 分管负责同志 — the leader in charge approves (for a policy document: its adoption).")
            .ConfidentialityReviewBy(ReviewRole.ConfidentialityReviewer)
            .PublishedBy(ReviewRole.InformationPublisher)
            .RequireInterpretation()
            .RequirePublicConsultation()
            .RequireConsultationChannel()
            .CleanUpEvery(NodaTime.Period.FromYears(1))
            .Build();

        var fromPack = RulePack.XuanchengCivilAffairs2024.Review;

        Assert.Equal(seed.Describe(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")), fromPack.Describe(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal(seed.Describe(System.Globalization.CultureInfo.GetCultureInfo("en")), fromPack.Describe(System.Globalization.CultureInfo.GetCultureInfo("en")));
        Assert.Equal(seed.Levels.Select(l => (l.Number, l.Name, l.Role)), fromPack.Levels.Select(l => (l.Number, l.Name, l.Role)));
        Assert.Equal(seed.CleanupInterval, fromPack.CleanupInterval);
        Assert.Equal(seed.ConfidentialityReviewer, fromPack.ConfidentialityReviewer);
        Assert.Equal(seed.Publisher, fromPack.Publisher);
    }

    [Fact]
    public void Load_ExtendsMissingFile_ReportsBaseNotFoundAtExtends()
    {
        var json = """
            {
              "formatVersion": 1,
              "id": "x",
              "extends": "no-such-base.pack.json"
            }
            """u8.ToArray();
        var e = Assert.Throws<RulePackException>(() => RulePack.Load(json, "x.pack.json", new RulePackLoadOptions(BaseDirectory: Path.GetTempPath())));
        var error = Assert.Single(e.Errors);
        Assert.Equal(DataProblemCodes.BaseNotFound, error.Code);
        Assert.Equal("$.extends", error.Location.Path);
        Assert.Equal((4, 3), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void LoadFile_ExtendsItself_ReportsTheCycle()
    {
        var dir = Directory.CreateTempSubdirectory("packs");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a.pack.json"), """{ "formatVersion": 1, "id": "a", "extends": "b.pack.json" }""");
            File.WriteAllText(Path.Combine(dir.FullName, "b.pack.json"), """{ "formatVersion": 1, "id": "b", "extends": "a.pack.json" }""");
            var e = Assert.Throws<RulePackException>(() => RulePack.LoadFile(Path.Combine(dir.FullName, "a.pack.json"), null));
            var error = Assert.Single(e.Errors);
            Assert.Equal(DataProblemCodes.BaseNotFound, error.Code);
            Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
