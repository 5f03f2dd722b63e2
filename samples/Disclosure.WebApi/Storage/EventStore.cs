using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Disclosure.WebApi.Storage;

/// <summary>An event to append: its kind and its JSON payload in the library's format.</summary>
/// <param name="Kind">The event's kind, for example <c>publication</c>.</param>
/// <param name="Payload">The JSON payload.</param>
public sealed record NewEvent(string Kind, string Payload);

/// <summary>Another writer appended to the stream after the version this command was decided on.</summary>
/// <param name="streamId">The stream.</param>
/// <param name="expected">The version the command expected.</param>
public sealed class StreamConflictException(string streamId, long expected)
    : Exception($"'{streamId}' changed while this command was decided (it expected version {expected}); read it again and repeat the command if it still applies.")
{
    /// <summary>Gets the stream.</summary>
    public string StreamId { get; } = streamId;

    /// <summary>Gets the version the command expected.</summary>
    public long Expected { get; } = expected;
}

/// <summary>
/// Append-only event streams on EF Core (SQLite or PostgreSQL): read a stream, append with the expected version. The
/// primary key (stream, version) makes a concurrent append fail instead of interleaving. Thread-safe per scope like its
/// <see cref="WorkbenchDbContext"/> (one per request).
/// </summary>
public sealed class EventStore(WorkbenchDbContext db, IClock clock)
{
    /// <summary>Reads a stream from its first event on.</summary>
    /// <param name="streamId">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rows in version order (empty when the stream does not exist).</returns>
    public Task<List<StoredEvent>> ReadAsync(string streamId, CancellationToken cancellationToken = default) =>
        db.Events.AsNoTracking().Where(e => e.StreamId == streamId).OrderBy(e => e.Version).ToListAsync(cancellationToken);

    /// <summary>The stream's current version: 0 when it has no event.</summary>
    /// <param name="streamId">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The highest version stored.</returns>
    public async Task<long> VersionAsync(string streamId, CancellationToken cancellationToken = default) =>
        await db.Events.Where(e => e.StreamId == streamId).MaxAsync(e => (long?)e.Version, cancellationToken) ?? 0;

    /// <summary>Appends events after <paramref name="expectedVersion"/>, in one transaction.</summary>
    /// <param name="streamId">The stream.</param>
    /// <param name="expectedVersion">The version the caller read and decided on (0 for a new stream).</param>
    /// <param name="events">The events, in order.</param>
    /// <param name="recordedBy">The signed-in user's person id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The new version of the stream.</returns>
    /// <exception cref="StreamConflictException">Another writer appended first.</exception>
    public async Task<long> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<NewEvent> events, string recordedBy, CancellationToken cancellationToken = default)
    {
        var previous = expectedVersion == 0
            ? ""
            : await db.Events.AsNoTracking().Where(e => e.StreamId == streamId && e.Version == expectedVersion).Select(e => e.Hash).SingleOrDefaultAsync(cancellationToken)
              ?? throw new StreamConflictException(streamId, expectedVersion);
        var at = clock.GetCurrentInstant().ToDateTimeOffset();
        var version = expectedVersion;
        var rows = new List<StoredEvent>(events.Count);
        foreach (var e in events)
        {
            previous = Hash(previous, e.Kind, e.Payload);
            rows.Add(new StoredEvent { StreamId = streamId, Version = ++version, Kind = e.Kind, Payload = e.Payload, Hash = previous, RecordedBy = recordedBy, RecordedAt = at });
        }

        db.Events.AddRange(rows);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The only constraint an insert can break is the (stream, version) key: somebody else wrote that version.
            foreach (var row in rows)
            {
                db.Entry(row).State = EntityState.Detached;
            }

            throw new StreamConflictException(streamId, expectedVersion);
        }

        return version;
    }

    /// <summary>The position of the first row whose hash does not follow from the rows before it, or <see langword="null"/> when the chain holds.</summary>
    /// <param name="rows">A stream's rows in version order.</param>
    /// <returns>The first broken version.</returns>
    public static long? FirstBrokenLink(IEnumerable<StoredEvent> rows)
    {
        var previous = "";
        var expected = 1L;
        foreach (var row in rows)
        {
            if (row.Version != expected++ || row.Hash != Hash(previous, row.Kind, row.Payload))
            {
                return row.Version;
            }

            previous = row.Hash;
        }

        return null;
    }

    private static string Hash(string previous, string kind, string payload) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{previous}\n{kind}\n{payload}")));
}
