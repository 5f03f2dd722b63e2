using System.Text;
using CsCheck;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Diagnostics;
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

        // Each problem names its entry (position in the order added, id) and field, with a stable code.
        Assert.Equal(
            [
                ("RP0111", "metadata", -1, null, "timeZone"),
                ("RP0101", "catalog", 2, "Bad Id", "id"),
                ("RP0102", "catalog", 3, "dup", "seedRow"),
                ("RP0102", "catalog", 4, "dup", "id"),
                ("RP0111", "catalog", 6, "label", "frequency"),
                ("RP0108", "catalog", 7, "row-zero", "seedRow"),
                ("RP0106", "catalog", 7, "row-zero", "responsible"),
                ("RP0103", "catalog", 5, "orphan", "parent"),
                ("RP0104", "catalog", 0, "a", "parent"),
            ],
            e.Problems.Select(p => (p.Code.Id, p.Location.Section, p.Location.Index, p.Location.EntryId, p.Location.Field)));
        Assert.All(e.Problems, p => Assert.Equal(ProblemSeverity.Error, p.Severity));
        Assert.Contains("'每月更新' means monthly, but the frequency is quarterly", e.Problems[4].Message, StringComparison.Ordinal);
        Assert.Contains("Mars/Olympus", e.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("parent 'missing' of 'orphan'", e.Problems[7].Message, StringComparison.Ordinal);
        Assert.StartsWith("The catalog is invalid (9 errors):", e.Message, StringComparison.Ordinal);
        Assert.Contains("RP0103 error: parent 'missing' of 'orphan'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryBuild_Problems_ReturnsThemWithoutThrowingAndBuildsNothing()
    {
        var builder = NewBuilder().AddColumn(1, "a", "甲", "A", "a", UpdateFrequency.Monthly, Responsibility.AllSections, "各科室");
        Assert.False(builder.TryBuild(out var catalog, out var problems));
        Assert.Null(catalog);
        var cycle = Assert.Single(problems);
        Assert.Same(DataProblemCodes.Cycle, cycle.Code);
        Assert.Equal(new ProblemLocation("catalog", 0, "a", "parent"), cycle.Location);
        Assert.Equal("RP0104 error: The catalog nodes a -> a are each other's parents; expected a tree (remove one parent). (at catalog[0] (a).parent)", cycle.ToString());
    }

    [Fact]
    public void TryBuild_FrequencyFromTheLabelAlone_BuildsOrReportsTheLabel()
    {
        Assert.True(NewBuilder().AddColumn(1, "a", "甲", "A", null, null, Responsibility.AllSections, "各科室", "季度更新").TryBuild(out var catalog, out var none));
        Assert.Empty(none);
        Assert.Equal(UpdateFrequency.Quarterly, catalog.GetColumn(ColumnId.Parse("a")).Frequency);

        Assert.False(NewBuilder().AddColumn(1, "a", "甲", "A", null, null, Responsibility.AllSections, "各科室", "每周更新").TryBuild(out _, out var unknown));
        Assert.Equal((DataProblemCodes.UnknownFrequency, "frequency"), (Assert.Single(unknown).Code, unknown[0].Location.Field));
        Assert.False(NewBuilder().AddColumn(1, "a", "甲", "A", null, null, null, "各科室").TryBuild(out _, out var missing));
        Assert.Equal([("RP0007", "frequency"), ("RP0106", "responsible")], missing.Select(p => (p.Code.Id, p.Location.Field)));
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
                Assert.All(e.Problems, p => Assert.Equal((DataProblemCodes.Cycle, "parent"), (p.Code, p.Location.Field)));
                var reported = e.Problems.Select(p => p.Message["The catalog nodes ".Length..p.Message.IndexOf(" are each other's", StringComparison.Ordinal)].Split(" -> ").ToHashSet()).ToList();
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
        Assert.Equal([("RP0101", 0, "id"), ("RP0007", -1, null)], e.Problems.Select(p => (p.Code.Id, p.Location.Index, p.Location.Field)));
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
        var tooDeep = Assert.Single(e.Problems);
        Assert.Equal((DataProblemCodes.OutOfRange, 16, "parent"), (tooDeep.Code, tooDeep.Location.Index, tooDeep.Location.Field));
        Assert.Contains("'n16' is at level 17 of the catalog tree; expected at most 16 levels", tooDeep.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoColumn_Throws()
    {
        var e = Assert.Throws<InvalidCatalogException>(() => NewBuilder().AddGroup("g", "组", "Group").Build());
        var none = Assert.Single(e.Problems);
        Assert.Equal((DataProblemCodes.MissingValue, new ProblemLocation("catalog")), (none.Code, none.Location));
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
