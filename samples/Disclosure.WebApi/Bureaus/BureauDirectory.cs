namespace Disclosure.WebApi.Bureaus;

/// <summary>
/// The bureaus one server hosts, built once from configuration. Each <c>Workbench:Bureaus:{id}</c> section is a bureau
/// with the settings of <see cref="DisclosureOptions"/> (<c>RulePack</c>, <c>Name</c>, <c>OfficeHeads</c>,
/// <c>CalendarData</c>, <c>Provisional</c>, <c>Publications</c>, <c>Requests</c>) and its own first administrator
/// (<c>…:Bootstrap:User</c>, <c>…:Bootstrap:Password</c>). The default bureau — the one of anonymous requests without
/// <c>?bureau=</c> and of the global <c>Workbench:Bootstrap</c> administrator — is <c>Workbench:DefaultBureau</c>, else
/// the first section in key order. With no bureau configured there is one, <see cref="Bureau.DefaultId"/>, from the
/// <c>Disclosure</c> section (by default the embedded Xuancheng pack): a single-bureau server as before.
/// </summary>
/// <remarks>Immutable after construction and thread-safe (a singleton).</remarks>
internal sealed class BureauDirectory
{
    internal const string Section = "Workbench:Bureaus";

    private readonly Dictionary<string, Bureau> _byId;

    /// <summary>Builds every configured bureau.</summary>
    /// <param name="configuration">The application's configuration.</param>
    /// <exception cref="InvalidOperationException">A bureau id or a bureau's setting is invalid; the message names the key.</exception>
    public BureauDirectory(IConfiguration configuration)
    {
        var sections = configuration.GetSection(Section).GetChildren().ToList();
        if (sections.Count == 0)
        {
            All = [Build(Bureau.DefaultId, configuration.GetSection(DisclosureOptions.Section))];
        }
        else
        {
            foreach (var s in sections.Where(s => !Bureau.IsValidId(s.Key)))
            {
                throw new InvalidOperationException($"{Section}:{s.Key}: '{s.Key}' is not a bureau id; use lower-case ASCII letters, digits and hyphens, for example xuancheng or jingde-county.");
            }

            All = [.. sections.Select(s => Build(s.Key, s))];
        }

        _byId = All.ToDictionary(b => b.Id, StringComparer.Ordinal);
        var chosen = configuration["Workbench:DefaultBureau"];
        Default = string.IsNullOrWhiteSpace(chosen) ? All[0]
            : Find(chosen) ?? throw new InvalidOperationException($"Workbench:DefaultBureau is '{chosen}', which is not configured; use one of {string.Join(", ", All.Select(b => b.Id))}.");
    }

    /// <summary>Gets every hosted bureau, in configuration key order.</summary>
    public IReadOnlyList<Bureau> All { get; }

    /// <summary>Gets the default bureau (anonymous requests without <c>?bureau=</c>, the global bootstrap administrator).</summary>
    public Bureau Default { get; }

    /// <summary>The bureau with an id, or <see langword="null"/> when the server hosts none such.</summary>
    /// <param name="id">The bureau id.</param>
    /// <returns>The bureau.</returns>
    public Bureau? Find(string? id) => id is not null && _byId.TryGetValue(id, out var bureau) ? bureau : null;

    private static Bureau Build(string id, IConfigurationSection section)
    {
        var options = new DisclosureOptions();
        section.Bind(options);
        var setup = new DisclosureSetup(options, section.Path);
        return new Bureau(id, string.IsNullOrWhiteSpace(options.Name) ? setup.Catalog.BureauName : options.Name.Trim(), setup, section.Path);
    }
}
