using System.CommandLine;
using System.Globalization;
using Disclosure.Cli.Output;
using System.Text.Json;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Histories;
using Disclosure.Domain.Office.Reports;
using Disclosure.Domain.Reports;
using Disclosure.Domain.Requests;

namespace Disclosure.Cli.Commands;

/// <summary>
/// <c>disclosure report annual --year Y --requests FILE [--proactive FILE] [--appeals FILE] [--previous FILE] [--prose FILE]
/// [--agency NAME] [--office-head PERSON]… [--format md|html|docx|xlsx|json] [--out FILE] [--provisional]</c>: the annual report
/// (政府信息公开工作年度报告) computed from the registers, with the inspector's findings on stderr; and <c>disclosure report check FILE [--previous FILE]</c>: the findings on a
/// filled report (JSON or the xlsx layout). Exit code 0 when nothing is wrong (warnings allowed), 2 for findings, 1 for bad input.
/// </summary>
internal static class ReportCommand
{
    /// <summary>Exit code for a report with findings.</summary>
    internal const int Findings = 2;

    internal static Command Create() => new("report", CliText.Get("Report.Description"))
    {
        Annual(),
        Check(),
    };

    private static Command Annual()
    {
        var year = new Option<int>("--year") { Description = CliText.Get("Report.Year"), Required = true };
        var requests = new Option<FileInfo>("--requests") { Description = CliText.Get("Report.Requests"), Required = true };
        var proactive = new Option<FileInfo?>("--proactive") { Description = CliText.Get("Report.Proactive") };
        var appeals = new Option<FileInfo?>("--appeals") { Description = CliText.Get("Report.Appeals") };
        var previous = new Option<FileInfo?>("--previous") { Description = CliText.Get("Report.Previous") };
        var prose = new Option<FileInfo?>("--prose") { Description = CliText.Get("Report.Prose") };
        var agency = new Option<string?>("--agency") { Description = CliText.Get("Report.Agency") };

        // The heads as `request deadline` names them. Not taken from the pack: its org chart has units, not people. Without the
        // option every approver counts as a head (the library's default), so two extensions in one answer period refuse the
        // history: a clerk's extension is discounted only when the heads are named, never by guessing who they are.
        var officeHeads = new Option<string[]>("--office-head") { Description = CliText.Get("Report.OfficeHead"), AllowMultipleArgumentsPerToken = false };
        var format = CliInput.Format("md", "html", "docx", "xlsx", "json");
        var output = new Option<FileInfo?>("--out") { Description = CliText.Get("Report.Out") };
        var provisional = CliInput.Provisional();
        var command = new Command("annual", CliText.Get("Report.Annual.Description"))
        {
            year, requests, proactive, appeals, previous, prose, agency, officeHeads, format, output, provisional,
        };
        command.SetAction(parsed => Cli.Guarded(parsed, stdout =>
        {
            var error = parsed.InvocationConfiguration.Error;
            var twoExtensions = false;
            return Run(error, () =>
            {
                var register = ReadRegister(parsed.GetValue(requests)!);
                var proactiveRegister = parsed.GetValue(proactive) is { } p ? AnnualReportInputs.ParseProactive(CliInput.ReadFile(p)) : null;
                IEnumerable<AppealCase>? appealRegister = parsed.GetValue(appeals) is { } a ? AnnualReportInputs.ParseAppeals(CliInput.ReadFile(a)) : null;
                var sections = parsed.GetValue(prose) is { } pf ? ReadProse(pf) : null;
                var office = parsed.GetValue(officeHeads) is { Length: > 0 } heads ? RequestCommand.Office(heads) : null;
                twoExtensions = office is null && register.Any(r => r.Request.Events.OfType<ExtensionApproved>().Skip(1).Any());
                // The calendar checks the rules that count working days, as RequestStatistics does, so the report refuses what they leave out.
                var calendar = Cli.Calendar(parsed, parsed.GetValue(provisional));
                var report = AnnualReportCalculator.Compute(parsed.GetValue(year), register, proactiveRegister, appealRegister, sections, parsed.GetValue(agency), office, calendar);
                var last = parsed.GetValue(previous) is { } pr ? ReadReport(pr).Report : null;
                var kind = parsed.GetValue(format)!;
                var file = parsed.GetValue(output);
                if (kind is "docx" or "xlsx")
                {
                    if (file is null)
                    {
                        throw new CliInputException(CliText.Format("Report.NeedsOut", kind));
                    }

                    using var stream = File.Create(file.FullName);
                    if (kind == "docx")
                    {
                        AnnualReportDocx.Write(report, stream);
                    }
                    else
                    {
                        AnnualReportXlsx.Write(report, stream);
                    }
                }
                else
                {
                    var text = kind switch { "html" => report.ToHtml(), "json" => report.ToJson(), _ => report.ToMarkdown() };
                    if (file is null)
                    {
                        stdout.Write(text);
                    }
                    else
                    {
                        File.WriteAllText(file.FullName, text);
                    }
                }

                return Report(error, AnnualReportValidator.Check(report, last));
            },
            // Without the heads, a clerk's extension before the head's refuses the request: say how to name them.
            e => twoExtensions && e.Problems.Any(p => p.Code == AnnualReportProblemCodes.InvalidHistory) ? CliText.Get("Report.OfficeHeadHint") : null);
        }));
        return command;
    }

    private static Command Check()
    {
        var file = new Argument<FileInfo>("FILE") { Description = CliText.Get("Report.Check.File") };
        var previous = new Option<FileInfo?>("--previous") { Description = CliText.Get("Report.Previous") };
        var command = new Command("check", CliText.Get("Report.Check.Description")) { file, previous };
        command.SetAction(parsed => Cli.Guarded(parsed, stdout => Run(parsed.InvocationConfiguration.Error, () =>
        {
            var reading = ReadReport(parsed.GetValue(file)!);
            var last = parsed.GetValue(previous) is { } pr ? ReadReport(pr).Report : null;
            var found = AnnualReportValidator.Check(reading.Report, last);
            foreach (var problem in reading.Problems.Concat(found))
            {
                stdout.WriteLine(problem.ToString(CultureInfo.CurrentUICulture));
            }

            var errors = reading.Problems.Length + found.Count(p => p.Severity == ProblemSeverity.Error);
            stdout.WriteLine(CliText.Format("Report.Checked", reading.Report.Title, errors, found.Count(p => p.Severity == ProblemSeverity.Warning)));
            return errors == 0 ? 0 : Findings;
        })));
        return command;
    }

    /// <summary>Runs a command's body; a <see cref="ProblemException"/> is written to stderr as one error, then its hint, if any.</summary>
    private static int Run(TextWriter error, Func<int> body, Func<ProblemException, string?>? hint = null)
    {
        try
        {
            return body();
        }
        catch (ProblemException e)
        {
            error.WriteLine(CliText.Format("Error.Prefix", e.GetMessage().ReplaceLineEndings("\n")));
            if (hint?.Invoke(e) is { } text)
            {
                error.WriteLine(text);
            }

            return Cli.InputError;
        }
    }

    private static int Report(TextWriter error, IEnumerable<Problem> found)
    {
        var errors = 0;
        foreach (var problem in found)
        {
            error.WriteLine(problem.ToString(CultureInfo.CurrentUICulture));
            errors += problem.Severity == ProblemSeverity.Error ? 1 : 0;
        }

        return errors == 0 ? 0 : Findings;
    }

    private static AnnualReportReading ReadReport(FileInfo file)
    {
        if (file.Extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                using var stream = file.OpenRead();
                return AnnualReportXlsx.Read(stream);
            }
            catch (IOException e)
            {
                throw new CliInputException(CliText.Format("Input.CannotRead", file.FullName, e.Message));
            }
        }

        return AnnualReport.Read(CliInput.ReadFile(file), file.Name);
    }

    /// <summary>
    /// Reads the requests: a register (disclosure-request-register/1), one request history (kind request-history, the
    /// Histories format) or a folder of request-history files (*.json).
    /// </summary>
    private static IReadOnlyList<RegisteredRequest> ReadRegister(FileInfo file)
    {
        static RegisteredRequest FromHistory(RequestHistory history) => new(history.Id, InformationRequest.FromEvents(history.Events, history.HandlingUnit));

        if (Directory.Exists(file.FullName))
        {
            return [.. Directory.EnumerateFiles(file.FullName, "*.json").Order(StringComparer.Ordinal).Select(path => FromHistory(RequestHistory.ReadFile(path).Value))];
        }

        var text = CliInput.ReadFile(file);
        bool isHistory;
        try
        {
            using var document = JsonDocument.Parse(text);
            isHistory = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("kind", out var kind)
                && kind.ValueKind == JsonValueKind.String && kind.GetString() == RequestHistory.Kind;
        }
        catch (JsonException)
        {
            isHistory = false; // the register reader reports the syntax error
        }

        return isHistory ? [FromHistory(RequestHistory.Read(System.Text.Encoding.UTF8.GetBytes(text), file.Name).Value)] : AnnualReportInputs.ParseRequests(text);
    }

    private static ReportProse ReadProse(FileInfo file)
    {
        try
        {
            using var document = JsonDocument.Parse(CliInput.ReadFile(file));
            string? Text(string name) => document.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            return new ReportProse(Text("overview"), Text("problems"), Text("other"));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new CliInputException(CliText.Format("Report.BadProse", file.Name, e.Message));
        }
    }
}
