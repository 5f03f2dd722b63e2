namespace Disclosure.Domain.Histories;

/// <summary>How the history readers bound their input.</summary>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record HistoryReadOptions
{
    /// <summary>The default size limit: 8 MiB (a request history is a few KB; a bureau's publication log of ten years well under 1 MB).</summary>
    public const long DefaultMaxBytes = 8 * 1024 * 1024;

    /// <summary>The nesting limit of every history format (their deepest value is at depth 4).</summary>
    public const int MaxDepth = 16;

    /// <summary>Gets the default options.</summary>
    public static HistoryReadOptions Default { get; } = new();

    /// <summary>
    /// Gets the size limit in bytes. A file or stream longer than this is refused before it is read, with
    /// <see cref="Diagnostics.DataProblemCodes.FileTooLarge"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public long MaxBytes
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxBytes), value, "MaxBytes must be at least 1.");
    } = DefaultMaxBytes;
}
