using System.Text;
using Disclosure.Cli.Output;
using System.Text.Json;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Histories;
using Disclosure.Domain.Scheduling;
using NodaTime;
using NodaTime.Text;

namespace Disclosure.Cli.Commands;

/// <summary>
/// Reads the publication log of <c>disclosure due --log FILE</c> and <c>agenda --publications FILE</c>: the library's
/// publication-log format (<see cref="PublicationLogJson"/>), or the older shape
/// <c>{"publications":[{"column":ID,"on":DATE}], "information":[{"column":ID,"formedOn":DATE,"publishedOn":DATE|null}]}</c>,
/// which <c>disclosure log convert</c> turns into the format.
/// Every problem is reported as one <see cref="CliInputException"/> naming the file, the line and the JSON path.
/// </summary>
internal static class DueLogFile
{
    internal static PublicationLog Read(FileInfo file, DisclosureCatalog catalog) =>
        Parse(file.Name, Encoding.UTF8.GetBytes(CliInput.ReadFile(file, "--log")), catalog);

    /// <summary>
    /// Reads either shape: the library's publication-log format (a top-level <c>formatVersion</c>) through
    /// <see cref="PublicationLogJson"/>, or this file's older shape. Either way the log is bound to the catalog.
    /// </summary>
    internal static PublicationLog Parse(string fileName, byte[] utf8, DisclosureCatalog catalog)
    {
        if (!HasFormatVersion(utf8))
        {
            return ParseOlderShape(fileName, utf8, catalog);
        }

        var log = PublicationLogJson.Read(utf8, fileName).Value;
        try
        {
            return log.BindTo(catalog);
        }
        catch (ArgumentException e)
        {
            throw new CliInputException(CliText.Format("Log.NotInCatalog", fileName, e.Message.Split(" (Parameter", StringSplitOptions.None)[0]));
        }
    }

    /// <summary>Whether the text is a JSON object with a top-level <c>formatVersion</c> (the library's formats).</summary>
    internal static bool HasFormatVersion(byte[] utf8)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("formatVersion"u8))
                {
                    return true;
                }

                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Broken text: the older reader reports where.
        }

        return false;
    }

    private static PublicationLog ParseOlderShape(string fileName, byte[] utf8, DisclosureCatalog catalog)
    {
        var state = new State(fileName, utf8, catalog);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            Next(ref reader, state);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw state.Error(reader, "$", CliText.Get("Log.ExpectedLogObject"));
            }

            while (Next(ref reader, state) == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                Next(ref reader, state);
                switch (name)
                {
                    case "publications":
                        ReadArray(ref reader, state, "$.publications", ReadPublication);
                        break;
                    case "information":
                        ReadArray(ref reader, state, "$.information", ReadInformation);
                        break;
                    default:
                        throw state.Error(reader, "$." + name, CliText.Get("Log.UnknownTopProperty"));
                }
            }

            if (reader.Read())
            {
                throw state.Error(reader, "$", CliText.Get("Log.ContentAfter"));
            }
        }
        catch (JsonException e)
        {
            throw new CliInputException(CliText.Format("Log.NotJson", fileName, e.LineNumber + 1, FirstSentence(e.Message)));
        }

        return PublicationLog.Create(state.Publications, state.Events).BindTo(catalog);
    }

    private delegate void EntryReader(ref Utf8JsonReader reader, State state, string path);

    private static void ReadArray(ref Utf8JsonReader reader, State state, string path, EntryReader entry)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw state.Error(reader, path, CliText.Get("Log.ExpectedArray"));
        }

        var index = 0;
        while (Next(ref reader, state) != JsonTokenType.EndArray)
        {
            entry(ref reader, state, $"{path}[{index++}]");
        }
    }

    private static void ReadPublication(ref Utf8JsonReader reader, State state, string path)
    {
        var fields = ReadObject(ref reader, state, path, ["column", "on"]);
        var column = state.Column(fields, path, requireTimely: null);
        var on = state.Date(fields, path, "on", required: true)!.Value;
        state.Publications.Add(new Publication(column.Id, on));
    }

    private static void ReadInformation(ref Utf8JsonReader reader, State state, string path)
    {
        var fields = ReadObject(ref reader, state, path, ["column", "formedOn", "publishedOn"]);
        var column = state.Column(fields, path, requireTimely: true);
        var formedOn = state.Date(fields, path, "formedOn", required: true)!.Value;
        var publishedOn = state.Date(fields, path, "publishedOn", required: false);
        if (publishedOn < formedOn)
        {
            var (line, _) = fields["publishedOn"];
            throw state.Error(line, path + ".publishedOn", CliText.Format("Log.PublishedBeforeFormed", Iso(publishedOn!.Value), Iso(formedOn)));
        }

        state.Events.Add(new InformationEvent(column.Id, formedOn, publishedOn));
    }

    private static Dictionary<string, (int Line, string? Value)> ReadObject(ref Utf8JsonReader reader, State state, string path, string[] allowed)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw state.Error(reader, path, CliText.Get("Log.ExpectedObject"));
        }

        var objectLine = state.LineOf(reader);
        var fields = new Dictionary<string, (int, string?)>(StringComparer.Ordinal) { [string.Empty] = (objectLine, null) };
        while (Next(ref reader, state) == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            if (!allowed.Contains(name))
            {
                throw state.Error(reader, $"{path}.{name}", CliText.Format("Log.UnknownProperty", string.Join(", ", allowed.Select(a => '"' + a + '"'))));
            }

            Next(ref reader, state);
            var value = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Null => null,
                _ => throw state.Error(reader, $"{path}.{name}", CliText.Get(name == "publishedOn" ? "Log.ExpectedStringOrNull" : "Log.ExpectedString")),
            };
            fields[name] = (state.LineOf(reader), value);
        }

        return fields;
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader, State state)
    {
        if (!reader.Read())
        {
            throw new CliInputException(CliText.Format("Log.EndsEarly", state.FileName));
        }

        return reader.TokenType;
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    private sealed class State(string fileName, byte[] utf8, DisclosureCatalog catalog)
    {
        internal string FileName { get; } = fileName;

        internal List<Publication> Publications { get; } = [];

        internal List<InformationEvent> Events { get; } = [];

        internal int LineOf(Utf8JsonReader reader)
        {
            var line = 1;
            var end = (int)Math.Min(reader.TokenStartIndex, utf8.Length);
            for (var i = 0; i < end; i++)
            {
                if (utf8[i] == (byte)'\n')
                {
                    line++;
                }
            }

            return line;
        }

        internal CliInputException Error(Utf8JsonReader reader, string path, string message) => Error(LineOf(reader), path, message);

        internal CliInputException Error(int line, string path, string message) => new(CliText.Format("Log.Error", FileName, line, path, message));

        internal Column Column(Dictionary<string, (int Line, string? Value)> fields, string path, bool? requireTimely)
        {
            if (!fields.TryGetValue("column", out var field) || field.Value is null)
            {
                throw Error(fields[string.Empty].Line, path, CliText.Get("Log.MissingColumn"));
            }

            if (!ColumnId.TryParse(field.Value, out var id) || !catalog.TryGetColumn(id, out var column))
            {
                throw Error(field.Line, path + ".column", CliText.Format("Log.UnknownColumn", field.Value, catalog.BureauName));
            }

            if (requireTimely == true && column.Frequency.IsPeriodic)
            {
                throw Error(field.Line, path + ".column", CliText.Format("Log.PeriodicColumn", field.Value, CliText.IsChinese ? column.FrequencyLabel : column.Frequency.Name));
            }

            return column;
        }

        internal LocalDate? Date(Dictionary<string, (int Line, string? Value)> fields, string path, string name, bool required)
        {
            if (!fields.TryGetValue(name, out var field) || field.Value is null)
            {
                return required
                    ? throw Error(fields[string.Empty].Line, path, CliText.Format("Log.MissingDate", name))
                    : null;
            }

            var result = LocalDatePattern.Iso.Parse(field.Value);
            return result.Success
                ? result.Value
                : throw Error(field.Line, $"{path}.{name}", CliText.Format("Log.NotADate", field.Value));
        }
    }
}
