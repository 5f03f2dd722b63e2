using Disclosure.Domain.Histories;
using Disclosure.Domain.Responsibilities;
using Disclosure.WebApi.Storage;
using NodaTime;

namespace Disclosure.WebApi.Recording;

/// <summary>
/// <c>POST /api/activities</c>: record an activity the bureau held (an open day, a training …), counted by the agenda's recurring
/// obligations; <c>GET /api/activities</c> exports the log in the library's activity-records format; <c>GET
/// /api/activities/history</c> the stored stream with its chain check.
/// </summary>
internal static class ActivityEndpoints
{
    internal static void MapActivities(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/activities").RequireAuthorization().WithTags("Activities").WithIdempotency();
        api.MapPost("", RecordActivity)
            .WithName("RecordActivity")
            .WithSummary("Record an activity the bureau held")
            .WithDescription("activity: the kind, one the rule pack's recurring obligations count (GET /agenda lists them; for the embedded pack open-day, disclosure-training, "
                + "public-opinion-solicitation, key-tasks-publication); date: the day it was held (yyyy-MM-dd, not after today); unit: the unit that held it (optional). The recorder is the signed-in user.")
            .Produces<PublicationEndpoints.RecordedDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapGet("", Export)
            .WithName("GetActivities")
            .WithSummary("The stored activity log in the library's activity-records format")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
        api.MapGet("/history", History)
            .WithName("GetActivityHistory")
            .WithSummary("The stored activity log, event by event, with each row's chained hash")
            .Produces<PublicationEndpoints.HistoryDto>();
    }

    /// <summary>The body of <c>POST /api/activities</c>.</summary>
    /// <param name="Activity">The activity kind, for example open-day.</param>
    /// <param name="Date">The day it was held (yyyy-MM-dd).</param>
    /// <param name="Unit">The unit id that held it, optional.</param>
    internal sealed record ActivityRequest(string? Activity, string? Date, string? Unit);

    /// <summary>The activity kinds the pack's recurring obligations count, in the pack's order.</summary>
    internal static IEnumerable<string> Kinds(DisclosureSetup setup) => setup.Pack.Obligations.Select(o => o.ActivityKind).Distinct(StringComparer.Ordinal);

    /// <summary>Reads an activity (API body or page form); the error names the field and says what is wrong, in English.</summary>
    internal static (ActivityRecord? Record, RequestRecordEndpoints.InputError? Error) Parse(ActivityRequest body, DisclosureSetup setup, LocalDate today)
    {
        var kind = body.Activity?.Trim();
        if (kind is null || !Kinds(setup).Contains(kind, StringComparer.Ordinal))
        {
            return (null, new("activity", $"'{body.Activity}' is not an activity the work plan counts; use {string.Join(", ", Kinds(setup))}."));
        }

        if (NodaTime.Text.LocalDatePattern.Iso.Parse(body.Date?.Trim() ?? "") is not { Success: true } parsed)
        {
            return (null, new("date", $"'{body.Date}' is not a date; use yyyy-MM-dd, for example 2024-06-20."));
        }

        if (parsed.Value > today)
        {
            return (null, new("date", $"{body.Date} is after today ({Endpoints.CalendarEndpoints.Iso(today)}); record an activity once it was held."));
        }

        UnitId? unit = null;
        if (!string.IsNullOrWhiteSpace(body.Unit))
        {
            if (!UnitId.TryParse(body.Unit.Trim(), out var id) || setup.OrgChart.Find(id) is null)
            {
                return (null, new("unit", $"'{body.Unit}' is not a unit of {setup.Catalog.BureauName}."));
            }

            unit = id;
        }

        return (new ActivityRecord(kind, parsed.Value, unit), null);
    }

    internal static async Task<IResult> RecordActivity(ActivityRequest body, HttpContext context, People.People people, DisclosureSetup setup, ActivityHistory activities, IClock clock)
    {
        if (await people.CurrentAsync(context) is not { } user)
        {
            return PublicationEndpoints.NotSignedIn();
        }

        var (record, error) = Parse(body, setup, clock.GetCurrentInstant().InZone(setup.Catalog.TimeZone).Date);
        if (error is not null)
        {
            return ApiInput.Invalid(error.Field, error.Message);
        }

        var version = await activities.AppendAsync(record!.Value, user.UserName!, context.RequestAborted);
        return TypedResults.Created($"/api/activities/history#{version}", new PublicationEndpoints.RecordedDto(ActivityHistory.StreamId, version, user.UserName!));
    }

    internal static async Task<IResult> Export(HttpContext context, People.People people, ActivityHistory activities) =>
        await people.CurrentAsync(context) is null
            ? PublicationEndpoints.NotSignedIn()
            : TypedResults.Bytes(ActivityRecordsJson.Write(await activities.CurrentAsync(context.RequestAborted)), "application/json");

    internal static async Task<IResult> History(HttpContext context, People.People people, EventStore store) =>
        await people.CurrentAsync(context) is null
            ? PublicationEndpoints.NotSignedIn()
            : TypedResults.Ok(await PublicationEndpoints.HistoryOf(store, ActivityHistory.StreamId, context.RequestAborted));
}
