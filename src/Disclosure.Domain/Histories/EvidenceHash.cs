using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Security.Cryptography;

namespace Disclosure.Domain.Histories;

/// <summary>
/// The SHA-256 of one stored event's canonical form (see <see cref="HistoryEntry"/>), written as 64 lower-case hexadecimal
/// digits. Each event's canonical form names its predecessor's hash, so the hashes form an evidence chain (证据链): an
/// event edited, removed or moved at rest no longer matches its hash or its successor's link.
/// </summary>
/// <remarks>
/// Equality is ordinal equality of the digits. The default value has no digits and is never the hash of an event.
/// Immutable and thread-safe.
/// </remarks>
public readonly struct EvidenceHash : IEquatable<EvidenceHash>
{
    private readonly string? _hex;

    private EvidenceHash(string hex) => _hex = hex;

    /// <summary>Gets the 64 lower-case hexadecimal digits; empty for the default value.</summary>
    public string Hex => _hex ?? string.Empty;

    /// <summary>Computes the hash of bytes.</summary>
    /// <param name="bytes">The bytes, for example an event's canonical form.</param>
    /// <returns>The SHA-256 of <paramref name="bytes"/>.</returns>
    [Pure]
    public static EvidenceHash Of(ReadOnlySpan<byte> bytes)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, digest);
#if NET10_0_OR_GREATER
        return new EvidenceHash(Convert.ToHexStringLower(digest));
#else
        return new EvidenceHash(Convert.ToHexString(digest).ToLowerInvariant());
#endif
    }

    /// <summary>Wraps digits the caller computed (64 lower-case hexadecimal digits).</summary>
    internal static EvidenceHash FromDigits(string hex) => new(hex);

    /// <summary>Parses 64 hexadecimal digits (lower case, as written by the library).</summary>
    /// <param name="text">The text.</param>
    /// <param name="hash">The hash when the text is valid.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is 64 lower-case hexadecimal digits.</returns>
    [Pure]
    public static bool TryParse([NotNullWhen(true)] string? text, out EvidenceHash hash)
    {
        hash = default;
        if (text is not { Length: SHA256.HashSizeInBytes * 2 })
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }

        hash = new EvidenceHash(text);
        return true;
    }

    /// <summary>Parses 64 lower-case hexadecimal digits.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The hash.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not 64 lower-case hexadecimal digits.</exception>
    [Pure]
    public static EvidenceHash Parse(string text) =>
        TryParse(text, out var hash) ? hash : throw new FormatException($"'{text}' is not a SHA-256 hash: expected 64 lower-case hexadecimal digits.");

    /// <inheritdoc/>
    public bool Equals(EvidenceHash other) => string.Equals(Hex, other.Hex, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EvidenceHash other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Hex);

    /// <summary>Returns the hexadecimal digits.</summary>
    /// <returns><see cref="Hex"/>.</returns>
    public override string ToString() => Hex;

    /// <summary>Compares two hashes for equality.</summary>
    /// <param name="left">The first hash.</param>
    /// <param name="right">The second hash.</param>
    /// <returns><see langword="true"/> when both have the same digits.</returns>
    public static bool operator ==(EvidenceHash left, EvidenceHash right) => left.Equals(right);

    /// <summary>Compares two hashes for inequality.</summary>
    /// <param name="left">The first hash.</param>
    /// <param name="right">The second hash.</param>
    /// <returns><see langword="true"/> when the digits differ.</returns>
    public static bool operator !=(EvidenceHash left, EvidenceHash right) => !left.Equals(right);
}
