using System.Globalization;
using Disclosure.Domain.Scheduling;
using Disclosure.WebApi.Endpoints;
using Disclosure.WebApi.Recording;
using Microsoft.AspNetCore.Antiforgery;
using NodaTime;

namespace Disclosure.WebApi.Pages;

/// <summary>
/// <c>/report/freshness?asOf=</c>: the national freshness check of 国办秘函〔2019〕19号 on the stored publication log, the same
/// report as <c>GET /freshness</c>, for staff — the date picker, the summary, one line per single veto (triggered ones marked) in
/// the library's wording, then the columns at risk. Open without signing in, like the board and <c>/due</c>: it shows only what
/// the bureau's site already shows an inspector.
/// </summary>
internal static class FreshnessPage
{
    internal static void MapFreshnessPage(this IEndpointRouteBuilder app) => app.MapGet("/report/freshness", Show).ExcludeFromDescription();

    private static async Task<IResult> Show(HttpContext context, IAntiforgery af, DisclosureSetup setup, IClock clock, PublicationHistory publications, string? asOf = null)
    {
        var html = new Html(context, af);
        var title = $"{setup.Catalog.BureauName} · {PageText.Freshness}";
        if (!ApiInput.TryAsOf(asOf, setup, clock, out var day, out _))
        {
            return Picker(html, "").Element("p", ApiInput.NotADate(asOf), "class=\"error\" id=\"error\"").Page(title, StatusCodes.Status400BadRequest);
        }

        var (log, _) = await publications.CurrentAsync();
        var report = FreshnessCheck.Evaluate(setup.Catalog, log, day);
        Picker(html, CalendarEndpoints.Iso(day)).Element("p", report.GetSummary(PageText.Culture), "id=\"summary\"").Raw("<ul id=\"vetoes\">");
        foreach (var veto in FreshnessVeto.All)
        {
            var triggered = report.TriggeredVetoes.Contains(veto);
            html.Element("li", report.GetVetoMessage(veto, PageText.Culture),
                $"data-veto=\"{Html.Encode(veto.Code)}\" class=\"{(triggered ? "error" : "clear")}\" title=\"{Html.Encode(veto.GetDescription(PageText.Culture))}\"");
        }

        html.Raw("</ul>").Element("h2", PageText.FreshnessAtRisk);
        var atRisk = FreshnessEndpoints.AtRisk(report).ToList();
        if (atRisk.Count == 0)
        {
            return html.Element("p", PageText.FreshnessNoneAtRisk, "id=\"none-at-risk\"").Page(title);
        }

        html.Raw("<table id=\"at-risk\"><thead><tr>");
        foreach (var head in (string[])[PageText.SeedRow, PageText.Column, PageText.FreshnessCategory, PageText.Finding, PageText.LastUpdated, PageText.DaysSince, PageText.Window, PageText.Responsible])
        {
            html.Element("th", head, "scope=\"col\"");
        }

        html.Raw("</tr></thead><tbody>");
        foreach (var c in atRisk)
        {
            html.Raw($"<tr data-column=\"{Html.Encode(c.Column.Id.Value)}\">")
                .Element("td", c.Column.SeedRow.ToString(CultureInfo.InvariantCulture)).Element("td", c.Column.Name)
                .Element("td", FreshnessCategoryNames.GetName(c.Category, PageText.Culture))
                .Element("td", string.Join(PageText.ListSeparator, FreshnessVeto.All.Where(c.CountsToward).Select(v => v.GetName(PageText.Culture))), "class=\"overdue\"")
                .Element("td", c.LastUpdatedOn is { } last ? CalendarEndpoints.Iso(last) : PageText.NeverUpdated)
                .Element("td", FreshnessEndpoints.DaysSince(c, day) is { } days ? PageText.Days(days) : "—")
                .Element("td", Window(report.Rules.GetWindow(c.Category)))
                .Element("td", c.Column.ResponsibleLabel)
                .Raw("</tr>");
        }

        return html.Raw("</tbody></table>").Page(title);
    }

    private static Html Picker(Html html, string asOf) =>
        html.Raw("<form method=\"get\" action=\"/report/freshness\" id=\"pick\">").Input("asOf", PageText.AsOf, "date", asOf, "as-of")
            .Raw($"<button type=\"submit\" id=\"show\">{PageText.Show}</button></form>");

    /// <summary>A window in words, its non-zero parts largest first: 14天, 6个月, 1年; 14 days, 6 months, 1 year.</summary>
    private static string Window(Period window)
    {
        var parts = new (int Value, Func<int, string> Words)[] { (window.Years, PageText.Years), (window.Months, PageText.Months), (window.Weeks, PageText.Weeks), (window.Days, PageText.Days) }
            .Where(p => p.Value != 0)
            .Select(p => p.Words(p.Value))
            .ToList();
        return parts.Count == 0 ? window.ToString() : string.Join(UiLanguage.Pick("", " "), parts);
    }
}
