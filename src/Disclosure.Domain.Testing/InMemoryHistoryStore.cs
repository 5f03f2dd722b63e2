using System.Collections.Immutable;
using Disclosure.Domain.Histories;

namespace Disclosure.Domain.Testing;

/// <summary>
/// An <see cref="IHistoryStore"/> in memory, for tests and samples: streams are lists guarded by one lock, so concurrent
/// appends behave as a database with a unique key on (stream, index) does — exactly one writer of a version wins and every
/// other gets <see cref="HistoryAppendStatus.StaleVersion"/>.
/// </summary>
/// <remarks>Thread-safe. Entries are kept as given (the store does not verify the chain; the history readers do).</remarks>
public sealed class InMemoryHistoryStore : IHistoryStore
{
    private readonly Dictionary<string, ImmutableArray<HistoryEntry>> _streams = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    /// <summary>Gets the ids of the streams written, in ordinal order.</summary>
    public ImmutableArray<string> StreamIds
    {
        get
        {
            lock (_gate)
            {
                return [.. _streams.Keys.Order(StringComparer.Ordinal)];
            }
        }
    }

    /// <inheritdoc/>
    public ValueTask<HistoryAppendResult> AppendAsync(string streamId, int expectedVersion, IReadOnlyList<HistoryEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(streamId);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            throw new ArgumentException("Append at least one entry.", nameof(entries));
        }

        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i] is null || entries[i].Index != expectedVersion + i)
            {
                throw new ArgumentException($"Entry {i} has index {entries[i]?.Index}; entries appended at version {expectedVersion} are numbered from {expectedVersion}.", nameof(entries));
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var current = _streams.GetValueOrDefault(streamId, []);
            if (current.Length != expectedVersion)
            {
                return ValueTask.FromResult(new HistoryAppendResult(HistoryAppendStatus.StaleVersion, current.Length));
            }

            var next = current.AddRange(entries);
            _streams[streamId] = next;
            return ValueTask.FromResult(new HistoryAppendResult(HistoryAppendStatus.Appended, next.Length));
        }
    }

    /// <inheritdoc/>
    public ValueTask<ImmutableArray<HistoryEntry>> ReadAsync(string streamId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(streamId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult(_streams.GetValueOrDefault(streamId, []));
        }
    }

    /// <summary>
    /// Replaces one stored entry, as an attacker or a faulty migration would: for tests that the history readers detect
    /// tampering at rest. Never part of <see cref="IHistoryStore"/>.
    /// </summary>
    /// <param name="streamId">The stream.</param>
    /// <param name="entry">The replacement; its <see cref="HistoryEntry.Index"/> names the entry replaced.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The stream has no entry at that index.</exception>
    public void Tamper(string streamId, HistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            var current = _streams.GetValueOrDefault(streamId, []);
            if (entry.Index >= current.Length)
            {
                throw new ArgumentException($"Stream '{streamId}' has no entry {entry.Index}.", nameof(entry));
            }

            _streams[streamId] = current.SetItem(entry.Index, entry);
        }
    }
}
