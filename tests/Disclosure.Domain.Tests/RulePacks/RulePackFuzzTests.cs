using System.Globalization;
using System.Text;
using CsCheck;
using Disclosure.Domain.RulePacks;

namespace Disclosure.Domain.Tests.RulePacks;

/// <summary>
/// Mutational fuzzing of the loader: valid packs are damaged (byte flips, truncation, deletions, duplications, random
/// JSON values spliced in, tokens swapped) and loaded; the only exception allowed out is <see cref="RulePackException"/>.
/// The normal run is short; set FUZZ_ITERATIONS (for example 1000000) for the long run (see .ci/fuzz-rule-packs.sh).
/// </summary>
public sealed class RulePackFuzzTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    private static readonly byte[][] Seeds =
    [
        File.ReadAllBytes(PackFiles.XuanchengPack),
        File.ReadAllBytes(Path.Combine(PackFiles.Examples, "jingxian-civil-affairs-2024.pack.json")),
        """
        {
          "formatVersion": 1,
          "id": "tiny",
          "metadata": { "bureau": "某局", "bureauEnglishName": "A Bureau", "jurisdiction": "某县", "effectiveDate": "2025-01-01", "timeZone": "Asia/Shanghai" },
          "units": [ { "id": "office", "name": "办公室", "englishName": "Office", "kind": "office", "topics": ["t"] } ],
          "catalog": [
            { "id": "g", "name": "组", "englishName": "Group" },
            { "id": "t", "name": "栏", "englishName": "Column", "parent": "g", "seedRow": 1, "frequency": "及时更新", "responsible": "各相关科室" },
            { "id": "u", "name": "栏2", "englishName": "Column 2", "parent": "g", "seedRow": 2, "frequency": "年度更新", "responsible": "办公室" }
          ],
          "deadlines": { "timelyWorkingDays": 15, "overrides": [ { "column": "u", "annualDeadline": "03-31" } ] },
          "review": { "name": "r", "levels": [ { "name": "审核", "role": "reviewer" } ], "confidentialityReviewer": "reviewer", "publisher": "reviewer", "cleanUpEvery": "P6M" },
          "obligations": [ { "id": "o", "activityKind": "open-day", "period": "quarter", "minimumCount": 2, "levels": ["county"], "units": ["office"], "workPoint": "一", "seedText": "每季度开展开放日活动不少于2次。" } ],
          "calendar": { "localHolidays": [ { "id": "d", "name": "节", "englishName": "Day", "from": "2025-03-03", "to": "2025-03-04" } ] }
        }
        """u8.ToArray(),
    ];

    private static readonly string[] Values =
    [
        "null", "true", "false", "0", "-1", "1e999", "2147483648", "-0", "1.5", "\"\"", "\"x\"", "[]", "{}", "[null]", "[{}]",
        "{\"id\":null}", "\"2024-02-30\"", "\"P-1Y\"", "\"builtin:xuancheng-civil-affairs-2024\"", "\"builtin:nope\"", "\"../x.pack.json\"",
        "\"\\ud800\"", "\"\\u0000\"", "\"各相关科室\"", "\"办公室\"", "\"办公室、office\"", "[\"office\", \"office\"]", "\"每月更新\"", "\"policy-regulations\"", "\"office\"", "[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]",
        "\"9999-12-31\"", "\"01-31\"", "\"13-01\"", "250", "251", "\"Asia/Shanghai\"", "\"Mars/Base\"", "{\"formatVersion\":1}",
    ];

    private static readonly string[] Keys =
    [
        "\"id\"", "\"parent\"", "\"extends\"", "\"remove\"", "\"formatVersion\"", "\"frequency\"", "\"responsible\"", "\"units\"", "\"topics\"",
        "\"seedRow\"", "\"levels\"", "\"from\"", "\"to\"", "\"column\"", "\"workingDays\"", "\"catalog\"", "\"metadata\"", "\"review\"", "\"$schema\"",
    ];

    private static readonly Gen<byte[]> Inputs = JsonMutations.Of(Seeds, Values, Keys);

    [Fact]
    public void Load_MutatedPacks_OnlyRulePackExceptionEscapes()
    {
        var iterations = JsonMutations.Iterations(1500);
        long loaded = 0, rejected = 0;
        Inputs.Sample(
            bytes =>
            {
                try
                {
                    var pack = RulePack.Load(bytes, "fuzz", null);
                    _ = pack.ToUtf8Json();
                    _ = RulePack.Diff(RulePack.XuanchengCivilAffairs2024, pack);
                    Progress(Interlocked.Increment(ref loaded) + Interlocked.Read(ref rejected));
                }
                catch (RulePackException e)
                {
                    Assert.NotEmpty(e.Errors);
                    Assert.All(e.Problems, p => Assert.True(p.Location.Line >= 0 && p.Location.Column >= 0 && p.Location.Path!.StartsWith('$')));
                    // Whatever the damage, a problem of the library's own reads in Chinese with no placeholder left, and its Message stays the English.
                    Assert.All(e.Problems.Where(p => p.Text is not null), p =>
                    {
                        var zh = p.GetMessage(Chinese);
                        Assert.True(zh.Any(c => c is >= '\u4E00' and <= '\u9FFF') && !zh.Contains("{0", StringComparison.Ordinal), zh);
                        Assert.Equal(p.Message, p.Text!.ToString());
                    });
                    Progress(Interlocked.Increment(ref rejected) + Interlocked.Read(ref loaded));
                }
            },
            iter: iterations);

        var report = string.Create(CultureInfo.InvariantCulture, $"fuzz: {loaded + rejected} inputs, {loaded} loaded, {rejected} rejected with RulePackException, 0 other exceptions");
        TestContext.Current.SendDiagnosticMessage(report);
        Console.Error.WriteLine(report);
        Assert.Equal(iterations, loaded + rejected);
        Assert.True(rejected > 0);
    }

    [Fact]
    public void Seeds_Unmutated_AllLoad()
    {
        var ids = Seeds.Select(seed => RulePack.Load(seed, "seed", null).Id);
        Assert.Equal(["xuancheng-civil-affairs-2024", "jingxian-civil-affairs-2024", "tiny"], ids);
    }

    private static void Progress(long done)
    {
        if (done % 50_000 == 0)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz progress: {done} inputs at {DateTime.UtcNow:HH:mm:ss}Z, only RulePackException so far"));
        }
    }
}
