using System.CommandLine;
using System.Globalization;
using System.Text;
using Disclosure.Cli.Output;
using Disclosure.Domain.Office.Spreadsheets;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.RulePacks;
using Disclosure.Domain.Scheduling;
using NodaTime;

namespace Disclosure.Cli.Commands;

/// <summary>
/// <c>disclosure due --as-of DATE [--log FILE] [--responsible LABEL] [--unit ID] [--format table|json|csv|xlsx] [--out FILE] [--provisional]</c>:
/// what the embedded catalog's columns owe on a date, sorted by due date.
/// </summary>
internal static class DueCommand
{
    /// <summary>The status of an untracked column's row in the JSON and the CSV.</summary>
    private const string Untracked = "untracked";

    /// <summary>Creates the <c>due</c> command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var asOf = new Option<string>("--as-of") { Description = CliText.Get("Due.AsOf"), Required = true };
        var log = new Option<FileInfo?>("--log")
        {
            Description = CliText.Get("Due.Log"),
        };
        var responsible = new Option<string?>("--responsible") { Description = CliText.Get("Due.Responsible") };
        var unit = ResponsibilityCli.UnitOption(required: false);
        var format = CliInput.Format("table", "json", "csv", "xlsx");
        var outFile = FileOutput.Out();
        var provisional = CliInput.Provisional();
        var command = new Command("due", CliText.Get("Due.Description"))
        {
            asOf, log, responsible, unit, format, outFile, provisional,
        };
        command.SetAction(parsed => Cli.Guarded(parsed, output =>
        {
            var date = CliInput.Date(parsed.GetValue(asOf), "--as-of");
            var rules = Cli.SelectedPack(parsed);
            var catalog = rules.Catalog;
            var history = parsed.GetValue(log) is { } file ? DueLogFile.Read(file, catalog) : PublicationLog.Empty;
            var calendar = Cli.Calendar(parsed, parsed.GetValue(provisional));
            var report = Evaluate(new DueDateCalculator(calendar), catalog, history, date, parsed.GetValue(responsible));
            if (parsed.GetValue(unit) is { } unitText)
            {
                // Every column whose responsibility names the unit or resolves to it by a rule (各科室, 各相关科室, …).
                var chart = rules.OrgChart;
                var id = ResponsibilityCli.Unit(chart, unitText).Id;
                report = report.Involving(chart, id);
            }

            if (report.AsOf < report.TrackingStart)
            {
                parsed.InvocationConfiguration.Error.WriteLine(BeforeTrackingStart(report));
            }

            if (PastPlanYear(rules, report.AsOf) is { } pastPlan)
            {
                parsed.InvocationConfiguration.Error.WriteLine(pastPlan);
            }

            var target = parsed.GetValue(outFile);
            switch (parsed.GetValue(format))
            {
                case "json":
                    FileOutput.Text(output, target, ToJson(report));
                    break;
                case "csv":
                    FileOutput.Csv(output, target, ToCsv(report));
                    break;
                case "xlsx":
                    FileOutput.Xlsx(output, target, "Sheet.Due", XlsxColumns(), FileRows(report));
                    break;
                default:
                    FileOutput.Text(output, target, ToTable(report));
                    break;
            }

            return 0;
        }));
        return command;
    }

    /// <summary>Evaluates, filters by responsible party and sorts by due date.</summary>
    internal static DueReport Evaluate(DueDateCalculator calculator, DisclosureCatalog catalog, PublicationLog log, LocalDate asOf, string? responsible)
    {
        var report = calculator.Evaluate(catalog, log, asOf);
        if (responsible is not null)
        {
            var known = catalog.Columns.Select(c => c.ResponsibleLabel)
                .Concat(catalog.Columns.SelectMany(c => c.Responsible.Units.Select(u => u.Value)))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (!known.Contains(responsible.Trim(), StringComparer.Ordinal))
            {
                throw new CliInputException(CliText.Format("Due.UnknownResponsible", responsible, string.Join(CliText.Get("ListSeparator"), known)));
            }

            report = report.WhereResponsible(responsible);
        }

        return report.OrderByDueDate();
    }

    /// <summary>The warning for an as-of date past the pack's work-plan year, or <see langword="null"/> within it (or without a dated plan).</summary>
    internal static string? PastPlanYear(RulePack rules, LocalDate asOf) =>
        rules.WorkPlan?.Year is { } year && asOf.Year > year
            ? CliText.Format("Warning.PastPlanYear", CliText.Date(asOf), year, CliText.Date(new LocalDate(year, 12, 31)))
            : null;

    /// <summary>Why a report before the tracking start is empty, and what to give instead.</summary>
    internal static string BeforeTrackingStart(DueReport report) =>
        CliText.Format("Due.BeforeTrackingStart", Iso(report.AsOf), Iso(report.TrackingStart), report.Catalog.BureauName);

    /// <summary>
    /// A table aligned for Chinese text, with a summary line, in the current UI culture: headers, statuses
    /// (待办/逾期/已完成/迟交), periods (2024年第二季度) and working days (个工作日) in Chinese; dates ISO in the table.
    /// </summary>
    internal static string ToTable(DueReport report)
    {
        var table = new TextTable(
            CliText.Get("Due.Header.Row"), CliText.Get("Due.Header.Column"), CliText.Get("Due.Header.Obligation"), CliText.Get("Due.Header.Due"),
            CliText.Get("Due.Header.Status"), CliText.Get("Due.Header.Overdue"), CliText.Get("Due.Header.Responsible"));
        foreach (var o in report.Obligations)
        {
            table.Add(
                o.Column.SeedRow.ToString(CultureInfo.InvariantCulture),
                o.Column.Name,
                CliText.Period(o.Key),
                (o.NeedsCalendarYear is { } year ? CliText.Format("Due.NeedsCalendarCell", year) : CliText.TableDate(o.DueOn)) + (o.IsProvisional ? "*" : string.Empty),
                StatusName(o),
                o.Status == ObligationStatus.Overdue ? CliText.Format("Due.OverdueDays", o.OverdueWorkingDays) : string.Empty,
                o.ResponsibleLabel);
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        table.Write(writer);
        writer.WriteLine(CliText.Format(
            "Due.Summary", report.Catalog.BureauName, CliText.Date(report.AsOf), CliText.Date(report.TrackingStart), report.Obligations.Length,
            report.Count(ObligationStatus.Overdue), report.Count(ObligationStatus.Due), report.Count(ObligationStatus.Satisfied)));
        if (report.IsProvisional)
        {
            writer.WriteLine(CliText.Get("Provisional.Footnote"));
        }

        foreach (var year in report.NeedsCalendarYears)
        {
            var count = report.Obligations.Count(o => o.NeedsCalendarYear == year);
            writer.WriteLine(CliText.Format("Due.NeedsCalendar", year, count));
        }

        if (report.UntrackedColumns is { Length: > 0 } untracked)
        {
            writer.WriteLine(CliText.Format("Due.Untracked", string.Join(CliText.Get("Due.ListSeparator"), untracked.Select(c => CliText.Format("Due.UntrackedColumn", c.SeedRow, c.Name, c.FrequencyLabel)))));
        }

        foreach (var b in report.DisplayBreaches)
        {
            writer.WriteLine(BreachMessage(b));
        }

        return writer.ToString();
    }

    /// <summary>A display-period finding in one line of the current UI culture: what, where, and how to fix it.</summary>
    internal static string BreachMessage(DisplayPeriodBreach b) => CliText.Format(
        "Due.DisplayBreach", DisplayPeriodBreach.Code.Id, b.Column.SeedRow, b.Column.Name, CliText.Date(b.PublishedOn), CliText.Date(b.WithdrawnOn),
        b.PostedWorkingDays, b.RequiredWorkingDays, b.DisplayEndsOn is { } end ? CliText.Format("Due.DisplayEndsOn", CliText.Date(end)) : string.Empty, b.MissingWorkingDays);

    /// <summary>
    /// The report's obligations in order, each with the display-period finding of its withdrawn item, if any. Each withdrawal
    /// takes one information event, so there is at most one finding per obligation; two equal events each take one of theirs.
    /// </summary>
    internal static (Obligation Obligation, DisplayPeriodBreach? Breach)[] Rows(DueReport report)
    {
        var breaches = report.DisplayBreaches.GroupBy(b => b.Obligation).ToDictionary(g => g.Key, g => new Queue<DisplayPeriodBreach>(g));
        return [.. report.Obligations.Select(o => (o, breaches.TryGetValue(o, out var queue) && queue.TryDequeue(out var b) ? b : null))];
    }

    /// <summary>
    /// The rows of the CSV and the workbook: <see cref="Rows"/>, then one row per untracked column (no obligation, no dates), as the JSON
    /// lists them. Rows on the one sheet rather than a second sheet: a CSV has no sheets, so both files then have the same rows; a clerk
    /// filtering the status column finds them; and a second sheet tab is easily missed in Excel or WPS.
    /// </summary>
    internal static DueRow[] FileRows(DueReport report) =>
        [.. Rows(report).Select(r => new DueRow(r.Obligation.Column, r.Obligation, r.Breach)), .. report.UntrackedColumns.Select(c => new DueRow(c, null, null))];

    /// <summary>An obligation's status for people: the status name, or 迟交 / "satisfied (late)" for a late satisfaction.</summary>
    internal static string StatusName(Obligation o)
    {
        var name = ObligationStatusNames.GetName(o.Status);
        return o.IsLate ? CliText.Format("Due.Late", name, o.LateWorkingDays) : name;
    }

    /// <summary>
    /// A JSON array of obligations, then one entry per untracked column (<c>status</c> <c>untracked</c>, the obligation's
    /// fields null, as the text report lists them): <c>column</c>, <c>seedRow</c>, <c>name</c>, <c>frequency</c>, <c>obligation</c>,
    /// <c>kind</c> (<c>month|quarter|halfYear|year|event</c>), <c>periodStart</c>, <c>periodEnd</c>, <c>dueOn</c>, <c>needsCalendarYear</c>
    /// (the unloaded year the due date needs, <c>dueOn</c> then being its 1 January; otherwise null),
    /// <c>status</c> (<c>satisfied|due|overdue</c>), <c>overdueWorkingDays</c>, <c>satisfiedOn</c>, <c>lateWorkingDays</c> (working
    /// days after the due date of a publication that came late; 0 otherwise), <c>responsible</c>,
    /// <c>provisional</c>, <c>displayBreach</c> (null, or for an item withdrawn before its display period ended:
    /// <c>code</c> PUB001, <c>publishedOn</c>, <c>withdrawnOn</c>, <c>postedWorkingDays</c>, <c>requiredWorkingDays</c>,
    /// <c>displayEndsOn</c>).
    /// </summary>
    internal static string ToJson(DueReport report)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        JsonOutput.Write(writer, json =>
        {
            json.WriteStartArray();
            foreach (var (o, breach) in Rows(report))
            {
                json.WriteStartObject();
                json.WriteString("column", o.Column.Id.Value);
                json.WriteNumber("seedRow", o.Column.SeedRow);
                json.WriteString("name", o.Column.Name);
                json.WriteString("frequency", o.Column.Frequency.Name);
                json.WriteString("obligation", o.Key);
                json.WriteString("kind", Kind(o.Kind));
                json.WriteString("periodStart", Iso(o.PeriodStart));
                json.WriteString("periodEnd", Iso(o.PeriodEnd));
                json.WriteString("dueOn", Iso(o.DueOn));
                if (o.NeedsCalendarYear is { } needs)
                {
                    json.WriteNumber("needsCalendarYear", needs);
                }
                else
                {
                    json.WriteNull("needsCalendarYear");
                }

                json.WriteString("status", Status(o.Status));
                json.WriteNumber("overdueWorkingDays", o.OverdueWorkingDays);
                if (o.SatisfiedOn is { } on)
                {
                    json.WriteString("satisfiedOn", Iso(on));
                }
                else
                {
                    json.WriteNull("satisfiedOn");
                }

                json.WriteNumber("lateWorkingDays", o.LateWorkingDays);

                json.WriteString("responsible", o.ResponsibleLabel);
                json.WriteBoolean("provisional", o.IsProvisional);
                json.WritePropertyName("displayBreach");
                if (breach is { } b)
                {
                    json.WriteStartObject();
                    json.WriteString("code", DisplayPeriodBreach.Code.Id);
                    json.WriteString("publishedOn", Iso(b.PublishedOn));
                    json.WriteString("withdrawnOn", Iso(b.WithdrawnOn));
                    json.WriteNumber("postedWorkingDays", b.PostedWorkingDays);
                    json.WriteNumber("requiredWorkingDays", b.RequiredWorkingDays);
                    if (b.DisplayEndsOn is { } end)
                    {
                        json.WriteString("displayEndsOn", Iso(end));
                    }
                    else
                    {
                        json.WriteNull("displayEndsOn");
                    }

                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNullValue();
                }

                json.WriteEndObject();
            }

            foreach (var c in report.UntrackedColumns)
            {
                json.WriteStartObject();
                json.WriteString("column", c.Id.Value);
                json.WriteNumber("seedRow", c.SeedRow);
                json.WriteString("name", c.Name);
                json.WriteString("frequency", c.Frequency.Name);
                foreach (var field in (ReadOnlySpan<string>)["obligation", "kind", "periodStart", "periodEnd", "dueOn", "needsCalendarYear"])
                {
                    json.WriteNull(field);
                }

                json.WriteString("status", Untracked);
                json.WriteNumber("overdueWorkingDays", 0);
                json.WriteNull("satisfiedOn");
                json.WriteNumber("lateWorkingDays", 0);
                json.WriteString("responsible", c.ResponsibleLabel);
                json.WriteBoolean("provisional", false);
                json.WriteNull("displayBreach");
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
        return writer.ToString();
    }

    /// <summary>
    /// RFC 4180 CSV with a header row, one row per obligation: the JSON's fields but <c>kind</c> and <c>needsCalendarYear</c>
    /// (<c>name</c> and <c>responsible</c> quoted when needed), with <c>displayBreach</c> flattened into <c>displayBreach</c>
    /// (the code PUB001), <c>withdrawnOn</c>, <c>postedWorkingDays</c>, <c>requiredWorkingDays</c> and <c>displayEndsOn</c>,
    /// all empty without a finding; then one row per untracked column, as in the JSON: status <c>untracked</c>, obligation and
    /// dates empty, working days 0 (<see cref="FileRows"/>).
    /// </summary>
    internal static string ToCsv(DueReport report)
    {
        var csv = new StringBuilder("column,seedRow,name,frequency,obligation,periodStart,periodEnd,dueOn,status,overdueWorkingDays,satisfiedOn,lateWorkingDays,responsible,provisional,displayBreach,withdrawnOn,postedWorkingDays,requiredWorkingDays,displayEndsOn\n");
        foreach (var (c, o, b) in FileRows(report))
        {
            csv.AppendJoin(
                ',',
                c.Id.Value,
                c.SeedRow.ToString(CultureInfo.InvariantCulture),
                Quote(c.Name),
                c.Frequency.Name,
                o?.Key ?? string.Empty,
                o?.PeriodStart is { } start ? Iso(start) : string.Empty,
                o?.PeriodEnd is { } periodEnd ? Iso(periodEnd) : string.Empty,
                o?.DueOn is { } dueOn ? Iso(dueOn) : string.Empty,
                o?.Status is { } status ? Status(status) : Untracked,
                (o?.OverdueWorkingDays ?? 0).ToString(CultureInfo.InvariantCulture),
                o?.SatisfiedOn is { } on ? Iso(on) : string.Empty,
                (o?.LateWorkingDays ?? 0).ToString(CultureInfo.InvariantCulture),
                Quote(o?.ResponsibleLabel ?? c.ResponsibleLabel),
                o is { IsProvisional: true } ? "true" : "false",
                b is null ? string.Empty : DisplayPeriodBreach.Code.Id,
                b is null ? string.Empty : Iso(b.WithdrawnOn),
                b?.PostedWorkingDays.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                b?.RequiredWorkingDays.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                b?.DisplayEndsOn is { } end ? Iso(end) : string.Empty);
            csv.Append('\n');
        }

        return csv.ToString();
    }

    /// <summary>
    /// The workbook's columns in the current UI culture: the CSV's fields, dates as date cells, the status in words; a
    /// display-period finding as its withdrawal day, the day the item had to stay posted until, and the text report's line.
    /// An untracked column's row has the status 未跟踪 / untracked and nothing in the obligation's cells.
    /// </summary>
    internal static XlsxColumn<DueRow>[] XlsxColumns() =>
    [
        new(CliText.Get("X.SeedRow"), 6, r => XlsxCell.Number(r.Column.SeedRow)),
        new(CliText.Get("X.ColumnId"), 16, r => XlsxCell.Text(r.Column.Id.Value)),
        new(CliText.Get("X.Column"), 24, r => XlsxCell.Text(r.Column.Name)),
        new(CliText.Get("X.Frequency"), 10, r => XlsxCell.Text(r.Column.FrequencyLabel)),
        new(CliText.Get("X.Period"), 10, r => XlsxCell.Text(r.Obligation is { } o ? CliText.Period(o.Key) : null)),
        new(CliText.Get("X.PeriodStart"), 12, r => XlsxCell.Date(r.Obligation?.PeriodStart)),
        new(CliText.Get("X.PeriodEnd"), 12, r => XlsxCell.Date(r.Obligation?.PeriodEnd)),
        new(CliText.Get("X.Due"), 12, r => XlsxCell.Date(r.Obligation?.DueOn)),
        new(CliText.Get("X.Status"), 8, r => XlsxCell.Text(r.Obligation is { } o ? StatusName(o) : CliText.Get("Due.Status.Untracked"))),
        new(CliText.Get("X.OverdueDays"), 10, r => r.Obligation is { } o ? XlsxCell.Number(o.OverdueWorkingDays) : XlsxCell.Empty),
        new(CliText.Get("X.Done"), 12, r => XlsxCell.Date(r.Obligation?.SatisfiedOn)),
        new(CliText.Get("X.Responsible"), 14, r => XlsxCell.Text(r.Obligation?.ResponsibleLabel ?? r.Column.ResponsibleLabel)),
        new(CliText.Get("X.Provisional"), 6, r => r.Obligation is { } o ? XlsxCell.Boolean(o.IsProvisional) : XlsxCell.Empty),
        new(CliText.Get("X.WithdrawnOn"), 12, r => XlsxCell.Date(r.Breach?.WithdrawnOn)),
        new(CliText.Get("X.DisplayEndsOn"), 12, r => XlsxCell.Date(r.Breach?.DisplayEndsOn)),
        new(CliText.Get("X.DisplayBreach"), 60, r => XlsxCell.Text(r.Breach is { } b ? BreachMessage(b) : null)),
    ];

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Status(ObligationStatus status) => ResponsibilityCli.Name(status);

    private static string Kind(ObligationKind kind) => kind switch
    {
        ObligationKind.Month => "month",
        ObligationKind.Quarter => "quarter",
        ObligationKind.HalfYear => "halfYear",
        ObligationKind.Year => "year",
        ObligationKind.InformationEvent => "event",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an obligation kind."),
    };
}

/// <summary>A row of the due CSV and workbook: an obligation with its display-period finding, or an untracked column (no obligation).</summary>
/// <param name="Column">The catalog column.</param>
/// <param name="Obligation">The obligation, or <see langword="null"/> for an untracked column.</param>
/// <param name="Breach">The display-period finding of the obligation's withdrawn item, if any.</param>
internal readonly record struct DueRow(Column Column, Obligation? Obligation, DisplayPeriodBreach? Breach);
