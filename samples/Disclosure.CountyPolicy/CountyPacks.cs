using Disclosure.Domain.RulePacks;

namespace Disclosure.CountyPolicy;

/// <summary>
/// The county's rule packs, loaded from the Packs folder next to the program: 绩溪县民政局 extends the city's embedded
/// pack, and 华阳镇社会事务办 extends the county's with a two-level review.
/// </summary>
public static class CountyPacks
{
    /// <summary>The county bureau's pack file name.</summary>
    public const string CountyFile = "jixi-civil-affairs-2024.pack.json";

    /// <summary>The township office's pack file name.</summary>
    public const string TownshipFile = "huayang-town-office-2024.pack.json";

    /// <summary>Gets the folder the packs are read from.</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Packs");

    /// <summary>Loads 绩溪县民政局's pack (the city's, minus two columns, plus a local one, 10-working-day social assistance).</summary>
    /// <returns>The pack.</returns>
    /// <exception cref="RulePackException">The pack is invalid; the exception lists every problem with its location.</exception>
    public static RulePack County() => RulePack.LoadFile(Path.Combine(Folder, CountyFile));

    /// <summary>Loads 华阳镇社会事务办's pack (the county's, with a two-level review).</summary>
    /// <returns>The pack.</returns>
    /// <exception cref="RulePackException">The pack is invalid; the exception lists every problem with its location.</exception>
    public static RulePack Township() => RulePack.LoadFile(Path.Combine(Folder, TownshipFile));
}
