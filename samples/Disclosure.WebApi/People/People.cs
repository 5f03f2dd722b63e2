using Disclosure.Domain.Responsibilities;
using Disclosure.WebApi.Bureaus;
using Microsoft.AspNetCore.Identity;

namespace Disclosure.WebApi.People;

/// <summary>
/// The signed-in person of a request, read from the account table on every call (so a disabled account stops at once,
/// bearer token or cookie), and account administration, within the request's bureau.
/// </summary>
internal sealed class People(UserManager<WorkbenchUser> users, BureauContext bureau)
{
    private DisclosureSetup Setup => bureau.Setup;

    /// <summary>
    /// The account behind the request's cookie or token, or <see langword="null"/> when there is none, it is disabled or it
    /// belongs to another bureau than the request's.
    /// </summary>
    internal async Task<WorkbenchUser?> CurrentAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var user = await users.GetUserAsync(context.User);
        return user is { IsDisabled: false } && user.Bureau == bureau.Id ? user : null;
    }

    /// <summary>Checks a new account's fields; the messages name the field and say how to fix it.</summary>
    internal Dictionary<string, string[]> Validate(string? id, string? displayName, string? unit, IEnumerable<string>? roles)
    {
        var errors = new Dictionary<string, string[]>();
        if (PersonId.Explain(id) is { } why)
        {
            errors["id"] = [why];
        }

        if (string.IsNullOrWhiteSpace(displayName))
        {
            errors["displayName"] = ["give the person's name as it is shown, for example 张三."];
        }

        if (!UnitId.TryParse(unit, out var unitId) || Setup.OrgChart.Find(unitId) is null)
        {
            errors["unit"] = [$"'{unit}' is not a unit of {Setup.Catalog.BureauName}; use one of: {string.Join(", ", Setup.OrgChart.Units.Select(u => $"{u.Id} ({u.Name})"))}."];
        }

        var unknown = (roles ?? []).Where(r => !Setup.ReviewRoles.ContainsKey(r)).ToList();
        if (unknown.Count > 0)
        {
            errors["roles"] = [$"{string.Join(", ", unknown)}: not a review role of the policy; use: {string.Join(", ", Setup.ReviewRoles.Values.Select(r => $"{r.Id} ({r.Name})"))}."];
        }

        return errors;
    }
}
