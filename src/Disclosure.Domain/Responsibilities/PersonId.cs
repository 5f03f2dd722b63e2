using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Text;

namespace Disclosure.Domain.Responsibilities;

/// <summary>
/// The identity of a person who authors, reviews, approves or records something (a review actor, the recorder of a
/// public-opinion solicitation, the approver of an extension), such as a staff number <c>20240017</c> or a login
/// <c>zhang.san</c>. Two people are the same person exactly when their ids are equal.
/// </summary>
/// <remarks>
/// <para>One canonical form, nothing else: 1 to <see cref="MaxLength"/> characters, each a lower-case ASCII letter
/// <c>a</c>–<c>z</c>, a digit <c>0</c>–<c>9</c>, or one of the separators <c>-</c>, <c>.</c>, <c>_</c>; the first and last
/// characters are a letter or digit and no two separators are adjacent.</para>
/// <para>Non-canonical text is refused, not normalised: upper case, white space of any kind (space, tab, no-break
/// space, ideographic space), invisible and format characters (zero-width space and joiners, soft hyphen, direction
/// marks), full-width forms (<c>Ｚ</c>), and letters of any other script — among them the Cyrillic and Greek letters
/// that look like Latin ones (<c>а</c> U+0430, <c>ο</c> U+03BF). Because only ASCII is accepted, no two different ids
/// can look alike, so ids spelled to pass as somebody else's cannot be created. Chinese names are not ids (two people
/// may share a name, and CJK has its own look-alikes): give the name as the display name (for example
/// <c>Reviewer.DisplayName</c>). Refusing, rather than folding case or width, keeps every stored id equal to what the
/// office's directory issued; the message of <see cref="Parse(string)"/> says which character is wrong, where, and
/// proposes the canonical spelling when one is safe to suggest.</para>
/// <para>Equality is ordinal on <see cref="Value"/>. The default value has a <see langword="null"/> <see cref="Value"/>,
/// is not a valid identifier and is never produced by <see cref="Parse(string)"/>. This type is an immutable value type
/// and is thread-safe.</para>
/// </remarks>
public readonly record struct PersonId
{
    /// <summary>The longest person id accepted.</summary>
    public const int MaxLength = 64;

    private const string Form =
        "a person id is 1 to 64 lower-case ASCII letters and digits, with single '-', '.' or '_' between them (for example 'zhang.san' or '20240017'); " +
        "give the person's name, in any script, as the display name";

    private PersonId(string value) => Value = value;

    /// <summary>Gets the identifier text, in its canonical form.</summary>
    public string Value { get; }

    /// <summary>Creates a person id after checking that the text is in the canonical form described on <see cref="PersonId"/>.</summary>
    /// <param name="value">The identifier text, for example <c>zhang.san</c>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="value"/> is not canonical; the message names the offending character, its position and the fix.</exception>
    [Pure]
    public static PersonId Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Explain(value) is { } problem ? throw new FormatException(problem) : new PersonId(value);
    }

    /// <summary>Tries to create a person id, as <see cref="Parse(string)"/> does, without throwing.</summary>
    /// <param name="value">The identifier text; may be <see langword="null"/>.</param>
    /// <param name="id">The identifier when <paramref name="value"/> is canonical; otherwise the default value.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is a canonical person id.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out PersonId id)
    {
        id = value is not null && Explain(value) is null ? new PersonId(value) : default;
        return id.Value is not null;
    }

    /// <summary>Explains why a text is not a canonical person id: what is wrong, where, and how to write it.</summary>
    /// <param name="value">The text to check; may be <see langword="null"/>.</param>
    /// <returns>The explanation, or <see langword="null"/> when <paramref name="value"/> is a canonical person id.</returns>
    [Pure]
    public static string? Explain(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return $"The person id is empty: {Form}.";
        }

        var problem = FirstProblem(value);
        if (problem is null)
        {
            return null;
        }

        var suggestion = Suggest(value);
        return $"'{Shown(value)}' is not a valid person id: {problem}; {Form}." + (suggestion is null ? string.Empty : $" If '{suggestion}' is meant, write exactly that.");
    }

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;

    private static bool IsAllowed(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');

    private static bool IsSeparator(char c) => c is '-' or '.' or '_';

    private static string? FirstProblem(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var where = $"at position {(i + 1).ToString(CultureInfo.InvariantCulture)}";
            if (IsAllowed(c))
            {
                continue;
            }

            if (IsSeparator(c))
            {
                if (i == 0 || i == value.Length - 1)
                {
                    return $"it {(i == 0 ? "starts" : "ends")} with '{c}' ({where}), but an id starts and ends with a letter or digit";
                }

                if (IsSeparator(value[i - 1]))
                {
                    return $"two separators '{value[i - 1]}{c}' meet {where}";
                }

                continue;
            }

            var problem = Classify(value, i);
            return $"{problem} {where}";
        }

        return value.Length > MaxLength ? $"it has {value.Length.ToString(CultureInfo.InvariantCulture)} characters, more than {MaxLength.ToString(CultureInfo.InvariantCulture)}" : null;
    }

    private static string Classify(string value, int i)
    {
        var c = value[i];
        var code = $"U+{(int)c:X4}";
        if (c is >= 'A' and <= 'Z')
        {
            return $"it has the upper-case letter '{c}' (ids are lower case, so 'Zhang' and 'zhang' cannot be two people)";
        }

        if (char.IsWhiteSpace(c))
        {
            return $"it contains white space ({code}{WhiteSpaceName(c)})";
        }

        var category = char.GetUnicodeCategory(value, i);
        if (category is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate)
        {
            return $"it contains the invisible character {code} ({category})";
        }

        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            return $"it contains the full-width character '{c}' ({code}), which is not the ASCII '{(char)(c - 0xFEE0)}'";
        }

        if (c is >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF')
        {
            return $"it contains the Greek letter '{c}' ({code}), which may look like a Latin letter but is a different character";
        }

        if (c is >= '\u0400' and <= '\u052F')
        {
            return $"it contains the Cyrillic letter '{c}' ({code}), which may look like a Latin letter but is a different character";
        }

        if (c > '\u007F')
        {
            return $"it contains the non-ASCII character '{c}' ({code}, {category})";
        }

        return $"it contains '{c}', which is not a letter, digit or one of '-', '.', '_'";
    }

    private static string WhiteSpaceName(char c) => c switch
    {
        ' ' => ", space",
        '\t' => ", tab",
        '\n' or '\r' => ", line break",
        '\u00A0' => ", no-break space",
        '\u3000' => ", ideographic space",
        _ => string.Empty,
    };

    // A suggestion only when the text differs from a canonical id by case, width, surrounding white space or
    // invisible characters; never for letters of other scripts, whose intended ASCII letter cannot be known.
    private static string? Suggest(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value.Normalize(NormalizationForm.FormKC))
        {
            if (char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                continue;
            }

            if (c > '\u007F' && !char.IsWhiteSpace(c))
            {
                return null;
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        var candidate = sb.ToString().Trim();
        return candidate != value && FirstProblem(candidate) is null && candidate.Length > 0 ? candidate : null;
    }

    private static string Shown(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            var visible = c == ' ' || (!char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) is not (UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse));
            sb.Append(visible ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return sb.ToString();
    }
}
