using System.Globalization;
using System.Text.Json;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.RulePacks;

/// <summary>
/// One forward pass of <see cref="Utf8JsonReader"/> over a pack file that records the byte offset of every property and
/// array element by JSON path, finds duplicate properties, and stops at syntax errors and excessive nesting.
/// </summary>
internal static class JsonLocationIndex
{
    /// <summary>
    /// Checks syntax, depth and duplicate properties without recording paths (the cheap pass every load makes); when it
    /// finds a problem, the full pass runs again and records every path's offset (otherwise that happens on demand).
    /// </summary>
    public static Dictionary<string, long>? Check(string sourceName, ReadOnlySpan<byte> utf8, int maxDepth, List<Problem> problems, out bool fatal)
    {
        var found = new List<Problem>();
        Build(sourceName, utf8, maxDepth, found, out fatal, recordPaths: false);
        if (found.Count == 0)
        {
            return null;
        }

        return Build(sourceName, utf8, maxDepth, problems, out fatal, recordPaths: true);
    }

    public static Dictionary<string, long> Build(string sourceName, ReadOnlySpan<byte> utf8, int maxDepth, List<Problem> problems, out bool fatal, bool recordPaths = true)
    {
        var offsets = new Dictionary<string, long>(StringComparer.Ordinal) { ["$"] = 0 };
        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = maxDepth + 2 });
        fatal = false;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                    {
                        var frame = frames[^1];
                        var name = reader.GetString()!;
                        var path = recordPaths ? frame.Path + Segment(name) : string.Empty;
                        if (!frame.Names!.Add(name))
                        {
                            problems.Add(Make(sourceName, utf8, DataProblemCodes.DuplicateProperty, path, reader.TokenStartIndex, RulePackTexts.Text("Json.DuplicateProperty", name)));
                        }
                        else if (recordPaths)
                        {
                            offsets[path] = reader.TokenStartIndex;
                        }

                        frame.Pending = path;
                        break;
                    }

                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                    {
                        var path = recordPaths ? ValuePath(frames, offsets, reader.TokenStartIndex) : string.Empty;
                        if (frames.Count >= maxDepth)
                        {
                            problems.Add(Make(sourceName, utf8, DataProblemCodes.TooDeep, path, reader.TokenStartIndex, RulePackTexts.Text("Json.TooDeep", maxDepth)));
                            fatal = true;
                            return offsets;
                        }

                        frames.Add(new Frame(path, reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null));
                        break;
                    }

                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;

                    default:
                        if (recordPaths)
                        {
                            ValuePath(frames, offsets, reader.TokenStartIndex);
                        }

                        break;
                }
            }
        }
        catch (JsonException e)
        {
            var line = (int)Math.Min(int.MaxValue, (e.LineNumber ?? 0) + 1);
            var column = CharacterColumn(utf8, line, e.BytePositionInLine ?? 0);
            problems.Add(Problems.Located(DataProblemCodes.InvalidJson, ProblemSeverity.Error, sourceName, CurrentPath(frames), line, column, JsonText.Describe(e, utf8, RulePackTexts.Text("Reader.InvalidJson.Expected"))));
            fatal = true;
        }
        catch (InvalidOperationException e)
        {
            problems.Add(Make(sourceName, utf8, DataProblemCodes.InvalidJson, CurrentPath(frames), reader.TokenStartIndex, RulePackTexts.Text("Json.InvalidText", TrimMessage(e.Message))));
            fatal = true;
        }

        return offsets;
    }

    internal static string TrimMessage(string message)
    {
        foreach (var marker in new[] { " Path:", " LineNumber:" })
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        return message;
    }

    /// <summary>Converts the reader's byte position in a line to a 1-based column in UTF-16 characters.</summary>
    private static int CharacterColumn(ReadOnlySpan<byte> utf8, int line, long bytePosition)
    {
        var start = 0;
        for (var i = 1; i < line; i++)
        {
            var next = utf8[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return (int)Math.Min(int.MaxValue, bytePosition + 1);
            }

            start += next + 1;
        }

        var end = (int)Math.Min(utf8.Length, start + Math.Max(0, bytePosition));
        return System.Text.Encoding.UTF8.GetCharCount(utf8[start..end]) + 1;
    }

    private static string ValuePath(List<Frame> frames, Dictionary<string, long> offsets, long offset)
    {
        if (frames.Count == 0)
        {
            return "$";
        }

        var top = frames[^1];
        if (top.Names is not null)
        {
            return top.Pending ?? top.Path;
        }

        var path = top.Path + "[" + top.Index.ToString(CultureInfo.InvariantCulture) + "]";
        top.Index++;
        offsets[path] = offset;
        return path;
    }

    private static string CurrentPath(List<Frame> frames) => frames.Count == 0 ? "$" : frames[^1].Pending ?? frames[^1].Path;

    internal static string Segment(string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_' || c == '$'))
            {
                return "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";
            }
        }

        return name.Length == 0 ? "['']" : "." + name;
    }

    private static Problem Make(string sourceName, ReadOnlySpan<byte> utf8, ProblemCode code, string path, long offset, LocalizedText message)
    {
        var (line, column) = LineAndColumn(utf8, offset);
        return Problems.Located(code, ProblemSeverity.Error, sourceName, path, line, column, message);
    }

    private static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> utf8, long offset)
    {
        var end = (int)Math.Clamp(offset, 0, utf8.Length);
        var before = utf8[..end];
        var line = before.Count((byte)'\n') + 1;
        var start = before.LastIndexOf((byte)'\n') + 1;
        return (line, System.Text.Encoding.UTF8.GetCharCount(before[start..]) + 1);
    }

    private sealed class Frame(string path, HashSet<string>? names)
    {
        public string Path { get; } = path;

        public HashSet<string>? Names { get; } = names;

        public string? Pending { get; set; }

        public int Index { get; set; }
    }
}
