using System.Globalization;
using System.Resources;
using System.Text.Json;
using System.Text.Unicode;

namespace Disclosure.Domain.Diagnostics;

/// <summary>
/// Says why a JSON file could not be read in words a user can act on: an empty file, a file that is not text (binary,
/// or not UTF-8), or the parser's own reason without its internal details (no "LineNumber: 0", no "isFinalBlock"); the
/// line and column are reported by the problem's location, 1-based.
/// </summary>
internal static class JsonText
{
    /// <summary>Describes why <paramref name="utf8"/> is not valid JSON.</summary>
    internal static LocalizedText Describe(JsonException e, ReadOnlySpan<byte> utf8, LocalizedText expected)
    {
        var start = 0;
        while (start < utf8.Length && utf8[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        if (utf8[start..].StartsWith("\uFEFF"u8))
        {
            start += 3;
        }

        var rest = utf8[start..];
        if (rest.IsEmpty)
        {
            return Text("Json.Empty", expected);
        }

        if (!Utf8.IsValid(rest) || (rest[0] < 0x20 && rest[0] is not ((byte)'\t' or (byte)'\r' or (byte)'\n')))
        {
            return Text("Json.BinaryByte", rest[0].ToString("X2", CultureInfo.InvariantCulture), expected);
        }

        return Text("Json.Invalid", Trim(e.Message));
    }

    /// <summary>Describes why <paramref name="text"/> (already decoded) is not valid JSON.</summary>
    internal static LocalizedText Describe(JsonException e, string text, LocalizedText expected)
    {
        var rest = text.AsSpan().TrimStart(" \t\r\n\uFEFF");
        if (rest.IsEmpty)
        {
            return Text("Json.Empty", expected);
        }

        // A binary file read as UTF-8 text shows replacement characters and control characters.
        foreach (var c in rest[..Math.Min(rest.Length, 64)])
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\r' or '\n')))
            {
                return Text("Json.Binary", expected);
            }
        }

        return Text("Json.Invalid", Trim(e.Message));
    }

    /// <summary>Gets the resource manager of <c>Diagnostics/JsonTexts*.resx</c>, the messages of a text that is not JSON.</summary>
    internal static ResourceManager Resources { get; } = new("Disclosure.Domain.Diagnostics.JsonTexts", typeof(JsonText).Assembly);

    private static LocalizedText Text(string key, params ReadOnlySpan<object?> arguments) => new(Resources, key, arguments);

    /// <summary>The parser's reason without its position details (the location gives them, 1-based) and internal wording.</summary>
    internal static string Trim(string message)
    {
        foreach (var marker in new[] { " Path:", " LineNumber:", ", when isFinalBlock is true" })
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        return message.TrimEnd('.', ' ') + ".";
    }
}
