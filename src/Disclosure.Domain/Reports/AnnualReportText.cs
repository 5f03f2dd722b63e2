using System.Net;
using System.Text;

namespace Disclosure.Domain.Reports;

/// <summary>The Markdown and HTML forms of <see cref="AnnualReport"/>.</summary>
internal static class AnnualReportText
{
    internal static string Cell(AnnualReport report, ReportRow row, ReportColumn column) =>
        report[row, column] is { } value ? AnnualReportValidator.Format(value) : string.Empty;

    /// <summary>The proactive table's sub-tables: the group label and its rows, each group with its own columns.</summary>
    internal static IEnumerable<(string Group, ReportRow[] Rows)> ProactiveGroups() =>
        ReportTable.Proactive.Rows.GroupBy(ReportTable.ProactiveGroup).Select(g => (g.Key, g.ToArray()));

    internal static IEnumerable<string> Paragraphs(string? text) =>
        (text ?? string.Empty).ReplaceLineEndings("\n").Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0);

    internal static IEnumerable<(string Heading, string? Text)> ProseBefore(AnnualReport report) => [(ReportProse.OverviewHeading, report.Prose.Overview)];

    internal static IEnumerable<(string Heading, string? Text)> ProseAfter(AnnualReport report) =>
        [(ReportProse.ProblemsHeading, report.Prose.Problems), (ReportProse.OtherHeading, report.Prose.Other)];

    internal static string Markdown(AnnualReport report)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(report.Title).Append("\n\n");
        foreach (var (heading, text) in ProseBefore(report))
        {
            Section(md, heading, text);
        }

        md.Append("## ").Append(ReportTable.Proactive.Heading).Append("\n\n");
        foreach (var (group, rows) in ProactiveGroups())
        {
            var columns = rows[0].Columns;
            md.Append("**").Append(group).Append("**\n\n");
            md.Append("| ").Append(ReportTable.ContentHeader).Append(" | ").Append(string.Join(" | ", columns.Select(c => c.Label))).Append(" |\n");
            md.Append("|---|").Append(string.Concat(columns.Select(_ => "---:|"))).Append('\n');
            foreach (var row in rows)
            {
                md.Append("| ").Append(row.Label).Append(" | ").Append(string.Join(" | ", columns.Select(c => Cell(report, row, c)))).Append(" |\n");
            }

            md.Append('\n');
        }

        var requests = ReportTable.Requests;
        md.Append("## ").Append(requests.Heading).Append("\n\n");
        md.Append("| ").Append(ReportTable.BalanceNote).Append(" | ").Append(string.Join(" | ", requests.Columns.Select(c => ReportTable.ApplicantHeader + " " + c.FullLabel))).Append(" |\n");
        md.Append("|---|").Append(string.Concat(requests.Columns.Select(_ => "---:|"))).Append('\n');
        foreach (var row in requests.Rows)
        {
            md.Append("| ").Append(row.FullLabel).Append(" | ").Append(string.Join(" | ", requests.Columns.Select(c => Cell(report, row, c)))).Append(" |\n");
        }

        md.Append('\n');
        var appeals = ReportTable.Appeals;
        md.Append("## ").Append(appeals.Heading).Append("\n\n");
        md.Append("| ").Append(string.Join(" | ", appeals.Columns.Select(c => c.FullLabel))).Append(" |\n");
        md.Append('|').Append(string.Concat(appeals.Columns.Select(_ => "---:|"))).Append('\n');
        md.Append("| ").Append(string.Join(" | ", appeals.Columns.Select(c => Cell(report, ReportTable.AppealRow, c)))).Append(" |\n\n");
        foreach (var (heading, text) in ProseAfter(report))
        {
            Section(md, heading, text);
        }

        return md.ToString().TrimEnd('\n') + "\n";
    }

    private static void Section(StringBuilder md, string heading, string? text)
    {
        md.Append("## ").Append(heading).Append("\n\n");
        foreach (var paragraph in Paragraphs(text))
        {
            md.Append(paragraph).Append("\n\n");
        }
    }

    internal static string Html(AnnualReport report)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        var h = new StringBuilder();
        h.Append("<article class=\"annual-report\" lang=\"zh-CN\">\n");
        h.Append("<h1>").Append(E(report.Title)).Append("</h1>\n");
        void Prose(IEnumerable<(string Heading, string? Text)> sections)
        {
            foreach (var (heading, text) in sections)
            {
                h.Append("<section>\n<h2>").Append(E(heading)).Append("</h2>\n");
                foreach (var paragraph in Paragraphs(text))
                {
                    h.Append("<p>").Append(E(paragraph)).Append("</p>\n");
                }

                h.Append("</section>\n");
            }
        }

        string Td(ReportRow row, ReportColumn column, int span = 1) =>
            $"<td{(span > 1 ? $" colspan=\"{span}\"" : string.Empty)}>{E(Cell(report, row, column))}</td>";

        Prose(ProseBefore(report));

        // 二: one four-column table; each group has a spanning title row and its own header row.
        h.Append("<section>\n<h2>").Append(E(ReportTable.Proactive.Heading)).Append("</h2>\n<table>\n");
        foreach (var (group, rows) in ProactiveGroups())
        {
            var columns = rows[0].Columns;
            var span = 4 - columns.Length + 1;
            h.Append("<tr><th colspan=\"4\">").Append(E(group)).Append("</th></tr>\n");
            h.Append("<tr><th>").Append(E(ReportTable.ContentHeader)).Append("</th>");
            foreach (var c in columns)
            {
                h.Append("<th").Append(columns.Length == 1 ? $" colspan=\"{span}\"" : string.Empty).Append('>').Append(E(c.Label)).Append("</th>");
            }

            h.Append("</tr>\n");
            foreach (var row in rows)
            {
                h.Append("<tr><th>").Append(E(row.Label)).Append("</th>").Append(string.Concat(columns.Select(c => Td(row, c, columns.Length == 1 ? span : 1)))).Append("</tr>\n");
            }
        }

        h.Append("</table>\n</section>\n");

        // 三: three header rows, the row labels in up to three nested columns.
        var requests = ReportTable.Requests;
        h.Append("<section>\n<h2>").Append(E(requests.Heading)).Append("</h2>\n<table>\n");
        h.Append("<tr><th colspan=\"3\" rowspan=\"3\">").Append(E(ReportTable.BalanceNote)).Append("</th><th colspan=\"7\">").Append(E(ReportTable.ApplicantHeader)).Append("</th></tr>\n");
        h.Append("<tr><th rowspan=\"2\">").Append(E(ReportTable.ApplicantColumns[0].Label)).Append("</th><th colspan=\"5\">").Append(E(ReportTable.ApplicantColumns[1].Group!)).Append("</th><th rowspan=\"2\">")
            .Append(E(ReportTable.RequestTotal.Label)).Append("</th></tr>\n");
        h.Append("<tr>").Append(string.Concat(ReportTable.ApplicantColumns.Skip(1).Select(c => $"<th>{E(c.Label)}</th>"))).Append("</tr>\n");
        var resultRows = requests.Rows.Count(r => r.Path.Length > 0);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in requests.Rows)
        {
            h.Append("<tr>");
            if (row.Path.IsEmpty)
            {
                h.Append("<th colspan=\"3\">").Append(E(row.Label)).Append("</th>");
            }
            else
            {
                if (seen.Add(row.Path[0]))
                {
                    h.Append("<th rowspan=\"").Append(resultRows).Append("\">").Append(E(row.Path[0])).Append("</th>");
                }

                if (row.Path.Length == 1)
                {
                    h.Append("<th colspan=\"2\">").Append(E(row.Label)).Append("</th>");
                }
                else
                {
                    if (seen.Add(row.Path[1]))
                    {
                        h.Append("<th rowspan=\"").Append(requests.Rows.Count(r => r.Path.Length > 1 && r.Path[1] == row.Path[1])).Append("\">").Append(E(row.Path[1])).Append("</th>");
                    }

                    h.Append("<th>").Append(E(row.Label)).Append("</th>");
                }
            }

            h.Append(string.Concat(requests.Columns.Select(c => Td(row, c)))).Append("</tr>\n");
        }

        h.Append("</table>\n</section>\n");

        // 四: 行政复议 (5 columns) and 行政诉讼 (10 columns in two groups), one row of counts.
        var appeals = ReportTable.Appeals;
        var reconsideration = appeals.Columns.Where(c => c.Subgroup is null).ToList();
        var litigation = appeals.Columns.Where(c => c.Subgroup is not null).ToList();
        h.Append("<section>\n<h2>").Append(E(appeals.Heading)).Append("</h2>\n<table>\n");
        h.Append("<tr><th colspan=\"").Append(reconsideration.Count).Append("\">").Append(E(reconsideration[0].Group!)).Append("</th><th colspan=\"").Append(litigation.Count).Append("\">")
            .Append(E(litigation[0].Group!)).Append("</th></tr>\n<tr>");
        h.Append(string.Concat(reconsideration.Select(c => $"<th rowspan=\"2\">{E(c.Label)}</th>")));
        foreach (var sub in litigation.GroupBy(c => c.Subgroup!))
        {
            h.Append("<th colspan=\"").Append(sub.Count()).Append("\">").Append(E(sub.Key)).Append("</th>");
        }

        h.Append("</tr>\n<tr>").Append(string.Concat(litigation.Select(c => $"<th>{E(c.Label)}</th>"))).Append("</tr>\n");
        h.Append("<tr>").Append(string.Concat(appeals.Columns.Select(c => Td(ReportTable.AppealRow, c)))).Append("</tr>\n");
        h.Append("</table>\n</section>\n");
        Prose(ProseAfter(report));
        h.Append("</article>\n");
        return h.ToString();
    }
}
