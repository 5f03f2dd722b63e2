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
    /// <summary>Creates the <c>due</c> command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var asOf = new Option<string>("--as-of") { Description = "The date to evaluate on (yyyy-MM-dd), in the bureau's time zone.", Required = true };
        var log = new Option<FileInfo?>("--log")
        {
            Description = "A JSON publication log: {\"publications\":[{\"column\":ID,\"on\":DATE}], \"information\":[{\"column\":ID,\"formedOn\":DATE,\"publishedOn\":DATE|null}]}. Without it, nothing has been published.",
        };
        var responsible = new Option<string?>("--responsible") { Description = "Only columns whose responsible label (e.g. 办公室, 各相关科室) or unit id (e.g. office) is this." };
        var unit = ResponsibilityCli.UnitOption(required: false);
        var format = CliInput.Format("table", "json", "csv", "xlsx");
        var outFile = FileOutput.Out();
        var provisional = CliInput.Provisional();
        var command = new Command("due", "What the disclosure catalog owes on a date: every obligation since the catalog's effective date, its due date, status and who owes it.")
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
                    FileOutput.Xlsx(output, target, "应办事项", XlsxColumns, report.Obligations);
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
                throw new CliInputException($"--responsible: no column of the catalog has '{responsible}'; use one of {string.Join(", ", known)}.");
            }

            report = report.WhereResponsible(responsible);
        }

        return report.OrderByDueDate();
    }

    /// <summary>A table aligned for Chinese text, with a summary line.</summary>
    internal static string ToTable(DueReport report)
    {
        var table = new TextTable("row", "column", "obligation", "due", "status", "overdue", "responsible");
        foreach (var o in report.Obligations)
        {
            table.Add(
                o.Column.SeedRow.ToString(CultureInfo.InvariantCulture),
                o.Column.Name,
                o.Key,
                Iso(o.DueOn) + (o.IsProvisional ? "*" : string.Empty),
                Status(o.Status) + (o.IsLate ? $" (late, {o.LateWorkingDays.ToString(CultureInfo.InvariantCulture)} wd)" : string.Empty),
                o.Status == ObligationStatus.Overdue ? o.OverdueWorkingDays.ToString(CultureInfo.InvariantCulture) + " wd" : string.Empty,
                o.ResponsibleLabel);
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        table.Write(writer);
        writer.WriteLine(
            $"{report.Catalog.BureauName} on {Iso(report.AsOf)} (tracking from {Iso(report.TrackingStart)}): {report.Obligations.Length} obligations, {report.Count(ObligationStatus.Overdue)} overdue, {report.Count(ObligationStatus.Due)} due, {report.Count(ObligationStatus.Satisfied)} satisfied.");
        if (report.IsProvisional)
        {
            writer.WriteLine("* provisional: depends on a projected calendar year whose arrangement is not published yet.");
        }

        if (report.UntrackedColumns is { Length: > 0 } untracked)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"untracked (no deadline, owes nothing): {string.Join(", ", untracked.Select(c => $"row {c.SeedRow} {c.Name} ({c.FrequencyLabel})"))}."));
        }

        return writer.ToString();
    }

    /// <summary>
    /// A JSON array of obligations: <c>column</c>, <c>seedRow</c>, <c>name</c>, <c>frequency</c>, <c>obligation</c>,
    /// <c>kind</c> (<c>month|quarter|halfYear|year|event</c>), <c>periodStart</c>, <c>periodEnd</c>, <c>dueOn</c>,
    /// <c>status</c> (<c>satisfied|due|overdue</c>), <c>overdueWorkingDays</c>, <c>satisfiedOn</c>, <c>lateWorkingDays</c> (working
    /// days after the due date of a publication that came late; 0 otherwise), <c>responsible</c>,
    /// <c>provisional</c>.
    /// </summary>
    internal static string ToJson(DueReport report)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        JsonOutput.Write(writer, json =>
        {
            json.WriteStartArray();
            foreach (var o in report.Obligations)
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
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
        return writer.ToString();
    }

    /// <summary>RFC 4180 CSV with a header row; the same fields as JSON except <c>name</c> is quoted when needed.</summary>
    internal static string ToCsv(DueReport report)
    {
        var csv = new StringBuilder("column,seedRow,name,frequency,obligation,periodStart,periodEnd,dueOn,status,overdueWorkingDays,satisfiedOn,lateWorkingDays,responsible,provisional\n");
        foreach (var o in report.Obligations)
        {
            csv.AppendJoin(
                ',',
                o.Column.Id.Value,
                o.Column.SeedRow.ToString(CultureInfo.InvariantCulture),
                Quote(o.Column.Name),
                o.Column.Frequency.Name,
                o.Key,
                Iso(o.PeriodStart),
                Iso(o.PeriodEnd),
                Iso(o.DueOn),
                Status(o.Status),
                o.OverdueWorkingDays.ToString(CultureInfo.InvariantCulture),
                o.SatisfiedOn is { } on ? Iso(on) : string.Empty,
                o.LateWorkingDays.ToString(CultureInfo.InvariantCulture),
                Quote(o.ResponsibleLabel),
                o.IsProvisional ? "true" : "false");
            csv.Append('\n');
        }

        return csv.ToString();
    }

    /// <summary>The workbook's columns: the CSV's fields with Chinese headers, dates as date cells, the status in words.</summary>
    internal static readonly XlsxColumn<Obligation>[] XlsxColumns =
    [
        new("序号", 6, o => XlsxCell.Number(o.Column.SeedRow)),
        new("栏目编号", 16, o => XlsxCell.Text(o.Column.Id.Value)),
        new("栏目", 24, o => XlsxCell.Text(o.Column.Name)),
        new("更新频率", 10, o => XlsxCell.Text(o.Column.FrequencyLabel)),
        new("期次", 10, o => XlsxCell.Text(o.Key)),
        new("周期开始", 12, o => XlsxCell.Date(o.PeriodStart)),
        new("周期结束", 12, o => XlsxCell.Date(o.PeriodEnd)),
        new("应完成日期", 12, o => XlsxCell.Date(o.DueOn)),
        new("状态", 8, o => XlsxCell.Text(Status(o.Status))),
        new("逾期工作日", 10, o => XlsxCell.Number(o.OverdueWorkingDays)),
        new("完成日期", 12, o => XlsxCell.Date(o.SatisfiedOn)),
        new("负责科室", 14, o => XlsxCell.Text(o.ResponsibleLabel)),
        new("暂定", 6, o => XlsxCell.Boolean(o.IsProvisional)),
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
