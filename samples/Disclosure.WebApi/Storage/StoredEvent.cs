namespace Disclosure.WebApi.Storage;

/// <summary>
/// One event of a history as a row: the bureau and the stream it belongs to (<c>publications</c>, <c>review/2024-07</c>,
/// <c>request/2024-017</c>), its 0-based index in the stream, its canonical JSON in the library's format (which names the
/// predecessor's hash) and the SHA-256 of that JSON, so that an edited, removed or moved row is visible when the chain is
/// checked.
/// </summary>
/// <remarks>Rows are only ever inserted. (Bureau, StreamId, Index) is the primary key: two writers that both read version n
/// cannot both insert index n, which is how concurrent commands on one stream are told apart (one wins, one gets 409).</remarks>
public sealed class StoredEvent
{
    /// <summary>Gets or sets the bureau id (<see cref="Bureaus.Bureau.Id"/>): each bureau's streams are its own.</summary>
    public string Bureau { get; set; } = Bureaus.Bureau.DefaultId;

    /// <summary>Gets or sets the stream (one history: the publication log, a review case, an information request).</summary>
    public string StreamId { get; set; } = "";

    /// <summary>Gets or sets the 0-based position in the stream.</summary>
    public int Index { get; set; }

    /// <summary>Gets or sets the event's canonical JSON.</summary>
    public string Json { get; set; } = "";

    /// <summary>Gets or sets the lower-case hex SHA-256 of <see cref="Json"/>'s UTF-8 bytes.</summary>
    public string Hash { get; set; } = "";

    /// <summary>Gets or sets the person id of the signed-in user who recorded it (<c>config</c> for imported configuration).</summary>
    public string RecordedBy { get; set; } = "";

    /// <summary>Gets or sets when it was recorded, by the application's clock (UTC).</summary>
    public DateTimeOffset RecordedAt { get; set; }
}
