using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Disclosure.Domain.Review;
using Disclosure.WebApi.People;
using Disclosure.WebApi.Recording;
using Microsoft.AspNetCore.Antiforgery;
using NodaTime;

namespace Disclosure.WebApi.Pages;

/// <summary>
/// The review page (<c>/review/{case}</c>): the case's items with their status and approvals, a form to draft an item and
/// the next step of each item as a button. The person of every step is the signed-in account; a step the policy refuses
/// is shown with its code and the library's message for it (<c>ReviewViolation.GetMessage</c>), in the page's language.
/// </summary>
internal static class ReviewPages
{
    internal static void MapReviewPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/review/{caseId}").ExcludeFromDescription().RequireAuthorization();
        pages.MapGet("", Show);
        pages.MapPost("", Step);
    }

    private static async Task<IResult> Show(string caseId, HttpContext context, IAntiforgery af, People.People people, DisclosureSetup setup, ReviewHistory history)
    {
        if (await people.CurrentAsync(context) is not { } user)
        {
            return Results.Redirect($"/signin?returnUrl=/review/{Uri.EscapeDataString(caseId)}");
        }

        var (review, version) = await history.ReadAsync(caseId, context.RequestAborted);
        return Render(new Html(context, af), setup, user, caseId, review, version, null, StatusCodes.Status200OK);
    }

    private static async Task<IResult> Step(string caseId, HttpContext context, IAntiforgery af, People.People people, DisclosureSetup setup, ReviewHistory history, IClock clock, IFormCollection form)
    {
        if (await people.CurrentAsync(context) is not { } user)
        {
            return Results.Redirect($"/signin?returnUrl=/review/{Uri.EscapeDataString(caseId)}");
        }

        var item = form["item"].ToString().Trim();
        int? Number(string name) => int.TryParse(form[name], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        Func<Reviewer, Instant, ReviewHistory.Command>? command = form["step"].ToString() switch
        {
            "add" when item.Length > 0 && form["text"].ToString().Length > 0 =>
                (by, at) => new ReviewHistory.Command("add-information", item, by, at, ContentHash: Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(form["text"].ToString())))),
            "submit" => (by, at) => new ReviewHistory.Command("submit", item, by, at),
            "approve" when Number("level") is { } level && Number("version") is { } v => (by, at) => new ReviewHistory.Command("approve", item, by, at, Level: level, Version: v),
            "clear" when Number("version") is { } v => (by, at) => new ReviewHistory.Command("clear-confidentiality", item, by, at, Version: v),
            "publish" => (by, at) => new ReviewHistory.Command("publish", item, by, at),
            _ => null,
        };
        if (command is null)
        {
            return Results.BadRequest();
        }

        var outcome = await ReviewEndpoints.StepAsync(caseId, Number("expectedVersion"), new ReviewEndpoints.WorkbenchUserStep(user.ToReviewer(setup.ReviewRoles), clock.GetCurrentInstant(), command), history, context.RequestAborted);
        if (outcome.Conflict)
        {
            return Render(new Html(context, af), setup, user, caseId, outcome.Case, outcome.Version, [PageText.Changed], StatusCodes.Status409Conflict);
        }

        if (outcome.Violations.Count > 0)
        {
            return Render(new Html(context, af), setup, user, caseId, outcome.Case, outcome.Version,
                [.. outcome.Violations.Select(v => $"{v.Code.Id} {v.GetMessage(PageText.Culture)}")], StatusCodes.Status422UnprocessableEntity);
        }

        return Results.Redirect($"/review/{Uri.EscapeDataString(caseId)}");
    }

    private static IResult Render(Html html, DisclosureSetup setup, WorkbenchUser user, string caseId, ReviewCase review, int version, IReadOnlyList<string>? problems, int status)
    {
        html.Element("p", string.Format(CultureInfo.InvariantCulture, PageText.SignedInAs, user.DisplayName, user.UserName), "id=\"who\"");
        if (problems is not null)
        {
            html.Raw("<div class=\"error\" id=\"error\">").Element("p", PageText.Refused).Raw("<ul>");
            foreach (var p in problems)
            {
                html.Element("li", p);
            }

            html.Raw("</ul></div>");
        }

        var action = $"/review/{Uri.EscapeDataString(caseId)}";
        html.Raw($"<table id=\"items\"><thead><tr><th>{PageText.Item}</th><th>{PageText.Status}</th><th>{PageText.Approvals}</th><th></th></tr></thead><tbody>");
        foreach (var item in review.Items)
        {
            html.Raw($"<tr data-item=\"{Html.Encode(item.Id)}\">").Element("td", item.Id)
                .Element("td", PageText.StatusName(item.Status), "class=\"status\"")
                .Element("td", string.Join(PageText.ListSeparator, item.Approvals.Select(a => UiLanguage.Format("{0}：{1}", "{0}: {1}", a.Level, a.By.DisplayName))))
                .Raw("<td>");
            var next = item.Status switch
            {
                ReviewItemStatus.Draft => ("submit", PageText.SubmitStep, ""),
                ReviewItemStatus.InReview => ("approve", string.Format(CultureInfo.InvariantCulture, PageText.ApproveStep, item.Approvals.Length + 1), $"<input type=\"hidden\" name=\"level\" value=\"{item.Approvals.Length + 1}\">"),
                ReviewItemStatus.Approved => ("clear", PageText.ClearStep, ""),
                ReviewItemStatus.Cleared => ("publish", PageText.PublishStep, ""),
                _ => default((string, string, string)?),
            };
            if (next is var (step, label, extra))
            {
                html.Form(action, $"{step}-{item.Id}")
                    .Raw($"<input type=\"hidden\" name=\"step\" value=\"{step}\"><input type=\"hidden\" name=\"item\" value=\"{Html.Encode(item.Id)}\">")
                    .Raw($"<input type=\"hidden\" name=\"version\" value=\"{item.Version}\"><input type=\"hidden\" name=\"expectedVersion\" value=\"{version}\">{extra}")
                    .Raw($"<button type=\"submit\">{Html.Encode(label)}</button></form>");
            }

            html.Raw("</td></tr>");
        }

        return html.Raw("</tbody></table>").Element("h2", PageText.AddItem).Form(action, "add")
            .Raw("<input type=\"hidden\" name=\"step\" value=\"add\">")
            .Input("item", PageText.Item).Raw($"<label>{PageText.Text} <textarea name=\"text\" id=\"text\"></textarea></label>")
            .Raw($"<button type=\"submit\" id=\"add-item\">{PageText.AddItem}</button></form>")
            .Page($"{PageText.Review} · {caseId}", status);
    }
}
