using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Scheduling;
using Disclosure.WebApi.Storage;
using NodaTime;
using NodaTime.Text;

namespace Disclosure.WebApi.Recording;

/// <summary>
/// The publication log as a chained stream of events (<see cref="StreamId"/>), each a compact JSON object whose last field
/// <c>previous</c> is the predecessor's hash: <c>publication</c> {column, on}, <c>information-event</c> {column, formedOn,
/// publishedOn?} and <c>information-published</c> {column, formedOn, on}. The log the due dates are computed from is the
/// replay of the stream; the last replay is kept while the stream's version is unchanged (the version is read on every
/// request, so an instance sees the others' writes at once). Exported as the library's publication-log document.
/// </summary>
internal sealed class PublicationHistory(EventStore store, PublicationCache cache, Bureaus.BureauContext bureau)
{
    /// <summary>The stream of the bureau's publication log (each bureau has its own).</summary>
    internal const string StreamId = "publications";

    internal const string PublicationKind = "publication";
    internal const string EventKind = "information-event";
    internal const string EventPublishedKind = "information-published";

    /// <summary>The log as stored now, and the stream version it reflects.</summary>
    internal async Task<(PublicationLog Log, int Version)> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var version = await store.VersionAsync(StreamId, cancellationToken);
        if (cache.Get(bureau.Id) is { } cached && cached.Version == version)
        {
            return cached;
        }

        var rows = await store.ReadAsync(StreamId, cancellationToken);
        var replayed = (Replay(rows).BindTo(bureau.Setup.Catalog), rows.Count);
        cache.Set(bureau.Id, replayed);
        return replayed;
    }

    /// <summary>Appends events to the log. Appends to the log commute, so a lost race is simply retried on the new head.</summary>
    internal async Task<int> AppendAsync(IReadOnlyList<Fields> events, string recordedBy, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            var version = await store.VersionAsync(StreamId, cancellationToken);
            var previous = await store.HashAtAsync(StreamId, version, cancellationToken);
            var entries = new List<NewEntry>(events.Count);
            foreach (var e in events)
            {
                var entry = Entry(version + entries.Count, e, previous);
                entries.Add(entry);
                previous = entry.Hash;
            }

            var (appended, now) = await store.AppendAsync(StreamId, version, entries, recordedBy, cancellationToken);
            if (appended)
            {
                return now;
            }

            if (attempt == 50)
            {
                throw new InvalidOperationException($"The publication log kept changing during 50 attempts to append; last version {now}.");
            }

            await Task.Delay(Random.Shared.Next(1, 5 + attempt), cancellationToken);
        }
    }

    /// <summary>An event's fields (null ones are left out), in the order they are written.</summary>
    internal sealed record Fields(string Kind, ColumnId Column, LocalDate? On = null, LocalDate? FormedOn = null, LocalDate? PublishedOn = null);

    internal static Fields Publication(ColumnId column, LocalDate on) => new(PublicationKind, column, On: on);

    internal static Fields InformationEvent(ColumnId column, LocalDate formedOn, LocalDate? publishedOn) => new(EventKind, column, FormedOn: formedOn, PublishedOn: publishedOn);

    internal static Fields InformationPublished(ColumnId column, LocalDate formedOn, LocalDate on) => new(EventPublishedKind, column, On: on, FormedOn: formedOn);

    /// <summary>The canonical form of an event and its hash.</summary>
    internal static NewEntry Entry(int index, Fields e, string? previous)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("kind", e.Kind);
            json.WriteString("column", e.Column.Value);
            Date(json, "on", e.On);
            Date(json, "formedOn", e.FormedOn);
            Date(json, "publishedOn", e.PublishedOn);
            if (previous is not null)
            {
                json.WriteString("previous", previous);
            }

            json.WriteEndObject();
        }

        return new NewEntry(index, Encoding.UTF8.GetString(buffer.WrittenSpan), Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan)));
    }

    /// <summary>The index of the first row whose hash is not that of its JSON, or whose <c>previous</c> is not its predecessor's hash; null when the chain holds.</summary>
    internal static int? FirstBrokenLink(IReadOnlyList<StoredEvent> rows)
    {
        string? previous = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var linked = JsonDocument.Parse(row.Json).RootElement.TryGetProperty("previous", out var p) ? p.GetString() : null;
            if (row.Index != i || linked != previous || Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(row.Json))) != row.Hash)
            {
                return row.Index;
            }

            previous = row.Hash;
        }

        return null;
    }

    /// <summary>Rebuilds the log from the stream's rows.</summary>
    /// <exception cref="InvalidDataException">A row is not an event of this stream (the database was changed by hand).</exception>
    internal static PublicationLog Replay(IEnumerable<StoredEvent> rows)
    {
        var publications = new List<Publication>();
        var events = new List<InformationEvent>();
        foreach (var row in rows)
        {
            var e = JsonDocument.Parse(row.Json).RootElement;
            var columnText = Text(e, "column");
            var column = ColumnId.TryParse(columnText, out var id) ? id : throw Bad(row, $"'{columnText}' is not a column id");
            switch (Text(e, "kind"))
            {
                case PublicationKind:
                    publications.Add(new Publication(column, Date(row, e, "on")));
                    break;
                case EventKind:
                    events.Add(new InformationEvent(column, Date(row, e, "formedOn"), Text(e, "publishedOn") is null ? null : Date(row, e, "publishedOn")));
                    break;
                case EventPublishedKind:
                    var formed = Date(row, e, "formedOn");
                    var at = events.FindIndex(x => x.Column == column && x.FormedOn == formed && x.PublishedOn is null);
                    events[at >= 0 ? at : throw Bad(row, $"no pending information of {column} formed on {Text(e, "formedOn")}")] = new InformationEvent(column, formed, Date(row, e, "on"));
                    break;
                case var kind:
                    throw Bad(row, $"unknown kind '{kind}'");
            }
        }

        return PublicationLog.Create(publications, events);
    }

    private static void Date(Utf8JsonWriter json, string name, LocalDate? date)
    {
        if (date is { } d)
        {
            json.WriteString(name, LocalDatePattern.Iso.Format(d));
        }
    }

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() : null;

    private static LocalDate Date(StoredEvent row, JsonElement e, string name) =>
        Text(e, name) is { } text && LocalDatePattern.Iso.Parse(text) is { Success: true } r ? r.Value : throw Bad(row, $"{name} '{Text(e, name)}' is not a date");

    private static InvalidDataException Bad(StoredEvent row, string what) =>
        new($"Event {row.Index} of stream '{row.StreamId}' cannot be replayed: {what}. The database was changed outside the workbench; restore it from a backup.");
}

/// <summary>The last replayed publication log of each bureau and the stream version it reflects (one per process).</summary>
internal sealed class PublicationCache
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (PublicationLog Log, int Version)> _byBureau = new(StringComparer.Ordinal);

    internal (PublicationLog Log, int Version)? Get(string bureau) => _byBureau.TryGetValue(bureau, out var s) ? s : null;

    internal void Set(string bureau, (PublicationLog Log, int Version) value) => _byBureau[bureau] = value;
}
