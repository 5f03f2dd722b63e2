using System.Globalization;
using Disclosure.Domain.Catalog;
using Disclosure.WebApi.People;
using Disclosure.WebApi.Recording;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Disclosure.WebApi.Pages;

/// <summary>
/// The pages a person uses: sign in and out (cookie), record a publication, manage accounts. Each form posts with its
/// antiforgery token; a post without it is refused (400).
/// </summary>
internal static class WorkbenchPages
{
    internal static void MapWorkbenchPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/signin", (HttpContext c, IAntiforgery af, string? returnUrl) => SignInPage(new Html(c, af), returnUrl, null));
        pages.MapPost("/signin", SignIn).RequireRateLimiting(PeopleSetup.SignInLimit);
        // The form parameter makes the framework check the antiforgery token, as for every form here.
        pages.MapPost("/signout", async (HttpContext context, IFormCollection form) =>
        {
            await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            return Results.Redirect("/");
        });
        pages.MapGet("/record", RecordPage).RequireAuthorization();
        pages.MapPost("/record", Record).RequireAuthorization();
        pages.MapGet("/users", UsersPage).RequireAuthorization();
        pages.MapPost("/users", CreateUser).RequireAuthorization();
        pages.MapPost("/users/{id}/disable", DisableUser).RequireAuthorization();
        pages.MapGet("/feed", FeedPage).RequireAuthorization();
        pages.MapPost("/feed", IssueFeed).RequireAuthorization();
        pages.MapPost("/feed/revoke", RevokeFeed).RequireAuthorization();
    }

    /// <summary>The calendar subscription page: issue (or replace) and revoke the signed-in user's feed token.</summary>
    private static async Task<IResult> FeedPage(HttpContext context, IAntiforgery af, People.People people, DisclosureSetup setup, string? done = null) =>
        await people.CurrentAsync(context) is { } user
            ? FeedForm(new Html(context, af), setup, user, done is null ? null : PageText.FeedRevoked, null)
            : Results.Redirect("/signin?returnUrl=/feed");

    private static IResult FeedForm(Html html, DisclosureSetup setup, WorkbenchUser user, string? message, string? token)
    {
        Header(html, user).Element("p", PageText.FeedExplained);
        if (message is not null)
        {
            html.Element("p", message, "id=\"done\" role=\"status\"");
        }

        if (token is not null)
        {
            // Shown once: only the token's hash is stored.
            html.Element("p", PageText.FeedShownOnce).Raw("<ul id=\"feeds\">");
            foreach (var unit in setup.OrgChart.Units.OrderBy(u => u.Id.Value != user.Unit))
            {
                var url = $"{html.Origin}/units/{Uri.EscapeDataString(unit.Id.Value)}/agenda.ics?token={token}";
                html.Raw($"<li data-unit=\"{Html.Encode(unit.Id.Value)}\">").Element("span", unit.Name).Raw(" ").Element("code", url).Raw("</li>");
            }

            html.Raw("</ul>");
        }

        return html.Form("/feed", "issue-feed").Raw($"<button type=\"submit\" id=\"issue\">{PageText.FeedIssue}</button></form>")
            .Form("/feed/revoke", "revoke-feed").Raw($"<button type=\"submit\" id=\"revoke\">{PageText.FeedRevoke}</button></form>")
            .Page(PageText.Feed);
    }

    private static async Task<IResult> IssueFeed(HttpContext context, IAntiforgery af, People.People people, DisclosureSetup setup, FeedTokens tokens, IFormCollection form)
    {
        if (await people.CurrentAsync(context) is not { } user)
        {
            return Results.Redirect("/signin?returnUrl=/feed");
        }

        return FeedForm(new Html(context, af), setup, user, PageText.FeedIssued, await tokens.IssueAsync(user));
    }

    private static async Task<IResult> RevokeFeed(HttpContext context, People.People people, FeedTokens tokens, IFormCollection form)
    {
        if (await people.CurrentAsync(context) is not { } user)
        {
            return Results.Redirect("/signin?returnUrl=/feed");
        }

        await tokens.RevokeAsync(user);
        return Results.Redirect("/feed?done=revoked");
    }

    private static IResult SignInPage(Html html, string? returnUrl, string? error, int status = StatusCodes.Status200OK)
    {
        if (error is not null)
        {
            html.Element("p", error, "class=\"error\" id=\"error\"");
        }

        return html.Form("/signin", "signin")
            .Raw($"<input type=\"hidden\" name=\"returnUrl\" value=\"{Html.Encode(returnUrl ?? "/")}\">")
            .Input("user", PageText.Account).Input("password", PageText.Password, "password")
            .Raw($"<button type=\"submit\" id=\"submit\">{PageText.SignIn}</button></form>")
            .Page(PageText.SignIn, status);
    }

    private static async Task<IResult> SignIn(HttpContext context, IAntiforgery af, SignInManager<WorkbenchUser> signIn, IFormCollection form)
    {
        var (user, _) = await PeopleEndpoints.SignInAsync(signIn, form["user"], form["password"]);
        var returnUrl = form["returnUrl"].ToString();
        if (user is null)
        {
            return SignInPage(new Html(context, af), returnUrl, PageText.WrongPassword, StatusCodes.Status401Unauthorized);
        }

        await signIn.SignInAsync(user, isPersistent: false);
        // Only local addresses: a sign-in link cannot send the person elsewhere.
        return Results.LocalRedirect(Uri.IsWellFormedUriString(returnUrl, UriKind.Relative) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/");
    }

    private static async Task<IResult> RecordPage(HttpContext context, IAntiforgery af, People.People people, DisclosureSetup setup, string? done = null)
    {
        if (await people.CurrentAsync(context) is not { } user)
        {
            return Results.Redirect("/signin?returnUrl=/record");
        }

        return RecordForm(new Html(context, af), setup, user, done, null);
    }

    private static IResult RecordForm(Html html, DisclosureSetup setup, WorkbenchUser user, string? message, string? error, int status = StatusCodes.Status200OK)
    {
        Header(html, user);
        if (message is not null)
        {
            html.Element("p", message, "id=\"done\" role=\"status\"");
        }

        if (error is not null)
        {
            html.Element("p", error, "class=\"error\" id=\"error\"");
        }

        html.Form("/record", "record").Raw($"<label>{PageText.Column} <select name=\"column\" id=\"column\">");
        foreach (var column in setup.Catalog.Columns)
        {
            html.Raw($"<option value=\"{Html.Encode(column.Id.Value)}\">{Html.Encode($"{column.SeedRow}. {column.Name}")}</option>");
        }

        return html.Raw("</select></label>").Input("on", PageText.PublishedOn, "date")
            .Raw($"<button type=\"submit\" id=\"save\">{PageText.Save}</button></form>")
            .Page(PageText.Record, status);
    }

    private static async Task<IResult> Record(HttpContext context, IAntiforgery af, People.People people, DisclosureSetup setup, PublicationHistory history, IFormCollection form)
    {
        if (await people.CurrentAsync(context) is not { } user)
        {
            return Results.Redirect("/signin?returnUrl=/record");
        }

        var column = setup.Catalog.Columns.FirstOrDefault(c => ColumnId.TryParse(form["column"], out var id) && c.Id == id);
        if (column is null)
        {
            return RecordForm(new Html(context, af), setup, user, null, PageText.BadColumn, StatusCodes.Status400BadRequest);
        }

        if (!ApiInput.TryDate(form["on"], "on", out var on, out _))
        {
            return RecordForm(new Html(context, af), setup, user, null, PageText.BadDate, StatusCodes.Status400BadRequest);
        }

        var version = await history.AppendAsync([PublicationHistory.Publication(column.Id, on)], user.UserName!, context.RequestAborted);
        var done = string.Format(CultureInfo.InvariantCulture, PageText.Recorded, column.Name, form["on"].ToString(), version);
        return Results.Redirect($"/record?done={Uri.EscapeDataString(done)}");
    }

    private static async Task<IResult> UsersPage(HttpContext context, IAntiforgery af, People.People people, UserManager<WorkbenchUser> users, DisclosureSetup setup) =>
        await people.CurrentAsync(context) switch
        {
            null => Results.Redirect("/signin?returnUrl=/users"),
            { IsAdmin: false } user => Header(new Html(context, af), user).Element("p", PageText.AdminsOnly, "class=\"error\"").Page(PageText.Users, StatusCodes.Status403Forbidden),
            var admin => UsersList(new Html(context, af), admin, users, setup, null),
        };

    private static IResult UsersList(Html html, WorkbenchUser admin, UserManager<WorkbenchUser> users, DisclosureSetup setup, Dictionary<string, string[]>? errors)
    {
        Header(html, admin);
        if (errors is not null)
        {
            html.Element("p", string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")), "class=\"error\" id=\"error\"");
        }

        html.Raw($"<table id=\"accounts\"><thead><tr><th>{PageText.Account}</th><th>{PageText.DisplayName}</th><th>{PageText.Unit}</th><th>{PageText.Roles}</th><th></th></tr></thead><tbody>");
        foreach (var u in users.Users.Where(u => u.Bureau == admin.Bureau).OrderBy(u => u.UserName).ToList())
        {
            html.Raw($"<tr data-user=\"{Html.Encode(u.UserName!)}\">").Element("td", u.UserName!).Element("td", u.DisplayName).Element("td", setup.UnitName(Domain.Responsibilities.UnitId.Parse(u.Unit)))
                .Element("td", string.Join(PageText.ListSeparator, u.RoleIds.Select(r => setup.ReviewRoles.TryGetValue(r, out var role) ? role.Name : r)) + (u.IsAdmin ? $" {PageText.Admin}" : ""))
                .Raw("<td>");
            if (u.IsDisabled)
            {
                html.Raw(PageText.Disabled);
            }
            else
            {
                html.Form($"/users/{Uri.EscapeDataString(u.UserName!)}/disable", $"disable-{u.UserName}").Raw($"<button type=\"submit\">{PageText.Disable}</button></form>");
            }

            html.Raw("</td></tr>");
        }

        html.Raw("</tbody></table>").Element("h2", PageText.Create).Form("/users", "create")
            .Input("id", PageText.Account).Input("displayName", PageText.DisplayName).Input("password", PageText.Password, "password")
            .Raw($"<label>{PageText.Unit} <select name=\"unit\" id=\"unit\">");
        foreach (var unit in setup.OrgChart.Units)
        {
            html.Raw($"<option value=\"{Html.Encode(unit.Id.Value)}\">{Html.Encode(unit.Name)}</option>");
        }

        html.Raw($"</select></label><fieldset><legend>{PageText.Roles}</legend>");
        foreach (var role in setup.ReviewRoles.Values)
        {
            html.Raw($"<label><input type=\"checkbox\" name=\"roles\" value=\"{Html.Encode(role.Id)}\"> {Html.Encode(role.Name)}</label>");
        }

        return html.Raw($"<label><input type=\"checkbox\" name=\"admin\" value=\"true\"> {PageText.Admin}</label></fieldset><button type=\"submit\" id=\"create-user\">{PageText.Create}</button></form>")
            .Page(PageText.Users, errors is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> CreateUser(HttpContext context, IAntiforgery af, People.People people, UserManager<WorkbenchUser> users, Bureaus.BureauContext bureau, DisclosureSetup setup, IFormCollection form)
    {
        if (await PeopleEndpoints.AdminAsync(context, people) is { } refused)
        {
            return refused;
        }

        var (created, errors) = await PeopleEndpoints.CreateAsync(people, users, bureau, new PeopleEndpoints.NewUserRequest(
            form["id"], form["displayName"], form["unit"], [.. form["roles"].OfType<string>()], form["password"], form["admin"] == "true"));
        return created is null ? UsersList(new Html(context, af), (await people.CurrentAsync(context))!, users, setup, errors) : Results.Redirect("/users");
    }

    private static async Task<IResult> DisableUser(string id, HttpContext context, People.People people, UserManager<WorkbenchUser> users, Bureaus.BureauContext bureau, IFormCollection form)
    {
        var result = await PeopleEndpoints.DisableUser(id, context, people, users, bureau);
        return result is IStatusCodeHttpResult { StatusCode: 200 } ? Results.Redirect("/users") : result;
    }

    /// <summary>Who is signed in, and the sign-out button.</summary>
    internal static Html Header(Html html, WorkbenchUser user) =>
        html.Element("p", string.Format(CultureInfo.InvariantCulture, PageText.SignedInAs, user.DisplayName, user.UserName), "id=\"who\"")
            .Form("/signout", "signout").Raw($"<button type=\"submit\">{PageText.SignOut}</button></form>");
}
