using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.RulePacks.Tables;

/// <summary>
/// Turns a bureau's column table (a <see cref="SourceTable"/> read from csv, xlsx or a web page) into an ordinary rule
/// pack: the header recognised by its Chinese names, the hierarchy rebuilt from merged, blank or missing cells, every
/// deadline cell parsed by the deadline grammar, every responsible cell split into units or a typed rule.
/// </summary>
/// <remarks>
/// <para><b>Hierarchy.</b> In a grid (csv, xlsx) a row's deepest filled name cell is its column and the cells left of it
/// are its ancestors; a cell covered by a vertical merge has the merge's text, and a blank one is "same as the row
/// above" (how Excel and WPS export merged cells). A blank deadline or responsible cell inherits the row above's. In a
/// flattened web copy a row lists only the name cells that start at it: a row with every name cell is placed by its
/// cells; a row with fewer goes under one of the previous row's ancestors deep enough to hold it — a single cell is a
/// first-level column or a sibling of the previous row's column. When more than one place is possible the row is
/// placed as the seed's table mostly needs — a single cell as the previous row's sibling, several cells as a new
/// first-level group — and reported as ambiguous (<see cref="TableImportCodes.AmbiguousRow"/>,
/// a warning naming the row and the alternatives); the hints file's <c>parents</c> decides it. A name path met again is
/// the same node, so a row may list a column of an earlier row as its parent.</para>
/// <para><b>Output.</b> Columns keep the table's row number (序号) as <c>seedRow</c>, the deadline cell as <c>frequency</c>
/// beside the typed <c>deadline</c>, and the responsible cell as <c>responsible</c>. Ids are the hints' or <c>row-N</c>
/// and <c>group-N</c>. Units the org chart lacks are added (<c>unit-N</c>, kind office for …办公室, else section) and
/// reported; a 各相关科室 column whose topic no unit serves is given to every section and reported. With a base pack the
/// base's catalog is removed and replaced; without one the pack stands alone and copies the built-in review policy
/// (reported). The pack is then loaded as any pack is, so what is written always loads.</para>
/// <para>All problems are reported at once; when there is an error nothing is produced. Stateless and thread-safe.</para>
/// </remarks>
public static class TableImporter
{
    private const int HeaderSearchRows = 20;
    private const string PathSeparator = " > ";

    /// <summary>Imports a table.</summary>
    /// <param name="table">The table.</param>
    /// <param name="options">The pack's id, effective date, metadata, base and hints.</param>
    /// <returns>The problems and, when there is no error, the pack.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static TableImportResult Import(SourceTable table, TableImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        return new Run(table, options).Execute();
    }

    /// <summary>The location of a table cell: <c>row 12 (第12行), 更新频率</c>, with file, row and column.</summary>
    internal static ProblemLocation At(string source, int row, int column, string? header) =>
        new("table", row, field: header)
        {
            Source = source,
            Path = row <= 0 ? "table" : string.Create(CultureInfo.InvariantCulture, $"row {row} (第{row}行){(header is null ? string.Empty : ", " + header)}"),
            Line = row,
            Column = column,
        };

    private sealed class Run(SourceTable table, TableImportOptions options)
    {
        private readonly List<Problem> problems = [];
        private readonly ImportHints hints = options.Hints;
        private readonly Dictionary<string, NodeDto> nodes = new(StringComparer.Ordinal);
        private readonly List<NodeDto> order = [];
        private readonly Dictionary<string, UnitDto> unitsByName = new(StringComparer.Ordinal);
        private readonly List<UnitDto> newUnits = [];
        private readonly HashSet<string> ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> columnRows = new(StringComparer.Ordinal);
        private readonly Dictionary<int, int> seedRows = [];
        private readonly List<(NodeDto Node, int Row)> relevant = [];
        private int groups;

        private string Source => table.SourceName;

        public TableImportResult Execute()
        {
            var header = FindHeader();
            if (header is null)
            {
                return Done(null);
            }

            IndexBaseUnits();
            ReadRows(header);
            if (problems.Exists(p => p.Severity == ProblemSeverity.Error))
            {
                return Done(null);
            }

            AssignTopics();
            return Done(Build());
        }

        private TableImportResult Done(PackDocument? document)
        {
            byte[]? json = null;
            RulePack? pack = null;
            if (document is not null)
            {
                json = JsonSerializer.SerializeToUtf8Bytes(document, RulePackJsonContext.Export.PackDocument);
                json = [.. json, (byte)'\n'];
                try
                {
                    pack = RulePack.Load(json, options.PackId + ".pack.json", new RulePackLoadOptions(BaseDirectory: options.BaseDirectory));
                    problems.AddRange(pack.Warnings);
                }
                catch (RulePackException e)
                {
                    problems.AddRange(e.Problems);
                    json = null;
                }
            }

            var columns = order.Count(n => n.SeedRow is not null);
            return new TableImportResult([.. problems], pack is null ? null : json, pack, pack is null ? 0 : columns, [.. newUnits.Select(u => u.Name!)]);
        }

        private void Error(ProblemCode code, int row, int column, string? header, LocalizedText message) =>
            problems.Add(Problem.Of(code, ProblemSeverity.Error, At(Source, row, column, header), message));

        private void Warning(ProblemCode code, int row, int column, string? header, LocalizedText message) =>
            problems.Add(Problem.Of(code, ProblemSeverity.Warning, At(Source, row, column, header), message));

        // ---- header -------------------------------------------------------------------------------------------

        private Layout? FindHeader()
        {
            var rows = table.Rows;
            for (var i = 0; i < rows.Length && i < HeaderSearchRows; i++)
            {
                var cells = rows[i].Cells;
                var known = cells.Select(c => c.Length == 0 ? null : HeaderNames.Find(c)).ToList();
                if (!known.Exists(h => h?.Role is HeaderRole.Level or HeaderRole.Name) || known.Count(h => h is not null) < 2)
                {
                    continue;
                }

                var unknown = cells.Select((c, j) => (c, j)).Where(x => x.c.Length > 0 && known[x.j] is null).ToList();
                foreach (var (cell, j) in unknown)
                {
                    Error(TableImportCodes.UnknownHeader, rows[i].Number, j + 1, cell, TableTexts.Text("Header.Unknown", cell, HeaderNames.Expected));
                }

                if (table.Layout == TableLayout.Grid && i + 1 < rows.Length && SubHeader(rows[i], rows[i + 1]) is { } combined)
                {
                    // A two-row header (公开事项 over 一级事项 | 二级事项, 公开对象 over 全社会 | 特定群众): the lower row names the columns.
                    return FindHeaderIn(combined, rows[i + 1]);
                }

                return unknown.Count > 0 ? null : MakeLayout(rows[i], known);
            }

            var first = rows.IsEmpty ? 0 : rows[0].Number;
            Error(TableImportCodes.UnknownHeader, first, 0, null, TableTexts.Text("Header.None", HeaderSearchRows, HeaderNames.Expected));
            return null;
        }

        private static SourceRow? SubHeader(SourceRow upper, SourceRow lower)
        {
            if (!lower.Cells.Any(c => HeaderNames.Find(c)?.Role == HeaderRole.Level) || lower.Cells.Any(c => c.Length > 0 && HeaderNames.Find(c) is null))
            {
                return null;
            }

            var width = Math.Max(upper.Cells.Length, lower.Cells.Length);
            var cells = new string[width];
            for (var j = 0; j < width; j++)
            {
                var below = j < lower.Cells.Length ? lower.Cells[j] : string.Empty;
                cells[j] = below.Length > 0 ? below : j < upper.Cells.Length ? upper.Cells[j] : string.Empty;
            }

            return new SourceRow(lower.Number, [.. cells]);
        }

        private Layout? FindHeaderIn(SourceRow combined, SourceRow lower)
        {
            var known = combined.Cells.Select(c => c.Length == 0 ? null : HeaderNames.Find(c)).ToList();
            var ok = true;
            for (var j = 0; j < combined.Cells.Length; j++)
            {
                if (combined.Cells[j].Length > 0 && known[j] is null)
                {
                    Error(TableImportCodes.UnknownHeader, combined.Number, j + 1, combined.Cells[j], TableTexts.Text("Header.Unknown", combined.Cells[j], HeaderNames.Expected));
                    ok = false;
                }
            }

            // A group header over level columns (公开事项) names no column of its own once the lower row is read.
            for (var j = 0; j < known.Count; j++)
            {
                if (known[j]?.Role == HeaderRole.Name && known.Exists(h => h?.Role == HeaderRole.Level))
                {
                    known[j] = null;
                }
            }

            return ok ? MakeLayout(combined with { Cells = [.. combined.Cells] }, known, lower) : null;
        }

        private Layout? MakeLayout(SourceRow row, List<HeaderNames.Header?> known, SourceRow? lastHeaderRow = null) => MakeLayoutCore(row, known, lastHeaderRow ?? row);

        private Layout? MakeLayoutCore(SourceRow row, List<HeaderNames.Header?> known, SourceRow lastHeaderRow)
        {
            var columns = known.Select((h, j) => (h, j)).Where(x => x.h is not null).Select(x => (Header: x.h!, Index: x.j)).ToList();
            // 公开主体 (the bureau itself) beside 责任科室 (its section): the section is who updates the column.
            var responsibleColumns = columns.Where(c => c.Header.Role == HeaderRole.Responsible).ToList();
            if (responsibleColumns.Count > 1 && responsibleColumns.Find(c => c.Header.Text == "公开主体") is { Header: not null } publisher)
            {
                known[publisher.Index] = publisher.Header with { Role = HeaderRole.Note };
                columns[columns.IndexOf(publisher)] = (known[publisher.Index]!, publisher.Index);
            }

            var names = columns.Where(c => c.Header.Role == HeaderRole.Level).OrderBy(c => c.Header.Level)
                .Concat(columns.Where(c => c.Header.Role == HeaderRole.Name)).ToList();
            var ok = true;
            foreach (var role in new[] { HeaderRole.Number, HeaderRole.Deadline, HeaderRole.Responsible, HeaderRole.Name })
            {
                var same = columns.Where(c => c.Header.Role == role).ToList();
                if (same.Count > 1)
                {
                    Error(TableImportCodes.UnknownHeader, row.Number, same[1].Index + 1, row.Cells[same[1].Index], TableTexts.Text("Header.Twice", row.Cells[same[0].Index], row.Cells[same[1].Index], TableTexts.Text("Role." + role.ToString())));
                    ok = false;
                }
            }

            foreach (var group in columns.Where(c => c.Header.Role == HeaderRole.Level).GroupBy(c => c.Header.Level).Where(g => g.Count() > 1))
            {
                Error(TableImportCodes.UnknownHeader, row.Number, group.ElementAt(1).Index + 1, row.Cells[group.ElementAt(1).Index], TableTexts.Text("Header.LevelTwice", group.Key));
                ok = false;
            }

            foreach (var (role, what) in new[] { (HeaderRole.Deadline, TableTexts.Text("Header.What.Deadline")), (HeaderRole.Responsible, TableTexts.Text("Header.What.Responsible")) })
            {
                if (!columns.Exists(c => c.Header.Role == role))
                {
                    Error(TableImportCodes.UnknownHeader, row.Number, 0, null, TableTexts.Text("Header.NoColumn", what, HeaderNames.Expected));
                    ok = false;
                }
            }

            var nameIndexes = names.Select(n => n.Index).ToList();
            if (ok && nameIndexes.Count > 1 && nameIndexes.Zip(nameIndexes.Skip(1)).Any(p => p.Second != p.First + 1))
            {
                Error(TableImportCodes.UnknownHeader, row.Number, nameIndexes[0] + 1, null, TableTexts.Text("Header.NamesApart"));
                ok = false;
            }

            return ok ? new Layout(row, known, nameIndexes, lastHeaderRow) : null;
        }

        // ---- rows ---------------------------------------------------------------------------------------------

        private void ReadRows(Layout layout)
        {
            var rows = table.Rows;
            var start = rows.IndexOf(layout.LastHeaderRow) + 1;
            var number = layout.Index(HeaderRole.Number);
            var deadline = layout.Index(HeaderRole.Deadline)!.Value;
            var responsible = layout.Index(HeaderRole.Responsible)!.Value;
            string[]? previousNames = null; // the previous row's full path, its column last
            string? previousDeadline = null;
            string? previousResponsible = null;
            var fill = table.Layout == TableLayout.Grid ? VerticalMerges() : [];
            for (var r = start; r < rows.Length; r++)
            {
                var row = rows[r];
                var cells = Cells(layout, row, fill, out var listed);
                if (cells is null)
                {
                    continue;
                }

                if (Formula(row, cells, layout))
                {
                    continue;
                }

                var seedRow = SeedRow(row, number is null ? null : cells[number.Value], r - start + 1, number);
                var key = seedRow?.ToString(CultureInfo.InvariantCulture);
                if (key is not null && hints.Cells.TryGetValue(key, out var repairs))
                {
                    Repair(layout, row, cells, repairs);
                    for (var j = 0; j < listed.Count; j++)
                    {
                        listed[j] = cells[layout.NameColumns[layout.NameColumns.Count - listed.Count + j]];
                    }
                }

                var deadlineText = Inherit(cells[deadline], ref previousDeadline, row, deadline, layout);
                var responsibleText = Inherit(cells[responsible], ref previousResponsible, row, responsible, layout);
                var placed = table.Layout == TableLayout.Grid
                    ? PlaceGrid(row, layout, cells, previousNames)
                    : PlaceFlattened(row, layout, listed, previousNames, key);
                if (placed is null || seedRow is null)
                {
                    continue;
                }

                previousNames = placed;
                var frequency = Deadline(row, deadline + 1, layout.Text(deadline), key is not null && hints.Deadlines.TryGetValue(key, out var phrase) ? phrase : deadlineText);
                var note = string.Join("；", layout.Known.Select((h, j) => (h, j)).Where(x => x.h?.Role == HeaderRole.Note && cells[x.j].Length > 0).Select(x => $"{layout.Text(x.j)}：{cells[x.j]}"));
                if (deadlineText is null || responsibleText is null)
                {
                    continue;
                }

                AddColumn(row, seedRow.Value, placed, deadlineText, frequency, responsibleText, responsible + 1, layout.Text(responsible), note.Length == 0 ? null : note);
            }

            if (order.Count == 0 && !problems.Exists(p => p.Severity == ProblemSeverity.Error))
            {
                Error(TableImportCodes.MissingCell, layout.HeaderRow.Number, 0, null, TableTexts.Text("Rows.None"));
            }

        }

        /// <summary>The row's cells by header column; for a flattened row, also the name cells it lists.</summary>
        private string[]? Cells(Layout layout, SourceRow row, Dictionary<(int Row, int Column), string> fill, out List<string> listed)
        {
            listed = [];
            var width = layout.Known.Count;
            var cells = new string[width];
            if (table.Layout == TableLayout.Grid)
            {
                for (var j = 0; j < width; j++)
                {
                    var text = j < row.Cells.Length ? row.Cells[j] : string.Empty;
                    cells[j] = text.Length == 0 && fill.TryGetValue((row.Number, j + 1), out var merged) ? merged : text;
                }

                return cells;
            }

            // Flattened: the cells before and after the name columns are all there; the name cells are what is left.
            var leading = layout.NameColumns[0];
            var trailing = width - layout.NameColumns[^1] - 1;
            var given = row.Cells.Length - leading - trailing;
            if (given < 1 || given > layout.NameColumns.Count)
            {
                Error(TableImportCodes.MissingCell, row.Number, 0, null, TableTexts.Text("Row.Width", row.Cells.Length, leading + trailing + 1, width, string.Join(" ", layout.Known.Select((_, j) => layout.Text(j)))));
                return null;
            }

            Array.Fill(cells, string.Empty);
            for (var j = 0; j < leading; j++)
            {
                cells[j] = row.Cells[j];
            }

            for (var j = 0; j < trailing; j++)
            {
                cells[width - trailing + j] = row.Cells[row.Cells.Length - trailing + j];
            }

            listed = [.. row.Cells.Skip(leading).Take(given)];
            for (var j = 0; j < given; j++)
            {
                cells[layout.NameColumns[layout.NameColumns.Count - given + j]] = listed[j];
            }

            return cells;
        }

        private Dictionary<(int Row, int Column), string> VerticalMerges()
        {
            var byNumber = table.Rows.ToDictionary(r => r.Number);
            var fill = new Dictionary<(int, int), string>();
            foreach (var range in table.Merges)
            {
                if (range.LastRow <= range.FirstRow || !byNumber.TryGetValue(range.FirstRow, out var top) || range.FirstColumn > top.Cells.Length)
                {
                    continue;
                }

                var text = top.Cells[range.FirstColumn - 1];
                for (var r = range.FirstRow + 1; r <= range.LastRow; r++)
                {
                    fill[(r, range.FirstColumn)] = text;
                }
            }

            return fill;
        }

        private bool Formula(SourceRow row, string[] cells, Layout layout)
        {
            var found = false;
            for (var j = 0; j < cells.Length; j++)
            {
                if (cells[j].Length > 1 && cells[j][0] is '=' or '＝' or '@')
                {
                    Error(TableImportCodes.Formula, row.Number, j + 1, layout.Text(j), TableTexts.Text("Cell.Formula", Short(cells[j])));
                    found = true;
                }
            }

            return found;
        }

        private int? SeedRow(SourceRow row, string? cell, int ordinal, int? column)
        {
            int value;
            if (cell is null)
            {
                value = ordinal;
            }
            else if (!int.TryParse(cell.TrimEnd('.', '、', '．'), NumberStyles.None, CultureInfo.InvariantCulture, out value) || value < 1 || value > DisclosureCatalogBuilder.MaxSeedRow)
            {
                Error(TableImportCodes.InvalidRowNumber, row.Number, column!.Value + 1, "序号", TableTexts.Text("Number.Invalid", Short(cell), DisclosureCatalogBuilder.MaxSeedRow));
                return null;
            }

            if (seedRows.TryGetValue(value, out var first))
            {
                Error(TableImportCodes.InvalidRowNumber, row.Number, (column ?? -1) + 1, "序号", TableTexts.Text("Number.Twice", value, first));
                return null;
            }

            seedRows[value] = row.Number;
            return value;
        }

        private void Repair(Layout layout, SourceRow row, string[] cells, ImmutableDictionary<string, string> repairs)
        {
            foreach (var (headerText, text) in repairs)
            {
                var j = Enumerable.Range(0, layout.Known.Count).FirstOrDefault(j => HeaderNames.Normalize(layout.Text(j)) == HeaderNames.Normalize(headerText), -1);
                if (j < 0)
                {
                    Error(TableImportCodes.InvalidHint, row.Number, 0, headerText, TableTexts.Text("Hint.NoHeader", headerText, string.Join(" ", layout.Known.Select((_, k) => layout.Text(k)))));
                    continue;
                }

                cells[j] = text;
            }
        }

        private string? Inherit(string cell, ref string? previous, SourceRow row, int column, Layout layout)
        {
            if (cell.Length > 0)
            {
                previous = cell;
                return cell;
            }

            if (previous is null)
            {
                Error(TableImportCodes.MissingCell, row.Number, column + 1, layout.Text(column), TableTexts.Text("Cell.BlankNoAbove", layout.Text(column)));
            }

            return previous;
        }

        private string[]? PlaceGrid(SourceRow row, Layout layout, string[] cells, string[]? previous)
        {
            var names = layout.NameColumns.Select(j => cells[j]).ToArray();
            var deepest = Array.FindLastIndex(names, n => n.Length > 0);
            if (deepest < 0)
            {
                Error(TableImportCodes.MissingCell, row.Number, layout.NameColumns[0] + 1, layout.Text(layout.NameColumns[0]), TableTexts.Text("Row.NoName"));
                return null;
            }

            for (var i = 0; i < deepest; i++)
            {
                if (names[i].Length > 0)
                {
                    continue;
                }

                // A blank higher-level cell is a merged cell's continuation: the row above's name at that level.
                if (previous is null || previous.Length <= i || (i > 0 && previous[i - 1] != names[i - 1]))
                {
                    Error(TableImportCodes.MissingCell, row.Number, layout.NameColumns[i] + 1, layout.Text(layout.NameColumns[i]), TableTexts.Text("Cell.BlankNoParent", layout.Text(layout.NameColumns[i])));
                    return null;
                }

                names[i] = previous[i];
            }

            return names[..(deepest + 1)];
        }

        private string[]? PlaceFlattened(SourceRow row, Layout layout, List<string> listed, string[]? previous, string? key)
        {
            var depth = layout.NameColumns.Count;
            var k = listed.Count;
            List<string[]> candidates = [];
            if (k == depth || previous is null)
            {
                candidates.Add([]);
            }
            else
            {
                // Under an ancestor of the previous row's column, deepest first, as long as the row's cells still fit.
                for (var length = previous.Length - 1; length >= 0; length--)
                {
                    if (length + k <= depth)
                    {
                        candidates.Add(previous[..length]);
                    }
                }
            }

            string[] parent;
            if (key is not null && hints.Parents.TryGetValue(key, out var hinted))
            {
                parent = hinted.Length == 0 ? [] : hinted.Split(PathSeparator, StringSplitOptions.TrimEntries);
                if (parent.Length > 0 && !nodes.ContainsKey(Key(parent)))
                {
                    Error(TableImportCodes.InvalidHint, row.Number, 0, null, TableTexts.Text("Hint.NoParent", key, hinted));
                    return null;
                }

                if (parent.Length + k > depth)
                {
                    Error(TableImportCodes.InvalidHint, row.Number, 0, null, TableTexts.Text("Hint.TooDeep", key, hinted, k, depth));
                    return null;
                }
            }
            else
            {
                // The seed's rule: a single cell continues the previous row's group; several cells start a first-level group.
                parent = candidates.Count == 0 ? [] : k == 1 ? candidates[0] : candidates[^1];
                if (candidates.Count > 1)
                {
                    var alternatives = candidates.Skip(1).Aggregate((object)Describe(candidates[0]), (all, c) => TableTexts.Text("Row.Or", all, Describe(c)));
                    Warning(TableImportCodes.AmbiguousRow, row.Number, layout.NameColumns[0] + 1, null, TableTexts.Text("Row.Ambiguous", key, string.Join(" ", listed), k, depth, alternatives, Describe(parent), string.Join(PathSeparator, parent), row.Number));
                }
            }

            return [.. parent, .. listed];
        }

        private static LocalizedText Describe(string[] parent) => parent.Length == 0 ? TableTexts.Text("Parent.First") : TableTexts.Text("Parent.Path", string.Join(PathSeparator, parent));

        private UpdateFrequency? Deadline(SourceRow row, int column, string header, string? text)
        {
            if (text is null)
            {
                return null;
            }

            if (DeadlineGrammar.TryParse(text, out var frequency, out var why))
            {
                return frequency;
            }

            Error(TableImportCodes.UnknownDeadline, row.Number, column, header, TableTexts.Text("Deadline.Cell", header, Short(text), why));
            return null;
        }

        // ---- nodes and units ----------------------------------------------------------------------------------

        private void AddColumn(SourceRow row, int seedRow, string[] path, string deadlineText, UpdateFrequency? frequency, string responsibleText, int responsibleColumn, string responsibleHeader, string? note)
        {
            string? parent = null;
            for (var i = 0; i < path.Length - 1; i++)
            {
                var prefix = path[..(i + 1)];
                if (!nodes.TryGetValue(Key(prefix), out var group))
                {
                    group = new NodeDto { Id = Id(string.Join(PathSeparator, prefix), string.Create(CultureInfo.InvariantCulture, $"group-{++groups}"), row), Name = prefix[^1], Parent = parent };
                    nodes[Key(prefix)] = group;
                    order.Add(group);
                }

                parent = group.Id;
            }

            var key = Key(path);
            if (nodes.TryGetValue(key, out var node) && node.SeedRow is not null)
            {
                Error(DataProblemCodes.DuplicateId, row.Number, 0, null, TableTexts.Text("Column.Twice", string.Join(PathSeparator, path), columnRows[key]));
                return;
            }

            if (node is null)
            {
                node = new NodeDto { Id = Id(seedRow.ToString(CultureInfo.InvariantCulture), string.Create(CultureInfo.InvariantCulture, $"row-{seedRow}"), row), Name = path[^1], Parent = parent };
                nodes[key] = node;
                order.Add(node);
            }

            columnRows[key] = row.Number;
            node.SeedRow = seedRow;
            node.Frequency = deadlineText;
            node.Deadline = frequency is null ? null : Dto(frequency);
            node.Responsible = responsibleText;
            node.Note = note;
            Responsible(node, row, responsibleColumn, responsibleHeader);
        }

        private string Id(string hintKey, string generated, SourceRow row)
        {
            var id = hints.Ids.TryGetValue(hintKey, out var hinted) ? hinted : generated;
            if (!Slug.IsValid(id))
            {
                Error(TableImportCodes.InvalidHint, row.Number, 0, null, TableTexts.Text("Hint.BadId", hintKey, id, Slug.Form));
            }
            else if (!ids.Add(id))
            {
                Error(TableImportCodes.InvalidHint, row.Number, 0, null, TableTexts.Text("Hint.IdTwice", id, hintKey));
            }

            return id;
        }

        private void Responsible(NodeDto node, SourceRow row, int column, string header)
        {
            if (ResponsibleCell.Read(node.Responsible!, out var form, out var names) is { } why)
            {
                Error(TableImportCodes.InvalidResponsible, row.Number, column, header, TableTexts.Text("Responsible.Why", why));
                return;
            }

            if (form == ResponsibilityKind.RelevantSections)
            {
                relevant.Add((node, row.Number));
                return;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var raw in names)
            {
                var name = hints.Aliases.TryGetValue(raw, out var canonical) ? canonical : raw;
                if (!unitsByName.TryGetValue(name, out var unit))
                {
                    unit = new UnitDto
                    {
                        Id = string.Create(CultureInfo.InvariantCulture, $"unit-{newUnits.Count + 1}"),
                        Name = name,
                        Kind = name.Split('（', '(')[0].EndsWith("办公室", StringComparison.Ordinal) ? UnitKind.Office.Id : UnitKind.Section.Id,
                        Aliases = [.. hints.Aliases.Where(a => a.Value == name).Select(a => a.Key).Order(StringComparer.Ordinal)],
                    };
                    if (unit.Aliases.Count == 0)
                    {
                        unit.Aliases = null;
                    }

                    newUnits.Add(unit);
                    unitsByName[name] = unit;
                    foreach (var alias in unit.Aliases ?? [])
                    {
                        unitsByName[alias] = unit;
                    }

                    Warning(TableImportCodes.NewUnit, row.Number, column, header, TableTexts.Text("Unit.New", name, unit.Id, unit.Kind));
                }

                if (!seen.Add(unit.Id!))
                {
                    Error(TableImportCodes.InvalidResponsible, row.Number, column, header, TableTexts.Text("Unit.Twice", node.Responsible, unit.Name, raw));
                }
            }
        }

        private void IndexBaseUnits()
        {
            foreach (var unit in options.Base?.Document.Units ?? [])
            {
                foreach (var name in new[] { unit.Name, unit.Id }.Concat(unit.Aliases ?? []))
                {
                    if (!string.IsNullOrWhiteSpace(name))
                    {
                        unitsByName.TryAdd(name, unit);
                    }
                }
            }
        }

        private readonly Dictionary<string, UnitDto> changedBaseUnits = new(StringComparer.Ordinal);

        private void AssignTopics()
        {
            var all = (options.Base?.Document.Units ?? []).Concat(newUnits).ToList();
            var assigned = new List<(NodeDto Node, int Row)>();
            foreach (var (node, row) in relevant)
            {
                if (all.Exists(u => u.Topics?.Contains(node.Id!, StringComparer.Ordinal) == true))
                {
                    continue;
                }

                foreach (var unit in all.Where(IsSection))
                {
                    var target = newUnits.Contains(unit) ? unit : changedBaseUnits.TryGetValue(unit.Id!, out var copy) ? copy : changedBaseUnits[unit.Id!] = Copy(unit);
                    target.Topics = [.. target.Topics ?? [], node.Id!];
                }

                assigned.Add((node, row));
            }

            if (assigned.Count > 0)
            {
                var sections = all.Where(IsSection).Select(u => u.Name).ToList();
                Warning(TableImportCodes.TopicAssigned, assigned[0].Row, 0, null, TableTexts.Text("Topic.Assigned", assigned.Count, string.Join(", ", assigned.Select(a => a.Node.SeedRow)), sections.Count == 0 ? TableTexts.Text("Topic.None") : string.Join("、", sections)));
            }
        }

        // 各科室 includes the office (UnitKind.Office is a section-level unit), so a relevant-sections topic may too.
        private static bool IsSection(UnitDto u) => u.Kind == UnitKind.Section.Id || u.Kind == UnitKind.Office.Id;

        private static UnitDto Copy(UnitDto u) => new() { Id = u.Id, Name = u.Name, EnglishName = u.EnglishName, Kind = u.Kind, Aliases = u.Aliases is null ? null : [.. u.Aliases], Topics = u.Topics is null ? null : [.. u.Topics] };

        // ---- the pack -----------------------------------------------------------------------------------------

        private PackDocument? Build()
        {
            var baseDocument = options.Base?.Document;
            var bureau = options.Bureau ?? baseDocument?.Metadata?.Bureau;
            if (bureau is null)
            {
                Error(TableImportCodes.MissingCell, 0, 0, null, TableTexts.Text("Bureau.Missing"));
                return null;
            }

            var metadata = new MetadataDto
            {
                Bureau = bureau,
                Jurisdiction = options.Jurisdiction ?? (options.Bureau is null ? baseDocument?.Metadata?.Jurisdiction : null) ?? bureau,
                Level = options.Bureau is null ? baseDocument?.Metadata?.Level : null,
                EffectiveDate = NodaTime.Text.LocalDatePattern.Iso.Format(options.EffectiveDate),
                TimeZone = options.TimeZone,
                Source = table.SourceName,
            };
            var units = changedBaseUnits.Values.Concat(newUnits).ToList();
            var document = new PackDocument
            {
                FormatVersion = RulePackReader.SupportedFormatVersion,
                Id = options.PackId,
                Extends = baseDocument is null ? null : options.BaseName ?? RulePack.XuanchengBuiltinName,
                Metadata = metadata,
                Units = units.Count == 0 ? null : units,
                Catalog = order,
            };
            if (baseDocument is null)
            {
                document.Review = RulePack.XuanchengCivilAffairs2024.Document.Review;
                problems.Add(Problem.Of(TableImportCodes.CopiedFromBase, ProblemSeverity.Warning, At(Source, 0, 0, null), TableTexts.Text("Copied.ReviewPolicy", RulePack.XuanchengBuiltinName)));
            }
            else
            {
                var kept = order.Select(n => n.Id!).ToHashSet(StringComparer.Ordinal);
                var removed = (baseDocument.Catalog ?? []).Select(n => n.Id!).Where(id => !kept.Contains(id)).ToList();
                var removedSet = removed.ToHashSet(StringComparer.Ordinal);
                var overrides = (baseDocument.Deadlines?.Overrides ?? []).Select(o => o.Column!).Where(removedSet.Contains).ToList();
                document.Remove = removed.Count == 0 ? null : new RemoveDto { Columns = removed, Deadlines = overrides.Count == 0 ? null : overrides };
            }

            return document;
        }

        private static DeadlineDto Dto(UpdateFrequency f) => new()
        {
            Kind = f.Name,
            WorkingDays = f.WorkingDays,
            Days = f.CalendarDays,
            MonthDay = f.DateInYear is { } d ? string.Create(CultureInfo.InvariantCulture, $"{d.Month:D2}-{d.Day:D2}") : null,
            AnnualDeadline = f.AnnualDeadline is { } a ? string.Create(CultureInfo.InvariantCulture, $"{a.Month:D2}-{a.Day:D2}") : null,
            DisplayWorkingDays = f.DisplayWorkingDays,
        };

        private static string Key(string[] path) => string.Join('\u001f', path);

        private static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;
    }

    /// <summary>The header row and what each of its columns holds.</summary>
    private sealed class Layout(SourceRow headerRow, List<HeaderNames.Header?> known, List<int> nameColumns, SourceRow lastHeaderRow)
    {
        /// <summary>Gets the header row (for a two-row header, the two combined, numbered as the lower row).</summary>
        public SourceRow HeaderRow => headerRow;

        /// <summary>Gets the last row of the header in the table; data rows follow it.</summary>
        public SourceRow LastHeaderRow => lastHeaderRow;

        public List<HeaderNames.Header?> Known => known;

        /// <summary>Gets the indexes of the name columns, highest level first, the name column (if any) last.</summary>
        public List<int> NameColumns => nameColumns;

        public int? Index(HeaderRole role)
        {
            var i = known.FindIndex(h => h?.Role == role);
            return i < 0 ? null : i;
        }

        public string Text(int column) => column < headerRow.Cells.Length ? headerRow.Cells[column] : string.Empty;
    }
}
