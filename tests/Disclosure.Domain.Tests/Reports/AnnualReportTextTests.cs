using Disclosure.Domain.Reports;
using Snapshooter.Xunit3;
using static Disclosure.Domain.Tests.Reports.AnnualRegisters;

namespace Disclosure.Domain.Tests.Reports;

public sealed class AnnualReportTextTests
{
    private static AnnualReport Sample2025() => AnnualReportCalculator.Compute(2025, Sample(), Proactive(), Appeals(), Prose(), "宣城市民政局");

    [Fact]
    public void ToMarkdown_Sample_MatchesSnapshot() => Snapshot.Match(Sample2025().ToMarkdown());

    [Fact]
    public void ToHtml_Sample_MatchesSnapshot() => Snapshot.Match(Sample2025().ToHtml());

    [Fact]
    public void ToHtml_EveryRowOfTheRequestsTable_HasTenCellsCountingSpans()
    {
        var html = Sample2025().ToHtml();
        var table = html[html.IndexOf("<h2>三、", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];

        // The grid is 3 label columns + 7 applicant columns; a rowspan occupies cells of the rows below it.
        var rows = table.Split("<tr>").Skip(1).ToList();
        var occupied = new int[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            foreach (System.Text.RegularExpressions.Match cell in System.Text.RegularExpressions.Regex.Matches(rows[i], "<t[hd](?: colspan=\"(\\d+)\")?(?: rowspan=\"(\\d+)\")?"))
            {
                var cols = cell.Groups[1].Success ? int.Parse(cell.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
                var span = cell.Groups[2].Success ? int.Parse(cell.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
                for (var r = i; r < i + span; r++)
                {
                    occupied[r] += cols;
                }
            }
        }

        Assert.All(occupied, n => Assert.Equal(10, n));
    }

    [Fact]
    public void ToMarkdown_PlacesTheProseAsGivenAndWritesNoneOfItsOwn()
    {
        var withProse = Sample2025().ToMarkdown();
        var without = Sample2025().WithProse(ReportProse.None).ToMarkdown();

        Assert.Contains("依申请公开工作依法办理。", withProse, StringComparison.Ordinal);
        var paragraphs = new[] { Prose().Overview!, Prose().Problems!, Prose().Other! }.SelectMany(p => p.Split('\n')).ToHashSet(StringComparer.Ordinal);
        var lines = withProse.TrimEnd('\n').Split('\n').ToList();
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (paragraphs.Contains(lines[i]))
            {
                lines.RemoveRange(i, Math.Min(2, lines.Count - i));
            }
        }

        Assert.Equal(without.TrimEnd('\n'), string.Join('\n', lines).TrimEnd('\n'));
    }
}
