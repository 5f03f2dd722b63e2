using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Disclosure.Domain.Reports;
using Disclosure.WebApi.Storage;

namespace Disclosure.WebApi.Recording;

/// <summary>
/// The registers the annual report counts besides the requests: the proactive-disclosure register (二: 规章 and 规范性文件,
/// decision counts, fees) and the appeals register (四: 行政复议, 行政诉讼), each kept in the library's format
/// (<see cref="AnnualReportInputs.ProactiveRegisterFormat"/>, <see cref="AnnualReportInputs.AppealRegisterFormat"/>) as a chained
/// stream of versions (<c>register/proactive</c>, <c>register/appeals</c>): each event <c>{"document": {…}, "previous"?}</c> is the
/// whole register as uploaded, in compact JSON; the last one counts, the earlier ones stay as the trail.
/// </summary>
internal sealed class ReportRegisters(EventStore store)
{
    /// <summary>One of the two registers.</summary>
    internal sealed record Kind(string Id, string Stream, string Format);

    internal static readonly Kind Proactive = new("proactive", "register/proactive", AnnualReportInputs.ProactiveRegisterFormat);

    internal static readonly Kind Appeals = new("appeals", "register/appeals", AnnualReportInputs.AppealRegisterFormat);

    internal static readonly IReadOnlyList<Kind> All = [Proactive, Appeals];

    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The last stored version of a register (its compact JSON) and the stream version; null JSON when none was stored.</summary>
    internal async Task<(string? Json, int Version)> LatestAsync(Kind kind, CancellationToken cancellationToken = default)
    {
        var version = await store.VersionAsync(kind.Stream, cancellationToken);
        if (version == 0)
        {
            return (null, 0);
        }

        var rows = await store.ReadAsync(kind.Stream, cancellationToken);
        using var e = JsonDocument.Parse(rows[^1].Json);
        return (e.RootElement.GetProperty("document").GetRawText(), rows.Count);
    }

    /// <summary>Checks a register with the library's reader; the problems when it does not follow its format.</summary>
    internal static IReadOnlyList<Domain.Diagnostics.Problem> Check(Kind kind, string json)
    {
        try
        {
            if (kind == Proactive)
            {
                AnnualReportInputs.ParseProactive(json);
            }
            else
            {
                AnnualReportInputs.ParseAppeals(json);
            }

            return [];
        }
        catch (AnnualReportException e)
        {
            return e.Problems;
        }
    }

    /// <summary>Stores a new version of a register that <see cref="Check"/> accepted. Versions replace one another, so a lost race is retried.</summary>
    /// <returns>The stream version after the append.</returns>
    internal async Task<int> ReplaceAsync(Kind kind, string json, string recordedBy, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            var version = await store.VersionAsync(kind.Stream, cancellationToken);
            var entry = Entry(version, json, await store.HashAtAsync(kind.Stream, version, cancellationToken));
            var (appended, now) = await store.AppendAsync(kind.Stream, version, [entry], recordedBy, cancellationToken);
            if (appended)
            {
                return now;
            }

            if (attempt == 50)
            {
                throw new InvalidOperationException($"The register {kind.Stream} kept changing during 50 attempts to append; last version {now}.");
            }

            await Task.Delay(Random.Shared.Next(1, 5 + attempt), cancellationToken);
        }
    }

    /// <summary>The parsed registers to compute a report with: null for a register never stored (its table stays blank).</summary>
    /// <exception cref="AnnualReportException">A stored register no longer reads (the library's format changed).</exception>
    internal async Task<(ProactiveRegister? Proactive, IReadOnlyList<AppealCase>? Appeals, int ProactiveVersion, int AppealsVersion)> ReadAsync(CancellationToken cancellationToken = default)
    {
        var (proactive, pv) = await LatestAsync(Proactive, cancellationToken);
        var (appeals, av) = await LatestAsync(Appeals, cancellationToken);
        return (proactive is null ? null : AnnualReportInputs.ParseProactive(proactive), appeals is null ? null : AnnualReportInputs.ParseAppeals(appeals), pv, av);
    }

    private static NewEntry Entry(int index, string document, string? previous)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        using (var parsed = JsonDocument.Parse(document, Lenient))
        {
            json.WriteStartObject();
            json.WritePropertyName("document");
            parsed.WriteTo(json);
            if (previous is not null)
            {
                json.WriteString("previous", previous);
            }

            json.WriteEndObject();
        }

        return new NewEntry(index, Encoding.UTF8.GetString(buffer.WrittenSpan), Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan)));
    }
}

/// <summary><c>PUT /api/registers/{kind}</c> stores a new version of the proactive or appeals register; <c>GET</c> returns the last one.</summary>
internal static class ReportRegisterEndpoints
{
    internal static void MapReportRegisters(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/registers").RequireAuthorization().WithTags("Annual report");
        api.MapPut("/{kind}", Replace)
            .WithName("ReplaceReportRegister")
            .WithSummary("Store a new version of the proactive-disclosure or appeals register the annual report counts")
            .WithDescription("kind: proactive (body: a disclosure-proactive-register/1 document — 规章 and 规范性文件 with issue and repeal dates, decision counts, fees) or appeals "
                + "(body: a disclosure-appeal-register/1 document — 行政复议 and 行政诉讼 cases naming the request they challenge). The last version counts; a document that does not follow its format is refused with its problems.")
            .Accepts<JsonElement>("application/json")
            .Produces<PublicationEndpoints.RecordedDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{kind}", Get)
            .WithName("GetReportRegister")
            .WithSummary("The last stored version of a register (kind: proactive or appeals)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal static ReportRegisters.Kind? Find(string kind) => ReportRegisters.All.FirstOrDefault(k => k.Id == kind);

    internal static async Task<IResult> Replace(string kind, HttpContext context, People.People people, ReportRegisters registers)
    {
        if (await people.CurrentAsync(context) is not { } user)
        {
            return PublicationEndpoints.NotSignedIn();
        }

        if (Find(kind) is not { } register)
        {
            return NoSuchRegister(kind);
        }

        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var json = await reader.ReadToEndAsync(context.RequestAborted);
        if (ReportRegisters.Check(register, json) is { Count: > 0 } problems)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["body"] = [.. problems.Select(p => p.ToString())] },
                detail: $"The {register.Format} document does not follow its format; see errors.",
                title: "Invalid register");
        }

        var version = await registers.ReplaceAsync(register, json, user.UserName!, context.RequestAborted);
        return TypedResults.Ok(new PublicationEndpoints.RecordedDto(register.Stream, version, user.UserName!));
    }

    internal static async Task<IResult> Get(string kind, HttpContext context, People.People people, ReportRegisters registers)
    {
        if (await people.CurrentAsync(context) is null)
        {
            return PublicationEndpoints.NotSignedIn();
        }

        if (Find(kind) is not { } register)
        {
            return NoSuchRegister(kind);
        }

        var (json, _) = await registers.LatestAsync(register, context.RequestAborted);
        return json is null
            ? TypedResults.Problem(UiLanguage.Format("尚未保存 {0} 登记簿；请用 PUT /api/registers/{0} 保存。", "No {0} register is stored yet; store one with PUT /api/registers/{0}.", register.Id), statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Text(json, "application/json", Encoding.UTF8);
    }

    private static IResult NoSuchRegister(string kind) =>
        TypedResults.Problem(UiLanguage.Format("“{0}”不是年度报告的登记簿；请用 proactive（主动公开）或 appeals（行政复议和行政诉讼）。", "'{0}' is not a register of the annual report; use proactive or appeals.", kind), statusCode: StatusCodes.Status404NotFound);
}
