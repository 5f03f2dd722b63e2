using Disclosure.Domain.RulePacks;

namespace Disclosure.Domain.Tests.RulePacks;

/// <summary>The README's rule-pack example, kept compiling and true.</summary>
public sealed class RulePackReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_CountyPack_LoadsDiffsAndShiftsDeadlines()
    {
        var path = Path.Combine(PackFiles.Examples, "jingxian-civil-affairs-2024.pack.json");

        // --- README ---
        var city = RulePack.XuanchengCivilAffairs2024;               // embedded, validated once
        var county = RulePack.LoadFile(path, null);                  // "extends": "builtin:xuancheng-civil-affairs-2024"
        var diff = RulePack.Diff(city, county);                      // what the county changed
        var next = county.Calendar.AddWorkingDays(new LocalDate(2024, 11, 14), 1); // 2024-11-18: skips the local holiday
        var json = county.ToJson();                                  // the effective pack, extends resolved
        // --- end ---

        Assert.Contains(diff.Changes, c => c.ToString() == "+ catalog township-notices");
        Assert.Equal(new LocalDate(2024, 11, 18), next);
        Assert.Contains("\"bureau\": \"泾县民政局\"", json, StringComparison.Ordinal);
        Assert.Equal(75, county.Catalog.Columns.Length);
    }

    [Fact]
    public void ReadmeExample_BrokenPack_ListsEveryProblemWithItsLocation()
    {
        var broken = """
            {
              "formatVersion": 1,
              "id": "broken",
              "extends": "builtin:xuancheng-civil-affairs-2024",
              "deadlines": { "timelyWorkingDays": 0 }
            }
            """u8.ToArray();

        var e = Assert.Throws<RulePackException>(() => RulePack.Load(broken, "broken.pack.json", null));

        Assert.Equal(
            "broken.pack.json:5:18: RP0108 error: timelyWorkingDays 0 is out of range; expected 1 to 250 (条例 第26条 sets 20). (at $.deadlines.timelyWorkingDays)",
            Assert.Single(e.Problems).ToString());
    }
}
