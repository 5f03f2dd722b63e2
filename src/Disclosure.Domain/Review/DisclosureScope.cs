using System.Diagnostics.Contracts;

namespace Disclosure.Domain.Review;

/// <summary>
/// The scope of disclosure (分类施策): <see cref="Public"/> (全面公开) or restricted to a named audience
/// (在特定范围内公开).
/// </summary>
/// <remarks>
/// Equality is by value: two restricted scopes are equal when their audiences are equal (ordinal).
/// Immutable and thread-safe.
/// </remarks>
public sealed class DisclosureScope : IEquatable<DisclosureScope>
{
    private DisclosureScope(string? audience) => Audience = audience;

    /// <summary>Gets the public scope (全面公开): information that needs to be widely known.</summary>
    public static DisclosureScope Public { get; } = new(null);

    /// <summary>Gets the audience of a restricted scope, or <see langword="null"/> for <see cref="Public"/>.</summary>
    public string? Audience { get; }

    /// <summary>Gets a value indicating whether this is the public scope.</summary>
    public bool IsPublic => Audience is null;

    /// <summary>Creates a scope restricted to a named audience (在特定范围内公开).</summary>
    /// <param name="audience">The audience, for example <c>本局干部职工</c>.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="audience"/> is empty.</exception>
    [Pure]
    public static DisclosureScope RestrictedTo(string audience)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(audience);
        return new DisclosureScope(audience);
    }

    /// <inheritdoc/>
    public bool Equals(DisclosureScope? other) => other is not null && string.Equals(Audience, other.Audience, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DisclosureScope);

    /// <inheritdoc/>
    public override int GetHashCode() => Audience is null ? 0 : StringComparer.Ordinal.GetHashCode(Audience);

    /// <summary>Returns <c>public</c> or <c>restricted(audience)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Audience is null ? "public" : $"restricted({Audience})";
}
