namespace Disclosure.WebApi.Storage;

/// <summary>
/// One event of a history as a row: which stream it belongs to (<c>publications</c>, <c>review/2024-07</c>,
/// <c>request/2024-017</c>), its position in the stream (1, 2, …), its kind, the JSON payload in the library's format, and a
/// SHA-256 hash chained over the previous row's hash, so that an edited or deleted row is visible when the chain is checked.
/// </summary>
/// <remarks>Rows are only ever inserted. (StreamId, Version) is the primary key: two writers that both expect version
/// n cannot both insert n + 1, which is how concurrent commands on one stream are told apart (one wins, one gets 409).</remarks>
public sealed class StoredEvent
{
    /// <summary>Gets or sets the stream (one history: the publication log, a review case, an information request).</summary>
    public string StreamId { get; set; } = "";

    /// <summary>Gets or sets the 1-based position in the stream.</summary>
    public long Version { get; set; }

    /// <summary>Gets or sets the event's kind, for example <c>publication</c>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Gets or sets the event as JSON in the library's format.</summary>
    public string Payload { get; set; } = "";

    /// <summary>Gets or sets the lower-case hex SHA-256 of the previous row's hash, the kind and the payload.</summary>
    public string Hash { get; set; } = "";

    /// <summary>Gets or sets the person id of the signed-in user who recorded it (<c>config</c> for imported configuration).</summary>
    public string RecordedBy { get; set; } = "";

    /// <summary>Gets or sets when it was recorded, by the application's clock (UTC).</summary>
    public DateTimeOffset RecordedAt { get; set; }
}
