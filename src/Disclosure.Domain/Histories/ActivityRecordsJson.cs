using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Text.Json;
using System.Text.Json.Serialization;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Histories;

/// <summary>
/// The activity-records format, version 1 (<c>"kind": "activity-records"</c>): the activities a bureau held (open days,
/// trainings, …) that satisfy recurring obligations, as read by the agenda. Schema: <see cref="GetJsonSchema"/>.
/// </summary>
/// <remarks>Records keep their order, so a document written, read and written again is the same bytes. Stateless and thread-safe.</remarks>
public static class ActivityRecordsJson
{
    /// <summary>The value of <c>kind</c> in an activity-records document.</summary>
    public const string Kind = "activity-records";

    /// <summary>Writes records as indented UTF-8 JSON.</summary>
    /// <param name="records">The records, in the order to keep.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A record has an empty activity kind.</exception>
    [Pure]
    public static byte[] Write(IEnumerable<ActivityRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var dto = new RecordsDto
        {
            FormatVersion = HistoryJson.SupportedFormatVersion,
            Kind = Kind,
            Records = [.. records.Select(r => new RecordDto
            {
                Activity = string.IsNullOrWhiteSpace(r.ActivityKind) ? throw new ArgumentException("A record has an empty activity kind.", nameof(records)) : r.ActivityKind,
                Date = r.Date,
                Unit = r.Unit?.Value,
            })],
        };
        return JsonSerializer.SerializeToUtf8Bytes(dto, HistoryJson.Indented.RecordsDto);
    }

    /// <summary>Reads records.</summary>
    /// <param name="utf8Json">The document, UTF-8 JSON.</param>
    /// <param name="sourceName">The name problems are reported under, for example the file name.</param>
    /// <param name="options">The limits; <see langword="null"/> for <see cref="HistoryReadOptions.Default"/>.</param>
    /// <returns>The records in document order, and the warnings (unknown fields).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sourceName"/> is <see langword="null"/>.</exception>
    /// <exception cref="HistoryException">The document is over the size limit, not JSON, of a newer or unknown version or
    /// another kind, or a record is missing a value or has an invalid one (the problem names the record).</exception>
    [Pure]
    public static HistoryRead<ImmutableArray<ActivityRecord>> Read(ReadOnlySpan<byte> utf8Json, string sourceName, HistoryReadOptions? options = null)
    {
        var warnings = new List<Problem>();
        var dto = HistoryJson.Read(utf8Json, sourceName, options, HistoryJson.Compact.RecordsDto, Kind, warnings);
        var list = dto.Records ?? [];
        var records = ImmutableArray.CreateBuilder<ActivityRecord>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var path = HistoryJson.At("records", i);
            var r = list[i] ?? throw Missing(sourceName, path, HistoryTexts.Text("Activity.Null"));
            HistoryJson.Unknown(r.Unknown, sourceName, path, HistoryTexts.Text("What.ActivityRecord"), warnings);
            if (string.IsNullOrWhiteSpace(r.Activity))
            {
                throw Missing(sourceName, path + ".activity", HistoryTexts.Text("Activity.NoKind"));
            }

            var date = r.Date ?? throw Missing(sourceName, path + ".date", HistoryTexts.Text("Activity.NoDate"));
            UnitId? unit = null;
            if (r.Unit is { } text)
            {
                unit = UnitId.TryParse(text, out var id) ? id : throw HistoryJson.Fail(DataProblemCodes.InvalidId, sourceName, path + ".unit", 0, 0,
                    HistoryTexts.Text("UnitId", text));
            }

            records.Add(new ActivityRecord(r.Activity, date, unit));
        }

        return new HistoryRead<ImmutableArray<ActivityRecord>>(records.MoveToImmutable(), [.. warnings]);
    }

    /// <summary>Reads records from a file; a file over the size limit is refused before it is read.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">The limits; <see langword="null"/> for <see cref="HistoryReadOptions.Default"/>.</param>
    /// <returns>The records and the warnings.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="HistoryException">As for <see cref="Read"/>.</exception>
    /// <exception cref="IOException">The file cannot be read (for example <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static HistoryRead<ImmutableArray<ActivityRecord>> ReadFile(string path, HistoryReadOptions? options = null) =>
        Read(HistoryJson.ReadFile(path, options), Path.GetFileName(path), options);

    /// <summary>Gets the JSON Schema (draft 2020-12) of the format, with English and Chinese descriptions.</summary>
    /// <returns>The schema text (the same file as Histories/Schema/activity-records.schema.json in the repository).</returns>
    [Pure]
    public static string GetJsonSchema() => HistorySchemas.Get("activity-records");

    private static HistoryException Missing(string source, string path, LocalizedText message) =>
        HistoryJson.Fail(DataProblemCodes.MissingValue, source, path, 0, 0, message);

    internal sealed class RecordsDto : IHistoryDocument
    {
        public int? FormatVersion { get; set; }

        public string? Kind { get; set; }

        public List<RecordDto?>? Records { get; set; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Unknown { get; set; }
    }

    internal sealed class RecordDto
    {
        public string? Activity { get; set; }

        public LocalDate? Date { get; set; }

        public string? Unit { get; set; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Unknown { get; set; }
    }
}
