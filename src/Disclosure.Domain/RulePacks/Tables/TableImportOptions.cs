namespace Disclosure.Domain.RulePacks.Tables;

/// <summary>What a table import writes besides the table: the pack's id and metadata, its base, and the reviewer's hints.</summary>
/// <param name="PackId">The new pack's id (lower-case ASCII words joined by hyphens, for example <c>jingxian-civil-affairs-2025</c>).</param>
/// <param name="EffectiveDate">The date the catalog takes effect (obligations are tracked from it).</param>
/// <remarks>Immutable; value equality.</remarks>
public sealed record TableImportOptions(string PackId, LocalDate EffectiveDate)
{
    /// <summary>
    /// Gets the bureau's Chinese name (for example 泾县民政局); <see langword="null"/> to keep the base pack's, which a
    /// stand-alone import does not have (then the name is required).
    /// </summary>
    public string? Bureau { get; init; }

    /// <summary>Gets the jurisdiction's Chinese name (for example 泾县); <see langword="null"/> for the base's, or the bureau's name.</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>
    /// Gets the pack the new one extends, or <see langword="null"/> for a stand-alone pack. With a base, the table's
    /// columns replace the base's catalog (the base's columns are removed), its units are matched by name and alias,
    /// and the review policy, obligations, work plan and calendar are inherited.
    /// </summary>
    public RulePack? Base { get; init; }

    /// <summary>Gets how the new pack names its base in <c>extends</c> (<c>builtin:xuancheng-civil-affairs-2024</c> or a relative path).</summary>
    public string? BaseName { get; init; }

    /// <summary>Gets the directory a relative <see cref="BaseName"/> is resolved against when the result is checked by loading it.</summary>
    public string? BaseDirectory { get; init; }

    /// <summary>Gets the reviewer's decisions for ambiguous rows, ids, repairs and aliases.</summary>
    public ImportHints Hints { get; init; } = ImportHints.None;

    /// <summary>Gets the bureau's time zone (a TZDB id).</summary>
    public string TimeZone { get; init; } = "Asia/Shanghai";
}
