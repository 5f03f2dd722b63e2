using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Disclosure.Cli.Output;
using Disclosure.Domain.Office.Spreadsheets;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.RulePacks;
using Disclosure.Domain.Scheduling;

namespace Disclosure.Cli.Commands;

/// <summary>
/// <c>disclosure catalog [--format table|json|xlsx] [--out FILE]</c>: the columns of the embedded catalog (or the one given to
/// <see cref="Create"/>), one per seed row, with path, frequency and responsible section.
/// </summary>
internal static class CatalogCommand
{
    /// <summary>Creates the <c>catalog</c> command.</summary>
    /// <param name="catalog">The catalog to list; <see langword="null"/> for <see cref="RulePack.XuanchengCivilAffairs2024.Catalog"/>.</param>
    internal static Command Create(DisclosureCatalog? catalog = null)
    {
        var format = CliInput.Format("table", "json", "xlsx");
        var outFile = FileOutput.Out();
        var command = new Command("catalog", CliText.Get("Catalog.Description"))
        {
            format, outFile,
        };
        command.SetAction(parsed => Cli.Guarded(parsed, output =>
        {
            var selected = catalog ?? Cli.SelectedPack(parsed).Catalog;
            var file = parsed.GetValue(outFile);
            if (parsed.GetValue(format) == "xlsx")
            {
                FileOutput.Xlsx(output, file, "Sheet.Catalog", XlsxColumns(), selected.Columns);
                return 0;
            }

            using var text = new StringWriter { NewLine = "\n" };
            if (parsed.GetValue(format) == "json")
            {
                WriteJson(text, selected);
            }
            else
            {
                WriteTable(text, selected);
            }

            FileOutput.Text(output, file, text.ToString());
            return 0;
        }));
        return command;
    }

    /// <summary>
    /// Writes the columns as a JSON array in seed-row order. Each object has <c>seedRow</c>, <c>id</c>, <c>name</c>,
    /// <c>englishName</c>, <c>path</c> (ancestor names, root first, without the column), <c>pathIds</c>,
    /// <c>level</c>, <c>frequency</c> (<c>timely|calendarDays|monthly|quarterly|semiannual|annual|byDate|untracked</c>),
    /// <c>frequencyLabel</c> (the source's words), <c>workingDays</c> (timely only, else null), <c>annualDeadline</c>
    /// (<c>MM-dd</c> of the next year, or null), <c>deadline</c> (the typed deadline: <c>{"kind":"timely","workingDays":10}</c>,
    /// <c>{"kind":"calendarDays","days":20}</c>, <c>{"kind":"byDate","monthDay":"12-31"}</c>, <c>{"kind":"untracked"}</c> …,
    /// with <c>displayWorkingDays</c> when there is a display period), <c>responsible</c> (the source's label),
    /// <c>responsibility</c> (the typed value) and <c>note</c>.
    /// </summary>
    internal static void WriteJson(TextWriter output, DisclosureCatalog catalog) =>
        JsonOutput.Write(output, json =>
        {
            json.WriteStartArray();
            foreach (var column in catalog.Columns)
            {
                json.WriteStartObject();
                json.WriteNumber("seedRow", column.SeedRow);
                json.WriteString("id", column.Id.Value);
                json.WriteString("name", column.Name);
                json.WriteString("englishName", column.EnglishName);
                WriteStrings(json, "path", column.Path);
                WriteStrings(json, "pathIds", column.Node.Ancestors.Select(a => a.Id.Value));
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

                WriteNullable(json, "annualDeadline", Deadline(column.Frequency));
                WriteDeadline(json, column.Frequency);
                json.WriteString("responsible", column.ResponsibleLabel);
                json.WriteString("responsibility", column.Responsible.ToString());
                WriteNullable(json, "note", column.Note);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });

    /// <summary>
    /// Writes a title line, then the columns as a table aligned for a terminal (Chinese characters take two cells):
    /// seed row, id, full path, frequency label and responsible label; then a line counting columns per frequency,
    /// shortest period first.
    /// </summary>
    internal static void WriteTable(TextWriter output, DisclosureCatalog catalog)
    {
        var title = catalog.BureauName + (catalog.BureauEnglishName is { } english && !CliText.IsChinese ? $" ({english})" : string.Empty);
        output.WriteLine(CliText.Format("Catalog.Title", title, CliText.Date(catalog.EffectiveDate), catalog.Columns.Length));
        var table = new TextTable(
            CliText.Get("Catalog.Header.Row"), CliText.Get("Catalog.Header.Id"), CliText.Get("Catalog.Header.Column"), CliText.Get("Catalog.Header.Frequency"),
            CliText.Get("Catalog.Header.Responsible"));
        foreach (var column in catalog.Columns)
        {
            var deadline = Deadline(column.Frequency);
            table.Add(
                column.SeedRow.ToString(CultureInfo.InvariantCulture),
                column.Id.Value,
                column.Node.ToString(),
                deadline is null ? column.FrequencyLabel : CliText.Format("Catalog.By", column.FrequencyLabel, deadline),
                column.ResponsibleLabel);
        }

        table.Write(output);
        output.WriteLine(string.Join(CliText.IsChinese ? "，" : ", ", catalog.Columns.GroupBy(c => c.Frequency.Kind).OrderBy(g => g.First().Frequency.MonthsPerPeriod ?? 0)
            .Select(g => CliText.Format("Catalog.Count", CliText.IsChinese ? g.First().FrequencyLabel : g.First().Frequency.Name, g.Count()))));
    }

    /// <summary>The workbook's columns in the current UI culture, one row per column of the catalog in seed-row order.</summary>
    internal static XlsxColumn<Column>[] XlsxColumns() =>
    [
        new(CliText.Get("X.SeedRow"), 6, c => XlsxCell.Number(c.SeedRow)),
        new(CliText.Get("X.ColumnId"), 18, c => XlsxCell.Text(c.Id.Value)),
        new(CliText.Get("X.Path"), 40, c => XlsxCell.Text(c.Node.ToString())),
        new(CliText.Get("X.Column"), 20, c => XlsxCell.Text(c.Name)),
        new(CliText.Get("X.Frequency"), 10, c => XlsxCell.Text(c.FrequencyLabel)),
        new(CliText.Get("X.WorkingDays"), 10, c => c.Frequency.WorkingDays is { } days ? XlsxCell.Number(days) : XlsxCell.Empty),
        new(CliText.Get("X.AnnualDeadline"), 10, c => XlsxCell.Text(Deadline(c.Frequency))),
        new(CliText.Get("X.Responsible"), 16, c => XlsxCell.Text(c.ResponsibleLabel)),
        new(CliText.Get("X.Note"), 30, c => XlsxCell.Text(c.Note)),
    ];

    /// <summary>Writes the typed deadline object: its kind and exactly the parameters it has.</summary>
    internal static void WriteDeadline(Utf8JsonWriter json, UpdateFrequency frequency)
    {
        json.WriteStartObject("deadline");
        json.WriteString("kind", frequency.Name);
        if (frequency.WorkingDays is { } days)
        {
            json.WriteNumber("workingDays", days);
        }

        if (frequency.CalendarDays is { } calendarDays)
        {
            json.WriteNumber("days", calendarDays);
        }

        if (frequency.DateInYear is { } date)
        {
            json.WriteString("monthDay", string.Create(CultureInfo.InvariantCulture, $"{date.Month:D2}-{date.Day:D2}"));
        }

        WriteNullable(json, "annualDeadline", Deadline(frequency), skipNull: true);
        if (frequency.DisplayWorkingDays is { } shown)
        {
            json.WriteNumber("displayWorkingDays", shown);
        }

        json.WriteEndObject();
    }

    private static string? Deadline(UpdateFrequency frequency) =>
        frequency.AnnualDeadline is { } d ? string.Create(CultureInfo.InvariantCulture, $"{d.Month:D2}-{d.Day:D2}") : null;

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value, bool skipNull = false)
    {
        if (value is null && skipNull)
        {
            return;
        }

        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
