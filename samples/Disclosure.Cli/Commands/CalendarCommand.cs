using System.CommandLine;
using Disclosure.Cli.Output;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Office.Spreadsheets;
using NodaTime;

namespace Disclosure.Cli.Commands;

/// <summary><c>disclosure calendar --from DATE --to DATE</c>: every day of a range with its kind and festival.</summary>
internal static class CalendarCommand
{
    private const int MaxDays = 36600;

    internal static Command Create()
    {
        var from = new Option<string>("--from") { Description = CliText.Get("Calendar.From"), Required = true };
        var to = new Option<string>("--to") { Description = CliText.Get("Calendar.To"), Required = true };
        var format = CliInput.Format("table", "json", "csv", "xlsx");
        var outFile = FileOutput.Out();
        var provisional = CliInput.Provisional();
        var command = new Command("calendar", CliText.Get("Calendar.Description")) { from, to, format, outFile, provisional, Import() };
        command.SetAction(parsed => Cli.Guarded(parsed, output =>
        {
            var first = CliInput.Date(parsed.GetValue(from), "--from");
            var last = CliInput.Date(parsed.GetValue(to), "--to");
            if (last < first)
            {
                throw new CliInputException(CliText.Format("Input.ToBeforeFrom", CliText.TableDate(last), CliText.TableDate(first)));
            }

            if (Period.DaysBetween(first, last) >= MaxDays)
            {
                throw new CliInputException(CliText.Format("Calendar.RangeTooLong", MaxDays));
            }

            var calendar = Cli.Calendar(parsed, parsed.GetValue(provisional));
            var days = new List<CalendarDay>();
            for (var day = first; day <= last; day = day.PlusDays(1))
            {
                days.Add(calendar.GetDay(day));
            }

            var file = parsed.GetValue(outFile);
            var chosen = parsed.GetValue(format)!;
            if (chosen == "xlsx")
            {
                FileOutput.Xlsx(output, file, "Sheet.Calendar", XlsxColumns(), days);
                return 0;
            }

            using var text = new StringWriter { NewLine = "\n" };
            Write(text, days, chosen);
            if (chosen == "csv")
            {
                FileOutput.Csv(output, file, text.ToString());
            }
            else
            {
                FileOutput.Text(output, file, text.ToString());
            }

            return 0;
        }));
        return command;
    }

    /// <summary><c>disclosure calendar import NOTICE.txt [AMENDMENT.txt …] --out FILE</c>: a notice's text to calendar data.</summary>
    private static Command Import()
    {
        var files = new Argument<FileInfo[]>("NOTICE")
        {
            Description = CliText.Get("CalendarImport.Notice"),
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<FileInfo>("--out") { Description = CliText.Get("CalendarImport.Out"), Required = true };
        var command = new Command("import", CliText.Get("CalendarImport.Description")) { files, output };
        command.SetAction(parsed => Cli.Guarded(parsed, writer =>
        {
            var texts = parsed.GetValue(files)!.Select(f => CliInput.ReadFile(f, "NOTICE")).ToArray();
            var result = CalendarNotice.Parse(texts[0], texts[1..]);
            var error = parsed.InvocationConfiguration.Error;
            if (!result.Success)
            {
                var names = parsed.GetValue(files)!;
                error.WriteLine(CliText.Format(result.Problems.Length == 1 ? "CalendarImport.Refused1" : "CalendarImport.Refused", result.Problems.Length));
                foreach (var problem in result.Problems)
                {
                    var file = names[problem.Location.Section == "notice" ? 0 : problem.Location.Index + 1].Name;
                    var where = problem.Location.Line > 0 ? $"{file}:{problem.Location.Line}" : file;
                    error.WriteLine($"  {where}: {problem.GetMessage()}");
                }

                return Cli.InputError;
            }

            var target = parsed.GetValue(output)!;
            try
            {
                File.WriteAllText(target.FullName, result.ToCalendarData());
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliInputException(CliText.Format("CannotWrite", target.FullName, e.Message));
            }

            var arrangement = result.Arrangement!;
            writer.WriteLine(CliText.Format(
                "CalendarImport.Imported", arrangement.Year, arrangement.Holidays.Length, arrangement.AdjustedWorkdays.Length, string.Join(" + ", arrangement.Notices.Select(n => n.Title))));
            writer.WriteLine(CliText.Format("CalendarImport.Wrote", target.FullName, target.Name));
            return 0;
        }));
        return command;
    }

    /// <summary>The workbook's columns in the current UI culture: the date as a date cell, weekday and kind in words.</summary>
    internal static XlsxColumn<CalendarDay>[] XlsxColumns() =>
    [
        new(CliText.Get("X.Date"), 12, d => XlsxCell.Date(d.Date)),
        new(CliText.Get("X.Weekday"), 10, d => XlsxCell.Text(CliText.Weekday(d.Date.DayOfWeek))),
        new(CliText.Get("X.Kind"), 20, d => XlsxCell.Text(CliText.DayKindName(d.Kind))),
        new(CliText.Get("X.WorkingDay"), 8, d => XlsxCell.Boolean(d.IsWorkingDay)),
        new(CliText.Get("X.Festival"), 12, d => XlsxCell.Text(d.Festival?.Name)),
        new(CliText.Get("X.Provisional"), 6, d => XlsxCell.Boolean(d.IsProvisional)),
    ];

    private static void Write(TextWriter output, List<CalendarDay> days, string format)
    {
        switch (format)
        {
            case "json":
                JsonOutput.Write(output, json =>
                {
                    json.WriteStartArray();
                    foreach (var day in days)
                    {
                        json.WriteStartObject();
                        json.WriteString("date", day.Date.ToString("uuuu-MM-dd", null));
                        json.WriteString("weekday", day.Date.DayOfWeek.ToString());
                        json.WriteString("kind", day.Kind.ToId());
                        json.WriteBoolean("isWorkingDay", day.IsWorkingDay);
                        WriteNullable(json, "festival", day.Festival?.Id);
                        WriteNullable(json, "festivalName", day.Festival?.Name);
                        json.WriteBoolean("provisional", day.IsProvisional);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                });
                break;
            case "csv":
                output.WriteLine("date,weekday,kind,isWorkingDay,festival,festivalName,provisional");
                foreach (var day in days)
                {
                    output.WriteLine(string.Join(',', day.Date.ToString("uuuu-MM-dd", null), day.Date.DayOfWeek, day.Kind.ToId(),
                        day.IsWorkingDay ? "true" : "false", day.Festival?.Id, day.Festival?.Name, day.IsProvisional ? "true" : "false"));
                }

                break;
            default:
                var table = new TextTable(
                    CliText.Get("Calendar.Header.Date"), CliText.Get("Calendar.Header.Weekday"), CliText.Get("Calendar.Header.Kind"),
                    CliText.Get("Calendar.Header.Working"), CliText.Get("Calendar.Header.Festival"), CliText.Get("Calendar.Header.Provisional"));
                foreach (var day in days)
                {
                    table.Add(CliText.TableDate(day.Date), CliText.Weekday(day.Date.DayOfWeek), CliText.DayKindName(day.Kind),
                        CliText.Get(day.IsWorkingDay ? "Yes" : "No"), day.Festival?.Name ?? string.Empty, day.IsProvisional ? CliText.Get("Provisional") : string.Empty);
                }

                table.Write(output);
                break;
        }
    }

    private static void WriteNullable(System.Text.Json.Utf8JsonWriter json, string name, string? value)
    {
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
