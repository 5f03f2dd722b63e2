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
        var requests = app.MapGroup("/api/requests").RequireAuthorization().WithTags("Requests").WithIdempotency();
        requests.MapPost("", Receive)
            .WithName("ReceiveRequest")
            .WithSummary("Register a received information request")
            .WithDescription("id: the register number (2024-017); channel: in-person, registered-post, post, online or fax; submittedOn: the day it was submitted or signed for; confirmedOn: the confirmation day for post, online and fax; unit: the handling unit id; "
                + "applicant: the annual report's applicant column (NaturalPerson, CommercialEnterprise, ResearchInstitution, PublicInterestOrganization, LegalServiceProvider, OtherOrganization).")
            .Produces<RequestDto>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        requests.MapPost("/{id}/events", Record)
            .WithName("RecordRequestEvent")
            .WithSummary("Record what happened to a request")
            .WithDescription("type: correction-requested (on, correctBy), correction-received (on), consultation-sent (on, consultationId, party: ThirdParty or OtherAgency, deliveredOn?), consultation-answered (on, consultationId), "
                + "extension-approved (on, workingDays; the approver is the signed-in user), answered (on, outcome: Disclosed, PartlyDisclosed, NotDisclosed, CannotBeProvided, NotProcessed, OtherHandling; "
                + "ground: the annual report's sub-row of the last four, for example StateSecret, NotHeld, RepeatedRequest, FeeNotPaid), answered-on-the-spot (on, outcome, ground: 当场答复 on the day of receipt, before anything else), withdrawn (on). "
                + "expectedVersion, when given, must be the request's current version (409 otherwise). An event that breaks a rule of the regulation is refused with 422 and its codes; nothing is stored.")
            .Produces<RequestDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        requests.MapGet("", List)
            .WithName("ListRecordedRequests")
            .WithSummary("Every recorded request on a day: receipt, applicant, status and due date")
            .WithDescription("asOf: the day (yyyy-MM-dd), today in the bureau's time zone by default.")
            .Produces<List<RequestRowDto>>();
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
    internal sealed record ReceiveRequest(string? Id, string? Channel, string? SubmittedOn, string? ConfirmedOn, string? Unit, string? Applicant = null);

    /// <summary>The body of <c>POST /api/requests/{id}/events</c>.</summary>
    internal sealed record EventRequest(string? Type, string? On, string? CorrectBy, string? ConsultationId, string? Party, string? DeliveredOn, int? WorkingDays, string? Outcome, int? ExpectedVersion, string? Ground = null);

    /// <summary>A request's state on a day, with its ledger (the library's JSON).</summary>
    internal sealed record RequestDto(string Id, int Version, string AsOf, string Status, string? DueOn, int WorkingDaysRemaining, int WorkingDaysOverdue, IReadOnlyList<string> Findings, JsonElement Ledger);

    /// <summary>One request of <c>GET /api/requests</c>.</summary>
    internal sealed record RequestRowDto(string Id, int Version, string ReceivedOn, string? Unit, string? Applicant, string Status, string? DueOn, int WorkingDaysOverdue);

    /// <summary>A field of a command that cannot be read: its name (as in the API body) and what is wrong, in English.</summary>
    internal sealed record InputError(string Field, string Message);

    /// <summary>A stored request: its history, the replayed request and the stream version.</summary>
    internal sealed record Stored(string Id, RequestHistory History, InformationRequest Request)
    {
        internal int Version => History.Entries.Length;
    }

    /// <summary>What recording an event came to: the stored request, or the violations that refused it, or a lost race.</summary>
    internal sealed record Recorded(Stored? Request, IReadOnlyList<RequestViolation> Refused, int? ConflictVersion);

    internal static string Stream(string id) => $"request/{id}";

    /// <summary>Reads the fields of a receipt (API body or page form) into a new request.</summary>
    internal static (InformationRequest? Request, InputError? Error) ParseReceipt(ReceiveRequest body, DisclosureSetup setup)
    {
        if (string.IsNullOrWhiteSpace(body.Id) || body.Id.Length > 64 || body.Id.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            return (null, new("id", $"'{body.Id}' is not a register number; use ASCII letters, digits, '-', '_' or '.', for example 2024-017."));
        }

        if (!RequestChannel.TryParse(body.Channel, out var channel))
        {
            return (null, new("channel", $"'{body.Channel}' is not a channel; use {string.Join(", ", RequestChannel.All.Select(c => c.Id))}."));
        }

        if (Date(body.SubmittedOn) is not { } submitted)
        {
            return (null, DateError(body.SubmittedOn, "submittedOn"));
        }

        LocalDate? confirmed = null;
        if (!string.IsNullOrWhiteSpace(body.ConfirmedOn))
        {
            confirmed = Date(body.ConfirmedOn);
            if (confirmed is null)
            {
                return (null, DateError(body.ConfirmedOn, "confirmedOn"));
            }
        }

        UnitId? unit = null;
        if (!string.IsNullOrWhiteSpace(body.Unit))
        {
            if (!UnitId.TryParse(body.Unit, out var u) || setup.OrgChart.Find(u) is null)
            {
                return (null, new("unit", $"'{body.Unit}' is not a unit of {setup.Catalog.BureauName}."));
            }

            unit = u;
        }

        ApplicantCategory? applicant = null;
        if (!string.IsNullOrWhiteSpace(body.Applicant))
        {
            if (!Enum.TryParse<ApplicantCategory>(body.Applicant, out var a) || !Enum.IsDefined(a) || int.TryParse(body.Applicant, out _))
            {
                return (null, new("applicant", $"'{body.Applicant}' is not an applicant category; use {string.Join(", ", Enum.GetNames<ApplicantCategory>())} (the annual report counts each request in its applicant's column)."));
            }

            applicant = a;
        }

        try
        {
            var receipt = RequestReceived.Create(channel, submitted, confirmed);
            return (InformationRequest.Receive(applicant is { } category ? receipt.WithApplicant(category) : receipt, unit), null);
        }
        catch (ArgumentException e)
        {
            return (null, new("confirmedOn", e.Message));
        }
    }

    /// <summary>Reads the fields of an event (API body or page form); the approver of an extension is <paramref name="signedIn"/>.</summary>
    internal static (RequestEvent? Event, InputError? Error) ParseEvent(EventRequest body, PersonId signedIn)
    {
        if (Date(body.On) is not { } on)
        {
            return (null, DateError(body.On, "on"));
        }

        switch (body.Type)
        {
            case "correction-requested":
                return Date(body.CorrectBy) is { } by ? (new CorrectionRequested(on, by), null) : (null, DateError(body.CorrectBy, "correctBy"));
            case "correction-received":
                return (new CorrectionReceived(on), null);
            case "consultation-sent":
                if (string.IsNullOrWhiteSpace(body.ConsultationId))
                {
                    return (null, new("consultationId", "name the consultation letter, for example zx-1."));
                }

                if (!Enum.TryParse<ConsultationParty>(body.Party, out var party) || !Enum.IsDefined(party) || int.TryParse(body.Party, out _))
                {
                    return (null, new("party", $"'{body.Party}' is not a consulted party; use ThirdParty or OtherAgency."));
                }

                LocalDate? delivered = null;
                if (!string.IsNullOrWhiteSpace(body.DeliveredOn))
                {
                    delivered = Date(body.DeliveredOn);
                    if (delivered is null)
                    {
                        return (null, DateError(body.DeliveredOn, "deliveredOn"));
                    }
                }

                return (new ConsultationSent(on, body.ConsultationId.Trim(), party, delivered), null);
            case "consultation-answered":
                return string.IsNullOrWhiteSpace(body.ConsultationId)
                    ? (null, new("consultationId", "name the consultation answered."))
                    : (new ConsultationAnswered(on, body.ConsultationId.Trim()), null);
            case "extension-approved":
                // The approver is the signed-in person: the library checks that they head the disclosure office.
                return body.WorkingDays is { } days and > 0
                    ? (new ExtensionApproved(on, days, signedIn), null)
                    : (null, new("workingDays", "give the working days of the extension, 1 or more (at most 20, 条例 第三十三条)."));
            case "answered" or "answered-on-the-spot":
                var outcome = AnswerOutcome.Disclosed;
                if (!string.IsNullOrWhiteSpace(body.Outcome) && (!Enum.TryParse(body.Outcome, out outcome) || !Enum.IsDefined(outcome) || int.TryParse(body.Outcome, out _)))
                {
                    return (null, new("outcome", $"'{body.Outcome}' is not an outcome; use {string.Join(", ", Enum.GetNames<AnswerOutcome>())}."));
                }

                AnswerGround? ground = null;
                if (!string.IsNullOrWhiteSpace(body.Ground))
                {
                    if (!Enum.TryParse<AnswerGround>(body.Ground, out var g) || !Enum.IsDefined(g) || int.TryParse(body.Ground, out _))
                    {
                        return (null, new("ground", $"'{body.Ground}' is not a ground; use one of {string.Join(", ", Enum.GetNames<AnswerGround>())}."));
                    }

                    if (g.Outcome() != outcome)
                    {
                        return (null, new("ground", $"{g} is a sub-row of {g.Outcome()} in the annual report, not of {outcome}."));
                    }

                    ground = g;
                }

                return body.Type == "answered"
                    ? (new RequestAnswered(on, outcome) { Ground = ground }, null)
                    : (new AnsweredOnTheSpot(on, outcome) { Ground = ground }, null);
            case "withdrawn":
                return (new RequestWithdrawn(on), null);
            default:
                return (null, new("type", $"'{body.Type}' is not an event type; use correction-requested, correction-received, consultation-sent, consultation-answered, extension-approved, answered, answered-on-the-spot or withdrawn."));
        }
    }

    /// <summary>Stores a new request at version 0; false when the register number is taken.</summary>
    internal static async Task<Stored?> RegisterAsync(EventStore store, string id, InformationRequest request, string recordedBy, CancellationToken cancellationToken)
    {
        var history = RequestHistory.Of(id, request);
        store.RecordedBy = recordedBy;
        var appended = await ((IHistoryStore)store).AppendAsync(Stream(id), 0, history.Entries, cancellationToken);
        return appended.IsAppended ? new Stored(id, history, request) : null;
    }

    /// <summary>
    /// Records an event on a stored request at its version: an event that breaks a rule (an error, not a finding) is refused and
    /// nothing is stored, so the stored history stays valid; a finding is stored and shown beside the deadline.
    /// </summary>
    /// <exception cref="Domain.Calendars.CalendarCoverageException">The event lies in a year the calendar does not cover.</exception>
    internal static async Task<Recorded> RecordAsync(EventStore store, DisclosureSetup setup, Stored current, RequestEvent e, string recordedBy, CancellationToken cancellationToken)
    {
        var next = current.Request.Record(e);
        var index = current.Request.Events.Length;
        var refused = setup.RequestCalculator.Validate(next).Where(v => v.EventIndex == index).ToList();
        if (refused.Count > 0)
        {
            return new Recorded(null, refused, null);
        }

        var updated = RequestHistory.Of(current.Id, next);
        store.RecordedBy = recordedBy;
        var appended = await ((IHistoryStore)store).AppendAsync(Stream(current.Id), current.Version, updated.Entries[current.Version..], cancellationToken);
        return appended.IsAppended ? new Recorded(new Stored(current.Id, updated, next), [], null) : new Recorded(null, [], appended.Version);
    }

    internal static async Task<IResult> Receive(ReceiveRequest body, HttpContext context, People.People people, DisclosureSetup setup, EventStore store, IClock clock)
    {
        if (await people.CurrentAsync(context) is not { } user)
        {
            return PublicationEndpoints.NotSignedIn();
        }

        var (request, error) = ParseReceipt(body, setup);
        if (error is not null)
        {
            return ApiInput.Invalid(error.Field, error.Message);
        }

        var stored = await RegisterAsync(store, body.Id!, request!, user.UserName!, context.RequestAborted);
        return stored is not null
            ? TypedResults.Created($"/api/requests/{body.Id}", Dto(setup, clock, stored, null))
            : TypedResults.Problem($"Request '{body.Id}' is registered already; record its events with POST /api/requests/{body.Id}/events.", statusCode: StatusCodes.Status409Conflict);
    }

    internal static async Task<IResult> Record(string id, EventRequest body, HttpContext context, People.People people, DisclosureSetup setup, EventStore store, IClock clock)
    {
        if (await people.CurrentAsync(context) is not { } user)
        {
            return PublicationEndpoints.NotSignedIn();
        }

        if (await ReadAsync(store, id, context.RequestAborted) is not { } current)
        {
            return NotFound(id);
        }

        if (body.ExpectedVersion is { } expected && expected != current.Version)
        {
            return Conflict(id, expected, current.Version);
        }

        var (e, error) = ParseEvent(body, PersonId.Parse(user.UserName!));
        if (error is not null)
        {
            return ApiInput.Invalid(error.Field, error.Message);
        }

        Recorded recorded;
        try
        {
            recorded = await RecordAsync(store, setup, current, e!, user.UserName!, context.RequestAborted);
        }
        catch (Domain.Calendars.CalendarCoverageException x)
        {
            return ApiInput.Uncovered("on", x);
        }

        if (recorded.Refused.Count > 0)
        {
            return TypedResults.Problem(
                $"The event breaks a rule and was not recorded: {string.Join(" ", recorded.Refused.Select(v => $"{v.Code.Id}: {v.Message}"))}",
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "Event refused",
                extensions: new Dictionary<string, object?> { ["codes"] = recorded.Refused.Select(v => v.Code.Id).ToArray() });
        }

        return recorded.Request is { } stored ? TypedResults.Ok(Dto(setup, clock, stored, null)) : Conflict(id, current.Version, recorded.ConflictVersion!.Value);
    }

    internal static async Task<IResult> List(HttpContext context, People.People people, DisclosureSetup setup, EventStore store, IClock clock, string? asOf = null)
    {
        if (await people.CurrentAsync(context) is null)
        {
            return PublicationEndpoints.NotSignedIn();
        }

        if (!ApiInput.TryAsOf(asOf, setup, clock, out var day, out var problem))
        {
            return problem!;
        }

        var calculator = setup.RequestCalculator;
        try
        {
            return TypedResults.Ok((await ReadAllAsync(store, context.RequestAborted)).Select(r =>
            {
                var deadline = calculator.Evaluate(r.Request, day);
                return new RequestRowDto(r.Id, r.Version, CalendarEndpoints.Iso(r.Request.ReceivedOn), r.Request.HandlingUnit?.Value, r.Request.Received.Applicant?.ToString(),
                    deadline.Status.ToString(), deadline.DueOn is { } due ? CalendarEndpoints.Iso(due) : null, deadline.WorkingDaysOverdue);
            }).ToList());
        }
        catch (Domain.Calendars.CalendarCoverageException e)
        {
            return ApiInput.Uncovered("asOf", e);
        }
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

        var stored = await ReadAsync(store, id, context.RequestAborted);
        try
        {
            return stored is null ? NotFound(id) : TypedResults.Ok(Dto(setup, clock, stored, day));
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

        var stored = await ReadAsync(store, id, context.RequestAborted);
        return stored is null ? NotFound(id) : TypedResults.Bytes(stored.History.ToUtf8Json(), "application/json");
    }

    /// <summary>Reads and replays a request; the chain is verified and every event re-checked by the library.</summary>
    /// <exception cref="InvalidDataException">The stored history is refused (an edited row, a changed rule).</exception>
    internal static async Task<Stored?> ReadAsync(EventStore store, string id, CancellationToken cancellationToken)
    {
        var entries = await ((IHistoryStore)store).ReadAsync(Stream(id), cancellationToken);
        if (entries.IsEmpty)
        {
            return null;
        }

        var history = RequestHistory.FromEntries(id, entries);
        var replay = history.Replay();
        return replay.IsAccepted ? new Stored(id, history, replay.Value!) : throw new InvalidDataException($"The stored history of request '{id}' is refused: {replay}.");
    }

    /// <summary>Every stored request, in register-number order.</summary>
    /// <exception cref="InvalidDataException">A stored history is refused.</exception>
    internal static async Task<List<Stored>> ReadAllAsync(EventStore store, CancellationToken cancellationToken)
    {
        var requests = new List<Stored>();
        foreach (var stream in await store.StreamIdsAsync(Stream(""), cancellationToken))
        {
            requests.Add((await ReadAsync(store, stream[Stream("").Length..], cancellationToken))!);
        }

        return requests;
    }

    private static RequestDto Dto(DisclosureSetup setup, IClock clock, Stored stored, LocalDate? asOf)
    {
        var day = asOf ?? clock.GetCurrentInstant().InZone(setup.Catalog.TimeZone).Date;
        var calculator = setup.RequestCalculator;
        var ledger = calculator.Explain(stored.Request, day);
        var deadline = ledger.Deadline;
        return new RequestDto(
            stored.Id,
            stored.Version,
            CalendarEndpoints.Iso(day),
            deadline.Status.ToString(),
            deadline.DueOn is { } due ? CalendarEndpoints.Iso(due) : null,
            deadline.WorkingDaysRemaining,
            deadline.WorkingDaysOverdue,
            [.. calculator.Findings(stored.Request).Select(v => v.ToString())],
            JsonDocument.Parse(ledger.ToJson()).RootElement.Clone());
    }

    private static LocalDate? Date(string? text) =>
        NodaTime.Text.LocalDatePattern.Iso.Parse(text?.Trim() ?? "") is { Success: true } r ? r.Value : null;

    private static InputError DateError(string? text, string field) => new(field, $"'{text}' is not a date; use yyyy-MM-dd, for example 2024-07-01.");

    private static IResult NotFound(string id) =>
        TypedResults.Problem($"No request '{id}' is registered; register it with POST /api/requests.", statusCode: StatusCodes.Status404NotFound);

    private static IResult Conflict(string id, int expected, int current) =>
        TypedResults.Problem($"Request '{id}' changed while this event was recorded: it was at version {expected}, it is now at {current}. Reload it and record again if it still applies.", statusCode: StatusCodes.Status409Conflict);
}
