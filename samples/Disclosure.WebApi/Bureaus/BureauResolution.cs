using Microsoft.AspNetCore.Authorization;

namespace Disclosure.WebApi.Bureaus;

/// <summary>
/// Decides the bureau of a request, after authentication: a signed-in user works in their own bureau (the
/// <see cref="ClaimType"/> claim, put in cookies and tokens at sign-in); <c>?bureau=</c> chooses another bureau only on
/// endpoints that do not require sign-in (public reads), and on an endpoint that does it is answered 404 like any
/// unknown id, so a user of one bureau can neither act on nor learn about another. An unknown <c>?bureau=</c> is 404.
/// </summary>
internal static class BureauResolution
{
    /// <summary>The claim holding the user's bureau id.</summary>
    internal const string ClaimType = "disclosure:bureau";

    /// <summary>The <see cref="HttpContext.Items"/> key of the chosen <see cref="Bureau"/>.</summary>
    internal static readonly object ItemKey = new();

    internal static Task Resolve(HttpContext context, RequestDelegate next)
    {
        var bureaus = context.RequestServices.GetRequiredService<BureauDirectory>();
        var asked = context.Request.Query["bureau"].ToString();
        Bureau? chosen = null;
        if (asked.Length > 0 && (chosen = bureaus.Find(asked)) is null)
        {
            return NotFound(context, WorkbenchText.Get("Bureau.Unknown", asked, string.Join(", ", bureaus.All.Select(b => b.Id)), bureaus.Default.Id));
        }

        if (context.User.Identity?.IsAuthenticated == true)
        {
            // A principal without the claim (issued before bureaus existed) belongs to the default bureau, like its rows.
            var own = bureaus.Find(context.User.FindFirst(ClaimType)?.Value) ?? bureaus.Default;
            if (chosen is not null && chosen != own && RequiresSignIn(context))
            {
                return NotFound(context, WorkbenchText.Get("Bureau.Other", asked, own.Id));
            }

            chosen ??= own;
        }

        context.Items[ItemKey] = chosen ?? bureaus.Default;
        return next(context);
    }

    private static bool RequiresSignIn(HttpContext context) =>
        context.GetEndpoint()?.Metadata is { } metadata && metadata.GetMetadata<IAuthorizeData>() is not null && metadata.GetMetadata<IAllowAnonymous>() is null;

    private static Task NotFound(HttpContext context, string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: WorkbenchText.Get("Bureau.Unknown.Title")).ExecuteAsync(context);
}
