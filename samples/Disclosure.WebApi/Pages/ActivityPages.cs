using System.Globalization;
using Disclosure.Domain.Responsibilities;
using Disclosure.WebApi.Endpoints;
using Disclosure.WebApi.People;
using Disclosure.WebApi.Recording;
using Microsoft.AspNetCore.Antiforgery;
using NodaTime;

namespace Disclosure.WebApi.Pages;

/// <summary>
/// The activity page (<c>/activities</c>): the work plan's recurring obligations with this period's count and status, the
/// recorded activities, and a form to record one. The recorder is the signed-in account; the agenda counts what is stored.
/// </summary>
internal static class ActivityPages
{
    internal static void MapActivityPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/activities").ExcludeFromDescription().RequireAuthorization();
        pages.MapGet("", Show);
        pages.MapPost("", Record);
    }

    private static async Task<IResult> Show(HttpContext context, IAntiforgery af, People.People people, DisclosureSetup setup, ActivityHistory activities, IClock clock, string? done = null)
    {
        if (await people.CurrentAsync(context) is not { } user)
        {
            return Results.Redirect("/signin?returnUrl=/activities");
        }

        return Render(new Html(context, af), user, setup, await activities.CurrentAsync(context.RequestAborted), Today(setup, clock), done, null, StatusCodes.Status200OK);
    }

    private static async Task<IResult> Record(HttpContext context, IAntiforgery af, People.People people, DisclosureSetup setup, ActivityHistory activities, IClock clock, IFormCollection form)
    {
        if (await people.CurrentAsync(context) is not { } user)
        {
            return Results.Redirect("/signin?returnUrl=/activities");
        }

        var today = Today(setup, clock);
        var (record, error) = ActivityEndpoints.Parse(new ActivityEndpoints.ActivityRequest(form["activity"], form["date"], form["unit"]), setup, today);
        if (error is not null)
        {
            var message = string.Format(CultureInfo.InvariantCulture, PageText.Invalid, PageText.Fields[error.Field], error.Message);
            return Render(new Html(context, af), user, setup, await activities.CurrentAsync(context.RequestAborted), today, null, message, StatusCodes.Status400BadRequest);
        }

        await activities.AppendAsync(record!.Value, user.UserName!, context.RequestAborted);
        var done = string.Format(CultureInfo.InvariantCulture, PageText.ActivityRecorded, Kind(record.Value.ActivityKind), CalendarEndpoints.Iso(record.Value.Date));
        return Results.Redirect($"/activities?done={Uri.EscapeDataString(done)}");
    }

    private static IResult Render(Html html, WorkbenchUser user, DisclosureSetup setup, List<ActivityRecord> log, LocalDate today, string? done, string? error, int status)
    {
        WorkbenchPages.Header(html, user);
        if (done is not null)
        {
            html.Element("p", done, "id=\"done\" role=\"status\"");
        }

        if (error is not null)
        {
            html.Element("p", error, "class=\"error\" id=\"error\"");
        }

        // This period's standing of every obligation that binds the bureau's level: what the agenda will say.
        html.Element("h2", PageText.Obligations)
            .Raw($"<table id=\"obligations\"><thead><tr><th>{PageText.Activity}</th><th>{PageText.Period}</th><th>{PageText.Count}</th><th>{PageText.Status}</th><th>{PageText.Notes}</th></tr></thead><tbody>");
        foreach (var obligation in setup.Pack.Obligations.Where(o => o.Binds(setup.Level)))
        {
            var period = obligation.Period.Containing(today);
            ObligationPeriodStatus? standing;
            try
            {
                standing = obligation.Owes(period.Start) ? obligation.Evaluate(log, period.Start, today, setup.Calendar, DisclosureSetup.AtRiskWorkingDays)[^1] : null;
            }
            catch (Domain.Calendars.CalendarCoverageException)
            {
                standing = obligation.Evaluate(log, period.Start, today)[^1];
            }

            html.Raw($"<tr data-obligation=\"{Html.Encode(obligation.Id)}\">")
                .Element("td", Kind(obligation.ActivityKind))
                .Element("td", obligation.Period.Label(period))
                .Element("td", standing is null ? "—" : $"{standing.Count} / {obligation.MinimumCount}", "class=\"count\"")
                .Element("td", standing is null ? PageText.NotOwed : ObligationStatusNames.GetName(standing.Status, PageText.Culture), "class=\"status\"")
                .Element("td", $"{obligation.WorkPoint} {obligation.SeedText}")
                .Raw("</tr>");
        }

        html.Raw("</tbody></table>").Element("h2", PageText.Activities);
        if (log.Count == 0)
        {
            html.Element("p", PageText.NoActivities, "id=\"no-activities\"");
        }
        else
        {
            html.Raw($"<table id=\"activities\"><thead><tr><th>{PageText.HeldOn}</th><th>{PageText.Activity}</th><th>{PageText.HeldBy}</th></tr></thead><tbody>");
            foreach (var record in log.OrderBy(r => r.Date))
            {
                html.Raw("<tr>").Element("td", CalendarEndpoints.Iso(record.Date)).Element("td", Kind(record.ActivityKind)).Element("td", record.Unit is null ? PageText.NotGiven : setup.UnitName(record.Unit)).Raw("</tr>");
            }

            html.Raw("</tbody></table>");
        }

        return html.Element("h2", PageText.RecordActivity).Form("/activities", "record-activity")
            .Select("activity", PageText.Activity, ActivityEndpoints.Kinds(setup).Select(k => (k, Kind(k))))
            .Input("date", PageText.HeldOn, "date")
            .Select("unit", PageText.HeldBy, setup.OrgChart.Units.Select(u => (u.Id.Value, u.Name)).Prepend(("", PageText.NotGiven)))
            .Raw($"<button type=\"submit\" id=\"save-activity\">{PageText.Save}</button></form>")
            .Page(PageText.Activities, status);
    }

    private static string Kind(string kind) => PageText.ActivityKinds.TryGetValue(kind, out var name) ? name : kind;

    private static LocalDate Today(DisclosureSetup setup, IClock clock) => clock.GetCurrentInstant().InZone(setup.Catalog.TimeZone).Date;
}
