using Disclosure.Domain.Catalog;
using Disclosure.WebApi.People;
using Disclosure.WebApi.Storage;

namespace Disclosure.WebApi.Recording;

/// <summary>
/// <c>POST /api/publications</c> and <c>POST /api/information-events</c>: record what a column published and the
/// information a timely column owes; <c>GET /api/publications/history</c> exports the stored stream event by event,
/// <c>GET /api/publications/log</c> the replayed log in the library's publication-log format.
/// </summary>
internal static class PublicationEndpoints
{
    internal static void MapPublications(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization().WithIdempotency();
        api.MapPost("/publications", RecordPublication)
            .WithName("RecordPublication")
            .WithSummary("Record that a column published on a day")
            .WithDescription("column is a catalog column id (GET /catalog); on the day it was published (yyyy-MM-dd). The recorder is the signed-in user.")
            .Produces<RecordedDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapPost("/information-events", RecordInformationEvent)
            .WithName("RecordInformationEvent")
            .WithSummary("Record information a timely (及时更新) column must publish")
            .WithDescription("column is a catalog column id; formedOn the day the information was formed or changed; publishedOn the day it was published, if it was. "
                + "It is due 20 working days after formedOn unless the column says otherwise (条例 第二十六条).")
            .Produces<RecordedDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapGet("/publications/history", History)
            .WithName("GetPublicationHistory")
            .WithSummary("The stored publication log, event by event, with each row's chained hash")
            .Produces<HistoryDto>();
        api.MapGet("/publications/log", Log)
            .WithName("GetPublicationLog")
            .WithSummary("The stored publication log in the library's publication-log format (publications and information events)")
            .WithDescription("The replay of the stored stream, as `disclosure due --log FILE` and `disclosure agenda --publications FILE` read it: the same due report as GET /due.")
            .Produces<System.Text.Json.JsonElement>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    /// <summary>The body of <c>POST /api/publications</c>.</summary>
    /// <param name="Column">The column id, for example request-catalog.</param>
    /// <param name="On">The day it was published (yyyy-MM-dd).</param>
    internal sealed record PublicationRequest(string? Column, string? On);

    /// <summary>The body of <c>POST /api/information-events</c>.</summary>
    internal sealed record InformationEventRequest(string? Column, string? FormedOn, string? PublishedOn);

    /// <summary>Where a recorded event landed.</summary>
    internal sealed record RecordedDto(string Stream, int Version, string RecordedBy);

    /// <summary>A stored stream in the library's format, with the chain check.</summary>
    internal sealed record HistoryDto(string Stream, int Version, bool ChainIntact, IReadOnlyList<HistoryEventDto> Events);

    /// <summary>One stored event: its canonical JSON as stored (the hash is over exactly these characters), who recorded it and when.</summary>
    internal sealed record HistoryEventDto(int Index, string Json, string Hash, string RecordedBy, DateTimeOffset RecordedAt);

    internal static async Task<IResult> RecordPublication(PublicationRequest body, HttpContext context, People.People people, DisclosureSetup setup, PublicationHistory history)
    {
        if (await people.CurrentAsync(context) is not { } user)
        {
            return NotSignedIn();
        }

        if (!TryColumn(setup, body.Column, out var column, out var problem) || !ApiInput.TryDate(body.On, "on", out var on, out problem))
        {
            return problem!;
        }

        var version = await history.AppendAsync([PublicationHistory.Publication(column, on)], user.UserName!, context.RequestAborted);
        return TypedResults.Created($"/api/publications/history#{version}", new RecordedDto(PublicationHistory.StreamId, version, user.UserName!));
    }

    internal static async Task<IResult> RecordInformationEvent(InformationEventRequest body, HttpContext context, People.People people, DisclosureSetup setup, PublicationHistory history)
    {
        if (await people.CurrentAsync(context) is not { } user)
        {
            return NotSignedIn();
        }

        if (!TryColumn(setup, body.Column, out var column, out var problem) || !ApiInput.TryDate(body.FormedOn, "formedOn", out var formed, out problem))
        {
            return problem!;
        }

        NodaTime.LocalDate? published = null;
        if (body.PublishedOn is not null)
        {
            if (!ApiInput.TryDate(body.PublishedOn, "publishedOn", out var p, out problem))
            {
                return problem!;
            }

            if (p < formed)
            {
                return ApiInput.Invalid("publishedOn", UiLanguage.Format("发布日 {0} 早于信息形成日 formedOn {1}；信息形成之前不能发布。", "{0} is before formedOn {1}; information cannot be published before it exists.", body.PublishedOn, body.FormedOn));
            }

            published = p;
        }

        var version = await history.AppendAsync([PublicationHistory.InformationEvent(column, formed, published)], user.UserName!, context.RequestAborted);
        return TypedResults.Created($"/api/publications/history#{version}", new RecordedDto(PublicationHistory.StreamId, version, user.UserName!));
    }

    internal static async Task<IResult> Log(HttpContext context, People.People people, PublicationHistory history) =>
        await people.CurrentAsync(context) is null ? NotSignedIn()
            : TypedResults.Bytes(Domain.Histories.PublicationLogJson.Write((await history.CurrentAsync(context.RequestAborted)).Log), "application/json");

    internal static async Task<IResult> History(HttpContext context, People.People people, EventStore store) =>
        await people.CurrentAsync(context) is null ? NotSignedIn() : TypedResults.Ok(await HistoryOf(store, PublicationHistory.StreamId, context.RequestAborted));

    /// <summary>A stream as exported.</summary>
    internal static async Task<HistoryDto> HistoryOf(EventStore store, string stream, CancellationToken cancellationToken)
    {
        var rows = await store.ReadAsync(stream, cancellationToken);
        return new HistoryDto(
            stream,
            rows.Count,
            PublicationHistory.FirstBrokenLink(rows) is null,
            [.. rows.Select(r => new HistoryEventDto(r.Index, r.Json, r.Hash, r.RecordedBy, r.RecordedAt))]);
    }

    internal static IResult NotSignedIn() =>
        TypedResults.Problem(
            UiLanguage.Pick("请先登录（POST /api/session，然后发送 Authorization: Bearer <token>）。", "Sign in first (POST /api/session, then Authorization: Bearer <token>)."),
            statusCode: StatusCodes.Status401Unauthorized,
            title: UiLanguage.Pick("未登录", "Not signed in"));

    private static bool TryColumn(DisclosureSetup setup, string? text, out ColumnId column, out IResult? problem)
    {
        var id = ColumnId.TryParse(text?.Trim(), out var parsed) ? parsed : default;
        column = id;
        if (setup.Catalog.Columns.Any(c => c.Id == id) && id != default)
        {
            problem = null;
            return true;
        }

        problem = ApiInput.Invalid("column", UiLanguage.Format("“{0}”不是{1}公开目录中的栏目；GET /catalog 列出各栏目标识（例如 request-catalog）。", "'{0}' is not a column of {1}'s catalog; GET /catalog lists the column ids (for example request-catalog).", text, setup.Catalog.BureauName));
        return false;
    }
}
