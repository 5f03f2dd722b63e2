using System.Security.Claims;
using Disclosure.WebApi.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Disclosure.WebApi.Bureaus;

/// <summary>Puts the user's bureau into the principal of cookies and bearer tokens (<see cref="BureauResolution.ClaimType"/>).</summary>
internal sealed class BureauClaims(UserManager<WorkbenchUser> users, IOptions<IdentityOptions> options) : UserClaimsPrincipalFactory<WorkbenchUser>(users, options)
{
    /// <inheritdoc/>
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(WorkbenchUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(BureauResolution.ClaimType, user.Bureau));
        return identity;
    }
}
