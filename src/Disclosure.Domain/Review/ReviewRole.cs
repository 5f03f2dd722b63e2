using System.Diagnostics.Contracts;

namespace Disclosure.Domain.Review;

/// <summary>
/// A role a person holds in the review of information before publication, such as the seed's
/// 信息发布同志 (<see cref="InformationPublisher"/>) or 分管负责同志 (<see cref="LeaderInCharge"/>).
/// </summary>
/// <remarks>
/// The well-known roles of the seed are static members; custom policies create their own with
/// <see cref="Of(string, string)"/>. Equality is by <see cref="Id"/> (ordinal); <see cref="Name"/> is
/// display text only. Instances are immutable and thread-safe.
/// </remarks>
public sealed class ReviewRole : IEquatable<ReviewRole>
{
    private ReviewRole(string id, string name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>Gets the staff member who publishes information (信息发布同志), the first review level of the seed.</summary>
    public static ReviewRole InformationPublisher { get; } = new("information-publisher", "信息发布同志");

    /// <summary>Gets the head of the disclosure office (政务公开机构负责同志), the second review level of the seed.</summary>
    public static ReviewRole DisclosureOfficeHead { get; } = new("disclosure-office-head", "政务公开机构负责同志");

    /// <summary>Gets the leader in charge (分管负责同志), the third review level of the seed.</summary>
    public static ReviewRole LeaderInCharge { get; } = new("leader-in-charge", "分管负责同志");

    /// <summary>Gets the confidentiality reviewer (保密审查), who clears information for publication and lifts privacy and classified flags.</summary>
    public static ReviewRole ConfidentialityReviewer { get; } = new("confidentiality-reviewer", "保密审查人");

    /// <summary>Gets the stable identifier of the role, for example <c>leader-in-charge</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the display name of the role, for example <c>分管负责同志</c>.</summary>
    public string Name { get; }

    /// <summary>Creates a role for a custom policy.</summary>
    /// <param name="id">The stable identifier: lower-case ASCII letters, digits and hyphens, starting with a letter.</param>
    /// <param name="name">The display name.</param>
    /// <returns>The role.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not of the stated form, or <paramref name="name"/> is empty.</exception>
    [Pure]
    public static ReviewRole Of(string id, string name)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!Slug.IsValid(id))
        {
            throw new ArgumentException($"'{id}' is not a valid role id: use {Slug.Form}.", nameof(id));
        }

        return new ReviewRole(id, name);
    }

    /// <inheritdoc/>
    public bool Equals(ReviewRole? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ReviewRole);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>Returns the identifier and name, for example <c>leader-in-charge (分管负责同志)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Id} ({Name})";
}
