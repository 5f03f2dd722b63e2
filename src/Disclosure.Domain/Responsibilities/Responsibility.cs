using System.Collections.Immutable;
using System.Diagnostics.Contracts;

namespace Disclosure.Domain.Responsibilities;

/// <summary>
/// Who is responsible for a duty, as the seed states it: named units, or a rule that names units only
/// once a context is known (各科室, 各相关科室, 谁承办谁更新, 谁公开、谁清理 …).
/// </summary>
/// <remarks>
/// A closed set: instances come from the static members of this class only. Equality is by value
/// (kind, units in order, topic). Instances are immutable and thread-safe.
/// </remarks>
public sealed class Responsibility : IEquatable<Responsibility>
{
    private Responsibility(ResponsibilityKind kind, ImmutableArray<UnitId> units, string? topic)
    {
        Kind = kind;
        Units = units;
        Topic = topic;
    }

    /// <summary>Gets every section of the bureau (各科室).</summary>
    public static Responsibility AllSections { get; } = new(ResponsibilityKind.AllSections, [], null);

    /// <summary>Gets the drafting section of the policy document in question (各政策文件起草科室).</summary>
    public static Responsibility DraftingSection { get; } = new(ResponsibilityKind.DraftingSection, [], null);

    /// <summary>Gets the sections exercising the administrative power in question (各行政权力实施科室).</summary>
    public static Responsibility PowerExercisingSections { get; } = new(ResponsibilityKind.PowerExercisingSections, [], null);

    /// <summary>Gets the host of the event in question (承办科室).</summary>
    public static Responsibility EventHost { get; } = new(ResponsibilityKind.EventHost, [], null);

    /// <summary>Gets the handler of the case in question (谁承办谁更新, 各信息公开申请办理科室).</summary>
    public static Responsibility CaseHandler { get; } = new(ResponsibilityKind.CaseHandler, [], null);

    /// <summary>Gets the publisher of the item in question (谁公开、谁清理).</summary>
    public static Responsibility Publisher { get; } = new(ResponsibilityKind.Publisher, [], null);

    /// <summary>Gets the directly affiliated agencies (各直属机构).</summary>
    public static Responsibility AffiliatedAgencies { get; } = new(ResponsibilityKind.AffiliatedAgencies, [], null);

    /// <summary>Gets the form of this responsibility.</summary>
    public ResponsibilityKind Kind { get; }

    /// <summary>Gets the named units, in the order given; empty unless <see cref="Kind"/> is <see cref="ResponsibilityKind.Units"/>.</summary>
    public ImmutableArray<UnitId> Units { get; }

    /// <summary>Gets the topic whose competent sections are meant; set only for <see cref="ResponsibilityKind.RelevantSections"/>.</summary>
    public string? Topic { get; }

    /// <summary>Creates a responsibility of named units.</summary>
    /// <param name="units">One or more distinct units.</param>
    /// <returns>The responsibility.</returns>
    /// <exception cref="ArgumentException"><paramref name="units"/> is empty, holds a default id, or names a unit twice.</exception>
    [Pure]
    public static Responsibility Of(params IEnumerable<UnitId> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var list = units.ToImmutableArray();
        if (list.IsEmpty)
        {
            throw new ArgumentException("A responsibility of named units needs at least one unit.", nameof(units));
        }

        if (list.Any(u => u.Value is null))
        {
            throw new ArgumentException("A default UnitId is not a unit: create ids with UnitId.Parse.", nameof(units));
        }

        if (list.Length > 1 && list.Distinct().Count() != list.Length)
        {
            throw new ArgumentException($"A unit is named twice in [{string.Join(", ", list)}].", nameof(units));
        }

        return new Responsibility(ResponsibilityKind.Units, list, null);
    }

    /// <summary>Creates a responsibility of the sections competent for a topic (各相关科室).</summary>
    /// <param name="topic">The topic identifier, for example a catalog column id.</param>
    /// <returns>The responsibility.</returns>
    /// <exception cref="ArgumentException"><paramref name="topic"/> is empty or white space.</exception>
    [Pure]
    public static Responsibility RelevantSections(string topic)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        return new Responsibility(ResponsibilityKind.RelevantSections, [], topic);
    }

    /// <inheritdoc/>
    public bool Equals(Responsibility? other) =>
        other is not null && Kind == other.Kind && Topic == other.Topic && Units.SequenceEqual(other.Units);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Responsibility);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        hash.Add(Topic);
        foreach (var unit in Units)
        {
            hash.Add(unit);
        }

        return hash.ToHashCode();
    }

    /// <summary>Describes the responsibility, for example <c>Units(office, social-assistance)</c> or <c>RelevantSections(rural-revitalization)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Kind switch
    {
        ResponsibilityKind.Units => $"Units({string.Join(", ", Units)})",
        ResponsibilityKind.RelevantSections => $"RelevantSections({Topic})",
        _ => Kind.ToString(),
    };
}
