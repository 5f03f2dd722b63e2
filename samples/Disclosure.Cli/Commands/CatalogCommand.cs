using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Disclosure.Cli.Output;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Scheduling;

namespace Disclosure.Cli.Commands;

/// <summary>
/// <c>disclosure catalog [--format table|json]</c>: lists the columns of the embedded catalog (or the one given
/// to <see cref="Create"/>), one per seed row.
/// </summary>
internal static class CatalogCommand
{
    /// <summary>Creates the <c>catalog</c> command.</summary>
    /// <param name="catalog">The catalog to list; <see langword="null"/> for <see cref="DisclosureCatalogs.XuanchengCivilAffairs2024"/>.</param>
    public static Command Create(DisclosureCatalog? catalog = null)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: table (aligned for Chinese text) or json (an array of columns).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");

        var command = new Command("catalog", "List the disclosure catalog's columns: seed row, id, path, frequency and responsible section.")
        {
            format,
        };
        command.SetAction(parseResult =>
        {
            var selected = catalog ?? DisclosureCatalogs.XuanchengCivilAffairs2024;
            var output = parseResult.InvocationConfiguration.Output;
            output.Write(parseResult.GetValue(format) == "json" ? ToJson(selected) : ToTable(selected));
            return 0;
        });
        return command;
    }

    /// <summary>
    /// Writes the columns as a JSON array (indented, Chinese unescaped). Each object has <c>seedRow</c>, <c>id</c>,
    /// <c>name</c>, <c>englishName</c>, <c>path</c> (ancestor names, root first, without the column),
    /// <c>pathIds</c>, <c>level</c>, <c>frequency</c> (<c>timely|monthly|quarterly|annual</c>),
    /// <c>frequencyLabel</c> (the seed's label), <c>workingDays</c> (timely only), <c>annualDeadline</c>
    /// (<c>MM-dd</c> of the next year, or null), <c>responsible</c> (the seed's label), <c>responsibility</c>
    /// (the typed value) and <c>note</c>.
    /// </summary>
    public static string ToJson(DisclosureCatalog catalog)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var column in catalog.Columns)
            {
                json.WriteStartObject();
                json.WriteNumber("seedRow", column.SeedRow);
                json.WriteString("id", column.Id.Value);
                json.WriteString("name", column.Name);
                json.WriteString("englishName", column.EnglishName);
                json.WriteStartArray("path");
                foreach (var name in column.Path)
                {
                    json.WriteStringValue(name);
                }

                json.WriteEndArray();
                json.WriteStartArray("pathIds");
                foreach (var ancestor in column.Node.Ancestors)
                {
                    json.WriteStringValue(ancestor.Id.Value);
                }

                json.WriteEndArray();
                json.WriteNumber("level", column.Node.Level);
                json.WriteString("frequency", column.Frequency.Name);
                json.WriteString("frequencyLabel", column.FrequencyLabel);
                if (column.Frequency.WorkingDays is { } days)
                {
                    json.WriteNumber("workingDays", days);
                }
                else
                {
                    json.WriteNull("workingDays");
                }

                if (column.Frequency.AnnualDeadline is { } deadline)
                {
                    json.WriteString("annualDeadline", string.Create(CultureInfo.InvariantCulture, $"{deadline.Month:D2}-{deadline.Day:D2}"));
                }
                else
                {
                    json.WriteNull("annualDeadline");
                }

                json.WriteString("responsible", column.ResponsibleLabel);
                json.WriteString("responsibility", column.Responsible.ToString());
                if (column.Note is { } note)
                {
                    json.WriteString("note", note);
                }
                else
                {
                    json.WriteNull("note");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }

    /// <summary>
    /// Writes the columns as a table aligned for a terminal (Chinese characters count two columns): seed row, id,
    /// the column's full path, frequency label and responsible label; then a line counting the columns per frequency.
    /// </summary>
    public static string ToTable(DisclosureCatalog catalog)
    {
        string[] header = ["#", "id", "栏目 column", "更新频率", "负责科室 responsible"];
        var rows = catalog.Columns
            .Select(c => new[]
            {
                c.SeedRow.ToString(CultureInfo.InvariantCulture),
                c.Id.Value,
                c.Node.ToString(),
                c.FrequencyLabel + Deadline(c.Frequency),
                c.ResponsibleLabel,
            })
            .ToList();
        var widths = Enumerable.Range(0, header.Length)
            .Select(i => rows.Select(r => DisplayWidth.Of(r[i])).Append(DisplayWidth.Of(header[i])).Max())
            .ToArray();

        var text = new StringBuilder();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{catalog.BureauName} {catalog.BureauEnglishName}, effective {catalog.EffectiveDate:uuuu'-'MM'-'dd}, {catalog.Columns.Length} columns"));
        AppendRow(text, header, widths);
        AppendRow(text, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in rows)
        {
            AppendRow(text, row, widths);
        }

        var counts = catalog.Columns.GroupBy(c => c.Frequency.Kind).OrderBy(g => g.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.First().Frequency.Name} {g.Count()}"));
        text.AppendLine(string.Join(", ", counts));
        return text.ToString();
    }

    private static string Deadline(UpdateFrequency frequency) =>
        frequency.AnnualDeadline is { } d ? string.Create(CultureInfo.InvariantCulture, $" (by {d.Month:D2}-{d.Day:D2})") : string.Empty;

    private static void AppendRow(StringBuilder text, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = i == 0 ? DisplayWidth.PadLeft(cells[i], widths[i]) : DisplayWidth.PadRight(cells[i], widths[i]);
            line.Append(cell);
            if (i < cells.Length - 1)
            {
                line.Append("  ");
            }
        }

        text.AppendLine(line.ToString().TrimEnd());
    }
}
