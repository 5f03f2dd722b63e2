using System.Text;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Office.Ics;
using Disclosure.Domain.Responsibilities;
using Disclosure.WebApi.People;
using NodaTime;

namespace Disclosure.WebApi.Endpoints;

/// <summary>
/// A unit's agenda as a calendar feed a phone or Outlook subscribes to (<c>GET /units/{id}/agenda.ics?token=</c>), and the
/// signed-in user's feed token (<c>POST</c>/<c>DELETE /api/feeds/agenda</c>). The feed holds one all-day event per agenda
/// item from <see cref="PastDays"/> days ago to a year ahead (to the end of the calendar's coverage), each with a stable
/// uid so a refresh updates events instead of adding them, and a reminder <see cref="RemindWorkingDays"/> working days
/// before. Chinese unless the URL says <c>lang=en</c>.
/// </summary>
internal static class AgendaFeedEndpoints
{
    /// <summary>How far back the feed goes, so that a just-missed deadline is still on the phone.</summary>
    internal const int PastDays = 31;

    /// <summary>The reminder: this many working days before the due date (as the command line's <c>--remind</c> default).</summary>
    internal const int RemindWorkingDays = 3;

    internal static void MapAgendaFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/units/{id}/agenda.ics", GetFeed)
            .WithName("GetAgendaFeed")
            .WithSummary("A unit's agenda as a subscribable calendar (.ics)")
            .WithDescription($"id: the unit id (social-assistance) or name (社会救助科). token: the feed token of POST /api/feeds/agenda (calendar apps send no cookie, so it is in the address). "
                + $"One all-day event per agenda item from {PastDays} days ago to a year ahead, stable uids, a reminder {RemindWorkingDays} working days before. lang=en for English titles.")
            .Produces(StatusCodes.Status200OK, contentType: "text/calendar")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        var feeds = app.MapGroup("/api/feeds/agenda").RequireAuthorization().WithTags("Feeds");
        feeds.MapPost("", Issue)
            .WithName("IssueAgendaFeedToken")
            .WithSummary("Issue the signed-in user's calendar feed token (revokes the previous one)")
            .WithDescription("Answers the token once and the feed address of the user's own unit; the same token opens every unit's feed. Only its hash is stored.")
            .Produces<FeedDto>();
        feeds.MapDelete("", Revoke)
            .WithName("RevokeAgendaFeedToken")
            .WithSummary("Revoke the signed-in user's calendar feed token: subscribed calendars get 401")
            .Produces(StatusCodes.Status204NoContent);
    }

    /// <summary>The answer of <c>POST /api/feeds/agenda</c>.</summary>
    internal sealed record FeedDto(string Token, string Url);

    internal static async Task<IResult> Issue(HttpContext context, People.People people, FeedTokens tokens)
    {
        if (await people.CurrentAsync(context) is not { } user)
        {
            return Recording.PublicationEndpoints.NotSignedIn();
        }

        var token = await tokens.IssueAsync(user);
        return TypedResults.Ok(new FeedDto(token, $"/units/{Uri.EscapeDataString(user.Unit)}/agenda.ics?token={token}"));
    }

    internal static async Task<IResult> Revoke(HttpContext context, People.People people, FeedTokens tokens)
    {
        if (await people.CurrentAsync(context) is not { } user)
        {
            return Recording.PublicationEndpoints.NotSignedIn();
        }

        await tokens.RevokeAsync(user);
        return TypedResults.NoContent();
    }

    internal static async Task<IResult> GetFeed(string id, string? token, HttpContext context, FeedTokens tokens, Bureaus.BureauContext bureau, Bureaus.BureauDirectory bureaus, IClock clock, Recording.PublicationHistory publications, Recording.ActivityHistory activities)
    {
        // The token first: without it, the answer does not even say which units exist.
        if (await tokens.FindAsync(token, context.RequestAborted) is not { } user)
        {
            return TypedResults.Problem(
                UiLanguage.Pick("订阅地址中的令牌无效或已撤销：请登录后重新生成订阅地址（POST /api/feeds/agenda）。", "The feed token in the address is unknown or revoked: sign in and issue a new feed address (POST /api/feeds/agenda)."),
                statusCode: StatusCodes.Status401Unauthorized,
                title: UiLanguage.Pick("订阅令牌无效", "Invalid feed token"));
        }

        // The feed is of the token's bureau, whatever the address says: a calendar app sends no sign-in.
        bureau.Use(bureaus.Find(user.Bureau) ?? bureaus.Default);
        var setup = bureau.Setup;
        var unit = (UnitId.TryParse(id, out var unitId) ? setup.OrgChart.Find(unitId) : null) ?? setup.OrgChart.FindByName(id.Trim());
        if (unit is null)
        {
            return TypedResults.Problem(
                UiLanguage.Format("“{0}”不是{1}的科室；可用：{2}。", "'{0}' is not a unit of {1}; use one of: {2}.", id, setup.Catalog.BureauName, string.Join(", ", setup.OrgChart.Units.Select(u => u.Id.Value))),
                statusCode: StatusCodes.Status404NotFound,
                title: UiLanguage.Pick("没有该科室", "No such unit"));
        }

        var calendar = setup.Calendar;
        var now = clock.GetCurrentInstant();
        var today = now.InZone(setup.Catalog.TimeZone).Date;
        var lastYear = today.Year;
        if (!calendar.Coverage.Covers(lastYear))
        {
            return TypedResults.Problem(
                UiLanguage.Format("工作日历不含 {0} 年，无法计算应办事项；请导入该年的节假日安排（Disclosure:CalendarData）。", "The working-day calendar does not cover {0}, so the agenda cannot be computed; import that year's holiday notice (Disclosure:CalendarData).", lastYear),
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: UiLanguage.Pick("工作日历未覆盖今年", "The calendar does not cover this year"));
        }

        while (calendar.Coverage.Covers(lastYear + 1))
        {
            lastYear++;
        }

        var ahead = today.PlusYears(1);
        var range = new DateInterval(today.PlusDays(-PastDays), ahead.Year > lastYear ? new LocalDate(lastYear, 12, 31) : ahead);
        var sources = setup.AgendaSources(setup.Level, (await publications.CurrentAsync(context.RequestAborted)).Log, await activities.CurrentAsync(context.RequestAborted));
        var items = UnitAgenda.Build(setup.OrgChart, unit.Id, range, today, sources);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var text = new StringWriter(new StringBuilder(items.Length * 300));
        IcsWriter.Write(text, UiLanguage.Format("{0} 应办事项", "{0} agenda", unit.Name), items.Select(i => Event(unit, i, calendar, seen)), now, setup.Catalog.TimeZone);
        context.Response.Headers.CacheControl = "private, no-cache";
        return Results.Text(text.ToString(), "text/calendar; charset=utf-8", Encoding.UTF8);
    }

    /// <summary>
    /// An agenda item as an event, with the command line's uid (<c>agenda.{unit}.{kind}.{reference}.{yyyyMMdd}@disclosure-domain</c>):
    /// the same item has the same uid in every fetch, and a file exported with <c>disclosure agenda --format ics</c> and
    /// this feed describe an item alike. Items alike in all four are numbered in agenda order.
    /// </summary>
    private static IcsEvent Event(Unit unit, AgendaItem item, WorkingDayCalendar calendar, Dictionary<string, int> seen)
    {
        var key = $"agenda.{unit.Id}.{item.Kind}.{item.Reference}.{item.DueDate:uuuuMMdd}";
        var n = seen[key] = seen.GetValueOrDefault(key) + 1;
        LocalDate reminder;
        try
        {
            reminder = calendar.AddWorkingDays(item.DueDate, -RemindWorkingDays);
        }
        catch (CalendarCoverageException)
        {
            // A due date in the first days of the calendar's first year: remind on the day rather than guess.
            reminder = item.DueDate;
        }

        return new IcsEvent(
            (n == 1 ? key : $"{key}.{n}") + "@disclosure-domain",
            item.DueDate,
            UiLanguage.Format("应完成：{0}", "Due: {0}", item.Description),
            $"{unit.Name} ({unit.Id}) · {item.Reference}",
            reminder);
    }
}
