using System.Collections.Immutable;

namespace Disclosure.Domain.Histories;

/// <summary>
/// An append-only store of chained histories: streams of <see cref="HistoryEntry"/> values, one stream per request or
/// review case, appended with optimistic concurrency. The library has no implementation that touches a database; the
/// Testing package has an in-memory one, and an application implements this over its database (one row per entry, a
/// unique key on stream id and index).
/// </summary>
/// <remarks>
/// <para>
/// A stream's version is the number of entries it holds (0 for a stream never written). An append names the version the
/// writer last read; when another writer appended since, the append changes nothing and returns
/// <see cref="HistoryAppendStatus.StaleVersion"/> with the current version, so the writer can read again, replay and retry.
/// That is the only outcome for a stale writer; it is never an exception.
/// </para>
/// <para>Implementations must be safe to call from several threads; entries, once appended, never change.</para>
/// </remarks>
public interface IHistoryStore
{
    /// <summary>Appends entries to a stream when its version is still <paramref name="expectedVersion"/>.</summary>
    /// <param name="streamId">The stream, for example the request or case id.</param>
    /// <param name="expectedVersion">The version the writer read: the index of the first entry to append.</param>
    /// <param name="entries">The entries, numbered from <paramref name="expectedVersion"/> on; at least one.</param>
    /// <param name="cancellationToken">Cancels the append.</param>
    /// <returns><see cref="HistoryAppendStatus.Appended"/> with the new version, or <see cref="HistoryAppendStatus.StaleVersion"/> with the current one (nothing appended).</returns>
    /// <exception cref="ArgumentException"><paramref name="streamId"/> is empty, <paramref name="entries"/> is empty, or the entries are not numbered from <paramref name="expectedVersion"/> in steps of one.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedVersion"/> is negative.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ValueTask<HistoryAppendResult> AppendAsync(string streamId, int expectedVersion, IReadOnlyList<HistoryEntry> entries, CancellationToken cancellationToken = default);

    /// <summary>Reads a whole stream.</summary>
    /// <param name="streamId">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entries in index order; empty for a stream never written.</returns>
    /// <exception cref="ArgumentException"><paramref name="streamId"/> is empty.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ValueTask<ImmutableArray<HistoryEntry>> ReadAsync(string streamId, CancellationToken cancellationToken = default);
}
