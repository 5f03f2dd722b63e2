using System.Globalization;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.RulePacks;

/// <summary>Bounded reading of files and streams: never more than the limit plus one byte is buffered.</summary>
internal static class RulePackFiles
{
    /// <summary>Reads a file of at most <paramref name="maxBytes"/> bytes; returns null when it is longer.</summary>
    public static byte[]? ReadBounded(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        return ReadBounded(stream, maxBytes);
    }

    /// <summary>Reads a stream of at most <paramref name="maxBytes"/> bytes; returns null when it is longer.</summary>
    public static byte[]? ReadBounded(Stream stream, long maxBytes)
    {
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
        {
            return null;
        }

        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, maxBytes + 1 - total))) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                return null;
            }

            memory.Write(buffer, 0, read);
        }

        return memory.ToArray();
    }

    public static LocalizedText TooLarge(LocalizedText what, long maxBytes) => RulePackTexts.Text("File.TooLarge", what, maxBytes);
}
