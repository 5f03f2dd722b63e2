using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Histories;

/// <summary>The evidence chain shared by the chained formats (see <see cref="HistoryEntry"/>): canonical forms, their hashes and their links.</summary>
internal static class HistoryChain
{
    // One buffer and writer per thread: an event's canonical form is written, hashed and copied into its entry, so
    // reading a history allocates per event only what the entry keeps.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>The entry of an event the library is writing (its form is canonical by construction).</summary>
    internal static HistoryEntry Entry<T>(int index, T dto, JsonTypeInfo<T> info)
    {
        var canonical = Canonical(dto, info);
        return new HistoryEntry(index, Encoding.UTF8.GetString(canonical), Hash(canonical, null));
    }

    /// <summary>Checks one event: its stored hash against its canonical form, then its link against the predecessor's hash (<paramref name="described"/> is formatted only for a message).</summary>
    internal static HistoryEntry Verify<T>(int index, T dto, JsonTypeInfo<T> info, string? storedHash, string? storedPrevious, string? expectedPrevious, string source, object described)
    {
        if (storedHash is null)
        {
            throw HistoryJson.Fail(DataProblemCodes.MissingValue, source, HistoryJson.At("events", index) + ".hash", 0, 0,
                HistoryTexts.Text("Chain.NoHash", index));
        }

        var canonical = Canonical(dto, info);
        var hash = Hash(canonical, storedHash);
        if (!ReferenceEquals(hash.Hex, storedHash))
        {
            throw HistoryJson.Fail(HistoryProblemCodes.HashMismatch, source, HistoryJson.At("events", index) + ".hash", 0, 0,
                HistoryTexts.Text("Chain.HashMismatch", index, described, hash, storedHash));
        }

        if (!string.Equals(storedPrevious, expectedPrevious, StringComparison.Ordinal))
        {
            throw HistoryJson.Fail(HistoryProblemCodes.BrokenLink, source, HistoryJson.At("events", index) + ".previous", 0, 0, index == 0
                ? HistoryTexts.Text("Chain.FirstHasPrevious")
                : HistoryTexts.Text("Chain.BrokenLink", index, described, index - 1, (object?)storedPrevious ?? HistoryTexts.Text("Chain.NoPredecessor"), expectedPrevious));
        }

        return new HistoryEntry(index, Encoding.UTF8.GetString(canonical), hash);
    }

    /// <summary>Checks the head (when there is one) against the verified events.</summary>
    internal static void CheckHead(int? headCount, string? headHash, int count, string? last, string source)
    {
        if (headCount is { } n && (n != count || !string.Equals(headHash, last, StringComparison.Ordinal)))
        {
            throw new HistoryException([Problem.Of(HistoryProblemCodes.HeadMismatch, ProblemSeverity.Error,
                new ProblemLocation("events", count) { Source = source, Path = "$.head" },
                HistoryTexts.Text("Chain.HeadMismatch", n, headHash, count, last, Math.Min(n, count)))]);
        }
    }

    /// <summary>
    /// The canonical form of an event: its DTO written compactly, escaping only what JSON requires (the options of
    /// <see cref="HistoryJson.Compact"/>, whose encoder a caller-supplied writer would otherwise not use). The span is valid
    /// until the thread's next call.
    /// </summary>
    private static ReadOnlySpan<byte> Canonical<T>(T dto, JsonTypeInfo<T> info)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false });
        writer.Reset(buffer);
        JsonSerializer.Serialize(writer, dto, info);
        writer.Flush();
        return buffer.WrittenSpan;
    }

    /// <summary>The hash of bytes, sharing <paramref name="stored"/>'s digits when they are the same (no second string for a verified event).</summary>
    private static EvidenceHash Hash(ReadOnlySpan<byte> bytes, string? stored)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, digest);
        Span<char> hex = stackalloc char[SHA256.HashSizeInBytes * 2];
        for (var i = 0; i < digest.Length; i++)
        {
            hex[2 * i] = "0123456789abcdef"[digest[i] >> 4];
            hex[(2 * i) + 1] = "0123456789abcdef"[digest[i] & 0xF];
        }

        return EvidenceHash.FromDigits(stored is not null && hex.SequenceEqual(stored) ? stored : new string(hex));
    }
}
