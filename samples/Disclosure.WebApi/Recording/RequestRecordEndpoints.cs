using System.Text.Json;
using Disclosure.Domain.Histories;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;
using Disclosure.WebApi.Endpoints;
using Disclosure.WebApi.Storage;
using NodaTime;

namespace Disclosure.WebApi.Recording;

/// <summary>
/// Information requests (依申请公开) recorded event by event and stored in the library's request-history format through its
/// <see cref="IHistoryStore"/> (stream <c>request/{id}</c>): receipt, corrections, consultations, extension, answer. The
/// state and the working-day ledger are computed from the replayed history; the export is the library's document.
/// </summary>
internal static class RequestRecordEndpoints
{
    internal static void MapRequestRecords(this IEndpointRouteBuilder app)
    {
        var requests = app.MapGroup("/api/requests").RequireAuthorization().WithTags("Requests");
        requests.MapPost("", Receive)
            .WithName("ReceiveRequest")
            .WithSummary("Register a received information request")
            .WithDescription("id: the register number (2024-017); channel: in-person, registered-post, post, online or fax; submittedOn: the day it was submitted or signed for; confirmedOn: the confirmation day for post, online and fax; unit: the handling unit id.")
            .Produces<RequestDto>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        requests.MapPost("/{id}/events", Record)
            .WithName("RecordRequestEvent")
            .WithSummary("Record what happened to a request")
            .WithDescription("type: correction-requested (on, correctBy), correction-received (on), consultation-sent (on, consultationId, party: ThirdParty or OtherAgency, deliveredOn?), consultation-answered (on, consultationId), "
                + "extension-approved (on, workingDays; the approver is the signed-in user), answered (on, outcome: Disclosed, PartlyDisclosed, NotDisclosed, CannotBeProvided, NotProcessed, OtherHandling). "
                + "expectedVersion, when given, must be the request's current version (409 otherwise).")
            .Produces<RequestDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        requests.MapGet("/{id}", Get)
            .WithName("GetRecordedRequest")
            .WithSummary("A recorded request on a day: status, due date, findings and the working-day ledger")
            .WithDescription("asOf: the day (yyyy-MM-dd), today in the bureau's time zone by default.")
            .Produces<RequestDto>().ProducesProblem(StatusCodes.Status404NotFound);
        requests.MapGet("/{id}/history", History)
            .WithName("GetRequestHistory")
            .WithSummary("The stored history in the library's request-history format (events, recorded violations, SHA-256 chain, head)")
            .Produces<JsonElement>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>The body of <c>POST /api/requests</c>.</summary>
    internal sealed record ReceiveRequest(string? Id, string? Channel, string? SubmittedOn, string? ConfirmedOn, string? Unit);

    /// <summary>The body of <c>POST /api/requests/{id}/events</c>.</summary>
    internal sealed record EventRequest(string? Type, string? On, string? CorrectBy, string? ConsultationId, string? Party, string? DeliveredOn, int? WorkingDays, string? Outcome, int? ExpectedVersion);

    /// <summary>A request's state on a day, with its ledger (the library's JSON).</summary>
    internal sealed record RequestDto(string Id, int Version, string AsOf, string Status, string? DueOn, int WorkingDaysRemaining, int WorkingDaysOverdue, IReadOnlyList<string> Findings, JsonElement Ledger);

    private static string Stream(string id) => $"request/{id}";

    internal static async Task<IResult> Receive(ReceiveRequest body, HttpContext context, People.People people, DisclosureSetup setup, EventStore store, IClock clock)
    {
        if (await people.CurrentAsync(context) is not { } user)
        {
            return PublicationEndpoints.NotSignedIn();
        }

        if (string.IsNullOrWhiteSpace(body.Id) || body.Id.Length > 64 || body.Id.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            return ApiInput.Invalid("id", $"'{body.Id}' is not a register number; use ASCII letters, digits, '-', '_' or '.', for example 2024-017.");
        }

        if (!RequestChannel.TryParse(body.Channel, out var channel))
        {
            return ApiInput.Invalid("channel", $"'{body.Channel}' is not a channel; use {string.Join(", ", RequestChannel.All.Select(c => c.Id))}.");
        }

        if (!ApiInput.TryDate(body.SubmittedOn, "submittedOn", out var submitted, out var problem))
        {
            return problem!;
        }

        LocalDate? confirmed = null;
        if (body.ConfirmedOn is not null)
        {
            if (!ApiInput.TryDate(body.ConfirmedOn, "confirmedOn", out var c, out problem))
            {
                return problem!;
            }

            confirmed = c;
        }

        UnitId? unit = null;
        if (body.Unit is not null)
        {
            if (!UnitId.TryParse(body.Unit, out var u) || setup.OrgChart.Find(u) is null)
            {
                return ApiInput.Invalid("unit", $"'{body.Unit}' is not a unit of {setup.Catalog.BureauName}.");
            }

            unit = u;
        }

        InformationRequest request;
        try
        {
            request = InformationRequest.Receive(RequestReceived.Create(channel, submitted, confirmed), unit);
        }
        catch (ArgumentException e)
        {
            return ApiInput.Invalid("confirmedOn", e.Message);
        }

        var history = RequestHistory.Of(body.Id, request);
        store.RecordedBy = user.UserName!;
        var appended = await ((IHistoryStore)store).AppendAsync(Stream(body.Id), 0, history.Entries, context.RequestAborted);
        return appended.IsAppended
            ? TypedResults.Created($"/api/requests/{body.Id}", Dto(setup, clock, history, request, null))
            : TypedResults.Problem(UiLanguage.Format("申请“{0}”已登记；其办理事项请用 POST /api/requests/{0}/events 记录。", "Request '{0}' is registered already; record its events with POST /api/requests/{0}/events.", body.Id), statusCode: StatusCodes.Status409Conflict);
    }

    internal static async Task<IResult> Record(string id, EventRequest body, HttpContext context, People.People people, DisclosureSetup setup, EventStore store, IClock clock)
    {
        if (await people.CurrentAsync(context) is not { } user)
        {
            return PublicationEndpoints.NotSignedIn();
        }

        var (history, request) = await ReadAsync(store, id, context.RequestAborted);
        if (history is null)
        {
            return NotFound(id);
        }

        if (body.ExpectedVersion is { } expected && expected != history.Entries.Length)
        {
            return Conflict(id, expected, history.Entries.Length);
        }

        if (!ApiInput.TryDate(body.On, "on", out var on, out var problem))
        {
            return problem!;
        }

        RequestEvent e;
        switch (body.Type)
        {
            case "correction-requested":
                if (!ApiInput.TryDate(body.CorrectBy, "correctBy", out var by, out problem))
                {
                    return problem!;
                }

                e = new CorrectionRequested(on, by);
                break;
            case "correction-received":
                e = new CorrectionReceived(on);
                break;
            case "consultation-sent":
                if (string.IsNullOrWhiteSpace(body.ConsultationId) || !Enum.TryParse<ConsultationParty>(body.Party, out var party) || !Enum.IsDefined(party))
                {
                    return ApiInput.Invalid(string.IsNullOrWhiteSpace(body.ConsultationId) ? "consultationId" : "party", "give consultationId and party (ThirdParty or OtherAgency).");
                }

                LocalDate? delivered = null;
                if (body.DeliveredOn is not null)
                {
                    if (!ApiInput.TryDate(body.DeliveredOn, "deliveredOn", out var d, out problem))
                    {
                        return problem!;
                    }

                    delivered = d;
                }

                e = new ConsultationSent(on, body.ConsultationId, party, delivered);
                break;
            case "consultation-answered":
                if (string.IsNullOrWhiteSpace(body.ConsultationId))
                {
                    return ApiInput.Invalid("consultationId", "name the consultation answered.");
                }

                e = new ConsultationAnswered(on, body.ConsultationId);
                break;
            case "extension-approved":
                if (body.WorkingDays is not { } days)
                {
                    return ApiInput.Invalid("workingDays", "give the working days of the extension (at most 20, 条例 第三十三条).");
                }

                // The approver is the signed-in person: the library checks that they head the disclosure office.
                e = new ExtensionApproved(on, days, Domain.Responsibilities.PersonId.Parse(user.UserName!));
                break;
            case "answered":
                var outcome = AnswerOutcome.Disclosed;
                if (body.Outcome is not null && (!Enum.TryParse(body.Outcome, out outcome) || !Enum.IsDefined(outcome)))
                {
                    return ApiInput.Invalid("outcome", $"'{body.Outcome}' is not an outcome; use {string.Join(", ", Enum.GetNames<AnswerOutcome>())}.");
                }

                e = new RequestAnswered(on, outcome);
                break;
            default:
                return ApiInput.Invalid("type", $"'{body.Type}' is not an event type; use correction-requested, correction-received, consultation-sent, consultation-answered, extension-approved or answered.");
        }

        var next = request!.Record(e);
        var updated = RequestHistory.Of(id, next);
        store.RecordedBy = user.UserName!;
        var version = history.Entries.Length;
        var appended = await ((IHistoryStore)store).AppendAsync(Stream(id), version, updated.Entries[version..], context.RequestAborted);
        return appended.IsAppended ? TypedResults.Ok(Dto(setup, clock, updated, next, null)) : Conflict(id, version, appended.Version);
    }

    internal static async Task<IResult> Get(string id, HttpContext context, People.People people, DisclosureSetup setup, EventStore store, IClock clock, string? asOf = null)
    {
        if (await people.CurrentAsync(context) is null)
        {
            return PublicationEndpoints.NotSignedIn();
        }

        LocalDate? day = null;
        if (asOf is not null)
        {
            if (!ApiInput.TryDate(asOf, "asOf", out var d, out var problem))
            {
                return problem!;
            }

            day = d;
        }

        var (history, request) = await ReadAsync(store, id, context.RequestAborted);
        try
        {
            return history is null ? NotFound(id) : TypedResults.Ok(Dto(setup, clock, history, request!, day));
        }
        catch (Domain.Calendars.CalendarCoverageException e)
        {
            return ApiInput.Uncovered("asOf", e);
        }
    }

    internal static async Task<IResult> History(string id, HttpContext context, People.People people, EventStore store)
    {
        if (await people.CurrentAsync(context) is null)
        {
            return PublicationEndpoints.NotSignedIn();
        }

        var (history, _) = await ReadAsync(store, id, context.RequestAborted);
        return history is null ? NotFound(id) : TypedResults.Bytes(history.ToUtf8Json(), "application/json");
    }

    /// <summary>Reads and replays a request; the chain is verified and every event re-checked by the library.</summary>
    /// <exception cref="InvalidDataException">The stored history is refused (an edited row, a changed rule).</exception>
    private static async Task<(RequestHistory? History, InformationRequest? Request)> ReadAsync(EventStore store, string id, CancellationToken cancellationToken)
    {
        var entries = await ((IHistoryStore)store).ReadAsync(Stream(id), cancellationToken);
        if (entries.IsEmpty)
        {
            return (null, null);
        }

        var history = RequestHistory.FromEntries(id, entries);
        var replay = history.Replay();
        return replay.IsAccepted ? (history, replay.Value) : throw new InvalidDataException($"The stored history of request '{id}' is refused: {replay}.");
    }

    private static RequestDto Dto(DisclosureSetup setup, IClock clock, RequestHistory history, InformationRequest request, LocalDate? asOf)
    {
        var day = asOf ?? clock.GetCurrentInstant().InZone(setup.Catalog.TimeZone).Date;
        var calculator = new RequestDeadlineCalculator(setup.Calendar, setup.Office);
        var ledger = calculator.Explain(request, day);
        var deadline = ledger.Deadline;
        return new RequestDto(
            history.Id,
            history.Entries.Length,
            CalendarEndpoints.Iso(day),
            deadline.Status.ToString(),
            deadline.DueOn is { } due ? CalendarEndpoints.Iso(due) : null,
            deadline.WorkingDaysRemaining,
            deadline.WorkingDaysOverdue,
            [.. calculator.Findings(request).Select(v => v.ToString())],
            JsonDocument.Parse(ledger.ToJson()).RootElement.Clone());
    }

    private static IResult NotFound(string id) =>
        TypedResults.Problem(UiLanguage.Format("没有登记申请“{0}”；请先用 POST /api/requests 登记。", "No request '{0}' is registered; register it with POST /api/requests.", id), statusCode: StatusCodes.Status404NotFound);

    private static IResult Conflict(string id, int expected, int current) =>
        TypedResults.Problem(
            UiLanguage.Format(
                "申请“{0}”在记录本事件期间已被更新：记录依据的是第 {1} 版，现在是第 {2} 版。请刷新后确认仍需记录再重新提交。",
                "Request '{0}' changed while this event was recorded: it was at version {1}, it is now at {2}. Reload it and record again if it still applies.",
                id, expected, current),
            statusCode: StatusCodes.Status409Conflict,
            title: UiLanguage.Pick("申请已被他人更新", "The request changed"));
}
