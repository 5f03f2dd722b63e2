using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Disclosure.Domain.Requests;
using Disclosure.WebApi.Endpoints;
using Microsoft.AspNetCore.Antiforgery;

namespace Disclosure.WebApi.Pages;

/// <summary>
/// The status board at <c>/</c>, a page like the others (in the request's language, with the language switch): the date
/// form and the table's head. <c>wwwroot/status.js</c> fills the table from <c>GET /due</c> and <c>GET /requests</c>, asked in
/// the page's language, and writes its lines (summary, items, empty cells, errors) from the texts this page hands it, so the
/// board has no string table of its own.
/// </summary>
internal static class BoardPage
{
    internal static void MapBoardPage(this IEndpointRouteBuilder app) => app.MapGet("/", Board).ExcludeFromDescription();

    private static IResult Board(HttpContext context, IAntiforgery antiforgery, DisclosureSetup setup) =>
        new Html(context, antiforgery)
            .Raw("<p>").Element("a", PageText.SignIn, "href=\"/signin?returnUrl=/record\" id=\"nav-signin\"").Raw("</p>")
            .Raw("<form id=\"pick\">").Element("label", PageText.AsOf, "for=\"as-of\"")
            .Raw("<input type=\"date\" id=\"as-of\" name=\"asOf\" required>").Element("button", PageText.Show, "type=\"submit\" id=\"show\"").Raw("</form>")
            .Raw("<p id=\"summary\" role=\"status\" aria-live=\"polite\"></p><p id=\"error\" class=\"error\" hidden></p>")
            .Raw("<table id=\"board\" aria-describedby=\"summary\"><thead><tr>")
            .Element("th", PageText.Unit, "scope=\"col\"").Element("th", PageText.Overdue, "scope=\"col\" class=\"head-overdue\"")
            .Element("th", PageText.Due, "scope=\"col\" class=\"head-due\"").Element("th", PageText.Requests, "scope=\"col\" class=\"head-requests\"")
            .Raw("</tr></thead><tbody id=\"units\"></tbody></table>")
            .Raw("<p>").Element("a", "OpenAPI", $"href=\"{UiLanguage.Pick("/openapi/v1.zh-CN.json", "/openapi/v1.json")}\"").Raw("</p>")
            .Raw($"<script type=\"application/json\" id=\"board-texts\">{ScriptTexts()}</script><script src=\"/status.js\"></script>")
            .Page($"{setup.Catalog.BureauName} · {PageText.Board}");

    /// <summary>
    /// The texts status.js writes, in the request's language, with <c>{0}</c> placeholders as in <see cref="PageText"/>;
    /// <c>language</c> is the culture the script asks the API in. Written with an encoder that escapes <c>&lt; &gt; &amp;</c>, so no
    /// text can close the script element; Chinese stays readable in the page source.
    /// </summary>
    private static string ScriptTexts()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) }))
        {
            json.WriteStartObject();
            json.WriteString("language", CultureInfo.CurrentUICulture.Name);
            json.WriteString("summary", PageText.BoardSummary);
            json.WriteString("provisional", PageText.BoardProvisional);
            json.WriteString("needsCalendars", PageText.BoardNeedsCalendars);
            json.WriteString("pastPlanYear", PageText.BoardPastPlanYear);
            json.WriteString("columnOverdue", PageText.ColumnOverdue);
            json.WriteString("needsCalendar", PageText.NeedsCalendar);
            json.WriteString("requestOverdue", PageText.RequestOverdue);
            json.WriteString("requestLeft", PageText.RequestLeft);
            json.WriteString("noneOverdue", PageText.NoneOverdue);
            json.WriteString("none", PageText.None);
            json.WriteString("unreadable", PageText.BoardUnreadable);
            json.WriteString("unreachable", PageText.BoardUnreachable);
            json.WriteString("listSeparator", PageText.ListSeparator);
            json.WriteStartObject("statuses");
            foreach (var status in Enum.GetValues<RequestStatus>())
            {
                json.WriteString(RequestEndpoints.StatusName(status), PageText.RequestStatuses[status.ToString()]);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
