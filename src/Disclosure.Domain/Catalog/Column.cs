using System.Collections.Immutable;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Catalog;

/// <summary>
/// A column of the catalog that carries update rules: one row of the source table (for the embedded
/// catalogs, a row of section 五 of the seed), with its update frequency and responsible party.
/// </summary>
/// <remarks>
/// A column is the rule-carrying side of a <see cref="CatalogNode"/> (<see cref="Node"/>); the node gives its
/// place in the tree. Columns are immutable and thread-safe. Equality is reference identity, like nodes.
/// </remarks>
public sealed class Column
{
    internal Column(
        CatalogNode node,
        int seedRow,
        UpdateFrequency frequency,
        string frequencyLabel,
        Responsibility responsible,
        string responsibleLabel)
    {
        Node = node;
        SeedRow = seedRow;
        Frequency = frequency;
        FrequencyLabel = frequencyLabel;
        Responsible = responsible;
        ResponsibleLabel = responsibleLabel;
    }

    /// <summary>Gets the catalog node of this column (its place in the tree, its children).</summary>
    public CatalogNode Node { get; }

    /// <summary>Gets the identifier of the column (the id of its <see cref="Node"/>).</summary>
    public ColumnId Id => Node.Id;

    /// <summary>Gets the row number of the column in the source table (序号; 1 to 75 for the embedded Xuancheng 2024 catalog).</summary>
    public int SeedRow { get; }

    /// <summary>Gets the Chinese name as the source table gives it.</summary>
    public string Name => Node.Name;

    /// <summary>Gets the English name.</summary>
    public string? EnglishName => Node.EnglishName;

    /// <summary>Gets the Chinese names of the ancestors, root first, excluding the column's own name.</summary>
    public ImmutableArray<string> Path => Node.Path;

    /// <summary>Gets the editorial note of the column's node, or <see langword="null"/>.</summary>
    public string? Note => Node.Note;

    /// <summary>Gets the update frequency.</summary>
    public UpdateFrequency Frequency { get; }

    /// <summary>
    /// Gets the frequency label as the source table gives it (更新频率), for printing back; for example 月度更新,
    /// which parses to the same <see cref="UpdateFrequency.Monthly"/> as 每月更新.
    /// </summary>
    public string FrequencyLabel { get; }

    /// <summary>
    /// Gets the typed responsible party. Named sections are <see cref="Responsibility.Of(IEnumerable{UnitId})"/>;
    /// 各科室 is <see cref="Responsibility.AllSections"/>; 各相关科室 is
    /// <see cref="Responsibility.RelevantSections(string)"/> with the column id as topic; 谁承办谁更新 is
    /// <see cref="Responsibility.CaseHandler"/>. Resolving it to units is the responsibility area's job.
    /// </summary>
    public Responsibility Responsible { get; }

    /// <summary>Gets the responsible label as the source table gives it (负责科室), for example 各相关科室.</summary>
    public string ResponsibleLabel { get; }

    /// <summary>Returns the seed row, id and full path, for example <c>1 department-documents 政策法规 &gt; 部门文件</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{SeedRow} {Id} {Node}";
}
