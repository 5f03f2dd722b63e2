using System.Collections.Immutable;
using System.Diagnostics.Contracts;

namespace Disclosure.Domain.Catalog;

/// <summary>
/// A node of a <see cref="DisclosureCatalog"/>: a website column (栏目) at some level of the catalog tree
/// (一级, 二级, 三级栏目). A node that carries update rules has a <see cref="Column"/>; a node without rules
/// only groups its children. A node may have rules and children at once.
/// </summary>
/// <remarks>
/// Nodes are created only by <see cref="DisclosureCatalogBuilder"/> and the embedded catalogs, and belong to
/// exactly one catalog. They are immutable once the catalog is built and are thread-safe. Equality is
/// reference identity: two catalogs built from the same data have distinct nodes; compare <see cref="Id"/>
/// values to match nodes across catalogs.
/// </remarks>
public sealed class CatalogNode
{
    internal CatalogNode(ColumnId id, string name, string? englishName, string? note)
    {
        Id = id;
        Name = name;
        EnglishName = englishName;
        Note = note;
    }

    /// <summary>Gets the identifier, unique within the catalog.</summary>
    public ColumnId Id { get; }

    /// <summary>Gets the Chinese name as the source table gives it, for example 部门文件.</summary>
    public string Name { get; }

    /// <summary>Gets the English name, for example <c>Department Documents</c>, or <see langword="null"/> when the catalog gives none.</summary>
    public string? EnglishName { get; }

    /// <summary>
    /// Gets an editorial note on the node, or <see langword="null"/>: a repaired transmission error, or a probable
    /// typo of the source kept as the source gives it (for example 规划化 where the national campaign says 规范化).
    /// </summary>
    public string? Note { get; }

    /// <summary>Gets the parent node, or <see langword="null"/> for a first-level node (一级栏目).</summary>
    public CatalogNode? Parent { get; private set; }

    /// <summary>Gets the child nodes in catalog order.</summary>
    public ImmutableArray<CatalogNode> Children { get; private set; } = [];

    /// <summary>Gets the ancestors, root first, excluding this node; empty for a first-level node.</summary>
    public ImmutableArray<CatalogNode> Ancestors { get; private set; } = [];

    /// <summary>Gets the Chinese names of the <see cref="Ancestors"/>, root first, excluding this node's own name.</summary>
    public ImmutableArray<string> Path { get; private set; } = [];

    /// <summary>Gets the depth of the node: 1 for a first-level node (一级栏目), 2 for its children, and so on.</summary>
    public int Level => Ancestors.Length + 1;

    /// <summary>Gets the update rules of this node when it is a column of the source table; <see langword="null"/> for a grouping node.</summary>
    public Column? Column { get; private set; }

    /// <summary>Gets a value indicating whether this node carries update rules (<see cref="Column"/> is not <see langword="null"/>).</summary>
    public bool IsColumn => Column is not null;

    /// <summary>Enumerates this node's descendants depth first, each node before its children, children in catalog order.</summary>
    /// <returns>The descendants, excluding this node.</returns>
    [Pure]
    public IEnumerable<CatalogNode> Descendants()
    {
        var stack = new Stack<CatalogNode>();
        for (var i = Children.Length - 1; i >= 0; i--)
        {
            stack.Push(Children[i]);
        }

        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            for (var i = node.Children.Length - 1; i >= 0; i--)
            {
                stack.Push(node.Children[i]);
            }
        }
    }

    /// <summary>Returns the full Chinese path of the node, for example <c>政策法规 &gt; 部门文件</c>.</summary>
    /// <returns>The ancestor names and the node's name joined by <c>" &gt; "</c>.</returns>
    public override string ToString() => Path.IsEmpty ? Name : string.Join(" > ", Path) + " > " + Name;

    internal void Attach(CatalogNode? parent, ImmutableArray<CatalogNode> children)
    {
        Parent = parent;
        Children = children;
        Ancestors = parent is null ? [] : parent.Ancestors.Add(parent);
        Path = parent is null ? [] : parent.Path.Add(parent.Name);
    }

    internal void SetColumn(Column column) => Column = column;
}
