using System.Text;
using BenchmarkDotNet.Attributes;
using Disclosure.Domain.RulePacks;

namespace Disclosure.Domain.Benchmarks;

/// <summary>Loading and validating rule packs: the embedded Xuancheng pack, and county packs extending it.</summary>
/// <remarks>MediumRun: the job the committed reports and the 500 µs target were measured with.</remarks>
[MemoryDiagnoser]
[MediumRunJob]
public class RulePackBenchmarks
{
    private byte[] xuancheng = null!;
    private byte[][] counties = null!;

    [GlobalSetup]
    public void Setup()
    {
        xuancheng = RulePack.XuanchengCivilAffairs2024.ToUtf8Json();
        counties = [.. Enumerable.Range(0, 3000).Select(County)];
        _ = RulePack.Load(counties[0], "warm-up", null);
    }

    /// <summary>Parse, validate and build the 75-column Xuancheng pack (target ≤ 500 µs).</summary>
    [Benchmark]
    public RulePack LoadXuancheng() => RulePack.Load(xuancheng, "xuancheng", null);

    /// <summary>Load 3,000 distinct county packs, each extending the embedded city pack.</summary>
    [Benchmark(OperationsPerInvoke = 3000)]
    public int Load3000CountyPacks()
    {
        var columns = 0;
        foreach (var county in counties)
        {
            columns += RulePack.Load(county, "county", null).Catalog.Columns.Length;
        }

        return columns;
    }

    internal static byte[] County(int i) => Encoding.UTF8.GetBytes($$"""
        {
          "formatVersion": 1,
          "id": "county-{{i}}",
          "extends": "builtin:xuancheng-civil-affairs-2024",
          "metadata": { "bureau": "第{{i}}县民政局", "bureauEnglishName": "County {{i}} Civil Affairs Bureau", "jurisdiction": "第{{i}}县", "level": "county", "effectiveDate": "2025-01-01", "timeZone": "Asia/Shanghai" },
          "catalog": [ { "id": "local-notices-{{i}}", "name": "本地公告", "englishName": "Local Notices", "seedRow": 76, "frequency": "每月更新", "responsible": "办公室" } ],
          "deadlines": { "overrides": [ { "column": "department-documents", "workingDays": {{1 + (i % 20)}} } ] },
          "remove": { "columns": ["cppcc-proposals"] }
        }
        """);
}
