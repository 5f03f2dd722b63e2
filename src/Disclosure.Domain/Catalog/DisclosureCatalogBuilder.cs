using System.Collections.Immutable;
using System.Globalization;
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
    /// <param name="frequency">The update frequency.</param>
    /// <param name="responsible">The typed responsible party.</param>
    /// <param name="responsibleLabel">The responsible label as the source gives it, for example 办公室.</param>
    /// <param name="frequencyLabel">The frequency label as the source gives it; <see langword="null"/> for the frequency's <see cref="UpdateFrequency.ChineseLabel"/>. It must parse to the kind of <paramref name="frequency"/>.</param>
    /// <param name="note">An editorial note, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    /// <remarks>Arguments are checked by <see cref="Build()"/>, which reports every problem at once.</remarks>
    public DisclosureCatalogBuilder AddColumn(
        int seedRow,
        string id,
        string name,
        string? englishName,
        string? parentId,
        UpdateFrequency frequency,
        Responsibility responsible,
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
    /// a seed row is below 1 or used twice, a name is empty, a frequency label does not match the frequency, a
    /// responsibility or its label is missing, the time zone id is unknown, the tree is deeper than
    /// <see cref="MaxLevels"/>, or there is no column at all.
    /// </exception>
    public DisclosureCatalog Build() => Build("catalog");

    internal DisclosureCatalog Build(string source)
    {
        var errors = new List<string>();
        var zone = TimeZoneId is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(TimeZoneId);
        if (zone is null)
        {
            errors.Add($"Time zone '{TimeZoneId}' is not a TZDB zone id (for example 'Asia/Shanghai').");
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
                errors.Add($"{Describe(entry)}: the Chinese name is empty.");
            }

            if (entry.Rules is { } rules)
            {
                CheckRules(entry, rules, seedRows, errors);
            }

            if (!ColumnId.TryParse(entry.Id, out var id))
            {
                errors.Add($"{Describe(entry)}: '{entry.Id}' is not a valid id (lower-case ASCII letters, digits and single hyphens, starting with a letter).");
                continue;
            }

            if (entry.ParentId is not null && !ColumnId.IsValid(entry.ParentId))
            {
                errors.Add($"{Describe(entry)}: parent '{entry.ParentId}' is not a valid id.");
            }

            if (!index.TryAdd(id, i))
            {
                errors.Add($"{Describe(entry)}: id '{id}' is used twice.");
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
                errors.Add($"{Describe(_entries[i])}: parent '{parentId}' does not exist.");
            }
        }

        var cycles = ParentLinks.Cycles(parents);
        foreach (var cycle in cycles)
        {
            errors.Add($"Parents form a cycle: {string.Join(" -> ", cycle.Append(cycle[0]).Select(i => nodes[i]!.Id))}.");
        }

        if (cycles.Count == 0)
        {
            var levels = ParentLinks.Levels(parents);
            for (var i = 0; i < count; i++)
            {
                if (levels[i] == MaxLevels + 1)
                {
                    errors.Add($"{Describe(_entries[i])}: the node is at level {(MaxLevels + 1).ToString(CultureInfo.InvariantCulture)}; a catalog has at most {MaxLevels.ToString(CultureInfo.InvariantCulture)} levels.");
                }
            }
        }

        if (!hasColumn)
        {
            errors.Add("The catalog has no column (no node with update rules).");
        }

        if (errors.Count > 0)
        {
            throw new InvalidCatalogException(source, errors);
        }

        var children = new List<int>?[count];
        var roots = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var node = nodes[i]!;
            if (_entries[i].Rules is { } r)
            {
                node.SetColumn(new Column(node, r.SeedRow, r.Frequency!, r.FrequencyLabel ?? r.Frequency!.ChineseLabel, r.Responsible!, r.ResponsibleLabel!));
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
        return new DisclosureCatalog(BureauName, BureauEnglishName, EffectiveDate, zone!, [.. roots.Select(i => nodes[i]!)], all.DrainToImmutable());
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

    private static void CheckRules(Entry entry, Rules rules, Dictionary<int, string> seedRows, List<string> errors)
    {
        if (rules.SeedRow < 1)
        {
            errors.Add($"{Describe(entry)}: seed row {rules.SeedRow.ToString(CultureInfo.InvariantCulture)} is below 1.");
        }
        else if (!seedRows.TryAdd(rules.SeedRow, entry.Id))
        {
            errors.Add($"{Describe(entry)}: seed row {rules.SeedRow.ToString(CultureInfo.InvariantCulture)} is already used by '{seedRows[rules.SeedRow]}'.");
        }

        if (rules.Frequency is null)
        {
            errors.Add($"{Describe(entry)}: the update frequency is missing.");
        }
        else if (rules.FrequencyLabel is not null)
        {
            if (!UpdateFrequency.TryParse(rules.FrequencyLabel, out var parsed))
            {
                errors.Add($"{Describe(entry)}: frequency label '{rules.FrequencyLabel}' is unknown (expected one of {FrequencyKindInfo.Expected}).");
            }
            else if (parsed.Kind != rules.Frequency.Kind)
            {
                errors.Add($"{Describe(entry)}: frequency label '{rules.FrequencyLabel}' means {parsed.Name}, but the frequency is {rules.Frequency.Name}.");
            }
        }

        if (rules.Responsible is null)
        {
            errors.Add($"{Describe(entry)}: the responsible party is missing.");
        }

        if (string.IsNullOrWhiteSpace(rules.ResponsibleLabel))
        {
            errors.Add($"{Describe(entry)}: the responsible label is empty.");
        }
    }

    private static string Describe(Entry entry) =>
        entry.Rules is { } rules
            ? $"Row {rules.SeedRow.ToString(CultureInfo.InvariantCulture)} ('{entry.Id}', {entry.Name})"
            : $"Group '{entry.Id}' ({entry.Name})";

    private sealed record Entry(string Id, string Name, string? EnglishName, string? ParentId, string? Note, Rules? Rules);

    private sealed record Rules(int SeedRow, UpdateFrequency? Frequency, string? FrequencyLabel, Responsibility? Responsible, string? ResponsibleLabel);
}
