using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Text;
using System.Text.Json;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;
using NodaTime.Text;

namespace Disclosure.Domain.Reports;

/// <summary>
/// Reads the registers the annual report is computed from: the request register (<c>disclosure-request-register/1</c>), the
/// proactive-disclosure register (<c>disclosure-proactive-register/1</c>) and the appeals register (<c>disclosure-appeal-register/1</c>).
/// The formats are documented in the README and by their JSON Schemas (<see cref="GetJsonSchema"/>).
/// </summary>
/// <remarks>Every problem of a file is collected before throwing (<see cref="AnnualReportException"/>). Stateless and thread-safe.</remarks>
public static class AnnualReportInputs
{
    /// <summary>The format id of the request register.</summary>
    public const string RequestRegisterFormat = "disclosure-request-register/1";

    /// <summary>The format id of the proactive-disclosure register.</summary>
    public const string ProactiveRegisterFormat = "disclosure-proactive-register/1";

    /// <summary>The format id of the appeals register.</summary>
    public const string AppealRegisterFormat = "disclosure-appeal-register/1";

    /// <summary>Gets the JSON Schema (draft 2020-12, descriptions in English and Chinese) of one of the formats.</summary>
    /// <param name="format">One of <see cref="RequestRegisterFormat"/>, <see cref="ProactiveRegisterFormat"/>, <see cref="AppealRegisterFormat"/> or <c>disclosure-annual-report/1</c> (a filled report).</param>
    /// <returns>The schema text.</returns>
    /// <exception cref="ArgumentException"><paramref name="format"/> is not one of those.</exception>
    [Pure]
    public static string GetJsonSchema(string format)
    {
        var name = format switch
        {
            RequestRegisterFormat => "request-register",
            ProactiveRegisterFormat => "proactive-register",
            AppealRegisterFormat => "appeal-register",
            AnnualReportJson.Format => "annual-report",
            _ => throw new ArgumentException($"'{format}' is not a format of the annual report.", nameof(format)),
        };
        using var stream = typeof(AnnualReportInputs).Assembly.GetManifestResourceStream($"Disclosure.Domain.Reports.Schema.{name}.schema.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Reads a request register: each request's id, applicant category, channel, receipt dates and events.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The registered requests, in file order; their histories' rule violations are kept on each request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="AnnualReportException">The text does not follow the format; every problem is listed.</exception>
    [Pure]
    public static ImmutableArray<RegisteredRequest> ParseRequests(string json) => Read(json, RequestRegisterFormat, "requests", (r, item) =>
    {
        var id = r.Text(item, "id");
        var applicant = r.OptionalText(item, "applicant") is { } a ? r.Enum<ApplicantCategory>(item, "applicant", a) : (ApplicantCategory?)null;
        var channelText = r.OptionalText(item, "channel") ?? RequestChannel.InPerson.Id;
        if (!RequestChannel.TryParse(channelText, out var channel))
        {
            r.Fail("channel", ReportTexts.Text("Input.Channel", channelText, string.Join(", ", RequestChannel.All.Select(c => c.Id))));
            channel = RequestChannel.InPerson;
        }

        var submitted = r.Date(item, "submitted");
        var confirmed = r.OptionalDate(item, "confirmed") ?? submitted;
        var unit = r.OptionalText(item, "unit") is { } u && UnitId.TryParse(u, out var unitId) ? unitId : (UnitId?)null;
        var receipt = RequestReceived.Create(channel, submitted, confirmed);
        if (applicant is { } category)
        {
            receipt = receipt.WithApplicant(category);
        }

        var request = InformationRequest.Receive(receipt, unit);
        if (item.TryGetProperty("events", out var events) && events.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var e in events.EnumerateArray())
            {
                r.Push($"events[{index++}]");
                if (Event(r, e) is { } recorded)
                {
                    request = request.Record(recorded);
                }

                r.Pop();
            }
        }

        return new RegisteredRequest(id, request);
    });

    /// <summary>Reads a proactive-disclosure register: documents (规章, 行政规范性文件) with issue and repeal dates, decision counts and fee totals.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="AnnualReportException">The text does not follow the format; every problem is listed.</exception>
    [Pure]
    public static ProactiveRegister ParseProactive(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var documents = Read(json, ProactiveRegisterFormat, "documents", (r, item) => new NormativeDocument(
            r.Text(item, "id"), r.Enum<DocumentKind>(item, "kind", r.Text(item, "kind")), r.Text(item, "title"), r.Date(item, "issued"), r.OptionalDate(item, "repealed")), optional: true);
        var decisions = Read(json, ProactiveRegisterFormat, "decisions", (r, item) => new DecisionCount(
            r.Enum<DecisionKind>(item, "kind", r.Text(item, "kind")), r.Int(item, "year"), r.Int(item, "count")), optional: true);
        var fees = Read(json, ProactiveRegisterFormat, "fees", (r, item) => new FeeTotal(r.Int(item, "year"), r.Decimal(item, "amountWanYuan")), optional: true);
        return new ProactiveRegister(documents, decisions, fees);
    }

    /// <summary>Reads an appeals register: 行政复议 and 行政诉讼 cases, each naming the request it challenges.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The cases, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="AnnualReportException">The text does not follow the format; every problem is listed.</exception>
    [Pure]
    public static ImmutableArray<AppealCase> ParseAppeals(string json) => Read(json, AppealRegisterFormat, "appeals", (r, item) => new AppealCase(
        r.Text(item, "id"), r.Text(item, "request"), r.Enum<AppealKind>(item, "kind", r.Text(item, "kind")), r.Date(item, "filed"),
        r.OptionalText(item, "result") is { } result ? r.Enum<AppealResult>(item, "result", result) : null, r.OptionalDate(item, "decided")));

    /// <summary>The kebab-case id of an enum value, for example <c>commercial-enterprise</c>: the form the registers use.</summary>
    internal static string Id<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var id = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && id.Length > 0)
            {
                id.Append('-');
            }

            id.Append(char.ToLowerInvariant(c));
        }

        return id.ToString();
    }

    private static RequestEvent? Event(Reader r, JsonElement e)
    {
        var type = r.Text(e, "type");
        var on = r.Date(e, "on");
        AnswerOutcome Outcome() => r.OptionalText(e, "outcome") is { } o ? r.Enum<AnswerOutcome>(e, "outcome", o) : AnswerOutcome.Disclosed;
        AnswerGround? Ground() => r.OptionalText(e, "ground") is { } g ? r.Enum<AnswerGround>(e, "ground", g) : null;
        try
        {
            switch (type)
            {
                case "answered": return new RequestAnswered(on, Outcome()) { Ground = Ground() };
                case "answered-on-the-spot": return new AnsweredOnTheSpot(on, Outcome()) { Ground = Ground() };
                case "withdrawn": return new RequestWithdrawn(on);
                case "correction-requested": return new CorrectionRequested(on, r.Date(e, "correctBy"));
                case "correction-received": return new CorrectionReceived(on);
                case "consultation-sent":
                    var party = r.OptionalText(e, "party") ?? "third-party";
                    if (party is not ("third-party" or "other-agency"))
                    {
                        r.Fail("party", ReportTexts.Text("Input.Party", party));
                    }

                    return new ConsultationSent(on, r.Text(e, "consultation"), party == "other-agency" ? ConsultationParty.OtherAgency : ConsultationParty.ThirdParty, r.OptionalDate(e, "delivered"));
                case "consultation-answered": return new ConsultationAnswered(on, r.Text(e, "consultation"));
                case "extension-approved":
                    var approver = r.Text(e, "approver");
                    if (PersonId.Explain(approver) is { } problem)
                    {
                        r.Fail("approver", ReportTexts.Text("Verbatim", problem));
                        return null;
                    }

                    return new ExtensionApproved(on, r.Int(e, "workingDays"), PersonId.Parse(approver));
                default:
                    r.Fail("type", ReportTexts.Text("Input.EventType", type));
                    return null;
            }
        }
        catch (ArgumentException ex)
        {
            r.Fail("", ReportTexts.Text("Verbatim", ex.Message));
            return null;
        }
    }

    private static ImmutableArray<T> Read<T>(string json, string format, string list, Func<Reader, JsonElement, T> item, bool optional = false)
    {
        ArgumentNullException.ThrowIfNull(json);
        var reader = new Reader();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new AnnualReportException(ReportTexts.Text("Input.Invalid", format), [Problem.Error(AnnualReportProblemCodes.InvalidInput, new ProblemLocation("$"), ReportTexts.Text("Input.NotJson", e.Message))]);
        }

        var items = ImmutableArray.CreateBuilder<T>();
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var f) || f.ValueKind != JsonValueKind.String || f.GetString() != format)
            {
                reader.Fail("format", ReportTexts.Text("Input.Format", format));
            }
            else if (!root.TryGetProperty(list, out var array) || array.ValueKind != JsonValueKind.Array)
            {
                if (!optional || root.TryGetProperty(list, out _))
                {
                    reader.Fail(list, ReportTexts.Text("Input.List", list));
                }
            }
            else
            {
                var index = 0;
                foreach (var element in array.EnumerateArray())
                {
                    reader.Push($"{list}[{index++}]");
                    if (element.ValueKind != JsonValueKind.Object)
                    {
                        reader.Fail("", ReportTexts.Text("Input.Object"));
                    }
                    else
                    {
                        items.Add(item(reader, element));
                    }

                    reader.Pop();
                }
            }
        }

        return reader.Problems.Count > 0 ? throw new AnnualReportException(ReportTexts.Text("Input.Invalid", format), reader.Problems) : items.ToImmutable();
    }

    /// <summary>Reads typed values off JSON elements, collecting a problem (with its JSON path) for each bad one.</summary>
    private sealed class Reader
    {
        private readonly Stack<string> _path = new();

        internal List<Problem> Problems { get; } = [];

        internal void Push(string segment) => _path.Push(segment);

        internal void Pop() => _path.Pop();

        internal void Fail(string field, LocalizedText message)
        {
            var path = string.Join('.', _path.Reverse().Append(field).Where(s => s.Length > 0));
            Problems.Add(Problem.Error(AnnualReportProblemCodes.InvalidInput, new ProblemLocation("$", -1, null, field.Length == 0 ? null : field) { Path = "$." + path }, ReportTexts.Text("Input.At", path, message)));
        }

        internal string? OptionalText(JsonElement e, string name) =>
            e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString() : null;

        internal string Text(JsonElement e, string name)
        {
            if (OptionalText(e, name) is { } text)
            {
                return text;
            }

            Fail(name, ReportTexts.Text("Input.Text"));
            return string.Empty;
        }

        internal LocalDate? OptionalDate(JsonElement e, string name)
        {
            if (OptionalText(e, name) is not { } text)
            {
                return null;
            }

            var parsed = LocalDatePattern.Iso.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value;
            }

            Fail(name, ReportTexts.Text("Input.Date", text));
            return null;
        }

        internal LocalDate Date(JsonElement e, string name)
        {
            if (OptionalDate(e, name) is { } date)
            {
                return date;
            }

            if (OptionalText(e, name) is null)
            {
                Fail(name, ReportTexts.Text("Input.DateRequired"));
            }

            return new LocalDate(2000, 1, 1);
        }

        internal int Int(JsonElement e, string name)
        {
            if (e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var value))
            {
                return value;
            }

            Fail(name, ReportTexts.Text("Input.Int"));
            return 0;
        }

        internal decimal Decimal(JsonElement e, string name)
        {
            if (e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var value))
            {
                return value;
            }

            Fail(name, ReportTexts.Text("Input.Decimal"));
            return 0;
        }

        internal T Enum<T>(JsonElement e, string name, string text)
            where T : struct, Enum
        {
            foreach (var value in System.Enum.GetValues<T>())
            {
                if (string.Equals(Id(value), text, StringComparison.Ordinal))
                {
                    return value;
                }
            }

            Fail(name, ReportTexts.Text("Input.Enum", text, string.Join(", ", System.Enum.GetValues<T>().Select(Id))));
            return default;
        }
    }
}
