using System.Globalization;
using System.Text;

namespace Disclosure.Domain.Diagnostics;

/// <summary>
/// Where a problem is: which entry (a section such as <c>catalog</c>, <c>units</c>, <c>review.levels</c> or
/// <c>calendar.localHolidays</c>, the entry's position and id) and which field of it (for example <c>parent</c>);
/// and, once a file has been located, its source name, JSON path, line and column.
/// </summary>
/// <remarks>
/// Section and field names are those of the rule-pack format, so that a builder's problem maps to the JSON of the
/// entry it came from. Immutable and thread-safe; value equality.
/// </remarks>
public sealed record ProblemLocation
{
    /// <summary>Initializes a new instance of the <see cref="ProblemLocation"/> class.</summary>
    /// <param name="section">The section, for example <c>catalog</c>; <c>$</c> for the whole input.</param>
    /// <param name="index">The entry's 0-based position in the section, or -1 when the section is not a list or the position is unknown.</param>
    /// <param name="entryId">The entry's id, or <see langword="null"/>.</param>
    /// <param name="field">The field of the entry, for example <c>parent</c> or <c>aliases[1]</c>; <see langword="null"/> for the entry as a whole.</param>
    /// <exception cref="ArgumentException"><paramref name="section"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is less than -1.</exception>
    public ProblemLocation(string section, int index = -1, string? entryId = null, string? field = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(section);
        ArgumentOutOfRangeException.ThrowIfLessThan(index, -1);
        Section = section;
        Index = index;
        EntryId = entryId;
        Field = field;
    }

    /// <summary>Gets the section, for example <c>catalog</c> or <c>review.levels</c>.</summary>
    public string Section { get; }

    /// <summary>Gets the entry's 0-based position in <see cref="Section"/>, or -1.</summary>
    public int Index { get; }

    /// <summary>Gets the entry's id, or <see langword="null"/>.</summary>
    public string? EntryId { get; }

    /// <summary>Gets the field, for example <c>parent</c>, or <see langword="null"/> for the entry as a whole.</summary>
    public string? Field { get; }

    /// <summary>Gets the name of the file (or other source) the problem is in; <see langword="null"/> until located.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the JSON path of the offending value, for example <c>$.catalog[3].parent</c>; <see langword="null"/> until located.</summary>
    public string? Path { get; init; }

    /// <summary>Gets the 1-based line of the offending value; 0 when unknown.</summary>
    public int Line { get; init; }

    /// <summary>Gets the 1-based column (in UTF-16 characters) of the offending value; 0 when unknown.</summary>
    public int Column { get; init; }

    /// <summary>Returns the JSON path when located, otherwise the entry and field, for example <c>catalog[3] (plans).parent</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        if (Path is not null)
        {
            return Path;
        }

        var text = new StringBuilder(Section);
        if (Index >= 0)
        {
            text.Append('[').Append(Index.ToString(CultureInfo.InvariantCulture)).Append(']');
        }

        if (EntryId is not null)
        {
            text.Append(" (").Append(EntryId).Append(')');
        }

        if (Field is not null)
        {
            text.Append('.').Append(Field);
        }

        return text.ToString();
    }
}
