using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Histories;

/// <summary>The document shape every history format shares: a format version, a kind, and the fields nobody defined.</summary>
internal interface IHistoryDocument
{
    int? FormatVersion { get; }

    string? Kind { get; }

    Dictionary<string, JsonElement>? Unknown { get; }
}

/// <summary>
/// Reading and writing of the history formats: one size limit, one nesting limit, strict JSON (no comments, no trailing
/// commas, numbers as numbers), NodaTime values as ISO text, unknown fields as warnings, and every failure a
/// <see cref="HistoryException"/> located at its JSON path.
/// </summary>
internal static class HistoryJson
{
    internal const int SupportedFormatVersion = 1;

    internal static readonly HistoriesJsonContext Indented = new(Options(indented: true));

    internal static readonly HistoriesJsonContext Compact = new(Options(indented: false));

    private static JsonSerializerOptions Options(bool indented) => new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = indented,
#if NET9_0_OR_GREATER
        NewLine = "\n",
#endif
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        MaxDepth = HistoryReadOptions.MaxDepth,
        Converters = { new LocalDateIsoConverter(), new InstantIsoConverter() },
#if NET10_0_OR_GREATER
        AllowDuplicateProperties = false,
#endif
    };

    /// <summary>Reads a file, refusing it by its length before reading when it is over the limit.</summary>
    internal static byte[] ReadFile(string path, HistoryReadOptions? options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var max = (options ?? HistoryReadOptions.Default).MaxBytes;
        var name = Path.GetFileName(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (stream.Length > max)
        {
            throw TooLarge(name, stream.Length, max);
        }

        // The file may grow while it is read: never read more than the limit plus one byte.
        var buffer = new byte[(int)Math.Min(stream.Length + 1, max + 1)];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        return total > max ? throw TooLarge(name, total, max) : buffer[..total];
    }

    /// <summary>Deserializes a document and checks its version and kind; unknown top-level fields become warnings.</summary>
    internal static T Read<T>(ReadOnlySpan<byte> utf8, string source, HistoryReadOptions? options, JsonTypeInfo<T> info, string kind, List<Problem> warnings)
        where T : class, IHistoryDocument
    {
        ArgumentNullException.ThrowIfNull(source);
        var max = (options ?? HistoryReadOptions.Default).MaxBytes;
        if (utf8.Length > max)
        {
            throw TooLarge(source, utf8.Length, max);
        }

        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        T? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8, info);
        }
        catch (JsonException e)
        {
            // A document of a newer version may have any shape: say that, not what its shape broke.
            if (PeekVersion(utf8) is > SupportedFormatVersion and var newer)
            {
                throw Newer(source, newer, kind);
            }

            throw Fail(Classify(e), source, e.Path ?? "$", (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, Describe(e));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            throw Fail(DataProblemCodes.InvalidJson, source, "$", 0, 0, HistoryTexts.Text("Json.InvalidText"));
        }

        if (document is null)
        {
            throw Fail(DataProblemCodes.WrongType, source, "$", 1, 1, HistoryTexts.Text("Json.Null", kind));
        }

        switch (document.FormatVersion)
        {
            case null:
                throw Fail(DataProblemCodes.UnknownFormatVersion, source, "$", 0, 0, HistoryTexts.Text("Json.NoFormatVersion", kind));
            case > SupportedFormatVersion and var newer:
                throw Newer(source, newer, kind);
            case < SupportedFormatVersion and var older:
                throw Fail(DataProblemCodes.UnknownFormatVersion, source, "$.formatVersion", 0, 0, HistoryTexts.Text("Json.OlderVersion", older, kind));
        }

        if (!string.Equals(document.Kind, kind, StringComparison.Ordinal))
        {
            throw Fail(HistoryProblemCodes.WrongKind, source, "$.kind", 0, 0, document.Kind is null
                ? HistoryTexts.Text("Json.NoKind", kind)
                : HistoryTexts.Text("Json.WrongKind", document.Kind, kind));
        }

        Unknown(document.Unknown, source, "$", HistoryTexts.Text("Verbatim", kind), warnings);
        return document;
    }

    /// <summary>Adds a warning for each unknown field of an object.</summary>
    internal static void Unknown(Dictionary<string, JsonElement>? unknown, string source, string path, LocalizedText what, List<Problem> warnings)
    {
        if (unknown is null)
        {
            return;
        }

        foreach (var key in unknown.Keys)
        {
            warnings.Add(Problem(DataProblemCodes.UnknownField, ProblemSeverity.Warning, source, path + Segment(key), 0, 0,
                HistoryTexts.Text("Json.UnknownField", key, what)));
        }
    }

    internal static HistoryException Fail(ProblemCode code, string source, string path, int line, int column, LocalizedText message) =>
        new([Problem(code, ProblemSeverity.Error, source, path, line, column, message)]);

    internal static Problem Problem(ProblemCode code, ProblemSeverity severity, string source, string path, int line, int column, LocalizedText message) =>
        Diagnostics.Problem.Of(code, severity, Locate(path) with { Source = source, Path = path, Line = line, Column = column }, message);

    internal static string At(string array, int index) => string.Create(CultureInfo.InvariantCulture, $"$.{array}[{index}]");

    /// <summary>Turns a JSON path such as <c>$.events[3].on</c> into section <c>events</c>, index 3, field <c>on</c>.</summary>
    internal static ProblemLocation Locate(string path)
    {
        if (path.Length <= 2 || !path.StartsWith("$.", StringComparison.Ordinal))
        {
            return new ProblemLocation("$");
        }

        var rest = path[2..];
        var cut = rest.IndexOfAny(['.', '[']);
        if (cut <= 0)
        {
            return new ProblemLocation(cut == 0 ? "$" : rest);
        }

        var section = rest[..cut];
        var field = rest[cut] == '.' ? rest[(cut + 1)..] : rest[cut..];
        var index = -1;
        if (field.Length > 0 && field[0] == '[' && field.IndexOf(']') is var close and > 1
            && int.TryParse(field.AsSpan(1, close - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var at))
        {
            index = at;
            field = field[(close + 1)..].TrimStart('.');
        }

        return new ProblemLocation(section, index, field: field.Length == 0 ? null : field);
    }

    private static string Segment(string key) =>
        key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? "." + key : "['" + key.Replace("'", "\\'", StringComparison.Ordinal) + "']";

    private static HistoryException TooLarge(string source, long length, long max) =>
        Fail(DataProblemCodes.FileTooLarge, source, "$", 0, 0, HistoryTexts.Text("Json.TooLarge", length, max));

    private static HistoryException Newer(string source, int version, string kind) =>
        Fail(DataProblemCodes.UnknownFormatVersion, source, "$.formatVersion", 0, 0, HistoryTexts.Text("Json.Newer", kind, version));

    private static ProblemCode Classify(JsonException e)
    {
        var message = e.Message;
        return message.Contains("maximum configured depth", StringComparison.Ordinal) ? DataProblemCodes.TooDeep
            : message.Contains("uplicate", StringComparison.Ordinal) ? DataProblemCodes.DuplicateProperty
            : message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal) || message.StartsWith("expected ", StringComparison.Ordinal) ? DataProblemCodes.WrongType
            : DataProblemCodes.InvalidJson;
    }

    private static LocalizedText Describe(JsonException e)
    {
        var message = e.Message;
        if (message.StartsWith("expected ", StringComparison.Ordinal))
        {
            return HistoryTexts.Text("Json.WrongForm", message.StartsWith("expected a date as text", StringComparison.Ordinal) ? HistoryTexts.Text("Value.Date")
                : message.StartsWith("expected an instant as text", StringComparison.Ordinal) ? HistoryTexts.Text("Value.Instant")
                : message);
        }

        if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            return HistoryTexts.Text("Json.WrongType");
        }

        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return HistoryTexts.Text("Json.Invalid", end < 0 ? message : message[..end]);
    }

    /// <summary>The top-level <c>formatVersion</c> when it is a whole number, however broken the rest is.</summary>
    private static int? PeekVersion(ReadOnlySpan<byte> utf8)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = HistoryReadOptions.MaxDepth });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isVersion = reader.ValueTextEquals("formatVersion"u8);
                if (!reader.Read())
                {
                    return null;
                }

                if (isVersion)
                {
                    return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var version) ? version : null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Broken before the version: there is no version to report.
        }

        return null;
    }
}

/// <summary>The source-generated serialisation context of every history format (internal: the formats are the contract, not these types).</summary>
[JsonSerializable(typeof(PublicationLogJson.LogDto))]
[JsonSerializable(typeof(ActivityRecordsJson.RecordsDto))]
[JsonSerializable(typeof(RequestHistory.DocumentDto))]
[JsonSerializable(typeof(RequestHistory.EventDto))]
[JsonSerializable(typeof(ReviewCaseHistory.CaseDocumentDto))]
[JsonSerializable(typeof(ReviewCaseHistory.CommandDto))]
internal sealed partial class HistoriesJsonContext : JsonSerializerContext;
