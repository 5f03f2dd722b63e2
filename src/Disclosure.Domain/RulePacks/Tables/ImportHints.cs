using System.Collections.Immutable;
using System.Text.Json;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.RulePacks.Tables;

/// <summary>
/// A reviewer's decisions for a table, kept in a small JSON file beside it: where ambiguous rows go, ids for the
/// generated nodes, repaired cells, typed deadlines where the cell's words are not enough, and unit aliases.
/// </summary>
/// <remarks>
/// <para>The file, every member optional (keys are the table's row numbers, 序号, or paths of names joined by " &gt; "):</para>
/// <code>
/// {
///   "parents":   { "46": "", "53": "制度指南" },                 // row → parent path of its first name cell ("" = first level)
///   "ids":       { "1": "department-documents", "政策法规": "policy-regulations" },
///   "cells":     { "60": { "一级栏目": "“六稳”“六保”专项工作" } }, // repair a cell (by header) before reading it
///   "deadlines": { "50": "次年1月31日前" },                       // the typed deadline's phrase; the cell stays the label
///   "aliases":   { "儿童福利科": "未成年人保护和儿童福利科" }
/// }
/// </code>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ImportHints
{
    private ImmutableDictionary<string, string> parents = ImmutableDictionary<string, string>.Empty;
    private ImmutableDictionary<string, string> ids = ImmutableDictionary<string, string>.Empty;
    private ImmutableDictionary<string, ImmutableDictionary<string, string>> cells = ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty;
    private ImmutableDictionary<string, string> deadlines = ImmutableDictionary<string, string>.Empty;
    private ImmutableDictionary<string, string> aliases = ImmutableDictionary<string, string>.Empty;

    private ImportHints()
    {
    }

    /// <summary>Gets hints that decide nothing.</summary>
    public static ImportHints None { get; } = new();

    /// <summary>Gets the parent path (names joined by " &gt; ", empty for first level) of each row's first name cell, by row number.</summary>
    public ImmutableDictionary<string, string> Parents => parents;

    /// <summary>Gets the ids of columns (by row number) and grouping nodes (by path).</summary>
    public ImmutableDictionary<string, string> Ids => ids;

    /// <summary>Gets repaired cell texts: row number → header → text.</summary>
    public ImmutableDictionary<string, ImmutableDictionary<string, string>> Cells => cells;

    /// <summary>Gets deadline phrases replacing the cell's for the typed value, by row number.</summary>
    public ImmutableDictionary<string, string> Deadlines => deadlines;

    /// <summary>Gets unit aliases: a name the table uses → the unit's name.</summary>
    public ImmutableDictionary<string, string> Aliases => aliases;

    /// <summary>Parses a hints file.</summary>
    /// <param name="json">The JSON text (comments allowed).</param>
    /// <param name="sourceName">The file name problems are reported against.</param>
    /// <returns>The hints.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="TableImportException">The text is not JSON of this shape; the problem names the member.</exception>
    public static ImportHints Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        TableReader.CheckSize(json.Length, sourceName);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 8 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Bad(sourceName, "$", TableTexts.Text("Hints.NotObject"));
            }

            var hints = new ImportHints();
            foreach (var member in root.EnumerateObject())
            {
                switch (member.Name)
                {
                    case "parents": hints.parents = Strings(member.Value, "$.parents", sourceName); break;
                    case "ids": hints.ids = Strings(member.Value, "$.ids", sourceName); break;
                    case "deadlines": hints.deadlines = Strings(member.Value, "$.deadlines", sourceName); break;
                    case "aliases": hints.aliases = Strings(member.Value, "$.aliases", sourceName); break;
                    case "cells":
                        if (member.Value.ValueKind != JsonValueKind.Object)
                        {
                            throw Bad(sourceName, "$.cells", TableTexts.Text("Hints.Cells"));
                        }

                        hints.cells = member.Value.EnumerateObject().ToImmutableDictionary(r => r.Name, r => Strings(r.Value, "$.cells." + r.Name, sourceName), StringComparer.Ordinal);
                        break;
                    default:
                        throw Bad(sourceName, "$." + member.Name, TableTexts.Text("Hints.Unknown", member.Name));
                }
            }

            return hints;
        }
        catch (JsonException e)
        {
            throw Bad(sourceName, "$", TableTexts.Text("Hints.NotJson", e.Message));
        }
    }

    private static ImmutableDictionary<string, string> Strings(JsonElement value, string path, string sourceName)
    {
        if (value.ValueKind != JsonValueKind.Object || value.EnumerateObject().Any(p => p.Value.ValueKind != JsonValueKind.String))
        {
            throw Bad(sourceName, path, TableTexts.Text("Hints.NotStrings", path));
        }

        return value.EnumerateObject().ToImmutableDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }

    private static TableImportException Bad(string sourceName, string path, LocalizedText message) =>
        new([Problem.Error(TableImportCodes.InvalidHint, new ProblemLocation("hints", field: path) { Source = sourceName, Path = path }, message)]);
}
