using System.CommandLine;
using System.Globalization;
using Disclosure.Cli.Output;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Histories;
using Disclosure.Domain.Office.Spreadsheets;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;
using NodaTime;

namespace Disclosure.Cli.Commands;

/// <summary>
/// <c>disclosure request deadline --received DATE [--channel …] [--confirmed DATE] [--correction-requested DATE --correct-by DATE
/// --correction-received DATE] [--consultation FROM:TO[:agency]]… [--extension DAYS --extension-approved DATE] [--answered DATE]
/// [--withdrawn DATE] [--as-of DATE] [--ledger] [--format text|json|xlsx|ics] [--out FILE] [--remind N] [--id NUMBER] [--provisional]</c>: an information request's answer deadline,
/// explained day by day with <c>--ledger</c>. Exit code 0 for a lawful history, 2 when it breaks a rule (the violations are
/// printed and no date is given), 1 for bad input.
/// </summary>
internal static class RequestCommand
{
    /// <summary>Exit code for a history that breaks a rule of 《政府信息公开条例》.</summary>
    internal const int RuleViolation = 2;

    /// <summary>The person id of the office head when <c>--office-head</c> names none.</summary>
    private const string DefaultOfficeHead = "disclosure-office-head";

    internal static Command Create() => new("request", CliText.Get("Request.Description"))
    {
        Deadline(),
    };

    private static Command Deadline()
    {
        var received = new Option<string?>("--received") { Description = CliText.Get("Request.Received") };
        var history = new Option<FileInfo?>("--history") { Description = CliText.Get("Request.History") };
        var channel = new Option<string>("--channel") { Description = CliText.Get("Request.Channel"), DefaultValueFactory = _ => "in-person" };
        channel.AcceptOnlyFromAmong([.. RequestChannel.All.Select(c => c.Id)]);
        var confirmed = new Option<string?>("--confirmed") { Description = CliText.Get("Request.Confirmed") };
        var correctionRequested = new Option<string?>("--correction-requested") { Description = CliText.Get("Request.CorrectionRequested") };
        var correctBy = new Option<string?>("--correct-by") { Description = CliText.Get("Request.CorrectBy") };
        var correctionReceived = new Option<string?>("--correction-received") { Description = CliText.Get("Request.CorrectionReceived") };
        var consultations = new Option<string[]>("--consultation") { Description = CliText.Get("Request.Consultation"), AllowMultipleArgumentsPerToken = false };
        var extension = new Option<int?>("--extension") { Description = CliText.Get("Request.Extension") };
        var extensionApproved = new Option<string?>("--extension-approved") { Description = CliText.Get("Request.ExtensionApproved") };
        var approver = new Option<string>("--approver") { Description = CliText.Get("Request.Approver"), DefaultValueFactory = _ => DefaultOfficeHead };
        var officeHeads = new Option<string[]>("--office-head") { Description = CliText.Get("Request.OfficeHead"), AllowMultipleArgumentsPerToken = false };
        var answered = new Option<string?>("--answered") { Description = CliText.Get("Request.Answered") };
        var withdrawn = new Option<string?>("--withdrawn") { Description = CliText.Get("Request.Withdrawn") };
        var asOf = new Option<string?>("--as-of") { Description = CliText.Get("Request.AsOf") };
        var ledger = new Option<bool>("--ledger") { Description = CliText.Get("Request.Ledger") };
        var format = CliInput.Format("text", "json", "xlsx", "ics");
        var outFile = FileOutput.Out();
        var remind = FileOutput.Remind();
        var id = new Option<string>("--id") { Description = CliText.Get("Request.Id"), DefaultValueFactory = _ => string.Empty };
        var provisional = CliInput.Provisional();
        var command = new Command("deadline", CliText.Get("Request.Deadline.Description"))
        {
            received, history, channel, confirmed, correctionRequested, correctBy, correctionReceived, consultations, extension, extensionApproved,
            approver, officeHeads, answered, withdrawn, asOf, ledger, format, outFile, remind, id, provisional,
        };
        command.SetAction(parsed => Cli.Guarded(parsed, output =>
        {
            LocalDate? Optional(Option<string?> option, string name) => parsed.GetValue(option) is { } text ? CliInput.Date(text, name) : null;

            var request = parsed.GetValue(history) is { } historyFile ? FromHistory(historyFile, parsed.InvocationConfiguration.Error)
                : parsed.GetValue(received) is null ? throw new CliInputException(CliText.Get("Request.NoReceived"))
                : FromOptions();
            if (request is null)
            {
                return RuleViolation;
            }

            InformationRequest FromOptions()
            {
                var submitted = CliInput.Date(parsed.GetValue(received), "--received");
                RequestChannel.TryParse(parsed.GetValue(channel), out var requestChannel);
                var receipt = RequestReceived.Create(requestChannel!, submitted, Optional(confirmed, "--confirmed") ?? submitted);

                var events = new List<(LocalDate On, int Rank, RequestEvent Event)>();
                if (Optional(correctionRequested, "--correction-requested") is { } requestedOn)
                {
                    var arrival = Optional(correctionReceived, "--correction-received");
                    var last = Optional(correctBy, "--correct-by") ?? arrival
                        ?? throw new CliInputException(CliText.Get("Request.NoCorrectBy"));
                    events.Add((requestedOn, 0, new CorrectionRequested(requestedOn, last)));
                    if (arrival is { } a)
                    {
                        events.Add((a, 1, new CorrectionReceived(a)));
                    }
                }
                else if (parsed.GetValue(correctionReceived) is not null)
                {
                    throw new CliInputException(CliText.Get("Request.CorrectionReceivedAlone"));
                }

                if (parsed.GetValue(extension) is { } days)
                {
                    var approvedOn = Optional(extensionApproved, "--extension-approved")
                        ?? throw new CliInputException(CliText.Get("Request.NoExtensionApproved"));
                    if (days <= 0)
                    {
                        throw new CliInputException(CliText.Format("Request.ExtensionNotPositive", days));
                    }

                    var approverText = parsed.GetValue(approver) ?? DefaultOfficeHead;
                    if (!PersonId.TryParse(approverText, out var approverId))
                    {
                        throw new CliInputException(CliInput.Prefix("--approver") + PersonId.Explain(approverText));
                    }

                    events.Add((approvedOn, 2, new ExtensionApproved(approvedOn, days, approverId)));
                }

                var index = 0;
                foreach (var text in parsed.GetValue(consultations) ?? [])
                {
                    var parts = text.Split(':');
                    if (parts.Length is < 2 or > 3 || (parts.Length == 3 && parts[2] is not ("agency" or "third-party")))
                    {
                        throw new CliInputException(CliText.Format("Request.ConsultationShape", text));
                    }

                    var id = $"C{++index}";
                    var sent = CliInput.Date(parts[0], "--consultation FROM");
                    var party = parts.Length == 3 && parts[2] == "agency" ? ConsultationParty.OtherAgency : ConsultationParty.ThirdParty;
                    events.Add((sent, 3, new ConsultationSent(sent, id, party)));
                    if (parts[1].Length > 0)
                    {
                        var reply = CliInput.Date(parts[1], "--consultation TO");
                        if (reply < sent)
                        {
                            throw new CliInputException(CliText.Format("Request.ReplyBeforeLetter", text, parts[1], parts[0]));
                        }

                        events.Add((reply, 4, new ConsultationAnswered(reply, id)));
                    }
                }

                if (Optional(answered, "--answered") is { } answeredOn)
                {
                    events.Add((answeredOn, 5, new RequestAnswered(answeredOn)));
                }

                if (Optional(withdrawn, "--withdrawn") is { } withdrawnOn)
                {
                    events.Add((withdrawnOn, 6, new RequestWithdrawn(withdrawnOn)));
                }

                var built = InformationRequest.Receive(receipt);
                foreach (var e in events.OrderBy(e => e.On).ThenBy(e => e.Rank))
                {
                    built = built.Record(e.Event);
                }

                return built;
            }

            var day = Optional(asOf, "--as-of")
                ?? SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Date;
            if (day < request.ReceivedOn)
            {
                throw new CliInputException(CliText.Format("Request.AsOfBeforeReceipt", CliText.TableDate(day), CliText.TableDate(request.ReceivedOn)));
            }

            var office = Office(parsed.GetValue(officeHeads) is { Length: > 0 } given ? given : [DefaultOfficeHead]);
            var workingDays = Cli.Calendar(parsed, parsed.GetValue(provisional));
            var calculator = new RequestDeadlineCalculator(workingDays, office);
            var explained = calculator.Explain(request, day);
            var deadline = explained.Deadline;
            var target = parsed.GetValue(outFile);
            if (parsed.GetValue(format) == "xlsx")
            {
                FileOutput.Xlsx(output, target, "Sheet.Ledger", LedgerColumns(), explained.Entries);
            }
            else if (parsed.GetValue(format) == "ics")
            {
                var remindDays = parsed.GetValue(remind);
                if (remindDays < 0)
                {
                    throw new CliInputException(CliText.Format("Remind.Negative", remindDays));
                }

                var name = parsed.GetValue(id) is { Length: > 0 } number ? number : $"{deadline.ReceivedOn:uuuuMMdd}-{request.Channel.Id}";
                FileOutput.Ics(output, target, CliText.Format("Ics.Request.Calendar", name), Events(name, deadline, workingDays, remindDays), SystemClock.Instance);
            }
            else if (parsed.GetValue(format) == "json")
            {
                output.WriteLine(deadline.ToJson(parsed.GetValue(ledger) ? explained : null).ReplaceLineEndings("\n"));
            }
            else if (parsed.GetValue(ledger))
            {
                output.Write(explained.ToText());
            }
            else
            {
                WriteSummary(output, deadline);
            }

            return deadline.Violations.IsEmpty ? 0 : RuleViolation;
        }));
        return command;
    }

    /// <summary>Reads and replays a request history; <see langword="null"/> (after printing the refusal) when the rules refuse an event.</summary>
    /// <summary>The disclosure office headed by the <c>--office-head</c> person ids (at least one), each checked as a <see cref="PersonId"/>.</summary>
    internal static DisclosureOffice Office(IEnumerable<string> heads) => DisclosureOffice.HeadedBy(
        heads.Select(h => PersonId.TryParse(h, out var person) ? person : throw new CliInputException(CliInput.Prefix("--office-head") + PersonId.Explain(h))));

    private static InformationRequest? FromHistory(FileInfo file, TextWriter error)
    {
        HistoryRead<RequestHistory> read;
        try
        {
            read = RequestHistory.ReadFile(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException(CliInput.Prefix("--history") + CliText.Format("Input.CannotRead", file.FullName, e.Message));
        }

        foreach (var warning in read.Warnings)
        {
            error.WriteLine(warning);
        }

        var replay = read.Value.Replay();
        if (replay.Value is null)
        {
            error.WriteLine(CliText.Format("History.RefusedAt", replay.RefusedIndex, replay.Problems[0]));
        }

        return replay.Value;
    }

    /// <summary>The ledger workbook's columns in the current UI culture: one row per day of the ledger.</summary>
    internal static XlsxColumn<LedgerEntry>[] LedgerColumns() =>
    [
        new(CliText.Get("X.Date"), 12, e => XlsxCell.Date(e.Date)),
        new(CliText.Get("X.Weekday"), 10, e => XlsxCell.Text(CliText.Weekday(e.Date.DayOfWeek))),
        new(CliText.Get("X.Kind"), 18, e => XlsxCell.Text(CliText.DayKindName(e.Kind))),
        new(CliText.Get("X.Festival"), 10, e => XlsxCell.Text(e.Festival?.Name)),
        new(CliText.Get("X.Counted"), 6, e => XlsxCell.Boolean(e.Counted)),
        new(CliText.Get("X.RunningCount"), 10, e => XlsxCell.Number(e.RunningCount)),
        new(CliText.Get("X.Reason"), 20, e => XlsxCell.Text(e.Reason.Id)),
        new(CliText.Get("X.Description"), 50, e => XlsxCell.Text(e.GetExplanation())),
        new(CliText.Get("X.Notes"), 30, e => XlsxCell.Text(string.Join("；", e.GetNotes()))),
        new(CliText.Get("X.Provisional"), 6, e => XlsxCell.Boolean(e.IsProvisional)),
    ];

    /// <summary>
    /// The answer's due date and every owed deadline with a date, as all-day events with uids made of the request's
    /// number and the deadline's kind, so a re-import after an extension moves the event instead of adding one.
    /// </summary>
    internal static IEnumerable<Domain.Office.Ics.IcsEvent> Events(string number, RequestDeadline d, Domain.Calendars.WorkingDayCalendar calendar, int remind)
    {
        LocalDate Reminder(LocalDate due) => remind == 0 ? due : LocalDate.Max(d.ReceivedOn, calendar.AddWorkingDays(due, -remind));
        if (d.DueOn is { } due)
        {
            yield return new(
                $"request.{number}.answer@disclosure-domain", due, CliText.Format("Ics.Request.Answer", number),
                CliText.Format(
                    "Ics.Request.AnswerDescription", CliText.Date(d.ReceivedOn), CliText.IsChinese ? d.Request.Channel.Name : d.Request.Channel.Id, d.WorkingDays,
                    d.ExtensionWorkingDays > 0 ? CliText.Format("Ics.Request.Extended", d.ExtensionWorkingDays) : string.Empty),
                Reminder(due));
        }

        foreach (var owed in d.OwedDeadlines)
        {
            var kind = owed.Kind.ToString();
            yield return new(
                $"request.{number}.{kind}{(owed.ConsultationId is { } c ? "." + c : string.Empty)}@disclosure-domain", owed.DueOn,
                CliText.Format("Ics.Request.Owed", number, CliText.Name(nameof(OwedDeadlineKind), owed.Kind), CliText.Get("OwedBy." + owed.OwedBy)), null, Reminder(owed.DueOn));
        }
    }

    /// <summary>One labelled line per fact, in the current UI culture; dates as a sentence writes them (2025年10月31日).</summary>
    private static void WriteSummary(TextWriter output, RequestDeadline d)
    {
        static string Date(LocalDate? date) => date is { } day ? CliText.Date(day) : "-";
        var channel = CliText.IsChinese ? d.Request.Channel.Name : d.Request.Channel.Id;
        output.WriteLine(CliText.Format("Request.Summary.Received", Date(d.ReceivedOn), channel));
        var extended = d.ExtensionWorkingDays > 0 ? CliText.Format("Request.Summary.Extended", d.ExtensionWorkingDays, Date(d.OriginalDueOn)) : string.Empty;
        output.WriteLine(CliText.Format("Request.Summary.Due", Date(d.DueOn), extended));
        output.WriteLine(CliText.Format("Request.Summary.Status", CliText.Name(nameof(RequestStatus), d.Status), Date(d.AsOf)));
        output.WriteLine(CliText.Format("Request.Summary.Used", d.WorkingDaysUsed, d.WorkingDays, d.WorkingDaysRemaining, d.PausedWorkingDays, d.WorkingDaysOverdue));
        foreach (var owed in d.OwedDeadlines)
        {
            output.WriteLine(CliText.Format(
                "Request.Summary.Owed", CliText.Name(nameof(OwedDeadlineKind), owed.Kind), owed.ConsultationId is { } id ? " " + id : string.Empty, CliText.Get("OwedBy." + owed.OwedBy),
                Date(owed.DueOn), CliText.Name(nameof(OwedDeadlineState), owed.State)));
        }

        foreach (var violation in d.Violations)
        {
            output.WriteLine(CliText.Format("Request.Summary.Violation", violation.GetMessage()));
        }

        foreach (var finding in d.Findings)
        {
            output.WriteLine(CliText.Format("Request.Summary.Finding", finding.GetMessage()));
        }

        if (d.IsProvisional)
        {
            output.WriteLine(CliText.Get("Request.Summary.Provisional"));
        }
    }
}
