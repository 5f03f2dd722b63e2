using System.Runtime.CompilerServices;

namespace Disclosure.Domain.Tests.RulePacks;

/// <summary>Paths of the pack files in the repository.</summary>
internal static class PackFiles
{
    public static string RepoRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));

    public static string XuanchengPack => Path.Combine(RepoRoot(), "src", "Disclosure.Domain", "RulePacks", "Data", "xuancheng-civil-affairs-2024.pack.json");

    public static string Schema => Path.Combine(RepoRoot(), "src", "Disclosure.Domain", "RulePacks", "Schema", "rule-pack.schema.json");

    public static string Examples => Path.Combine(RepoRoot(), "tests", "Disclosure.Domain.Tests", "RulePacks", "Packs");

    /// <summary>Every *.pack.json file under src, samples and tests.</summary>
    public static IEnumerable<string> All() =>
        new[] { "src", "samples", "tests" }
            .Select(d => Path.Combine(RepoRoot(), d))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.pack.json", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
}
