namespace Disclosure.WebApi.Storage;

/// <summary>
/// The answer to a write sent with an <c>Idempotency-Key</c> header, keyed by bureau, user and key: a retry with the same
/// key and the same request gets this answer again instead of writing twice. Stored in the same transaction as the write
/// it answers, so either both are there or neither.
/// </summary>
public sealed class IdempotencyRecord
{
    /// <summary>The longest key accepted.</summary>
    public const int MaxKeyLength = 200;

    /// <summary>Gets or sets the bureau id of the request.</summary>
    public string Bureau { get; set; } = "";

    /// <summary>Gets or sets the signed-in user's account name.</summary>
    public string UserName { get; set; } = "";

    /// <summary>Gets or sets the client's key.</summary>
    public string Key { get; set; } = "";

    /// <summary>Gets or sets the lower-case hex SHA-256 of the method, the path with its query and the body: what "the same request" means.</summary>
    public string RequestHash { get; set; } = "";

    /// <summary>Gets or sets the status code answered.</summary>
    public int Status { get; set; }

    /// <summary>Gets or sets the content type answered, if any.</summary>
    public string? ContentType { get; set; }

    /// <summary>Gets or sets the <c>Location</c> header answered, if any.</summary>
    public string? Location { get; set; }

    /// <summary>Gets or sets the body answered.</summary>
    public byte[] Body { get; set; } = [];

    /// <summary>Gets or sets when the write was answered, by the application's clock (UTC).</summary>
    public DateTimeOffset RecordedAt { get; set; }
}
