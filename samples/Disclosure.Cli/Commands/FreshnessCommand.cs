using System.CommandLine;
using System.Globalization;
using System.Text;
using Disclosure.Cli.Output;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Office.Spreadsheets;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Scheduling;
using NodaTime;

namespace Disclosure.Cli.Commands;

/// <summary>
/// <c>disclosure freshness --as-of DATE --log FILE [--unit ID] [--format table|json|csv|xlsx] [--out FILE]</c>: the national
/// freshness check of 《政府网站与政务新媒体检查指标》(国办秘函〔2019〕19号, <see cref="FreshnessCheck"/>) on the selected pack's
/// catalog: the columns at risk (blank, not updated within their window, long not updated) and the single vetoes.
/// Exit code 0 when no veto is triggered (columns at risk allowed), 2 when one is (as <c>report check</c> signals
/// findings), 1 for bad input.
/// </summary>
internal static class FreshnessCommand
{
    /// <summary>Exit code when a single veto is triggered.</summary>
    internal const int Vetoed = ReportCommand.Findings;

    /// <summary>Creates the <c>freshness</c> command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var asOf = new Option<string>("--as-of") { Description = CliText.Get("Freshness.AsOf"), Required = true };
        var log = new Option<FileInfo>("--log") { Description = CliText.Get("Freshness.Log"), Required = true };
        var unit = ResponsibilityCli.UnitOption(required: false);
        var format = CliInput.Format("table", "json", "csv", "xlsx");
        var outFile = FileOutput.Out();
        var command = new Command("freshness", CliText.Get("Freshness.Description")) { asOf, log, unit, format, outFile };
        command.SetAction(parsed => Cli.Guarded(parsed, output =>
        {
            var date = CliInput.Date(parsed.GetValue(asOf), "--as-of");
            var rules = Cli.SelectedPack(parsed);
            var history = DueLogFile.Read(parsed.GetValue(log)!, rules.Catalog);
            var report = FreshnessCheck.Evaluate(rules.Catalog, history, date);
            Unit? only = parsed.GetValue(unit) is { } unitText ? ResponsibilityCli.Unit(rules.OrgChart, unitText) : null;
            var view = new View(report, rules.Catalog, only, AtRisk(report, rules.OrgChart, only));
            var target = parsed.GetValue(outFile);
            switch (parsed.GetValue(format))
            {
                case "json":
                    FileOutput.Text(output, target, ToJson(view));
                    break;
                case "csv":
                    FileOutput.Csv(output, target, ToCsv(view));
                    WriteVetoes(parsed.InvocationConfiguration.Error, view);
                    break;
                case "xlsx":
                    FileOutput.Xlsx(output, target, "Sheet.Freshness", XlsxColumns(report), view.Columns);
                    WriteVetoes(parsed.InvocationConfiguration.Error, view);
                    break;
                default:
                    FileOutput.Text(output, target, ToTable(view));
                    break;
            }

            return report.TriggeredVetoes.IsEmpty ? 0 : Vetoed;
        }));
        return command;
    }

    /// <summary>The columns at risk, in seed-row order; with a unit, only those whose responsibility names it or resolves to it.</summary>
    internal static ColumnFreshness[] AtRisk(FreshnessReport report, OrgChart chart, Unit? unit) =>
    [
        .. report.Columns.Where(c => FreshnessVeto.All.Any(c.CountsToward)
            && (unit is null || chart.Involvement(c.Column.Responsible, unit.Id) != UnitInvolvement.None)),
    ];

    /// <summary>
    /// One line per column at risk (row, column, category, finding, last update, days since, window, responsible), a
    /// summary line, and one line per veto, triggered or not, in the current UI culture; dates ISO in the table.
    /// </summary>
    internal static string ToTable(View view)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        if (view.Columns.Length > 0)
        {
            var table = new TextTable(
                CliText.Get("Freshness.Header.Row"), CliText.Get("Freshness.Header.Column"), CliText.Get("Freshness.Header.Category"),
                CliText.Get("Freshness.Header.Finding"), CliText.Get("Freshness.Header.LastUpdate"), CliText.Get("Freshness.Header.Days"),
                CliText.Get("Freshness.Header.Window"), CliText.Get("Freshness.Header.Responsible"));
            foreach (var c in view.Columns)
            {
                table.Add(
                    c.Column.SeedRow.ToString(CultureInfo.InvariantCulture),
                    c.Column.Name,
                    FreshnessCategoryNames.GetName(c.Category),
                    Finding(c),
                    c.LastUpdatedOn is { } last ? CliText.TableDate(last) : CliText.Get("Freshness.Never"),
                    DaysSince(c, view.Report.AsOf) is { } days ? CliText.Format("Freshness.DaysCell", days) : "—",
                    Window(view.Report.Rules.GetWindow(c.Category)),
                    c.Column.ResponsibleLabel);
            }

            table.Write(writer);
        }
        else
        {
            writer.WriteLine(CliText.Get("Freshness.NoneAtRisk"));
        }

        writer.WriteLine(CliText.Format("Freshness.Summary", view.Catalog.BureauName, CliText.Date(view.Report.AsOf), view.Report.Columns.Length, view.Columns.Length));
        if (view.Unit is { } unit)
        {
            writer.WriteLine(CliText.Format("Freshness.UnitOnly", unit.Name));
        }

        WriteVetoes(writer, view);
        return writer.ToString();
    }

    /// <summary>
    /// A JSON object: <c>asOf</c>, <c>bureau</c>, <c>unit</c> (the <c>--unit</c> id or null), <c>vetoed</c>; <c>vetoes</c>, one
    /// per veto: <c>code</c> (<c>freshness.not-updated|freshness.long-unupdated|freshness.blank</c>), <c>count</c> (over the
    /// whole catalog), <c>threshold</c>, <c>triggered</c>; <c>columns</c>, one per column at risk: <c>column</c>, <c>seedRow</c>,
    /// <c>name</c>, <c>category</c> (<c>dynamicsNews|noticesPolicy|other</c>), <c>blank</c>, <c>notUpdated</c>,
    /// <c>longUnupdated</c>, <c>lastUpdatedOn</c> (ISO date or null), <c>daysSinceUpdate</c> (or null), <c>window</c>
    /// (ISO-8601 period, <c>P14D</c>), <c>responsible</c>.
    /// </summary>
    internal static string ToJson(View view)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var report = view.Report;
        JsonOutput.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("asOf", CliText.TableDate(report.AsOf));
            json.WriteString("bureau", view.Catalog.BureauName);
            if (view.Unit is { } unit)
            {
                json.WriteString("unit", unit.Id.Value);
            }
            else
            {
                json.WriteNull("unit");
            }

            json.WriteBoolean("vetoed", !report.TriggeredVetoes.IsEmpty);
            json.WriteStartArray("vetoes");
            foreach (var veto in FreshnessVeto.All)
            {
                json.WriteStartObject();
                json.WriteString("code", veto.Code);
                json.WriteNumber("count", report.Count(veto));
                json.WriteNumber("threshold", report.Rules.GetThreshold(veto));
                json.WriteBoolean("triggered", report.TriggeredVetoes.Contains(veto));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("columns");
            foreach (var c in view.Columns)
            {
                json.WriteStartObject();
                json.WriteString("column", c.Column.Id.Value);
                json.WriteNumber("seedRow", c.Column.SeedRow);
                json.WriteString("name", c.Column.Name);
                json.WriteString("category", Category(c.Category));
                json.WriteBoolean("blank", c.IsBlank);
                json.WriteBoolean("notUpdated", c.IsNotUpdated);
                json.WriteBoolean("longUnupdated", c.IsLongUnupdated);
                if (c.LastUpdatedOn is { } last)
                {
                    json.WriteString("lastUpdatedOn", CliText.TableDate(last));
                    json.WriteNumber("daysSinceUpdate", DaysSince(c, report.AsOf)!.Value);
                }
                else
                {
                    json.WriteNull("lastUpdatedOn");
                    json.WriteNull("daysSinceUpdate");
                }

                json.WriteString("window", report.Rules.GetWindow(c.Category).ToString());
                json.WriteString("responsible", c.Column.ResponsibleLabel);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
        return writer.ToString();
    }

    /// <summary>
    /// RFC 4180 CSV with a header row, one row per column at risk with the JSON's column fields (<c>name</c> and
    /// <c>responsible</c> quoted when needed); the veto lines go to standard error.
    /// </summary>
    internal static string ToCsv(View view)
    {
        var csv = new StringBuilder("column,seedRow,name,category,blank,notUpdated,longUnupdated,lastUpdatedOn,daysSinceUpdate,window,responsible\n");
        foreach (var c in view.Columns)
        {
            csv.AppendJoin(
                ',',
                c.Column.Id.Value,
                c.Column.SeedRow.ToString(CultureInfo.InvariantCulture),
                Quote(c.Column.Name),
                Category(c.Category),
                Bool(c.IsBlank),
                Bool(c.IsNotUpdated),
                Bool(c.IsLongUnupdated),
                c.LastUpdatedOn is { } last ? CliText.TableDate(last) : string.Empty,
                DaysSince(c, view.Report.AsOf)?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                view.Report.Rules.GetWindow(c.Category).ToString(),
                Quote(c.Column.ResponsibleLabel));
            csv.Append('\n');
        }

        return csv.ToString();
    }

    /// <summary>The workbook's columns in the current UI culture: the table's, the last update as a date cell, the column id too.</summary>
    internal static XlsxColumn<ColumnFreshness>[] XlsxColumns(FreshnessReport report) =>
    [
        new(CliText.Get("X.SeedRow"), 6, c => XlsxCell.Number(c.Column.SeedRow)),
        new(CliText.Get("X.ColumnId"), 16, c => XlsxCell.Text(c.Column.Id.Value)),
        new(CliText.Get("X.Column"), 24, c => XlsxCell.Text(c.Column.Name)),
        new(CliText.Get("X.Category"), 16, c => XlsxCell.Text(FreshnessCategoryNames.GetName(c.Category))),
        new(CliText.Get("X.Finding"), 24, c => XlsxCell.Text(Finding(c))),
        new(CliText.Get("X.LastUpdated"), 12, c => XlsxCell.Date(c.LastUpdatedOn)),
        new(CliText.Get("X.DaysSince"), 10, c => DaysSince(c, report.AsOf) is { } days ? XlsxCell.Number(days) : XlsxCell.Empty),
        new(CliText.Get("X.Window"), 10, c => XlsxCell.Text(Window(report.Rules.GetWindow(c.Category)))),
        new(CliText.Get("X.Responsible"), 14, c => XlsxCell.Text(c.Column.ResponsibleLabel)),
    ];

    /// <summary>What a column counts toward: the names of the vetoes, for example <c>不更新栏目、长期未更新栏目</c>.</summary>
    internal static string Finding(ColumnFreshness c) =>
        string.Join(CliText.Get("ListSeparator"), FreshnessVeto.All.Where(c.CountsToward).Select(v => v.GetName()));

    /// <summary>A window in words: <c>14天</c>, <c>6个月</c>, <c>1年</c>; <c>14 days</c> in English.</summary>
    internal static string Window(Period window)
    {
        var parts = new List<string>();
        foreach (var (value, unit) in new[] { (window.Years, "Year"), (window.Months, "Month"), (window.Weeks, "Week"), (window.Days, "Day") })
        {
            if (value != 0)
            {
                parts.Add(CliText.Format($"Freshness.Window.{unit}.{(value == 1 ? "One" : "Other")}", value));
            }
        }

        return parts.Count == 0 ? window.ToString() : string.Join(CliText.IsChinese ? string.Empty : " ", parts);
    }

    private static void WriteVetoes(TextWriter writer, View view)
    {
        foreach (var veto in FreshnessVeto.All)
        {
            writer.WriteLine(view.Report.GetVetoMessage(veto));
        }
    }

    private static int? DaysSince(ColumnFreshness c, LocalDate asOf) =>
        c.LastUpdatedOn is { } last ? Period.Between(last, asOf, PeriodUnits.Days).Days : null;

    private static string Category(FreshnessCategory category) => category switch
    {
        FreshnessCategory.DynamicsNews => "dynamicsNews",
        FreshnessCategory.NoticesPolicy => "noticesPolicy",
        FreshnessCategory.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a freshness category."),
    };

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    /// <summary>What the command shows: the whole report (vetoes count every column), the columns listed, and the unit asked for.</summary>
    internal sealed record View(FreshnessReport Report, DisclosureCatalog Catalog, Unit? Unit, ColumnFreshness[] Columns);
}
