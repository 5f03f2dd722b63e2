using System.Text;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.RulePacks;

namespace Disclosure.Domain.Tests.RulePacks;

/// <summary>A county writes its pack in Chinese: every English name is optional.</summary>
public sealed class RulePackEnglishNamesTests
{
    [Fact]
    public void Load_CountyPackWithoutEnglishNames_Loads()
    {
        const string text = """
            {
              "formatVersion": 1,
              "id": "county",
              "extends": "builtin:xuancheng-civil-affairs-2024",
              "metadata": { "bureau": "某县民政局", "jurisdiction": "某县", "level": "county", "effectiveDate": "2024-01-01", "timeZone": "Asia/Shanghai" },
              "units": [ { "id": "township-affairs", "name": "乡镇事务股", "kind": "section" } ],
              "catalog": [
                { "id": "township-news", "name": "乡镇动态" },
                { "id": "township-rosters", "name": "乡镇低保公示", "parent": "township-news", "seedRow": 101, "frequency": "每月更新", "responsible": "乡镇事务股" }
              ],
              "calendar": { "localHolidays": [ { "id": "county-day", "name": "县庆", "from": "2024-06-03", "to": "2024-06-03" } ] }
            }
            """;

        var pack = RulePack.Load(Encoding.UTF8.GetBytes(text), "county.pack.json", null);

        Assert.Empty(pack.Warnings);
        Assert.Null(pack.Metadata.BureauEnglishName);
        Assert.Equal("某县民政局", pack.Catalog.BureauName);
        Assert.Null(pack.Catalog.BureauEnglishName);
        Assert.Null(pack.OrgChart.Find(UnitId.Parse("township-affairs"))!.EnglishName);
        var column = pack.Catalog.GetColumnBySeedRow(101);
        Assert.Null(column.EnglishName);
        Assert.Equal(["乡镇动态"], column.Path);
        Assert.Null(Assert.Single(pack.LocalHolidays).EnglishName);
        Assert.Equal("县庆", pack.Calendar.GetDay(new NodaTime.LocalDate(2024, 6, 3)).Festival!.ToString());
        Assert.Equal("某县民政局 from 2024-01-01: 103 nodes, 76 columns", pack.Catalog.ToString());
    }

    [Fact]
    public void Load_EnglishNameGivenAsEmptyText_IsTreatedAsAbsent()
    {
        const string text = """
            { "formatVersion": 1, "id": "county", "extends": "builtin:xuancheng-civil-affairs-2024",
              "units": [ { "id": "township-affairs", "name": "乡镇事务股", "englishName": " ", "kind": "section" } ] }
            """;

        var pack = RulePack.Load(Encoding.UTF8.GetBytes(text), "county.pack.json", null);

        Assert.Null(pack.OrgChart.Find(UnitId.Parse("township-affairs"))!.EnglishName);
    }
}
