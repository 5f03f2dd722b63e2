using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Scheduling;

namespace Disclosure.Domain.Histories;

/// <summary>
/// The publication-log format, version 1 (<c>"kind": "publication-log"</c>): what a bureau published — the publications of
/// each column, the information events (信息形成) of its timely columns and the withdrawals (撤下) of published items — as
/// read by the <see cref="DueDateCalculator"/>. Schema: <see cref="GetJsonSchema"/>.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Write"/> orders entries by column id (ordinal) and date, so a log written, read and written again is the
/// same bytes. The log is not bound to a catalog: bind it with <see cref="PublicationLog.BindTo"/>, which refuses columns the
/// catalog does not have. Dates are ISO text (<c>2024-07-01</c>).
/// </para>
/// <para>
/// Versions: an optional field or a new optional kind of entry is added within format 1 (<c>withdrawals</c> was), and is
/// written only when the log has such entries, so a document without them reads and writes back byte for byte as before.
/// A reader that predates an addition reports it as an unknown field (a warning), never silently. A change that makes
/// an old reader misread a document raises <c>formatVersion</c>.
/// </para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class PublicationLogJson
{
    /// <summary>The value of <c>kind</c> in a publication log.</summary>
    public const string Kind = "publication-log";

    /// <summary>Writes a log as indented UTF-8 JSON.</summary>
    /// <param name="log">The log.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="log"/> is <see langword="null"/>.</exception>
    [Pure]
    public static byte[] Write(PublicationLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var columns = log.Columns;
        var dto = new LogDto
        {
            FormatVersion = HistoryJson.SupportedFormatVersion,
            Kind = Kind,
            Publications = [.. columns.SelectMany(c => log.GetPublications(c).Select(on => new PublicationDto { Column = c.Value, On = on }))],
            Information = [.. columns.SelectMany(c => log.GetEvents(c)
                .OrderBy(e => e.FormedOn).ThenBy(e => e.PublishedOn ?? LocalDate.MaxIsoValue)
                .Select(e => new InformationDto { Column = c.Value, FormedOn = e.FormedOn, PublishedOn = e.PublishedOn }))],
            Withdrawals = log.WithdrawalCount == 0 ? null : [.. columns.SelectMany(c => log.GetWithdrawals(c)
                .Select(w => new WithdrawalDto { Column = c.Value, PublishedOn = w.PublishedOn, WithdrawnOn = w.WithdrawnOn }))],
        };
        return JsonSerializer.SerializeToUtf8Bytes(dto, HistoryJson.Indented.LogDto);
    }

    /// <summary>Reads a log.</summary>
    /// <param name="utf8Json">The document, UTF-8 JSON.</param>
    /// <param name="sourceName">The name problems are reported under, for example the file name.</param>
    /// <param name="options">The limits; <see langword="null"/> for <see cref="HistoryReadOptions.Default"/>.</param>
    /// <returns>The log and the warnings (unknown fields).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sourceName"/> is <see langword="null"/>.</exception>
    /// <exception cref="HistoryException">The document is over the size limit, not JSON, of a newer or unknown version or
    /// another kind, or an entry is missing a value or has an invalid one (the problem names the entry).</exception>
    [Pure]
    public static HistoryRead<PublicationLog> Read(ReadOnlySpan<byte> utf8Json, string sourceName, HistoryReadOptions? options = null)
    {
        var warnings = new List<Problem>();
        var dto = HistoryJson.Read(utf8Json, sourceName, options, HistoryJson.Compact.LogDto, Kind, warnings);
        var publications = new List<Publication>(dto.Publications?.Count ?? 0);
        var events = new List<InformationEvent>(dto.Information?.Count ?? 0);
        var p = dto.Publications ?? [];
        for (var i = 0; i < p.Count; i++)
        {
            var path = HistoryJson.At("publications", i);
            var entry = p[i] ?? throw Missing(sourceName, path, HistoryTexts.Text("Log.PublicationNull"));
            HistoryJson.Unknown(entry.Unknown, sourceName, path, HistoryTexts.Text("What.Publication"), warnings);
            publications.Add(new Publication(Column(entry.Column, sourceName, path), entry.On ?? throw Missing(sourceName, path + ".on", HistoryTexts.Text("Log.NoOn"))));
        }

        var n = dto.Information ?? [];
        for (var i = 0; i < n.Count; i++)
        {
            var path = HistoryJson.At("information", i);
            var entry = n[i] ?? throw Missing(sourceName, path, HistoryTexts.Text("Log.EventNull"));
            HistoryJson.Unknown(entry.Unknown, sourceName, path, HistoryTexts.Text("What.InformationEvent"), warnings);
            var column = Column(entry.Column, sourceName, path);
            var formed = entry.FormedOn ?? throw Missing(sourceName, path + ".formedOn", HistoryTexts.Text("Log.NoFormedOn"));
            if (entry.PublishedOn < formed)
            {
                throw HistoryJson.Fail(DataProblemCodes.InvalidValue, sourceName, path + ".publishedOn", 0, 0,
                    HistoryTexts.Text("Log.PublishedBeforeFormed", entry.PublishedOn, formed));
            }

            events.Add(new InformationEvent(column, formed, entry.PublishedOn));
        }

        var d = dto.Withdrawals ?? [];
        var withdrawals = new List<Withdrawal>(d.Count);
        for (var i = 0; i < d.Count; i++)
        {
            var path = HistoryJson.At("withdrawals", i);
            var entry = d[i] ?? throw Missing(sourceName, path, HistoryTexts.Text("Log.WithdrawalNull"));
            HistoryJson.Unknown(entry.Unknown, sourceName, path, HistoryTexts.Text("What.Withdrawal"), warnings);
            var column = Column(entry.Column, sourceName, path);
            var published = entry.PublishedOn ?? throw Missing(sourceName, path + ".publishedOn", HistoryTexts.Text("Log.NoPublishedOn"));
            var withdrawn = entry.WithdrawnOn ?? throw Missing(sourceName, path + ".withdrawnOn", HistoryTexts.Text("Log.NoWithdrawnOn"));
            if (withdrawn < published)
            {
                throw HistoryJson.Fail(DataProblemCodes.InvalidValue, sourceName, path + ".withdrawnOn", 0, 0,
                    HistoryTexts.Text("Log.WithdrawnBeforePublished", withdrawn, published));
            }

            withdrawals.Add(new Withdrawal(column, published, withdrawn));
        }

        try
        {
            return new HistoryRead<PublicationLog>(PublicationLog.Create(publications, events, withdrawals), [.. warnings]);
        }
        catch (ArgumentException e) when (e.ParamName == "withdrawals")
        {
            // The message names the column and the dates; the entry is one of the withdrawals of that column.
            throw HistoryJson.Fail(DataProblemCodes.InvalidValue, sourceName, "$.withdrawals", 0, 0, HistoryTexts.Text("Verbatim", e.Message.Split(" (Parameter", StringSplitOptions.None)[0]));
        }
    }

    /// <summary>Reads a log from a file; a file over the size limit is refused before it is read.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">The limits; <see langword="null"/> for <see cref="HistoryReadOptions.Default"/>.</param>
    /// <returns>The log and the warnings.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="HistoryException">As for <see cref="Read"/>.</exception>
    /// <exception cref="IOException">The file cannot be read (for example <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static HistoryRead<PublicationLog> ReadFile(string path, HistoryReadOptions? options = null) =>
        Read(HistoryJson.ReadFile(path, options), Path.GetFileName(path), options);

    /// <summary>Gets the JSON Schema (draft 2020-12) of the format, with English and Chinese descriptions.</summary>
    /// <returns>The schema text (the same file as Histories/Schema/publication-log.schema.json in the repository).</returns>
    [Pure]
    public static string GetJsonSchema() => HistorySchemas.Get("publication-log");

    private static ColumnId Column(string? value, string source, string path) =>
        value is null ? throw Missing(source, path + ".column", HistoryTexts.Text("Log.NoColumn"))
        : ColumnId.TryParse(value, out var id) ? id
        : throw HistoryJson.Fail(DataProblemCodes.InvalidId, source, path + ".column", 0, 0,
            HistoryTexts.Text("Log.ColumnId", value, ColumnId.MaxLength));

    private static HistoryException Missing(string source, string path, LocalizedText message) =>
        HistoryJson.Fail(DataProblemCodes.MissingValue, source, path, 0, 0, message);

    internal sealed class LogDto : IHistoryDocument
    {
        public int? FormatVersion { get; set; }

        public string? Kind { get; set; }

        public List<PublicationDto?>? Publications { get; set; }

        public List<InformationDto?>? Information { get; set; }

        public List<WithdrawalDto?>? Withdrawals { get; set; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Unknown { get; set; }
    }

    internal sealed class PublicationDto
    {
        public string? Column { get; set; }

        public LocalDate? On { get; set; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Unknown { get; set; }
    }

    internal sealed class InformationDto
    {
        public string? Column { get; set; }

        public LocalDate? FormedOn { get; set; }

        public LocalDate? PublishedOn { get; set; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Unknown { get; set; }
    }

    internal sealed class WithdrawalDto
    {
        public string? Column { get; set; }

        public LocalDate? PublishedOn { get; set; }

        public LocalDate? WithdrawnOn { get; set; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Unknown { get; set; }
    }
}
