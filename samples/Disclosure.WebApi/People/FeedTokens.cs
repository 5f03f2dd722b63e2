using System.Security.Cryptography;
using System.Text;
using Disclosure.WebApi.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.WebApi.People;

/// <summary>
/// Each account's calendar feed token: a random secret for the query string of <c>/units/{id}/agenda.ics</c>, since a
/// calendar app subscribing to a URL sends no cookie and no bearer token. It is neither the password nor a session token:
/// it opens the agenda feeds and nothing else. One per account; issuing a new one revokes the old; only its SHA-256 is
/// stored (Identity's token table), so a copy of the database does not hold working feed addresses.
/// </summary>
internal sealed class FeedTokens(WorkbenchDbContext db, UserManager<WorkbenchUser> users)
{
    private const string Provider = "workbench";
    private const string Purpose = "agenda-feed";

    /// <summary>The random bytes of a token (256 bits), written as 43 characters of base64url.</summary>
    private const int Bytes = 32;

    /// <summary>Issues the account's feed token, replacing (and so revoking) the one it had.</summary>
    /// <returns>The token; it is shown once and cannot be read back.</returns>
    internal async Task<string> IssueAsync(WorkbenchUser user)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(Bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Check(await users.SetAuthenticationTokenAsync(user, Provider, Purpose, Hash(token)));
        return token;
    }

    /// <summary>Revokes the account's feed token: every subscribed calendar gets 401 from then on.</summary>
    internal async Task RevokeAsync(WorkbenchUser user) => Check(await users.RemoveAuthenticationTokenAsync(user, Provider, Purpose));

    /// <summary>The active account whose feed token this is, or <see langword="null"/> (unknown, revoked, or the account is disabled).</summary>
    internal async Task<WorkbenchUser?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64)
        {
            return null;
        }

        var hash = Hash(token);
        var id = await db.UserTokens.AsNoTracking()
            .Where(t => t.LoginProvider == Provider && t.Name == Purpose && t.Value == hash)
            .Select(t => t.UserId)
            .FirstOrDefaultAsync(cancellationToken);
        return id is null ? null : await users.FindByIdAsync(id) is { IsDisabled: false } user ? user : null;
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The feed token could not be stored: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
