using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Review;

/// <summary>A person who authors, reviews, clears or publishes information: an id, the roles held and the unit.</summary>
/// <remarks>
/// Equality is by value: <see cref="Id"/>, <see cref="Unit"/> and the set of <see cref="Roles"/>.
/// The review rules compare people by <see cref="Id"/> only (one person, two hats is still one person).
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class Reviewer : IEquatable<Reviewer>
{
    private Reviewer(string id, UnitId unit, ImmutableArray<ReviewRole> roles)
    {
        Id = id;
        Unit = unit;
        Roles = roles;
    }

    /// <summary>Gets the stable person identifier (for example a staff number).</summary>
    public string Id { get; }

    /// <summary>Gets the unit the person belongs to; the unit of a publisher owes the clean-up (谁公开、谁清理).</summary>
    public UnitId Unit { get; }

    /// <summary>Gets the roles the person holds, without duplicates, in the order given.</summary>
    public ImmutableArray<ReviewRole> Roles { get; }

    /// <summary>Creates a person.</summary>
    /// <param name="id">The person identifier; not empty.</param>
    /// <param name="unit">The person's unit; not the default id.</param>
    /// <param name="roles">The roles held (may be none, for an author who only drafts).</param>
    /// <returns>The person.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, or <paramref name="unit"/> is the default id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="roles"/> or one of its elements is <see langword="null"/>.</exception>
    [Pure]
    public static Reviewer Create(string id, UnitId unit, params IEnumerable<ReviewRole> roles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
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

        return new Reviewer(id, unit, list.Distinct().ToImmutableArray());
    }

    /// <summary>Tells whether the person holds <paramref name="role"/>.</summary>
    /// <param name="role">The role.</param>
    /// <returns><see langword="true"/> when the person holds the role.</returns>
    [Pure]
    public bool HasRole(ReviewRole role) => Roles.Contains(role);

    /// <inheritdoc/>
    public bool Equals(Reviewer? other) =>
        other is not null && Id == other.Id && Unit == other.Unit && Roles.Length == other.Roles.Length && Roles.All(other.Roles.Contains);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Reviewer);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Unit, Roles.Length);

    /// <summary>Returns the person id and unit, for example <c>zhang@office</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Id}@{Unit}";
}
