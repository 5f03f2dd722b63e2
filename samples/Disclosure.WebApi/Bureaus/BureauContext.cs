namespace Disclosure.WebApi.Bureaus;

/// <summary>
/// The bureau of the current request, and its rules: inject it (or <see cref="DisclosureSetup"/>, which is resolved
/// through it) in any endpoint or page. For a signed-in user it is the user's bureau; for an anonymous request it is
/// <c>?bureau=</c> or the default bureau; public read endpoints (<c>/catalog</c>, <c>/due</c>, the board) honour
/// <c>?bureau=</c> for signed-in users too. <see cref="BureauResolution"/> decides it once per request, before the
/// endpoint runs; outside a request (start-up work) it is the default bureau unless <see cref="Use"/> says otherwise.
/// Every stored row is keyed by <see cref="Id"/> (<see cref="Storage.EventStore"/>, the accounts, idempotency keys).
/// </summary>
/// <remarks>One per request scope; not thread-safe (like the scope's other services).</remarks>
internal sealed class BureauContext(IHttpContextAccessor http, BureauDirectory bureaus)
{
    private Bureau? _chosen;

    /// <summary>Gets the bureau of the request.</summary>
    public Bureau Current => _chosen ?? (http.HttpContext?.Items[BureauResolution.ItemKey] as Bureau) ?? bureaus.Default;

    /// <summary>Gets the bureau id (the key of every stored row).</summary>
    public string Id => Current.Id;

    /// <summary>Gets the bureau's rules.</summary>
    public DisclosureSetup Setup => Current.Setup;

    /// <summary>Works on one bureau for the rest of the scope (start-up work that is not an HTTP request).</summary>
    /// <param name="bureau">The bureau.</param>
    internal void Use(Bureau bureau) => _chosen = bureau;
}
