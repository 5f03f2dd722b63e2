using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Responsibilities;
using NodaTime;

namespace Disclosure.Domain.Catalog;

/// <summary>
/// Builds a <see cref="DisclosureCatalog"/>: add grouping nodes and columns in catalog order (parents may be
/// added before or after their children), then call <see cref="Build()"/>, which checks everything at once.
/// </summary>
/// <remarks>
/// A builder is mutable and not thread-safe; the catalogs it builds are immutable. Children keep the order in
/// which they were added. <see cref="Build()"/> can be called more than once; each call creates a new catalog.
/// </remarks>
/// <example>
/// <code>
/// var catalog = new DisclosureCatalogBuilder("某县民政局", "Some County Civil Affairs Bureau", new LocalDate(2025, 1, 1))
///     .AddGroup("policy-regulations", "政策法规", "Policies and Regulations")
///     .AddColumn(1, "department-documents", "部门文件", "Department Documents", "policy-regulations",
///         UpdateFrequency.Timely, Responsibility.AllSections, "各科室")
///     .Build();
/// </code>
/// </example>
public sealed class DisclosureCatalogBuilder
{
    /// <summary>The default time zone id of a catalog: <c>Asia/Shanghai</c>.</summary>
    public const string DefaultTimeZoneId = "Asia/Shanghai";

    /// <summary>
    /// The most levels a catalog may have: 16 (a government website has three or four: 一级, 二级, 三级栏目). The bound
    /// keeps a hostile chain of parents from costing memory quadratic in its length.
    /// </summary>
    public const int MaxLevels = 16;

    /// <summary>The highest seed row: 100,000 (a published table has a few hundred rows at most).</summary>
    public const int MaxSeedRow = 100_000;

    private const string Section = "catalog";

    private readonly List<Entry> _entries = [];

    /// <summary>Initializes a new instance of the <see cref="DisclosureCatalogBuilder"/> class.</summary>
    /// <param name="bureauName">The Chinese name of the bureau, for example 宣城市民政局.</param>
    /// <param name="bureauEnglishName">The English name of the bureau, or <see langword="null"/> when it has none.</param>
    /// <param name="effectiveDate">The date from which the catalog applies (see <see cref="DisclosureCatalog.EffectiveDate"/>).</param>
    /// <exception cref="ArgumentException"><paramref name="bureauName"/> is empty or white space.</exception>
    public DisclosureCatalogBuilder(string bureauName, string? bureauEnglishName, LocalDate effectiveDate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bureauName);
        BureauName = bureauName;
        BureauEnglishName = bureauEnglishName;
        EffectiveDate = effectiveDate;
    }

    /// <summary>Gets the Chinese name of the bureau.</summary>
    public string BureauName { get; }

    /// <summary>Gets the English name of the bureau, or <see langword="null"/>.</summary>
    public string? BureauEnglishName { get; }

    /// <summary>Gets the date from which the catalog applies.</summary>
    public LocalDate EffectiveDate { get; }

    /// <summary>Gets or sets the TZDB id of the bureau's time zone; <see cref="DefaultTimeZoneId"/> unless set. Checked by <see cref="Build()"/>.</summary>
    public string TimeZoneId { get; set; } = DefaultTimeZoneId;

    /// <summary>Adds a grouping node: a node without update rules of its own.</summary>
    /// <param name="id">The node id (see <see cref="ColumnId"/> for the form).</param>
    /// <param name="name">The Chinese name.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="parentId">The id of the parent node, or <see langword="null"/> for a first-level node.</param>
    /// <param name="note">An editorial note, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    /// <remarks>Arguments are checked by <see cref="Build()"/>, which reports every problem at once.</remarks>
    public DisclosureCatalogBuilder AddGroup(string id, string name, string? englishName, string? parentId = null, string? note = null)
    {
        _entries.Add(new Entry(id, name, englishName, parentId, note, null));
        return this;
    }

    /// <summary>Adds a column: a node with update rules (a row of the source table).</summary>
    /// <param name="seedRow">The row number in the source table (序号), 1 or more, unique in the catalog.</param>
    /// <param name="id">The column id (see <see cref="ColumnId"/> for the form).</param>
    /// <param name="name">The Chinese name.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="parentId">The id of the parent node, or <see langword="null"/> for a first-level column.</param>
    /// <param name="frequency">The update frequency, or <see langword="null"/> for the one <paramref name="frequencyLabel"/> names.</param>
    /// <param name="responsible">The typed responsible party; <see langword="null"/> is reported by <see cref="Build()"/>.</param>
    /// <param name="responsibleLabel">The responsible label as the source gives it, for example 办公室.</param>
    /// <param name="frequencyLabel">The frequency label as the source gives it; <see langword="null"/> for the frequency's <see cref="UpdateFrequency.ChineseLabel"/>. Without <paramref name="frequency"/> it must parse; with it, a label that parses must name the same kind, and any other text is kept as the source's words (信息形成或者变更之日起20个工作日内).</param>
    /// <param name="note">An editorial note, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    /// <remarks>Arguments are checked by <see cref="Build()"/>, which reports every problem at once.</remarks>
    public DisclosureCatalogBuilder AddColumn(
        int seedRow,
        string id,
        string name,
        string? englishName,
        string? parentId,
        UpdateFrequency? frequency,
        Responsibility? responsible,
        string responsibleLabel,
        string? frequencyLabel = null,
        string? note = null)
    {
        _entries.Add(new Entry(id, name, englishName, parentId, note, new Rules(seedRow, frequency, frequencyLabel, responsible, responsibleLabel)));
        return this;
    }

    /// <summary>Checks the nodes added and builds the catalog.</summary>
    /// <returns>The catalog.</returns>
    /// <exception cref="InvalidCatalogException">
    /// The data is inconsistent: an id is malformed or used twice, a parent does not exist, parents form a cycle,
    /// a seed row is out of range or used twice, a name is empty, a frequency is missing or its label does not match
    /// it, a responsibility or its label is missing, the time zone id is unknown, the tree is deeper than
    /// <see cref="MaxLevels"/>, or there is no column at all. <see cref="ProblemException.Problems"/> lists every one.
    /// </exception>
    public DisclosureCatalog Build() =>
        TryBuild(out var catalog, out var problems) ? catalog : throw new InvalidCatalogException(problems);

    /// <summary>Checks the nodes added and builds the catalog, or reports every problem without throwing.</summary>
    /// <param name="catalog">The catalog, or <see langword="null"/> when there are problems.</param>
    /// <param name="problems">
    /// Every problem found, empty on success. Each is located in section <c>catalog</c> at the node's position in the
    /// order added, its id and the field at fault (<c>id</c>, <c>name</c>, <c>parent</c>,
    /// <c>seedRow</c>, <c>frequency</c>, <c>responsible</c>); the time zone in section <c>metadata</c>, field <c>timeZone</c>.
    /// </param>
    /// <returns><see langword="true"/> when the catalog was built.</returns>
    public bool TryBuild([NotNullWhen(true)] out DisclosureCatalog? catalog, out ImmutableArray<Problem> problems)
    {
        var errors = new List<Problem>();
        var zone = TimeZoneId is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(TimeZoneId);
        if (zone is null)
        {
            errors.Add(Problem.Error(DataProblemCodes.InvalidValue, new ProblemLocation("metadata", field: "timeZone"), CatalogTexts.Text("TimeZone", Show(TimeZoneId))));
        }

        // Entries are numbered in the order added; `index` finds an entry by id, `parents` holds each entry's parent
        // entry (-1 for a root or an unusable parent), `nodes` the node created (null when the entry is unusable).
        var count = _entries.Count;
        var index = new Dictionary<ColumnId, int>(count);
        var nodes = new CatalogNode?[count];
        var seedRows = new Dictionary<int, string>();
        var hasColumn = false;
        for (var i = 0; i < count; i++)
        {
            var entry = _entries[i];
            if (string.IsNullOrWhiteSpace(entry.Name))
            {
                errors.Add(Error(DataProblemCodes.MissingValue, i, "name", CatalogTexts.Text("Node.Name")));
            }

            if (entry.Rules is { } rules)
            {
                CheckRules(i, rules, seedRows, errors);
            }

            if (entry.ParentId is not null && !ColumnId.IsValid(entry.ParentId))
            {
                errors.Add(Error(DataProblemCodes.InvalidId, i, "parent", CatalogTexts.Text("Node.Parent", Show(entry.ParentId))));
            }

            if (!ColumnId.TryParse(entry.Id, out var id))
            {
                errors.Add(Error(string.IsNullOrEmpty(entry.Id) ? DataProblemCodes.MissingValue : DataProblemCodes.InvalidId, i, "id", CatalogTexts.Text("Node.Id", Show(entry.Id), ColumnId.MaxLength)));
                continue;
            }

            if (!index.TryAdd(id, i))
            {
                errors.Add(Error(DataProblemCodes.DuplicateId, i, "id", CatalogTexts.Text("Node.IdTwice", id)));
                continue;
            }

            nodes[i] = new CatalogNode(id, entry.Name ?? string.Empty, string.IsNullOrWhiteSpace(entry.EnglishName) ? null : entry.EnglishName, entry.Note);
            hasColumn |= entry.Rules is not null;
        }

        var parents = new int[count];
        for (var i = 0; i < count; i++)
        {
            parents[i] = -1;
            var parentId = _entries[i].ParentId;
            if (nodes[i] is null || parentId is null || !ColumnId.TryParse(parentId, out var parent))
            {
                continue;
            }

            if (index.TryGetValue(parent, out var p))
            {
                parents[i] = p;
            }
            else
            {
                errors.Add(Error(DataProblemCodes.DanglingParent, i, "parent", CatalogTexts.Text("Node.DanglingParent", parentId, _entries[i].Id)));
            }
        }

        if (!ParentLinks.ReportCycles(parents, i => new ProblemLocation(Section, i, _entries[i].Id, "parent"), i => _entries[i].Id, CatalogTexts.Text("Cycle.What.CatalogNodes"), errors))
        {
            var levels = ParentLinks.Levels(parents);
            for (var i = 0; i < count; i++)
            {
                if (levels[i] == MaxLevels + 1)
                {
                    errors.Add(Error(DataProblemCodes.OutOfRange, i, "parent", CatalogTexts.Text("Node.TooDeep", _entries[i].Id, levels[i], MaxLevels)));
                }
            }
        }

        if (!hasColumn)
        {
            errors.Add(Problem.Error(DataProblemCodes.MissingValue, new ProblemLocation(Section), CatalogTexts.Text("Catalog.NoColumn")));
        }

        if (errors.Count > 0)
        {
            catalog = null;
            problems = [.. errors];
            return false;
        }

        var children = new List<int>?[count];
        var roots = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var node = nodes[i]!;
            if (_entries[i].Rules is { } r)
            {
                var frequency = r.Frequency ?? UpdateFrequency.Parse(r.FrequencyLabel!);
                node.SetColumn(new Column(node, r.SeedRow, frequency, r.FrequencyLabel ?? frequency.ChineseLabel, r.Responsible!, r.ResponsibleLabel!));
            }

            if (parents[i] < 0)
            {
                roots.Add(i);
            }
            else
            {
                (children[parents[i]] ??= []).Add(i);
            }
        }

        var all = ImmutableArray.CreateBuilder<CatalogNode>(count);
        Attach(null, roots, nodes, children, all);
        catalog = new DisclosureCatalog(BureauName, BureauEnglishName, EffectiveDate, zone!, [.. roots.Select(i => nodes[i]!)], all.DrainToImmutable());
        problems = [];
        return true;
    }

    /// <summary>
    /// Attaches the nodes at <paramref name="level"/> (positions) to their parent and children, top-down so that a
    /// parent's ancestors are set before its children's are computed from them, and lists them depth first.
    /// </summary>
    private static void Attach(CatalogNode? parent, List<int> level, CatalogNode?[] nodes, List<int>?[] children, ImmutableArray<CatalogNode>.Builder all)
    {
        foreach (var i in level)
        {
            var node = nodes[i]!;
            all.Add(node);
            node.Attach(parent, children[i] is { } own ? [.. own.Select(c => nodes[c]!)] : []);
            if (children[i] is { } below)
            {
                Attach(node, below, nodes, children, all);
            }
        }
    }

    private void CheckRules(int i, Rules rules, Dictionary<int, string> seedRows, List<Problem> errors)
    {
        if (rules.SeedRow < 1 || rules.SeedRow > MaxSeedRow)
        {
            errors.Add(Error(DataProblemCodes.OutOfRange, i, "seedRow", CatalogTexts.Text("SeedRow.Range", rules.SeedRow, MaxSeedRow)));
        }
        else if (!seedRows.TryAdd(rules.SeedRow, _entries[i].Id))
        {
            errors.Add(Error(DataProblemCodes.DuplicateId, i, "seedRow", CatalogTexts.Text("SeedRow.Twice", rules.SeedRow, seedRows[rules.SeedRow])));
        }

        if (rules.FrequencyLabel is null)
        {
            if (rules.Frequency is null)
            {
                errors.Add(Error(DataProblemCodes.MissingValue, i, "frequency", CatalogTexts.Text("Frequency.Missing", FrequencyKindInfo.Expected)));
            }
        }
        else if (!UpdateFrequency.TryParse(rules.FrequencyLabel, out var parsed))
        {
            // With a typed frequency the label is the source's own words (信息形成或者变更之日起20个工作日内), kept for printing.
            if (rules.Frequency is null)
            {
                errors.Add(Error(DataProblemCodes.UnknownFrequency, i, "frequency", CatalogTexts.Text("Frequency.Unknown", Show(rules.FrequencyLabel), FrequencyKindInfo.Expected)));
            }
        }
        else if (rules.Frequency is not null && parsed.Kind != rules.Frequency.Kind)
        {
            errors.Add(Error(DataProblemCodes.InvalidValue, i, "frequency", CatalogTexts.Text("Frequency.Mismatch", rules.FrequencyLabel, parsed.Name, rules.Frequency.Name)));
        }

        if (rules.Responsible is null || string.IsNullOrWhiteSpace(rules.ResponsibleLabel))
        {
            errors.Add(Error(DataProblemCodes.NoResponsibleParty, i, "responsible", CatalogTexts.Text("Responsible.None", Show(_entries[i].Id))));
        }
    }

    private static LocalizedText Show(string? value) => value is null ? CatalogTexts.Text("Missing") : CatalogTexts.Text("Quoted", value.Length > 80 ? value[..80] + "…" : value);

    private Problem Error(ProblemCode code, int i, string field, LocalizedText message) =>
        Problem.Error(code, new ProblemLocation(Section, i, _entries[i].Id, field), message);

    private sealed record Entry(string Id, string Name, string? EnglishName, string? ParentId, string? Note, Rules? Rules);

    private sealed record Rules(int SeedRow, UpdateFrequency? Frequency, string? FrequencyLabel, Responsibility? Responsible, string? ResponsibleLabel);
}
