using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using NodaTime;
using NodaTime.Text;

namespace Disclosure.Domain.Catalog;

/// <summary>
/// A bureau's disclosure catalog: the tree of website columns (栏目) of its government-information disclosure
/// pages, with each column's update frequency and responsible party.
/// </summary>
/// <remarks>
/// Build one with <see cref="DisclosureCatalogBuilder"/> or load a rule pack (the embedded one is
/// <c>RulePack.XuanchengCivilAffairs2024.Catalog</c>). A catalog is immutable and thread-safe. Equality is reference identity.
/// Lookups by id and by seed row are O(1).
/// </remarks>
public sealed class DisclosureCatalog
{
    // Plain dictionaries, never mutated after construction: concurrent reads are safe, and building them is a
    // fraction of what a frozen dictionary costs (a rule pack builds one catalog per load).
    private readonly Dictionary<ColumnId, CatalogNode> _nodesById;
    private readonly Dictionary<int, Column> _columnsBySeedRow;

    /// <summary>Initializes a catalog from attached nodes: its <paramref name="roots"/>, and every node depth first (see <see cref="Nodes"/>).</summary>
    internal DisclosureCatalog(
        string bureauName,
        string? bureauEnglishName,
        LocalDate effectiveDate,
        DateTimeZone timeZone,
        ImmutableArray<CatalogNode> roots,
        ImmutableArray<CatalogNode> nodes)
    {
        BureauName = bureauName;
        BureauEnglishName = bureauEnglishName;
        EffectiveDate = effectiveDate;
        TimeZone = timeZone;
        Roots = roots;
        Nodes = nodes;
        var columns = ImmutableArray.CreateBuilder<Column>();
        _nodesById = new Dictionary<ColumnId, CatalogNode>(nodes.Length);
        foreach (var node in nodes)
        {
            _nodesById.Add(node.Id, node);
            if (node.Column is { } column)
            {
                columns.Add(column);
            }
        }

        columns.Sort(static (a, b) => a.SeedRow.CompareTo(b.SeedRow));
        Columns = columns.DrainToImmutable();
        _columnsBySeedRow = new Dictionary<int, Column>(Columns.Length);
        foreach (var column in Columns)
        {
            _columnsBySeedRow.Add(column.SeedRow, column);
        }
    }

    /// <summary>Gets the Chinese name of the bureau, for example 宣城市民政局.</summary>
    public string BureauName { get; }

    /// <summary>Gets the English name of the bureau, for example <c>Xuancheng Civil Affairs Bureau</c>, or <see langword="null"/>.</summary>
    public string? BureauEnglishName { get; }

    /// <summary>
    /// Gets the date from which the catalog applies (2024-01-01 for the embedded Xuancheng 2024 catalog). Due-date
    /// calculations use it as the default tracking start: no obligation is owed for a period that ends before it.
    /// </summary>
    public LocalDate EffectiveDate { get; }

    /// <summary>Gets the bureau's time zone, in which calendar periods and publication dates are reckoned (Asia/Shanghai by default).</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>Gets the first-level nodes (一级栏目) in catalog order.</summary>
    public ImmutableArray<CatalogNode> Roots { get; }

    /// <summary>Gets every node, depth first, each node before its children, children in catalog order.</summary>
    public ImmutableArray<CatalogNode> Nodes { get; }

    /// <summary>Gets the columns (nodes with update rules) in seed-row order.</summary>
    public ImmutableArray<Column> Columns { get; }

    /// <summary>Gets the node with the given id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    /// <exception cref="KeyNotFoundException">No node of this catalog has the id.</exception>
    [Pure]
    public CatalogNode GetNode(ColumnId id) =>
        TryGetNode(id, out var node)
            ? node
            : throw new KeyNotFoundException($"The catalog of {BureauName} has no node with id '{id}'.");

    /// <summary>Looks a node up by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="node">The node when found; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the catalog has a node with the id.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public bool TryGetNode(ColumnId id, [NotNullWhen(true)] out CatalogNode? node)
    {
        ThrowIfDefault(id);
        return _nodesById.TryGetValue(id, out node);
    }

    /// <summary>Gets the column with the given id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The column.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    /// <exception cref="KeyNotFoundException">No column of this catalog has the id (it is unknown or names a grouping node).</exception>
    [Pure]
    public Column GetColumn(ColumnId id) =>
        TryGetColumn(id, out var column)
            ? column
            : throw new KeyNotFoundException(_nodesById.ContainsKey(id)
                ? $"'{id}' is a grouping node of the catalog of {BureauName}, not a column with update rules."
                : $"The catalog of {BureauName} has no column with id '{id}'.");

    /// <summary>Looks a column up by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="column">The column when found; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the catalog has a node with the id and the node is a column.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public bool TryGetColumn(ColumnId id, [NotNullWhen(true)] out Column? column)
    {
        column = TryGetNode(id, out var node) ? node.Column : null;
        return column is not null;
    }

    /// <summary>Gets the column of a row of the source table.</summary>
    /// <param name="seedRow">The row number (序号).</param>
    /// <returns>The column.</returns>
    /// <exception cref="KeyNotFoundException">No column has this row number.</exception>
    [Pure]
    public Column GetColumnBySeedRow(int seedRow) =>
        TryGetColumnBySeedRow(seedRow, out var column)
            ? column
            : throw new KeyNotFoundException($"The catalog of {BureauName} has no column for seed row {seedRow}.");

    /// <summary>Looks the column of a row of the source table up.</summary>
    /// <param name="seedRow">The row number (序号).</param>
    /// <param name="column">The column when found; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when a column has this row number.</returns>
    public bool TryGetColumnBySeedRow(int seedRow, [NotNullWhen(true)] out Column? column) =>
        _columnsBySeedRow.TryGetValue(seedRow, out column);

    /// <summary>Returns the bureau, the effective date and the numbers of nodes and columns.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{BureauName}{(BureauEnglishName is null ? string.Empty : $" ({BureauEnglishName})")} from {LocalDatePattern.Iso.Format(EffectiveDate)}: {Nodes.Length} nodes, {Columns.Length} columns";

    private static void ThrowIfDefault(ColumnId id)
    {
        if (id.Value is null)
        {
            throw new ArgumentException("A default ColumnId is not an id: create ids with ColumnId.Parse.", nameof(id));
        }
    }
}
