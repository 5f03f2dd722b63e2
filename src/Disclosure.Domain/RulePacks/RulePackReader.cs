using System.Globalization;
using System.Text.Json;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.RulePacks;

/// <summary>Reads pack files into documents: limits, syntax, types, format version, unknown fields, extends and merge.</summary>
internal static class RulePackReader
{
    public const string BuiltinPrefix = "builtin:";
    public const string XuanchengId = "xuancheng-civil-affairs-2024";
    public const int SupportedFormatVersion = 1;

    private static readonly string[] IntegerProperties = ["formatVersion", "seedRow", "timelyWorkingDays", "workingDays", "minimumCount"];
    private static readonly string[] BooleanProperties = ["requireInterpretation", "requirePublicConsultation", "requireConsultationChannel"];
    private static readonly string[] ArrayProperties = ["units", "catalog", "overrides", "levels", "obligations", "localHolidays", "aliases", "topics", "columns", "points", "parties"];
    private static readonly string[] ObjectProperties = ["metadata", "review", "workPlan", "calendar", "remove"];

    private static readonly Lazy<PackDocument> XuanchengDocument = new(
        () =>
        {
            var problems = new Problems();
            return ReadEffective(ReadEmbedded(XuanchengId), BuiltinPrefix + XuanchengId, null, RulePackLoadOptions.Default, problems, [], out _)
                ?? throw problems.ToException();
        },
        LazyThreadSafetyMode.ExecutionAndPublication);

    public static byte[] ReadEmbedded(string id)
    {
        var resource = $"Disclosure.Domain.RulePacks.Data.{id}.pack.json";
        using var stream = typeof(RulePackReader).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The assembly has no resource '{resource}'.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>Reads a pack and, recursively, its bases, and returns the effective (merged) document, or null.</summary>
    public static PackDocument? ReadEffective(byte[] utf8, string name, string? directory, RulePackLoadOptions options, Problems problems, List<string> chain, out PackSource? source)
    {
        (var document, source) = ReadOne(utf8, name, directory, options, problems);
        if (document is null || source is null)
        {
            return null;
        }

        if (document.Extends is not { } extends)
        {
            if (document.Remove is not null)
            {
                problems.Error(DataProblemCodes.InvalidValue, source, "$.remove", RulePackTexts.Text("Reader.RemoveWithoutExtends"));
            }

            return document;
        }

        chain.Add(name);
        if (chain.Count > options.EffectiveLimits.MaxExtendsChain)
        {
            problems.Error(DataProblemCodes.BaseNotFound, source, "$.extends", RulePackTexts.Text("Reader.ChainTooLong", options.EffectiveLimits.MaxExtendsChain, string.Join(" -> ", chain)));
            return null;
        }

        if (extends == BuiltinPrefix + XuanchengId && !chain.Contains(extends))
        {
            // The embedded pack is valid and never changes: parse it once and share the (never mutated) document.
            return RulePackMerger.Merge(XuanchengDocument.Value, document, source, problems);
        }

        var baseBytes = ReadBase(extends, source, directory ?? options.BaseDirectory, options, problems, chain, out var baseName, out var baseDirectory);
        if (baseBytes is null)
        {
            return null;
        }

        var baseDocument = ReadEffective(baseBytes, baseName, baseDirectory, options, problems, chain, out _);
        return baseDocument is null ? null : RulePackMerger.Merge(baseDocument, document, source, problems);
    }

    private static byte[]? ReadBase(string extends, PackSource source, string? directory, RulePackLoadOptions options, Problems problems, List<string> chain, out string baseName, out string? baseDirectory)
    {
        baseName = extends;
        baseDirectory = null;
        if (extends.StartsWith(BuiltinPrefix, StringComparison.Ordinal))
        {
            var id = extends[BuiltinPrefix.Length..];
            if (id != XuanchengId)
            {
                problems.Error(DataProblemCodes.BaseNotFound, source, "$.extends", RulePackTexts.Text("Reader.NoBuiltin", id, BuiltinPrefix + XuanchengId));
                return null;
            }

            if (chain.Contains(extends))
            {
                problems.Error(DataProblemCodes.BaseNotFound, source, "$.extends", RulePackTexts.Text("Reader.Cycle", string.Join(" -> ", chain), extends));
                return null;
            }

            baseName = extends;
            return ReadEmbedded(id);
        }

        if (directory is null && !Path.IsPathRooted(extends))
        {
            problems.Error(DataProblemCodes.BaseNotFound, source, "$.extends", RulePackTexts.Text("Reader.RelativeWithoutFile", extends));
            return null;
        }

        string full;
        try
        {
            full = Path.GetFullPath(directory is null ? extends : Path.Combine(directory, extends));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException or System.Security.SecurityException)
        {
            problems.Error(DataProblemCodes.BaseNotFound, source, "$.extends", RulePackTexts.Text("Reader.BadPath", extends, e.Message));
            return null;
        }

        if (chain.Contains(full, StringComparer.Ordinal))
        {
            problems.Error(DataProblemCodes.BaseNotFound, source, "$.extends", RulePackTexts.Text("Reader.Cycle", string.Join(" -> ", chain), full));
            return null;
        }

        baseName = full;
        baseDirectory = Path.GetDirectoryName(full);
        try
        {
            var info = new FileInfo(full);
            if (!info.Exists)
            {
                problems.Error(DataProblemCodes.BaseNotFound, source, "$.extends", RulePackTexts.Text("Reader.BaseMissing", full, BuiltinPrefix + XuanchengId));
                return null;
            }

            if (info.Length > options.EffectiveLimits.MaxBytes)
            {
                problems.Error(DataProblemCodes.FileTooLarge, source, "$.extends", RulePackTexts.Text("Reader.BaseTooLarge", full, info.Length, options.EffectiveLimits.MaxBytes));
                return null;
            }

            return RulePackFiles.ReadBounded(full, options.EffectiveLimits.MaxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            problems.Error(DataProblemCodes.BaseNotFound, source, "$.extends", RulePackTexts.Text("Reader.BaseUnreadable", full, e.Message));
            return null;
        }
    }

    /// <summary>Reads one file: limits, syntax, duplicate properties, types, format version, unknown fields, origins.</summary>
    public static (PackDocument? Document, PackSource? Source) ReadOne(byte[] utf8, string name, string? directory, RulePackLoadOptions options, Problems problems)
    {
        var empty = new PackSource(name, directory, [], []);
        if (utf8.LongLength > options.EffectiveLimits.MaxBytes)
        {
            problems.Error(DataProblemCodes.FileTooLarge, empty, "$", RulePackTexts.Text("Reader.TooLarge", utf8.LongLength, options.EffectiveLimits.MaxBytes));
            return (null, null);
        }

        var maxDepth = options.EffectiveLimits.MaxDepth;
        var text = utf8.AsSpan().StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;
        var errorsBefore = problems.List.Count;
#if NET10_0_OR_GREATER
        // Fast path for valid UTF-8 (the reader would quietly replace a malformed property name that the careful way
        // refuses): a reader that itself refuses duplicate properties and deep nesting, and takes only the usual shape
        // of catalog nodes, accepts no file the careful way would refuse and reads it the same (RulePackFastReaderTests);
        // on any failure the file goes the careful way below, which finds and locates every problem.
        try
        {
            if (System.Text.Unicode.Utf8.IsValid(text)
                && JsonSerializer.Deserialize(text, RulePackJsonContext.Strict(maxDepth).PackDocument) is { FormatVersion: SupportedFormatVersion } clean)
            {
                var cleanSource = new PackSource(name, directory, text, null, maxDepth);
                Prepare(clean, cleanSource, problems);
                return (clean, cleanSource);
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Diagnosed below.
        }
#endif

        var offsets = JsonLocationIndex.Check(name, text, maxDepth, problems.List, out var fatal);
        var source = new PackSource(name, directory, text, offsets, maxDepth);
        if (fatal)
        {
            return (null, null);
        }

        PackDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(source.Utf8, RulePackJsonContext.Default.PackDocument);
        }
        catch (InvalidOperationException e)
        {
            problems.Error(DataProblemCodes.InvalidJson, source, "$", RulePackTexts.Text("Reader.InvalidText", JsonLocationIndex.TrimMessage(e.Message)));
            return (null, null);
        }
        catch (JsonException e)
        {
            var path = e.Path ?? "$";
            var line = (int)Math.Min(int.MaxValue, (e.LineNumber ?? 0) + 1);
            var column = (int)Math.Min(int.MaxValue, (e.BytePositionInLine ?? 0) + 1);
            var located = source.Locate(path);
            if (located != (1, 1))
            {
                (line, column) = located;
            }

            problems.List.Add(Problems.Located(DataProblemCodes.WrongType, ProblemSeverity.Error, name, path, line, column, RulePackTexts.Text("Reader.WrongType", ExpectedAt(path))));
            return (null, null);
        }

        if (document is null)
        {
            problems.Error(DataProblemCodes.WrongType, source, "$", RulePackTexts.Text("Reader.Null"));
            return (null, null);
        }

        if (document.FormatVersion != SupportedFormatVersion)
        {
            problems.Error(
                DataProblemCodes.UnknownFormatVersion,
                source,
                document.FormatVersion is null ? "$" : "$.formatVersion",
                document.FormatVersion is null
                    ? RulePackTexts.Text("Reader.NoFormatVersion")
                    : RulePackTexts.Text("Reader.FormatVersion", document.FormatVersion));
            return (null, null);
        }

        if (problems.List.Count > errorsBefore && problems.HasErrors)
        {
            return (null, null);
        }

        Prepare(document, source, problems);
        return (document, source);
    }

    private static LocalizedText ExpectedAt(string path)
    {
        var last = path;
        var bracket = last.EndsWith(']') ? last.LastIndexOf('[') : -1;
        var inArray = bracket > 0;
        if (inArray)
        {
            last = last[..bracket];
        }

        var dot = last.LastIndexOf('.');
        var name = dot >= 0 ? last[(dot + 1)..] : last;
        if (inArray)
        {
            var strings = name is "aliases" or "topics"
                || (name is "levels" or "units" && path.StartsWith("$.obligations", StringComparison.Ordinal))
                || path.StartsWith("$.remove", StringComparison.Ordinal);
            return RulePackTexts.Text(strings ? "Reader.Expected.StringIn" : "Reader.Expected.ObjectIn", name);
        }

        return name switch
        {
            "$" => RulePackTexts.Text("Reader.Expected.Object"),
            _ when IntegerProperties.Contains(name) => RulePackTexts.Text("Reader.Expected.Integer", name),
            _ when BooleanProperties.Contains(name) => RulePackTexts.Text("Reader.Expected.Boolean", name),
            "deadlines" when path.StartsWith("$.remove", StringComparison.Ordinal) => RulePackTexts.Text("Reader.Expected.Array", name),
            _ when ArrayProperties.Contains(name) => RulePackTexts.Text("Reader.Expected.Array", name),
            _ when ObjectProperties.Contains(name) || name == "deadlines" => RulePackTexts.Text("Reader.Expected.ObjectFor", name),
            _ => RulePackTexts.Text("Reader.Expected.String", name),
        };
    }

    /// <summary>Removes null entries (reporting them), warns about unknown fields, and records where each entry is.</summary>
    private static void Prepare(PackDocument d, PackSource source, Problems problems)
    {
        Unknown(d.Unknown, "$", source, problems);
        if (d.Metadata is { } m)
        {
            m.Origin = new Origin(source, "$.metadata");
            Unknown(m.Unknown, "$.metadata", source, problems);
        }

        d.Units = Entries(d.Units, "$.units", source, problems, (u, o) => { u.Origin = o; Unknown(u.Unknown, o, source, problems); u.Aliases = Strings(u.Aliases, o.Path + ".aliases", source, problems); u.Topics = Strings(u.Topics, o.Path + ".topics", source, problems); });
        d.Catalog = Entries(d.Catalog, "$.catalog", source, problems, (n, o) =>
        {
            n.Origin = o;
            Unknown(n.Unknown, o, source, problems);
            if (n.Deadline is { } deadline)
            {
                Unknown(deadline.Unknown, o.Path + ".deadline", source, problems);
            }
        });
        if (d.Deadlines is { } deadlines)
        {
            deadlines.Origin = new Origin(source, "$.deadlines");
            Unknown(deadlines.Unknown, "$.deadlines", source, problems);
            deadlines.Overrides = Entries(deadlines.Overrides, "$.deadlines.overrides", source, problems, (x, o) => { x.Origin = o; Unknown(x.Unknown, o, source, problems); });
        }

        if (d.Review is { } review)
        {
            review.Origin = new Origin(source, "$.review");
            Unknown(review.Unknown, "$.review", source, problems);
            review.Levels = Entries(review.Levels, "$.review.levels", source, problems, (l, o) => Unknown(l.Unknown, o, source, problems));
        }

        d.Obligations = Entries(d.Obligations, "$.obligations", source, problems, (x, o) => { x.Origin = o; Unknown(x.Unknown, o, source, problems); x.Levels = Strings(x.Levels, o.Path + ".levels", source, problems); x.Units = Strings(x.Units, o.Path + ".units", source, problems); });
        if (d.WorkPlan is { } plan)
        {
            plan.Origin = new Origin(source, "$.workPlan");
            Unknown(plan.Unknown, "$.workPlan", source, problems);
            plan.Points = Entries(plan.Points, "$.workPlan.points", source, problems, (w, o) =>
            {
                w.Origin = o;
                Unknown(w.Unknown, o, source, problems);
                w.Parties = Entries(w.Parties, o.Path + ".parties", source, problems, (x, po) => { x.Origin = po; Unknown(x.Unknown, po, source, problems); x.Units = Strings(x.Units, po.Path + ".units", source, problems); });
            });
        }

        if (d.Calendar is { } calendar)
        {
            Unknown(calendar.Unknown, "$.calendar", source, problems);
            calendar.LocalHolidays = Entries(calendar.LocalHolidays, "$.calendar.localHolidays", source, problems, (h, o) => { h.Origin = o; Unknown(h.Unknown, o, source, problems); });
        }

        if (d.Remove is { } remove)
        {
            remove.Origin = new Origin(source, "$.remove");
            Unknown(remove.Unknown, "$.remove", source, problems);
            remove.Units = Strings(remove.Units, "$.remove.units", source, problems);
            remove.Columns = Strings(remove.Columns, "$.remove.columns", source, problems);
            remove.Deadlines = Strings(remove.Deadlines, "$.remove.deadlines", source, problems);
            remove.Obligations = Strings(remove.Obligations, "$.remove.obligations", source, problems);
            remove.LocalHolidays = Strings(remove.LocalHolidays, "$.remove.localHolidays", source, problems);
        }
    }

    private static List<T>? Entries<T>(List<T>? list, string path, PackSource source, Problems problems, Action<T, Origin> prepare)
        where T : class
    {
        if (list is null)
        {
            return null;
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is { } item)
            {
                prepare(item, new Origin(source, path, i));
            }
            else
            {
                problems.Error(DataProblemCodes.MissingValue, new Origin(source, path, i), string.Empty, RulePackTexts.Text("Reader.NullEntry"));
            }
        }

        return list;
    }

    private static List<string>? Strings(List<string>? list, string path, PackSource source, Problems problems)
    {
        if (list is null)
        {
            return null;
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(list[i]))
            {
                problems.Error(DataProblemCodes.MissingValue, source, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", RulePackTexts.Text("Reader.NullString"));
            }
        }

        return list;
    }

    private static void Unknown(Dictionary<string, JsonElement>? unknown, Origin origin, PackSource source, Problems problems)
    {
        if (unknown is not null)
        {
            Unknown(unknown, origin.Path, source, problems);
        }
    }

    private static void Unknown(Dictionary<string, JsonElement>? unknown, string path, PackSource source, Problems problems)
    {
        if (unknown is null)
        {
            return;
        }

        foreach (var (key, value) in unknown)
        {
            try
            {
                // The value is kept and written back on export: it must be writable (no unpaired surrogate escapes).
                _ = JsonSerializer.SerializeToUtf8Bytes(value, RulePackJsonContext.Default.JsonElement);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
            {
                problems.Error(DataProblemCodes.InvalidJson, source, path + JsonLocationIndex.Segment(key), RulePackTexts.Text("Reader.NotText", key));
                continue;
            }

            problems.Warning(DataProblemCodes.UnknownField, source, path + JsonLocationIndex.Segment(key), RulePackTexts.Text("Reader.UnknownField", key));
        }
    }
}
