using System.Text.Json;
using System.Text.Json.Serialization;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Scheduling;
using Disclosure.WebApi.Storage;
using NodaTime;
using NodaTime.Text;

namespace Disclosure.WebApi.Recording;

/// <summary>
/// The publication log as a stream of events (<see cref="StreamId"/>): <c>publication</c> {column, on},
/// <c>information-event</c> {column, formedOn, publishedOn?} and <c>information-published</c> {column, formedOn, on}. The
/// log the due dates are computed from is the replay of the stream; the last replay is kept while the stream's version
/// is unchanged (the version is read on every request, so an instance sees the writes of the others).
/// </summary>
internal sealed class PublicationHistory(EventStore store, PublicationCache cache, DisclosureSetup setup)
{
    /// <summary>The stream of the bureau's publication log.</summary>
    internal const string StreamId = "publications";

    internal const string PublicationKind = "publication";
    internal const string EventKind = "information-event";
    internal const string EventPublishedKind = "information-published";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>The log as stored now.</summary>
    internal async Task<(PublicationLog Log, long Version)> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var version = await store.VersionAsync(StreamId, cancellationToken);
        if (cache.Get() is { } cached && cached.Version == version)
        {
            return cached;
        }

        var rows = await store.ReadAsync(StreamId, cancellationToken);
        var replayed = (Replay(rows).BindTo(setup.Catalog), rows.Count == 0 ? 0 : rows[^1].Version);
        cache.Set(replayed);
        return replayed;
    }

    /// <summary>Appends one event to the log; concurrent appends to the log commute, so a lost race is retried.</summary>
    internal async Task<long> AppendAsync(NewEvent e, string recordedBy, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            var version = await store.VersionAsync(StreamId, cancellationToken);
            try
            {
                return await store.AppendAsync(StreamId, version, [e], recordedBy, cancellationToken);
            }
            catch (StreamConflictException) when (attempt < 20)
            {
                await Task.Delay(Random.Shared.Next(1, 10 + (attempt * 5)), cancellationToken);
            }
        }
    }

    internal static NewEvent Publication(ColumnId column, LocalDate on) =>
        new(PublicationKind, JsonSerializer.Serialize(new Payload(column.Value, Iso(on), null, null), Json));

    internal static NewEvent InformationEvent(ColumnId column, LocalDate formedOn, LocalDate? publishedOn) =>
        new(EventKind, JsonSerializer.Serialize(new Payload(column.Value, null, Iso(formedOn), publishedOn is { } p ? Iso(p) : null), Json));

    internal static NewEvent InformationPublished(ColumnId column, LocalDate formedOn, LocalDate on) =>
        new(EventPublishedKind, JsonSerializer.Serialize(new Payload(column.Value, Iso(on), Iso(formedOn), null), Json));

    /// <summary>Rebuilds the log from the stream's rows.</summary>
    internal static PublicationLog Replay(IEnumerable<StoredEvent> rows)
    {
        var publications = new List<Publication>();
        var events = new List<InformationEvent>();
        foreach (var row in rows)
        {
            var p = JsonSerializer.Deserialize<Payload>(row.Payload, Json) ?? throw Bad(row, "empty payload");
            var column = ColumnId.TryParse(p.Column, out var id) ? id : throw Bad(row, $"'{p.Column}' is not a column id");
            switch (row.Kind)
            {
                case PublicationKind:
                    publications.Add(new Publication(column, Date(row, p.On)));
                    break;
                case EventKind:
                    events.Add(new InformationEvent(column, Date(row, p.FormedOn), p.PublishedOn is null ? null : Date(row, p.PublishedOn)));
                    break;
                case EventPublishedKind:
                    var formed = Date(row, p.FormedOn);
                    var at = events.FindIndex(x => x.Column == column && x.FormedOn == formed && x.PublishedOn is null);
                    if (at < 0)
                    {
                        throw Bad(row, $"no pending information of {column} formed on {p.FormedOn}");
                    }

                    events[at] = new InformationEvent(column, formed, Date(row, p.On));
                    break;
                default:
                    throw Bad(row, $"unknown kind '{row.Kind}'");
            }
        }

        return PublicationLog.Create(publications, events);
    }

    private static LocalDate Date(StoredEvent row, string? text) =>
        text is not null && LocalDatePattern.Iso.Parse(text) is { Success: true } r ? r.Value : throw Bad(row, $"'{text}' is not a date");

    private static InvalidDataException Bad(StoredEvent row, string what) =>
        new($"Event {row.Version} of stream '{row.StreamId}' cannot be replayed: {what}. The database was changed outside the workbench; restore it from a backup.");

    private static string Iso(LocalDate d) => LocalDatePattern.Iso.Format(d);

    private sealed record Payload(string Column, string? On, string? FormedOn, string? PublishedOn);
}

/// <summary>The last replayed publication log and the stream version it reflects (one per process).</summary>
internal sealed class PublicationCache
{
    private Snapshot? _value;

    internal (PublicationLog Log, long Version)? Get() => Volatile.Read(ref _value) is { } s ? (s.Log, s.Version) : null;

    internal void Set((PublicationLog Log, long Version) value) => Volatile.Write(ref _value, new Snapshot(value.Log, value.Version));

    private sealed record Snapshot(PublicationLog Log, long Version);
}
