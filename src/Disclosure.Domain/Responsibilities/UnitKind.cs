using System.Collections.Immutable;
using System.Diagnostics.Contracts;

namespace Disclosure.Domain.Responsibilities;

/// <summary>
/// The kind of an organisational unit of a bureau: its office (办公室), a section (科室) or a directly
/// affiliated agency (直属机构).
/// </summary>
/// <remarks>
/// A closed set: the only instances are the static members of this class, so reference equality is value
/// equality. Instances are immutable and thread-safe.
/// <para>
/// The office is a unit of its own kind, but <see cref="Responsibility.AllSections"/> (各科室) includes it:
/// see <see cref="IsSection"/>.
/// </para>
/// </remarks>
public sealed class UnitKind
{
    private UnitKind(string id, string name, string englishName, bool isSection)
    {
        Id = id;
        Name = name;
        EnglishName = englishName;
        IsSection = isSection;
    }

    /// <summary>Gets the bureau's office (办公室), the internal unit that runs disclosure work.</summary>
    public static UnitKind Office { get; } = new("office", "办公室", "office", isSection: true);

    /// <summary>Gets an internal section (内设科室), including bodies named 局 that sit inside the bureau.</summary>
    public static UnitKind Section { get; } = new("section", "科室", "section", isSection: true);

    /// <summary>Gets a directly affiliated agency (直属机构): a separate body under the bureau, not one of its sections.</summary>
    public static UnitKind AffiliatedAgency { get; } = new("affiliated-agency", "直属机构", "directly affiliated agency", isSection: false);

    /// <summary>Gets every kind, in declaration order.</summary>
    public static ImmutableArray<UnitKind> All { get; } = [Office, Section, AffiliatedAgency];

    /// <summary>Gets the stable identifier used in JSON, for example <c>affiliated-agency</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the Chinese name of the kind, for example 直属机构.</summary>
    public string Name { get; }

    /// <summary>Gets the English name of the kind.</summary>
    public string EnglishName { get; }

    /// <summary>
    /// Gets a value indicating whether units of this kind count as sections for 各科室
    /// (<see cref="Responsibility.AllSections"/>): <see langword="true"/> for <see cref="Office"/> and
    /// <see cref="Section"/>. The office is an internal unit at section level (内设机构) and drafts and
    /// publishes like any section; where the seed writes 办公室、各科室 it names the office for emphasis.
    /// </summary>
    public bool IsSection { get; }

    /// <summary>Finds the kind with the given identifier.</summary>
    /// <param name="id">The identifier, for example <c>section</c>.</param>
    /// <param name="kind">The kind found, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when a kind has this identifier.</returns>
    public static bool TryParse(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out UnitKind? kind)
    {
        kind = All.FirstOrDefault(k => k.Id == id);
        return kind is not null;
    }

    /// <summary>Returns the identifier.</summary>
    /// <returns>The identifier, for example <c>office</c>.</returns>
    [Pure]
    public override string ToString() => Id;
}
