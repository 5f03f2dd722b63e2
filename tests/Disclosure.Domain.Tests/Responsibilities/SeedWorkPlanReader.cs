using System.Text.RegularExpressions;

namespace Disclosure.Domain.Tests.Responsibilities;

/// <summary>Parses the numbered work points of seed sections 一 to 四 straight from the seed file (independent of the embedded JSON).</summary>
internal static partial class SeedWorkPlanReader
{
    internal sealed record SeedPoint(string Number, string SectionTitle, string SubsectionTitle, string Text, string ResponsibleText);

    internal static string RepositoryFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, .. parts]);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{Path.Combine(parts)} not found above {AppContext.BaseDirectory}.");
    }

    internal static IReadOnlyList<SeedPoint> Read()
    {
        var lines = File.ReadAllLines(RepositoryFile("seeds", "000_c176d423a50b0990.zh-Hans.txt"));
        var points = new List<SeedPoint>();
        string? section = null, sectionTitle = null, subsection = null, subsectionTitle = null;
        string? number = null;
        var body = new List<string>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith("五、", StringComparison.Ordinal))
            {
                break;
            }

            var m = SectionLine().Match(line);
            if (m.Success)
            {
                (section, sectionTitle) = (m.Groups[1].Value, m.Groups[2].Value);
                continue;
            }

            if (section is null)
            {
                continue;
            }

            m = SubsectionLine().Match(line);
            if (m.Success)
            {
                (subsection, subsectionTitle) = (m.Groups[1].Value, m.Groups[2].Value);
                continue;
            }

            m = ItemLine().Match(line);
            if (m.Success)
            {
                number = $"{section}({subsection}){m.Groups[1].Value}";
                body.Clear();
                body.Add(m.Groups[2].Value);
            }
            else
            {
                body.Add(line);
            }

            var joined = string.Join("\n", body);
            var r = ResponsibleTail().Match(joined);
            if (r.Success)
            {
                points.Add(new SeedPoint(number!, sectionTitle!, subsectionTitle!, joined[..r.Index], r.Groups[1].Value));
            }
        }

        return points;
    }

    [GeneratedRegex(@"^([一二三四])、(.+)$")]
    private static partial Regex SectionLine();

    [GeneratedRegex(@"^\(([一二三四五六七八九十])\)(.+)$")]
    private static partial Regex SubsectionLine();

    [GeneratedRegex(@"^(\d+)\.(.+)$")]
    private static partial Regex ItemLine();

    [GeneratedRegex(@"\(责任科室:([^)]+)\)$")]
    private static partial Regex ResponsibleTail();
}
