using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Review;
using Microsoft.AspNetCore.Identity;

namespace Disclosure.WebApi.People;

/// <summary>
/// An account: its <see cref="IdentityUser.UserName"/> is the person's canonical <see cref="PersonId"/> (what the review
/// trail records), with a display name, the unit the person works in and the review roles the person holds.
/// </summary>
public sealed class WorkbenchUser : IdentityUser
{
    /// <summary>Gets or sets the id of the bureau the account belongs to (<see cref="Bureaus.Bureau.Id"/>); it works there only.</summary>
    public string Bureau { get; set; } = Bureaus.Bureau.DefaultId;

    /// <summary>Gets or sets the name shown on pages and in the trail, for example 张三.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>Gets or sets the unit id of the org chart, for example <c>office</c>.</summary>
    public string Unit { get; set; } = "";

    /// <summary>Gets or sets the review role ids, comma-separated (<c>information-publisher,leader-in-charge</c>).</summary>
    public string ReviewRoles { get; set; } = "";

    /// <summary>Gets or sets a value indicating whether the user may create and disable accounts.</summary>
    public bool IsAdmin { get; set; }

    /// <summary>Gets or sets a value indicating whether the account was disabled by an administrator (it can no longer sign in or call the API).</summary>
    public bool IsDisabled { get; set; }

    /// <summary>The person as the review policy sees them.</summary>
    /// <param name="roles">The review roles of the bureau's policy, by id.</param>
    /// <returns>The reviewer with the user's id, name, unit and those of its roles that the policy knows.</returns>
    public Reviewer ToReviewer(IReadOnlyDictionary<string, ReviewRole> roles) =>
        Reviewer.Create(PersonId.Parse(UserName!), DisplayName, UnitId.Parse(Unit), RoleIds.Select(id => roles[id]));

    /// <summary>Gets the review role ids one by one.</summary>
    public IEnumerable<string> RoleIds => ReviewRoles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
