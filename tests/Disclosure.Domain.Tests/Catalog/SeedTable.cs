using System.Text.RegularExpressions;

namespace Disclosure.Domain.Tests.Catalog;

/// <summary>
/// An independent reading of section 五 of the seed (seeds/000_c176d423a50b0990.zh-Hans.txt): the table lines
/// "序号 cells… 更新频率 负责科室", parsed here so tests can check the hand-written catalog JSON against the seed.
/// </summary>
internal static partial class SeedTable
{
    public const string Row60Repaired = "“六稳”“六保”专项工作";

    private static readonly Lazy<IReadOnlyList<SeedRow>> LazyRows = new(Read);

    public static IReadOnlyList<SeedRow> Rows => LazyRows.Value;

    public static string SeedPath
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "seeds", "000_c176d423a50b0990.zh-Hans.txt");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new FileNotFoundException("seeds/000_c176d423a50b0990.zh-Hans.txt not found above " + AppContext.BaseDirectory);
        }
    }

    private static List<SeedRow> Read()
    {
        var lines = File.ReadAllLines(SeedPath);
        var header = Array.FindIndex(lines, l => l.StartsWith("序号 一级栏目", StringComparison.Ordinal));
        var rows = new List<SeedRow>();
        foreach (var line in lines.Skip(header + 1))
        {
            var match = TableLine().Match(line.Trim());
            if (!match.Success)
            {
                continue;
            }

            var cells = match.Groups["cells"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(c => c.Contains("/td>", StringComparison.Ordinal) ? Row60Repaired : c)
                .ToArray();
            rows.Add(new SeedRow(int.Parse(match.Groups["row"].Value, System.Globalization.CultureInfo.InvariantCulture), cells, match.Groups["freq"].Value, match.Groups["resp"].Value));
        }

        return rows;
    }

    [GeneratedRegex(@"^(?<row>\d+) (?<cells>.+) (?<freq>及时更新|每月更新|月度更新|季度更新|年度更新) (?<resp>\S+)$")]
    private static partial Regex TableLine();
}

/// <summary>One table line of the seed: the row number, the name cells that start at this row, the labels.</summary>
internal sealed record SeedRow(int Row, string[] Cells, string FrequencyLabel, string ResponsibleLabel)
{
    public string Name => Cells[^1];
}
