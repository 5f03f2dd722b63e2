namespace Disclosure.WebApi.Bureaus;

/// <summary>
/// One bureau the server hosts: its id (the key of every stored row and of <c>?bureau=</c>), its name and its rules.
/// Immutable; built once at start by <see cref="BureauDirectory"/>.
/// </summary>
/// <param name="Id">The bureau id: lower-case ASCII letters, digits and hyphens, for example <c>xuancheng</c>.</param>
/// <param name="Name">The name pages show (the configured <c>Name</c>, else the catalog's bureau name).</param>
/// <param name="Setup">The bureau's rule pack, calendar, catalog, policy and configured registers.</param>
/// <param name="Section">The configuration section it was built from (for messages and the bootstrap account).</param>
internal sealed record Bureau(string Id, string Name, DisclosureSetup Setup, string Section)
{
    /// <summary>The id of the one bureau of a server that configures none under <c>Workbench:Bureaus</c>.</summary>
    internal const string DefaultId = "default";

    /// <summary>Whether a text is a bureau id (1–64 of <c>a-z</c>, <c>0-9</c>, <c>-</c>, not starting with <c>-</c>).</summary>
    internal static bool IsValidId(string? text) =>
        text is { Length: > 0 and <= 64 } && text[0] != '-' && text.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
