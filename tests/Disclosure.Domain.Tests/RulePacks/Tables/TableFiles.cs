using System.Runtime.CompilerServices;

namespace Disclosure.Domain.Tests.RulePacks.Tables;

/// <summary>The table test data (tests/Disclosure.Domain.Tests/RulePacks/Tables/Data) and the seed's section 五.</summary>
internal static class TableFiles
{
    public static string RepoRoot([CallerFilePath] string here = "") =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(here)!, "..", "..", "..", ".."));

    public static string Data => System.IO.Path.Combine(RepoRoot(), "tests", "Disclosure.Domain.Tests", "RulePacks", "Tables", "Data");

    public static string Path(string name) => System.IO.Path.Combine(Data, name);

    /// <summary>
    /// The seed's section 五 exactly as the zh-Hans copy has it: the header line 序号 一级栏目 … and the 75 table lines,
    /// space-separated (a web page's text).
    /// </summary>
    public static string SeedSection5()
    {
        var lines = File.ReadAllLines(System.IO.Path.Combine(RepoRoot(), "seeds", "000_c176d423a50b0990.zh-Hans.txt"));
        var start = Array.FindIndex(lines, l => l.StartsWith("序号 一级栏目", StringComparison.Ordinal));
        var end = Array.FindIndex(lines, start, l => l.StartsWith("75 ", StringComparison.Ordinal));
        return string.Join("\n", lines[start..(end + 1)]) + "\n";
    }
}
