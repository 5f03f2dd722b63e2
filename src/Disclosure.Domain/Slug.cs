using System.Diagnostics.CodeAnalysis;

namespace Disclosure.Domain;

/// <summary>
/// The one form of every identifier the library defines (unit, column, role, festival, pack, obligation ids): at most
/// <see cref="MaxLength"/> lower-case ASCII letters and digits in words joined by single hyphens, starting with a
/// letter — safe unchanged in URLs, JSON and file names, and the same as the rule-pack schema's id pattern.
/// </summary>
internal static class Slug
{
    /// <summary>The longest identifier accepted.</summary>
    public const int MaxLength = 64;

    /// <summary>The form in words, for messages.</summary>
    public const string Form = "at most 64 lower-case ASCII letters, digits and single hyphens, starting with a letter and not ending with a hyphen";

    /// <summary>Tells whether <paramref name="value"/> has the identifier form.</summary>
    public static bool IsValid([NotNullWhen(true)] string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength || value[0] is < 'a' or > 'z' || value[^1] == '-')
        {
            return false;
        }

        var previous = '\0';
        foreach (var c in value)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') || (c == '-' && previous == '-'))
            {
                return false;
            }

            previous = c;
        }

        return true;
    }
}
