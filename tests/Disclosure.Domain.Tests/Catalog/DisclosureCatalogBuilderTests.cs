using System.Text;
using CsCheck;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Tests.Catalog;

public class DisclosureCatalogBuilderTests
{
    private static DisclosureCatalogBuilder NewBuilder() =>
        new("某县民政局", "Some County Civil Affairs Bureau", new LocalDate(2025, 1, 1));

    private static DisclosureCatalogBuilder SmallCatalog() =>
        NewBuilder()
            .AddGroup("policy", "政策法规", "Policies")
            .AddColumn(1, "docs", "部门文件", "Documents", "policy", UpdateFrequency.Timely, Responsibility.AllSections, "各科室")
            .AddColumn(2, "responses", "主动回应", "Responses", null, UpdateFrequency.TimelyWithin(10), Responsibility.RelevantSections("responses"), "各相关科室")
            .AddColumn(3, "hot-topics", "热点回应", "Hot Topics", "responses", UpdateFrequency.Monthly, Responsibility.Of(UnitId.Parse("office")), "办公室", "月度更新");

    [Fact]
    public void Build_SmallCatalog_LinksTreeAndLookups()
    {
        var catalog = SmallCatalog().Build();

        Assert.Equal(["policy", "responses"], catalog.Roots.Select(r => r.Id.Value));
        Assert.Equal(["policy", "docs", "responses", "hot-topics"], catalog.Nodes.Select(n => n.Id.Value));
        Assert.Equal([1, 2, 3], catalog.Columns.Select(c => c.SeedRow));
        var hot = catalog.GetColumnBySeedRow(3);
        Assert.Equal(["主动回应"], hot.Path);
        Assert.Equal(2, hot.Node.Level);
        Assert.Equal("月度更新", hot.FrequencyLabel);
        Assert.Equal("及时更新", catalog.GetColumnBySeedRow(1).FrequencyLabel);
        Assert.Equal(10, catalog.GetColumnBySeedRow(2).Frequency.WorkingDays);
        Assert.True(catalog.GetColumnBySeedRow(2).Node.IsColumn);
        Assert.Equal([hot.Node], catalog.GetColumnBySeedRow(2).Node.Children);
        Assert.Equal("主动回应 > 热点回应", hot.Node.ToString());
        Assert.Equal("Asia/Shanghai", catalog.TimeZone.Id);
        Assert.Equal(new LocalDate(2025, 1, 1), catalog.EffectiveDate);
    }

    [Fact]
    public void Build_ChildAddedBeforeParent_IsAccepted()
    {
        var catalog = NewBuilder()
            .AddColumn(1, "child", "子", "Child", "parent", UpdateFrequency.Annual, Responsibility.AllSections, "各科室")
            .AddGroup("parent", "父", "Parent")
            .Build();
        Assert.Equal("parent", catalog.GetColumn(ColumnId.Parse("child")).Node.Parent!.Id.Value);
    }

    [Fact]
    public void Build_ManyProblems_ReportsAllAtOnce()
    {
        var builder = NewBuilder()
            .AddGroup("a", "甲", "A", "b")
            .AddGroup("b", "乙", "B", "a")
            .AddColumn(1, "Bad Id", "坏", "Bad", null, UpdateFrequency.Timely, Responsibility.AllSections, "各科室")
            .AddColumn(1, "dup", "一", "One", null, UpdateFrequency.Timely, Responsibility.AllSections, "各科室")
            .AddColumn(2, "dup", "二", "Two", null, UpdateFrequency.Timely, Responsibility.AllSections, "各科室")
            .AddColumn(3, "orphan", "孤", "Orphan", "missing", UpdateFrequency.Timely, Responsibility.AllSections, "各科室")
            .AddColumn(4, "label", "标", "Label", null, UpdateFrequency.Quarterly, Responsibility.AllSections, "各科室", "每月更新")
            .AddColumn(0, "row-zero", "零", "Zero", null, UpdateFrequency.Timely, Responsibility.AllSections, " ");
        builder.TimeZoneId = "Mars/Olympus";

        var e = Assert.Throws<InvalidCatalogException>(builder.Build);

        Assert.Contains(e.Errors, m => m.Contains("'Bad Id' is not a valid id", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.Contains("seed row 1 is already used", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.Contains("id 'dup' is used twice", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.Contains("parent 'missing' does not exist", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.Contains("'每月更新' means monthly, but the frequency is quarterly", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.Contains("seed row 0 is below 1", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.Contains("responsible label is empty", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.Contains("Mars/Olympus", StringComparison.Ordinal));
        Assert.Single(e.Errors, m => m.StartsWith("Parents form a cycle", StringComparison.Ordinal));
        Assert.Equal(9, e.Errors.Length);
        Assert.StartsWith("The catalog is invalid (9 problems):", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RandomParentLinks_MatchNaiveTreeAndCycles()
    {
        // Node i's parent is parents[i] (-1: a root); nodes are added in a shuffled order.
        var gen = Gen.Int[1, 12].SelectMany(n => Gen.Select(Gen.Int[-1, n - 1].Array[n], Gen.Int.Array[n]));
        gen.Sample((parents, keys) =>
        {
            var n = parents.Length;
            var order = Enumerable.Range(0, n).OrderBy(i => keys[i]).ThenBy(i => i).ToArray();
            var builder = NewBuilder();
            foreach (var i in order)
            {
                builder.AddColumn(i + 1, $"n{i}", $"节点{i}", $"Node {i}", parents[i] < 0 ? null : $"n{parents[i]}", UpdateFrequency.Monthly, Responsibility.AllSections, "各科室");
            }

            var cycles = NaiveCycles(parents);
            if (cycles.Count > 0)
            {
                var e = Assert.Throws<InvalidCatalogException>(builder.Build);
                var reported = e.Errors.Select(m => m["Parents form a cycle: ".Length..^1].Split(" -> ").ToHashSet()).ToList();
                Assert.Equal(cycles.Count, reported.Count);
                Assert.All(cycles, c => Assert.Contains(reported, r => r.SetEquals(c)));
                return;
            }

            var catalog = builder.Build();
            Assert.Equal(NaiveDepthFirst(parents, order), catalog.Nodes.Select(x => x.Id.Value));
            foreach (var node in catalog.Nodes)
            {
                var i = int.Parse(node.Id.Value[1..], System.Globalization.CultureInfo.InvariantCulture);
                var ancestors = new List<string>();
                for (var p = parents[i]; p >= 0; p = parents[p])
                {
                    ancestors.Insert(0, $"n{p}");
                }

                Assert.Equal(ancestors, node.Ancestors.Select(a => a.Id.Value));
                Assert.Equal(ancestors.Select(a => "节点" + a[1..]), node.Path);
                Assert.Equal(order.Where(c => parents[c] == i).Select(c => $"n{c}"), node.Children.Select(c => c.Id.Value));
            }

            Assert.Equal(Enumerable.Range(1, n), catalog.Columns.Select(c => c.SeedRow));
        });
    }

    [Fact]
    public void Build_OnlyColumnUnusable_ReportsItAndThatThereIsNoColumn()
    {
        var e = Assert.Throws<InvalidCatalogException>(() => NewBuilder()
            .AddColumn(1, "Bad", "坏", "Bad", null, UpdateFrequency.Timely, Responsibility.AllSections, "各科室")
            .Build());
        Assert.Equal(2, e.Errors.Length);
        Assert.Contains("The catalog has no column (no node with update rules).", e.Errors);
    }

    [Fact]
    public void Build_ChainOfParents_AllowsMaxLevelsAndRefusesOneMore()
    {
        DisclosureCatalogBuilder Chain(int levels)
        {
            var builder = NewBuilder();
            for (var i = 0; i < levels; i++)
            {
                builder.AddColumn(i + 1, $"n{i}", $"节点{i}", $"Node {i}", i == 0 ? null : $"n{i - 1}", UpdateFrequency.Monthly, Responsibility.AllSections, "各科室");
            }

            return builder;
        }

        var deepest = Chain(DisclosureCatalogBuilder.MaxLevels).Build().GetNode(ColumnId.Parse($"n{DisclosureCatalogBuilder.MaxLevels - 1}"));
        Assert.Equal(DisclosureCatalogBuilder.MaxLevels, deepest.Level);
        var e = Assert.Throws<InvalidCatalogException>(Chain(DisclosureCatalogBuilder.MaxLevels + 1).Build);
        Assert.Contains("at level 17; a catalog has at most 16 levels", Assert.Single(e.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoColumn_Throws()
    {
        var e = Assert.Throws<InvalidCatalogException>(() => NewBuilder().AddGroup("g", "组", "Group").Build());
        Assert.Equal(["The catalog has no column (no node with update rules)."], e.Errors);
    }

    [Fact]
    public void GetColumn_GroupOrUnknownId_ThrowsKeyNotFound()
    {
        var catalog = SmallCatalog().Build();
        var group = Assert.Throws<KeyNotFoundException>(() => catalog.GetColumn(ColumnId.Parse("policy")));
        Assert.Contains("grouping node", group.Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => catalog.GetColumn(ColumnId.Parse("nope")));
        Assert.Throws<KeyNotFoundException>(() => catalog.GetNode(ColumnId.Parse("nope")));
        Assert.Throws<KeyNotFoundException>(() => catalog.GetColumnBySeedRow(4));
        Assert.False(catalog.TryGetColumnBySeedRow(0, out _));
    }

    [Fact]
    public void GetNode_DefaultId_ThrowsArgumentException()
    {
        var catalog = SmallCatalog().Build();
        Assert.Throws<ArgumentException>(() => catalog.GetNode(default));
    }

    /// <summary>The node sets of the cycles of parent links: a node is on a cycle when following parents returns to it.</summary>
    private static List<HashSet<string>> NaiveCycles(int[] parents)
    {
        var cycles = new List<HashSet<string>>();
        for (var i = 0; i < parents.Length; i++)
        {
            var members = new HashSet<string>();
            var p = parents[i];
            for (var steps = 0; steps < parents.Length && p >= 0 && p != i; steps++)
            {
                p = parents[p];
            }

            if (p != i)
            {
                continue;
            }

            for (var q = i; members.Add($"n{q}"); q = parents[q])
            {
            }

            if (!cycles.Any(c => c.SetEquals(members)))
            {
                cycles.Add(members);
            }
        }

        return cycles;
    }

    private static List<string> NaiveDepthFirst(int[] parents, int[] order)
    {
        var result = new List<string>();
        void Visit(int parent)
        {
            foreach (var c in order.Where(c => parents[c] == parent))
            {
                result.Add($"n{c}");
                Visit(c);
            }
        }

        Visit(-1);
        return result;
    }
}
