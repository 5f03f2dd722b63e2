using System.Collections.Immutable;
using System.Diagnostics.Contracts;

namespace Disclosure.Domain.Responsibilities;

/// <summary>
/// An organisational unit of a bureau (办公室, a section, a directly affiliated agency) with the names the
/// seed uses for it and the topics it is competent for.
/// </summary>
/// <remarks>
/// Topics are what <see cref="Responsibility.RelevantSections(string)"/> (各相关科室) resolves against: a
/// catalog column id or a work-plan topic. Instances are immutable and thread-safe. Equality is reference
/// equality: two units are the same unit when they come from the same <see cref="OrgChart"/>; compare
/// <see cref="Id"/> to compare across charts.
/// </remarks>
public sealed class Unit
{
    /// <summary>Creates a unit.</summary>
    /// <param name="id">The stable identifier.</param>
    /// <param name="name">The official Chinese name, for example 社会救助科.</param>
    /// <param name="englishName">An English name, for example Social Assistance Section, or <see langword="null"/> when it has none.</param>
    /// <param name="kind">The kind of unit.</param>
    /// <param name="aliases">Other Chinese names used for the unit (for example 儿童福利科); may be <see langword="null"/>.</param>
    /// <param name="topics">The topics the unit is competent for; may be <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value, a name is empty or white space, or an alias or topic is empty, white space or repeated.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="kind"/> is <see langword="null"/>.</exception>
    public Unit(UnitId id, string name, string? englishName, UnitKind kind, IEnumerable<string>? aliases = null, IEnumerable<string>? topics = null)
    {
        if (id.Value is null)
        {
            throw new ArgumentException("A default UnitId is not a unit id: create ids with UnitId.Parse.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(kind);
        Id = id;
        Name = name;
        EnglishName = string.IsNullOrWhiteSpace(englishName) ? null : englishName;
        Kind = kind;
        Aliases = Checked(aliases, nameof(aliases));
        Topics = Checked(topics, nameof(topics));
    }

    /// <summary>Gets the stable identifier, for example <c>child-welfare</c>.</summary>
    public UnitId Id { get; }

    /// <summary>Gets the official Chinese name, for example 未成年人保护和儿童福利科.</summary>
    public string Name { get; }

    /// <summary>Gets the English name, or <see langword="null"/> when the unit has none.</summary>
    public string? EnglishName { get; }

    /// <summary>Gets the kind of unit.</summary>
    public UnitKind Kind { get; }

    /// <summary>Gets the other Chinese names the seed uses for this unit, for example 儿童福利科.</summary>
    public ImmutableArray<string> Aliases { get; }

    /// <summary>Gets the topics (catalog column ids, work-plan topics) this unit is competent for.</summary>
    public ImmutableArray<string> Topics { get; }

    /// <summary>Tells whether <paramref name="name"/> is the Chinese name or an alias of this unit (ordinal, trimmed).</summary>
    /// <param name="name">The name to test.</param>
    /// <returns><see langword="true"/> when the name designates this unit.</returns>
    [Pure]
    public bool IsNamed(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        return Name == trimmed || Aliases.Contains(trimmed);
    }

    /// <summary>Tells whether this unit is competent for <paramref name="topic"/>.</summary>
    /// <param name="topic">The topic.</param>
    /// <returns><see langword="true"/> when <see cref="Topics"/> contains the topic (ordinal).</returns>
    [Pure]
    public bool HasTopic(string topic) => Topics.Contains(topic, StringComparer.Ordinal);

    /// <summary>Describes the unit, for example <c>social-assistance (社会救助科)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Id} ({Name})";

    private static ImmutableArray<string> Checked(IEnumerable<string>? values, string parameter)
    {
        var list = values?.ToImmutableArray() ?? [];
        foreach (var value in list)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException("Aliases and topics must not be empty or white space.", parameter);
            }
        }

        if (list.Length > 1 && list.Distinct(StringComparer.Ordinal).Count() != list.Length)
        {
            throw new ArgumentException($"A value is repeated in [{string.Join(", ", list)}].", parameter);
        }

        return list;
    }
}
