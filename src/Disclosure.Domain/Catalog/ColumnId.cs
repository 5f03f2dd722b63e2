using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;

namespace Disclosure.Domain.Catalog;

/// <summary>
/// The stable identifier of a catalog node (a website column, 栏目, or a grouping node), such as
/// <c>department-documents</c>; unique within a <see cref="DisclosureCatalog"/>.
/// </summary>
/// <remarks>
/// Identifiers are lower-case ASCII letters, digits and single hyphens, starting with a letter and not ending
/// with a hyphen, at most <see cref="MaxLength"/> characters, so they can be used in URLs, JSON and file names
/// unchanged. Ids are flat (no path separators): a node keeps its id when it moves in the tree.
/// Equality and ordering are ordinal. The default value has a <see langword="null"/> <see cref="Value"/> and
/// is not a valid identifier; it is never produced by <see cref="Parse(string)"/> or
/// <see cref="TryParse(string?, out ColumnId)"/>. This type is an immutable value type and is thread-safe.
/// </remarks>
public readonly record struct ColumnId : IComparable<ColumnId>
{
    /// <summary>The maximum length of an identifier: 64 characters.</summary>
    public const int MaxLength = Slug.MaxLength;

    private ColumnId(string value) => Value = value;

    /// <summary>Gets the identifier text; <see langword="null"/> only for the default value.</summary>
    public string Value { get; }

    /// <summary>Creates an identifier after checking its form.</summary>
    /// <param name="value">The identifier text, for example <c>department-documents</c>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="value"/> is not of the form described on <see cref="ColumnId"/>.</exception>
    [Pure]
    public static ColumnId Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryParse(value, out var id)
            ? id
            : throw new FormatException(
                $"'{value}' is not a valid column id: use at most {MaxLength} lower-case ASCII letters, digits and single hyphens, starting with a letter and not ending with a hyphen (for example 'department-documents').");
    }

    /// <summary>Tries to create an identifier, as <see cref="Parse(string)"/> does, without throwing.</summary>
    /// <param name="value">The identifier text; may be <see langword="null"/>.</param>
    /// <param name="id">The identifier when <paramref name="value"/> is valid; otherwise the default value.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is a valid identifier.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out ColumnId id)
    {
        if (IsValid(value))
        {
            id = new ColumnId(value);
            return true;
        }

        id = default;
        return false;
    }

    /// <summary>Tells whether <paramref name="value"/> has the form of a column identifier.</summary>
    /// <param name="value">The text to check.</param>
    /// <returns><see langword="true"/> when the text is a valid identifier.</returns>
    [Pure]
    public static bool IsValid([NotNullWhen(true)] string? value) => Slug.IsValid(value);

    /// <summary>Compares identifiers ordinally.</summary>
    /// <param name="other">The identifier to compare with.</param>
    /// <returns>A negative number, zero or a positive number as this identifier sorts before, with or after <paramref name="other"/>.</returns>
    [Pure]
    public int CompareTo(ColumnId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Tells whether <paramref name="left"/> sorts before <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(ColumnId left, ColumnId right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> sorts before or with <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(ColumnId left, ColumnId right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(ColumnId left, ColumnId right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after or with <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(ColumnId left, ColumnId right) => left.CompareTo(right) >= 0;

    /// <summary>Returns the identifier text (empty for the default value).</summary>
    /// <returns>The identifier text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
