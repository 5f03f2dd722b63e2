namespace Disclosure.Domain.Histories;

/// <summary>
/// One stored event of a chained history (a request history or a review-case history): its position, its canonical form
/// and the SHA-256 of that form. This is what an <see cref="IHistoryStore"/> keeps, one row per event.
/// </summary>
/// <remarks>
/// <para>
/// The canonical form of an event is the UTF-8 JSON object the library writes for it with no whitespace: its fields in the
/// order the format's schema lists them, fields without a value left out, strings escaped only where JSON requires it
/// (<c>"</c>, <c>\</c> and control characters), and, last, <c>"previous"</c>: the predecessor's hash (left out for the
/// first event). <see cref="Hash"/> is the SHA-256 of those bytes. Because each form names its predecessor's hash, editing
/// an event changes its hash and breaks its successor's link; removing or moving one breaks a link; dropping events from
/// the end changes the head (<see cref="HistoryHead"/>).
/// </para>
/// <para>The entry itself is not verified on creation: the history readers verify the whole chain. Equality is by value. Immutable and thread-safe.</para>
/// </remarks>
public sealed record HistoryEntry
{
    /// <summary>Creates an entry, for example from a database row.</summary>
    /// <param name="index">The 0-based position of the event in its stream.</param>
    /// <param name="json">The canonical form.</param>
    /// <param name="hash">The SHA-256 of the canonical form.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="json"/> is empty, or <paramref name="hash"/> is the default value.</exception>
    public HistoryEntry(int index, string json, EvidenceHash hash)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentException.ThrowIfNullOrEmpty(json);
        if (hash.Hex.Length == 0)
        {
            throw new ArgumentException("The default EvidenceHash is no hash: compute it with EvidenceHash.Of or parse the stored digits.", nameof(hash));
        }

        Index = index;
        Json = json;
        Hash = hash;
    }

    /// <summary>Gets the 0-based position of the event in its stream.</summary>
    public int Index { get; }

    /// <summary>Gets the canonical form of the event (compact JSON, see the remarks).</summary>
    public string Json { get; }

    /// <summary>Gets the SHA-256 of <see cref="Json"/>'s UTF-8 bytes.</summary>
    public EvidenceHash Hash { get; }
}
