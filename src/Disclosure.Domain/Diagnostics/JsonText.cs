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
    internal static string Describe(JsonException e, ReadOnlySpan<byte> utf8, string expected)
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
            return $"the file is empty; expected {expected}";
        }

        if (!Utf8.IsValid(rest) || (rest[0] < 0x20 && rest[0] is not ((byte)'\t' or (byte)'\r' or (byte)'\n')))
        {
            return $"the file is not JSON text (it is binary or not UTF-8: it starts with byte 0x{rest[0]:X2}); expected {expected}";
        }

        return "the text is not valid JSON: " + Trim(e.Message);
    }

    /// <summary>Describes why <paramref name="text"/> (already decoded) is not valid JSON.</summary>
    internal static string Describe(JsonException e, string text, string expected)
    {
        var rest = text.AsSpan().TrimStart(" \t\r\n\uFEFF");
        if (rest.IsEmpty)
        {
            return $"the file is empty; expected {expected}";
        }

        // A binary file read as UTF-8 text shows replacement characters and control characters.
        foreach (var c in rest[..Math.Min(rest.Length, 64)])
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\r' or '\n')))
            {
                return $"the file is not JSON text (it is binary or not UTF-8); expected {expected}";
            }
        }

        return "the text is not valid JSON: " + Trim(e.Message);
    }

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
