using System.CommandLine;
using System.Text.Json;
using Disclosure.Cli.Output;
using Disclosure.Domain.Office.Ics;
using Disclosure.Domain.Office.Spreadsheets;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.RulePacks;
using Disclosure.Domain.Scheduling;
using NodaTime;
using NodaTime.Text;

namespace Disclosure.Cli.Commands;

/// <summary>
/// <c>disclosure units</c>, <c>disclosure workplan [--unit ID]</c> and <c>disclosure agenda --unit ID --from DATE --to DATE</c>:
/// the org chart, the 2024 work plan and a unit's dated duties. Not yet registered in <see cref="Cli"/> (the lead's file):
/// add <c>UnitsCommand.Create(), WorkplanCommand.Create(), AgendaCommand.Create()</c> to the root command.
/// </summary>
internal static class ResponsibilityCli
{
    /// <summary>Finds a unit by id or by Chinese name/alias; unknown units fail with the list of known ones.</summary>
    internal static Unit Unit(OrgChart chart, string? text)
    {
        var found = UnitId.IsValid(text) ? chart.Find(UnitId.Parse(text!)) : chart.FindByName(text ?? string.Empty);
        return found ?? throw new CliInputException(
            CliText.Format("Unit.Unknown", text, string.Join(CliText.Get("ListSeparator"), chart.Units.Select(u => CliText.Format("Unit.IdAndName", u.Id, u.Name)))));
    }

    internal static Option<string> UnitOption(bool required) => new("--unit")
    {
        Description = CliText.Get("Unit.Description"),
        Required = required,
    };

    internal static string Name(UnitInvolvement involvement) => involvement switch
    {
        UnitInvolvement.Named => "named",
        UnitInvolvement.ByRule => "byRule",
        UnitInvolvement.WhenInContext => "whenInContext",
        _ => "none",
    };

    /// <summary>The one spelling of a status in every command's output (due, agenda): satisfied, due, atRisk, overdue.</summary>
    internal static string Name(ObligationStatus status) => status switch
    {
        ObligationStatus.Satisfied => "satisfied",
        ObligationStatus.Due => "due",
        ObligationStatus.AtRisk => "atRisk",
        ObligationStatus.Overdue => "overdue",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not an obligation status."),
    };

    /// <summary>A status, or empty when the source does not know it.</summary>
    internal static string Name(ObligationStatus? status) => status is { } s ? Name(s) : string.Empty;

    internal static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}

/// <summary><c>disclosure units [--format table|json]</c>: the units of the embedded org chart.</summary>
internal static class UnitsCommand
{
    internal static Command Create(OrgChart? chart = null)
    {
        var format = CliInput.Format("table", "json");
        var command = new Command("units", CliText.Get("Units.Description")) { format };
        command.SetAction(parsed => Cli.Guarded(parsed, output =>
        {
            var selected = chart ?? Cli.SelectedPack(parsed).OrgChart;
            if (parsed.GetValue(format) == "json")
            {
                JsonOutput.Write(output, json =>
                {
                    json.WriteStartArray();
                    foreach (var unit in selected.Units)
                    {
                        json.WriteStartObject();
                        json.WriteString("id", unit.Id.Value);
                        json.WriteString("name", unit.Name);
                        json.WriteString("englishName", unit.EnglishName);
                        json.WriteString("kind", unit.Kind.Id);
                        ResponsibilityCli.WriteStrings(json, "aliases", unit.Aliases);
                        ResponsibilityCli.WriteStrings(json, "topics", unit.Topics);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                });
            }
            else
            {
                var table = new TextTable(
                    CliText.Get("Units.Header.Id"), CliText.Get("Units.Header.Name"), CliText.Get("Units.Header.Kind"), CliText.Get("Units.Header.Aliases"), CliText.Get("Units.Header.Topics"));
                foreach (var unit in selected.Units)
                {
                    table.Add(unit.Id.Value, unit.Name, CliText.IsChinese ? unit.Kind.Name : unit.Kind.Id, string.Join(" ", unit.Aliases), unit.Topics.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                table.Write(output);
            }

            return 0;
        }));
        return command;
    }
}

/// <summary><c>disclosure workplan [--unit ID] [--format table|json]</c>: the work points of seed sections 一–四.</summary>
internal static class WorkplanCommand
{
    internal static Command Create(OrgChart? chart = null, WorkPlan? plan = null)
    {
        var unitOption = ResponsibilityCli.UnitOption(required: false);
        var format = CliInput.Format("table", "json");
        var command = new Command("workplan", CliText.Get("Workplan.Description")) { unitOption, format };
        command.SetAction(parsed => Cli.Guarded(parsed, output =>
        {
            var selectedChart = chart ?? Cli.SelectedPack(parsed).OrgChart;
            var selectedPlan = plan ?? Cli.SelectedPack(parsed).WorkPlan
                ?? throw new CliInputException(CliText.Get("Workplan.None"));
            var unitText = parsed.GetValue(unitOption);
            var rows = unitText is null
                ? selectedPlan.Points.Select(p => (Point: p, Involvement: (UnitInvolvement?)null)).ToList()
                : selectedPlan.PointsInvolving(selectedChart, ResponsibilityCli.Unit(selectedChart, unitText).Id).Select(i => (i.Point, (UnitInvolvement?)i.Involvement)).ToList();
            if (parsed.GetValue(format) == "json")
            {
                JsonOutput.Write(output, json =>
                {
                    json.WriteStartArray();
                    foreach (var (point, involvement) in rows)
                    {
                        json.WriteStartObject();
                        json.WriteString("number", point.Number);
                        json.WriteString("section", point.SectionTitle);
                        json.WriteString("subsection", point.SubsectionTitle);
                        json.WriteString("text", point.Text);
                        json.WriteString("responsible", point.ResponsibleText);
                        json.WriteStartArray("parties");
                        foreach (var party in point.Parties)
                        {
                            json.WriteStartObject();
                            json.WriteString("label", party.Label);
                            json.WriteString("responsibility", party.Responsibility.ToString());
                            json.WriteEndObject();
                        }

                        json.WriteEndArray();
                        if (involvement is { } i)
                        {
                            json.WriteString("involvement", ResponsibilityCli.Name(i));
                        }

                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                });
            }
            else
            {
                var table = unitText is null
                    ? new TextTable(CliText.Get("Workplan.Header.Number"), CliText.Get("Workplan.Header.Responsible"), CliText.Get("Workplan.Header.Text"))
                    : new TextTable(CliText.Get("Workplan.Header.Number"), CliText.Get("Workplan.Header.Involvement"), CliText.Get("Workplan.Header.Responsible"), CliText.Get("Workplan.Header.Text"));
                foreach (var (point, involvement) in rows)
                {
                    var text = point.Text.ReplaceLineEndings(" ");
                    text = text.Length > 30 ? string.Concat(text.AsSpan(0, 30), "…") : text;
                    if (involvement is { } i)
                    {
                        table.Add(point.Number, AgendaCommand.InvolvementName(i), point.ResponsibleText, text);
                    }
                    else
                    {
                        table.Add(point.Number, point.ResponsibleText, text);
                    }
                }

                table.Write(output);
            }

            return 0;
        }));
        return command;
    }
}

/// <summary>
/// <c>disclosure agenda --unit ID --from DATE --to DATE [--as-of DATE] [--level city|county] [--log FILE] [--format table|json|xlsx|ics] [--out FILE] [--remind N]</c>:
/// what a unit owes between two dates: the recurring obligations (with states from <c>--log</c>) and the catalog's column
/// obligations (with states from the publication log <c>--publications</c>, the same file format as <c>due --log</c>).
/// </summary>
internal static class AgendaCommand
{
    /// <summary>Creates the <c>agenda</c> command.</summary>
    /// <param name="clock">The clock for the default as-of date; <see langword="null"/> for the system clock.</param>
    internal static Command Create(IClock? clock = null)
    {
        var unitOption = ResponsibilityCli.UnitOption(required: true);
        var from = new Option<string>("--from") { Description = CliText.Get("Agenda.From"), Required = true };
        var to = new Option<string>("--to") { Description = CliText.Get("Agenda.To"), Required = true };
        var asOf = new Option<string?>("--as-of") { Description = CliText.Get("Agenda.AsOf") };
        var level = new Option<string>("--level") { Description = CliText.Get("Agenda.Level"), DefaultValueFactory = _ => "city" };
        level.AcceptOnlyFromAmong("city", "county");
        var log = new Option<FileInfo?>("--log") { Description = CliText.Get("Agenda.Log") };
        var publications = new Option<FileInfo?>("--publications") { Description = CliText.Get("Agenda.Publications") };
        var format = CliInput.Format("table", "json", "xlsx", "ics");
        var outFile = FileOutput.Out();
        var remind = FileOutput.Remind();
        var provisional = CliInput.Provisional();
        var command = new Command("agenda", CliText.Get("Agenda.Description")) { unitOption, from, to, asOf, level, log, publications, format, outFile, remind, provisional };
        command.SetAction(parsed => Cli.Guarded(parsed, output =>
        {
            var rules = Cli.SelectedPack(parsed);
            var chart = rules.OrgChart;
            var unit = ResponsibilityCli.Unit(chart, parsed.GetValue(unitOption));
            var first = CliInput.Date(parsed.GetValue(from), "--from");
            var last = CliInput.Date(parsed.GetValue(to), "--to");
            if (last < first)
            {
                throw new CliInputException(CliText.Format("Input.ToBeforeFrom", CliText.TableDate(last), CliText.TableDate(first)));
            }

            var today = parsed.GetValue(asOf) is { } text
                ? CliInput.Date(text, "--as-of")
                : (clock ?? SystemClock.Instance).GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Date;
            var records = parsed.GetValue(log) is { } file ? ReadLog(file) : [];
            GovernmentLevel.TryParse(parsed.GetValue(level), out var governmentLevel);
            var catalog = rules.Catalog;
            var history = parsed.GetValue(publications) is { } publicationFile ? DueLogFile.Read(publicationFile, catalog) : PublicationLog.Empty;
            var workingDays = Cli.Calendar(parsed, parsed.GetValue(provisional));
            var calculator = new DueDateCalculator(workingDays);
            IAgendaSource[] sources =
            [
                AgendaSources.RecurringObligations(rules.Obligations, records, governmentLevel!),
                new CatalogAgendaSource(calculator, catalog, history),
            ];
            var items = UnitAgenda.Build(chart, unit.Id, new DateInterval(first, last), today, sources);
            if (DueCommand.PastPlanYear(rules, today) is { } pastPlan)
            {
                parsed.InvocationConfiguration.Error.WriteLine(pastPlan);
            }
            var target = parsed.GetValue(outFile);
            if (parsed.GetValue(format) == "xlsx")
            {
                FileOutput.Xlsx(output, target, "Sheet.Agenda", XlsxColumns(), items);
                return 0;
            }

            if (parsed.GetValue(format) == "ics")
            {
                var days = parsed.GetValue(remind);
                if (days < 0)
                {
                    throw new CliInputException(CliText.Format("Remind.Negative", days));
                }

                var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                FileOutput.Ics(output, target, CliText.Format("Ics.Agenda", unit.Name), items.Select(i => Event(unit, i, workingDays, days, seen)), clock ?? SystemClock.Instance);
                return 0;
            }

            if (parsed.GetValue(format) == "json")
            {
                JsonOutput.Write(output, json =>
                {
                    json.WriteStartObject();
                    json.WriteString("unit", unit.Id.Value);
                    json.WriteString("unitName", unit.Name);
                    json.WriteString("from", first.ToString("uuuu-MM-dd", null));
                    json.WriteString("to", last.ToString("uuuu-MM-dd", null));
                    json.WriteString("asOf", today.ToString("uuuu-MM-dd", null));
                    json.WriteStartArray("items");
                    foreach (var item in items)
                    {
                        json.WriteStartObject();
                        json.WriteString("due", item.DueDate.ToString("uuuu-MM-dd", null));
                        json.WriteString("kind", item.Kind.ToString());
                        json.WriteString("reference", item.Reference);
                        json.WriteString("involvement", ResponsibilityCli.Name(item.Involvement));
                        json.WriteString("status", ResponsibilityCli.Name(item.Status));
                        json.WriteString("description", item.Description);
                        json.WriteBoolean("provisional", item.IsProvisional);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                });
            }
            else
            {
                var table = new TextTable(
                    CliText.Get("Agenda.Header.Due"), CliText.Get("Agenda.Header.What"), CliText.Get("Agenda.Header.Involvement"), CliText.Get("Agenda.Header.Status"),
                    CliText.Get("Agenda.Header.Description"));
                foreach (var item in items)
                {
                    table.Add(CliText.TableDate(item.DueDate), item.Reference, InvolvementName(item.Involvement), StatusName(item.Status), item.GetDescription());
                }

                table.Write(output);
                if (items.IsEmpty)
                {
                    output.WriteLine(CliText.Format("Agenda.Nothing", unit.Id, unit.Name, CliText.Date(first), CliText.Date(last)));
                }
            }

            return 0;
        }));
        return command;
    }

    /// <summary>The workbook's columns in the current UI culture, one row per agenda item in due-date order.</summary>
    internal static XlsxColumn<AgendaItem>[] XlsxColumns() =>
    [
        new(CliText.Get("X.Due"), 12, i => XlsxCell.Date(i.DueDate)),
        new(CliText.Get("X.Category"), 18, i => XlsxCell.Text(CliText.Name(nameof(AgendaItemKind), i.Kind))),
        new(CliText.Get("X.Item"), 24, i => XlsxCell.Text(i.Reference)),
        new(CliText.Get("X.Involvement"), 12, i => XlsxCell.Text(InvolvementName(i.Involvement))),
        new(CliText.Get("X.Status"), 8, i => XlsxCell.Text(StatusName(i.Status))),
        new(CliText.Get("X.Description"), 50, i => XlsxCell.Text(i.GetDescription())),
        new(CliText.Get("X.Provisional"), 6, i => XlsxCell.Boolean(i.IsProvisional)),
    ];

    /// <summary>How a unit is involved, for people: 点名/按规则/视情况 in Chinese, the JSON spelling in English.</summary>
    internal static string InvolvementName(UnitInvolvement involvement) => CliText.Get("Involvement." + ResponsibilityCli.Name(involvement));

    /// <summary>A status for people (已完成/待办/临期/逾期), or empty when the source does not know it.</summary>
    internal static string StatusName(ObligationStatus? status) => status is { } s ? ObligationStatusNames.GetName(s) : string.Empty;

    /// <summary>
    /// An agenda item as an all-day event. The uid is the unit, the item's reference and its due date, so the same item
    /// gets the same uid in every export and a re-import updates it; an item whose due date moves (a calendar amendment)
    /// becomes a new event. Two items alike in all three (in <paramref name="seen"/>) are numbered in agenda order.
    /// </summary>
    internal static IcsEvent Event(Unit unit, AgendaItem item, Domain.Calendars.WorkingDayCalendar calendar, int remindWorkingDays, Dictionary<string, int> seen)
    {
        var key = $"agenda.{unit.Id}.{item.Kind}.{item.Reference}.{item.DueDate:uuuuMMdd}";
        var n = seen[key] = seen.GetValueOrDefault(key) + 1;
        var uid = (n == 1 ? key : $"{key}.{n}") + "@disclosure-domain";
        var reminder = remindWorkingDays == 0 ? item.DueDate : calendar.AddWorkingDays(item.DueDate, -remindWorkingDays);
        return new IcsEvent(uid, item.DueDate, CliText.Format("Ics.Due", item.GetDescription()), $"{unit.Name} ({unit.Id}) · {item.Reference}", reminder);
    }

    /// <summary>Reads an activity log: a JSON array of objects with <c>activity</c>, <c>date</c> and optional <c>unit</c>.</summary>
    internal static List<ActivityRecord> ReadLog(FileInfo file)
    {
        var text = CliInput.ReadFile(file, "--log");
        try
        {
            using var document = JsonDocument.Parse(text);
            var records = new List<ActivityRecord>();
            foreach (var element in document.RootElement.EnumerateArray())
            {
                var activity = element.GetProperty("activity").GetString();
                var date = element.GetProperty("date").GetString();
                var parsedDate = LocalDatePattern.Iso.Parse(date ?? string.Empty);
                if (string.IsNullOrWhiteSpace(activity) || !parsedDate.Success)
                {
                    throw new CliInputException(CliText.Format("Agenda.BadLogEntry", file.Name, element.GetRawText()));
                }

                UnitId? unit = element.TryGetProperty("unit", out var u) && u.GetString() is { } id && UnitId.IsValid(id) ? UnitId.Parse(id) : null;
                records.Add(new ActivityRecord(activity, parsedDate.Value, unit));
            }

            return records;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new CliInputException(CliText.Format("Agenda.NotALog", file.Name, e.Message.ReplaceLineEndings(" ")));
        }
    }
}
