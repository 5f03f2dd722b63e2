using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;

namespace Disclosure.Domain.Responsibilities;

/// <summary>
/// The stable identifier of an organisational unit (an office, a section, a directly affiliated agency),
/// such as <c>office</c> or <c>social-assistance</c>.
/// </summary>
/// <remarks>
/// Identifiers are at most 64 lower-case ASCII letters, digits and single hyphens, starting with a letter and not
/// ending with a hyphen (the form of every id of the library), so they can be used in URLs, JSON and file names unchanged. Equality is ordinal. The default value has a
/// <see langword="null"/> <see cref="Value"/> and is not a valid identifier; it is never produced by
/// <see cref="Parse(string)"/>. This type is an immutable value type and is thread-safe.
/// </remarks>
public readonly record struct UnitId
{
    private UnitId(string value) => Value = value;

    /// <summary>Gets the identifier text.</summary>
    public string Value { get; }

    /// <summary>Creates an identifier after checking its form.</summary>
    /// <param name="value">The identifier text, for example <c>social-assistance</c>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="value"/> is empty or not of the form described on <see cref="UnitId"/>.</exception>
    [Pure]
    public static UnitId Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryParse(value, out var id)
            ? id
            : throw new FormatException(
                $"'{value}' is not a valid unit id: use {Slug.Form} (for example 'social-assistance').");
    }

    /// <summary>Tries to create an identifier, as <see cref="Parse(string)"/> does, without throwing.</summary>
    /// <param name="value">The identifier text; may be <see langword="null"/>.</param>
    /// <param name="id">The identifier when <paramref name="value"/> is valid; otherwise the default value.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is a valid identifier.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out UnitId id)
    {
        id = IsValid(value) ? new UnitId(value!) : default;
        return id.Value is not null;
    }

    /// <summary>Tells whether <paramref name="value"/> has the form of a unit identifier.</summary>
    /// <param name="value">The text to check.</param>
    /// <returns><see langword="true"/> when the text is a valid identifier.</returns>
    [Pure]
    public static bool IsValid([NotNullWhen(true)] string? value) => Slug.IsValid(value);

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
