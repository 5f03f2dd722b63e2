using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Disclosure.Domain.Responsibilities;
using Disclosure.WebApi.Storage;
using NodaTime;
using NodaTime.Text;

namespace Disclosure.WebApi.Recording;

/// <summary>
/// The activity log (open days, trainings, solicitations of opinion — what the work plan's recurring obligations count) as a
/// chained stream (<see cref="StreamId"/>): each event a compact JSON object <c>{"activity", "date", "unit"?, "previous"?}</c>,
/// the fields of the library's activity-records format plus the predecessor's hash. The log the agenda counts is the replay of
/// the stream; it is exported as the library's document (<see cref="Domain.Histories.ActivityRecordsJson"/>).
/// </summary>
internal sealed class ActivityHistory(EventStore store)
{
    /// <summary>The stream of the bureau's activity log.</summary>
    internal const string StreamId = "activities";

    /// <summary>The log as stored now, in the order recorded.</summary>
    /// <exception cref="InvalidDataException">A row is not an activity (the database was changed by hand).</exception>
    internal async Task<List<ActivityRecord>> CurrentAsync(CancellationToken cancellationToken = default) =>
        Replay(await store.ReadAsync(StreamId, cancellationToken));

    /// <summary>Appends one activity. Appends commute, so a lost race is retried on the new head.</summary>
    /// <returns>The stream version after the append.</returns>
    internal async Task<int> AppendAsync(ActivityRecord record, string recordedBy, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            var version = await store.VersionAsync(StreamId, cancellationToken);
            var entry = Entry(version, record, await store.HashAtAsync(StreamId, version, cancellationToken));
            var (appended, now) = await store.AppendAsync(StreamId, version, [entry], recordedBy, cancellationToken);
            if (appended)
            {
                return now;
            }

            if (attempt == 50)
            {
                throw new InvalidOperationException($"The activity log kept changing during 50 attempts to append; last version {now}.");
            }

            await Task.Delay(Random.Shared.Next(1, 5 + attempt), cancellationToken);
        }
    }

    /// <summary>The canonical form of an activity and its hash.</summary>
    internal static NewEntry Entry(int index, ActivityRecord record, string? previous)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("activity", record.ActivityKind);
            json.WriteString("date", LocalDatePattern.Iso.Format(record.Date));
            if (record.Unit is { } unit)
            {
                json.WriteString("unit", unit.Value);
            }

            if (previous is not null)
            {
                json.WriteString("previous", previous);
            }

            json.WriteEndObject();
        }

        return new NewEntry(index, Encoding.UTF8.GetString(buffer.WrittenSpan), Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan)));
    }

    /// <summary>Rebuilds the log from the stream's rows.</summary>
    /// <exception cref="InvalidDataException">A row is not an activity.</exception>
    internal static List<ActivityRecord> Replay(IEnumerable<StoredEvent> rows)
    {
        var records = new List<ActivityRecord>();
        foreach (var row in rows)
        {
            var e = JsonDocument.Parse(row.Json).RootElement;
            var activity = Text(e, "activity") is { Length: > 0 } a ? a : throw Bad(row, "no activity kind");
            var date = Text(e, "date") is { } d && LocalDatePattern.Iso.Parse(d) is { Success: true } r ? r.Value : throw Bad(row, $"date '{Text(e, "date")}' is not a date");
            UnitId? unit = Text(e, "unit") is { } u ? (UnitId.TryParse(u, out var id) ? id : throw Bad(row, $"'{u}' is not a unit id")) : null;
            records.Add(new ActivityRecord(activity, date, unit));
        }

        return records;
    }

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static InvalidDataException Bad(StoredEvent row, string what) =>
        new($"Event {row.Index} of stream '{row.StreamId}' cannot be replayed: {what}. The database was changed outside the workbench; restore it from a backup.");
}
