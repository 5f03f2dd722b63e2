using System.Collections.Immutable;
using Disclosure.Domain.Histories;
using Disclosure.WebApi.Bureaus;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Disclosure.WebApi.Storage;

/// <summary>An event to append: its index, canonical JSON and hash (computed by the history's format).</summary>
/// <param name="Index">The 0-based index in the stream.</param>
/// <param name="Json">The canonical JSON.</param>
/// <param name="Hash">The SHA-256 of the JSON, lower-case hex.</param>
public sealed record NewEntry(int Index, string Json, string Hash);

/// <summary>
/// Append-only event streams on EF Core (SQLite or PostgreSQL): read a stream, append at the version the writer read. A
/// stream's version is the number of its events. The primary key (stream, index) makes a concurrent append fail instead
/// of interleaving; the loser learns the current version and appends nothing. One instance per request scope, like its
/// <see cref="WorkbenchDbContext"/>, working on the streams of the request's bureau only (<see cref="BureauContext"/>): a
/// stream id of another bureau reads as empty. As the library's <see cref="IHistoryStore"/> it stores request histories;
/// the person recorded with each row is <see cref="RecordedBy"/>, the signed-in user of the request.
/// </summary>
internal sealed class EventStore(WorkbenchDbContext db, IClock clock, BureauContext bureau) : IHistoryStore
{
    /// <summary>Gets or sets the person id recorded with the rows that <see cref="IHistoryStore.AppendAsync"/> writes.</summary>
    public string RecordedBy { get; set; } = "";

    /// <inheritdoc/>
    async ValueTask<HistoryAppendResult> IHistoryStore.AppendAsync(string streamId, int expectedVersion, IReadOnlyList<HistoryEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        var (appended, version) = await AppendAsync(streamId, expectedVersion, [.. entries.Select(e => new NewEntry(e.Index, e.Json, e.Hash.Hex))], RecordedBy, cancellationToken);
        return new HistoryAppendResult(appended ? HistoryAppendStatus.Appended : HistoryAppendStatus.StaleVersion, version);
    }

    /// <inheritdoc/>
    async ValueTask<ImmutableArray<HistoryEntry>> IHistoryStore.ReadAsync(string streamId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        return [.. (await ReadAsync(streamId, cancellationToken)).Select(r => new HistoryEntry(r.Index, r.Json, EvidenceHash.Parse(r.Hash)))];
    }

    /// <summary>Reads a stream from its first event on.</summary>
    /// <param name="streamId">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rows in index order (empty when the stream does not exist).</returns>
    public Task<List<StoredEvent>> ReadAsync(string streamId, CancellationToken cancellationToken = default) =>
        db.Events.AsNoTracking().Where(e => e.Bureau == bureau.Id && e.StreamId == streamId).OrderBy(e => e.Index).ToListAsync(cancellationToken);

    /// <summary>The ids of the request's bureau's streams whose id starts with <paramref name="prefix"/> (for example every <c>request/</c>), in ordinal order.</summary>
    /// <param name="prefix">The start of the stream ids.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The stream ids.</returns>
    public async Task<List<string>> StreamIdsAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var ids = await db.Events.AsNoTracking().Where(e => e.Bureau == bureau.Id && e.Index == 0 && e.StreamId.StartsWith(prefix)).Select(e => e.StreamId).ToListAsync(cancellationToken);
        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    /// <summary>The stream's version: the number of its events, 0 for a stream never written.</summary>
    /// <param name="streamId">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The version.</returns>
    public async Task<int> VersionAsync(string streamId, CancellationToken cancellationToken = default) =>
        (await db.Events.Where(e => e.Bureau == bureau.Id && e.StreamId == streamId).MaxAsync(e => (int?)e.Index, cancellationToken) ?? -1) + 1;

    /// <summary>The hash of the stream's last event, or <see langword="null"/> for an empty stream.</summary>
    /// <param name="streamId">The stream.</param>
    /// <param name="version">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The hash of event <paramref name="version"/> − 1.</returns>
    public Task<string?> HashAtAsync(string streamId, int version, CancellationToken cancellationToken = default) =>
        version == 0 ? Task.FromResult<string?>(null)
            : db.Events.AsNoTracking().Where(e => e.Bureau == bureau.Id && e.StreamId == streamId && e.Index == version - 1).Select(e => e.Hash).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Appends events when the stream's version is still <paramref name="expectedVersion"/>, in one transaction.</summary>
    /// <param name="streamId">The stream.</param>
    /// <param name="expectedVersion">The version the caller read and decided on: the index of the first new event.</param>
    /// <param name="entries">The events, numbered from <paramref name="expectedVersion"/> on.</param>
    /// <param name="recordedBy">The signed-in user's person id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether they were appended, and the version after the call (the current one when not).</returns>
    /// <exception cref="ArgumentException">The entries are empty or not numbered from <paramref name="expectedVersion"/> in steps of one.</exception>
    public async Task<(bool Appended, int Version)> AppendAsync(string streamId, int expectedVersion, IReadOnlyList<NewEntry> entries, string recordedBy, CancellationToken cancellationToken = default)
    {
        if (entries.Count == 0 || entries.Select((e, i) => e.Index != expectedVersion + i).Any(x => x))
        {
            throw new ArgumentException($"Entries for '{streamId}' must be numbered from {expectedVersion} in steps of one.", nameof(entries));
        }

        var at = clock.GetCurrentInstant().ToDateTimeOffset();
        var rows = entries.Select(e => new StoredEvent { Bureau = bureau.Id, StreamId = streamId, Index = e.Index, Json = e.Json, Hash = e.Hash, RecordedBy = recordedBy, RecordedAt = at }).ToList();
        db.Events.AddRange(rows);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (true, expectedVersion + entries.Count);
        }
        catch (DbUpdateException e) when (IsDuplicateKey(e))
        {
            // Another writer inserted that (stream, index) first.
            foreach (var row in rows)
            {
                db.Entry(row).State = EntityState.Detached;
            }

            return (false, await VersionAsync(streamId, cancellationToken));
        }
    }

    private static bool IsDuplicateKey(DbUpdateException e) => e.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19, // SQLITE_CONSTRAINT
        Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
