using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Review;

/// <summary>A person who authors, reviews, clears or publishes information: an identity, a display name, the roles held and the unit.</summary>
/// <remarks>
/// Equality is by value: <see cref="Id"/>, <see cref="DisplayName"/>, <see cref="Unit"/> and the set of <see cref="Roles"/>.
/// The review rules compare people by <see cref="Id"/> only, a <see cref="PersonId"/> in its one canonical form: one
/// person, two hats (two <see cref="Reviewer"/> values with the same id) is still one person, and a second spelling of
/// an id (case, spaces, full-width or look-alike letters) cannot be created. <see cref="DisplayName"/> is for people
/// to read and never identifies anyone. Instances are immutable and thread-safe.
/// </remarks>
public sealed class Reviewer : IEquatable<Reviewer>
{
    private Reviewer(PersonId id, string displayName, UnitId unit, ImmutableArray<ReviewRole> roles)
    {
        Id = id;
        DisplayName = displayName;
        Unit = unit;
        Roles = roles;
    }

    /// <summary>Gets the person's identity (for example a staff number), the only thing the review rules compare.</summary>
    public PersonId Id { get; }

    /// <summary>Gets the name shown to people, for example <c>张三</c>; it identifies nobody (two people may share a name).</summary>
    public string DisplayName { get; }

    /// <summary>Gets the unit the person belongs to; the unit of a publisher owes the clean-up (谁公开、谁清理).</summary>
    public UnitId Unit { get; }

    /// <summary>Gets the roles the person holds, without duplicates, in the order given.</summary>
    public ImmutableArray<ReviewRole> Roles { get; }

    /// <summary>Creates a person.</summary>
    /// <param name="id">The person's identity (create it with <see cref="PersonId.Parse(string)"/>); not the default id.</param>
    /// <param name="displayName">The name shown to people, for example <c>张三</c>; not empty.</param>
    /// <param name="unit">The person's unit; not the default id.</param>
    /// <param name="roles">The roles held (may be none, for an author who only drafts).</param>
    /// <returns>The person.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="unit"/> is the default id, or <paramref name="displayName"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="displayName"/>, <paramref name="roles"/> or one of its elements is <see langword="null"/>.</exception>
    [Pure]
    public static Reviewer Create(PersonId id, string displayName, UnitId unit, params IEnumerable<ReviewRole> roles)
    {
        if (id.Value is null)
        {
            throw new ArgumentException("A default PersonId is nobody: create ids with PersonId.Parse.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        ArgumentNullException.ThrowIfNull(roles);
        if (unit.Value is null)
        {
            throw new ArgumentException("A default UnitId is not a unit: create ids with UnitId.Parse.", nameof(unit));
        }

        var list = roles.ToImmutableArray();
        foreach (var role in list)
        {
            ArgumentNullException.ThrowIfNull(role, nameof(roles));
        }

        return new Reviewer(id, displayName, unit, list.Distinct().ToImmutableArray());
    }

    /// <summary>Tells whether the person holds <paramref name="role"/>.</summary>
    /// <param name="role">The role.</param>
    /// <returns><see langword="true"/> when the person holds the role.</returns>
    [Pure]
    public bool HasRole(ReviewRole role) => Roles.Contains(role);

    /// <inheritdoc/>
    public bool Equals(Reviewer? other) =>
        other is not null && Id == other.Id && string.Equals(DisplayName, other.DisplayName, StringComparison.Ordinal) && Unit == other.Unit && Roles.Length == other.Roles.Length && Roles.All(other.Roles.Contains);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Reviewer);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Unit, Roles.Length);

    /// <summary>Returns the person id and unit, for example <c>zhang@office</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Id}@{Unit}";
}
