using Disclosure.Domain.Catalog;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.RulePacks;
using Disclosure.Domain.Scheduling;
using Snapshooter.Xunit3;

namespace Disclosure.Domain.Tests.Catalog;

public class XuanchengCatalogTests
{
    private static DisclosureCatalog Catalog => RulePack.XuanchengCivilAffairs2024.Catalog;

    [Fact]
    public void SeedTable_Parsed_Has75ConsecutiveRows()
    {
        Assert.Equal(Enumerable.Range(1, 75), SeedTable.Rows.Select(r => r.Row));
    }

    [Fact]
    public void Columns_Embedded_Are75InSeedRowOrder()
    {
        Assert.Equal(Enumerable.Range(1, 75), Catalog.Columns.Select(c => c.SeedRow));
    }

    [Fact]
    public void Catalog_Embedded_HasBureauDateAndZone()
    {
        Assert.Equal("宣城市民政局", Catalog.BureauName);
        Assert.Equal("Xuancheng Civil Affairs Bureau", Catalog.BureauEnglishName);
        Assert.Equal(new LocalDate(2024, 1, 1), Catalog.EffectiveDate);
        Assert.Equal("Asia/Shanghai", Catalog.TimeZone.Id);
    }

    [Fact]
    public void XuanchengCivilAffairs2024_CalledTwice_ReturnsSameInstance()
    {
        Assert.Same(RulePack.XuanchengCivilAffairs2024.Catalog, RulePack.XuanchengCivilAffairs2024.Catalog);
    }

    [Fact]
    public void Columns_ComparedWithSeed_HaveSeedNameFrequencyLabelAndResponsibleLabel()
    {
        foreach (var seed in SeedTable.Rows)
        {
            var column = Catalog.GetColumnBySeedRow(seed.Row);
            Assert.True(seed.Name == column.Name, $"row {seed.Row}: seed {seed.Name}, catalog {column.Name}");
            Assert.True(seed.FrequencyLabel == column.FrequencyLabel, $"row {seed.Row}: seed {seed.FrequencyLabel}, catalog {column.FrequencyLabel}");
            Assert.True(seed.ResponsibleLabel == column.ResponsibleLabel, $"row {seed.Row}: seed {seed.ResponsibleLabel}, catalog {column.ResponsibleLabel}");
        }
    }

    [Fact]
    public void Columns_ComparedWithSeed_PathEndsWithTheRowsOwnCells()
    {
        // The cells a row lists before its own name are the ancestors that start at that row (merged cells),
        // so they must be the last ancestors of the column, in order.
        foreach (var seed in SeedTable.Rows)
        {
            var column = Catalog.GetColumnBySeedRow(seed.Row);
            var ownAncestors = seed.Cells[..^1];
            Assert.True(
                column.Path.Length >= ownAncestors.Length && column.Path.TakeLast(ownAncestors.Length).SequenceEqual(ownAncestors),
                $"row {seed.Row}: seed cells [{string.Join(", ", seed.Cells)}], catalog path [{string.Join(", ", column.Path)}]");
        }
    }

    [Fact]
    public void Columns_ComparedWithSeed_FrequencyGroupsHaveSeedCounts()
    {
        static UpdateFrequencyKind KindOf(string label) => label switch
        {
            "及时更新" => UpdateFrequencyKind.Timely,
            "每月更新" or "月度更新" => UpdateFrequencyKind.Monthly,
            "季度更新" => UpdateFrequencyKind.Quarterly,
            "年度更新" => UpdateFrequencyKind.Annual,
            _ => throw new InvalidOperationException(label),
        };

        var seedCounts = SeedTable.Rows.GroupBy(r => KindOf(r.FrequencyLabel)).ToDictionary(g => g.Key, g => g.Count());
        var catalogCounts = Catalog.Columns.GroupBy(c => c.Frequency.Kind).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(seedCounts.OrderBy(p => p.Key), catalogCounts.OrderBy(p => p.Key));
        Assert.Equal(67, catalogCounts[UpdateFrequencyKind.Timely]);
        Assert.Equal(2, catalogCounts[UpdateFrequencyKind.Monthly]);
        Assert.Equal(4, catalogCounts[UpdateFrequencyKind.Quarterly]);
        Assert.Equal(2, catalogCounts[UpdateFrequencyKind.Annual]);
    }

    [Fact]
    public void Columns_NonTimely_AreTheSeedRows()
    {
        int[] Rows(UpdateFrequencyKind kind) => Catalog.Columns.Where(c => c.Frequency.Kind == kind).Select(c => c.SeedRow).ToArray();
        Assert.Equal([24, 55], Rows(UpdateFrequencyKind.Monthly));
        Assert.Equal([8, 21, 22, 23], Rows(UpdateFrequencyKind.Quarterly));
        Assert.Equal([50, 53], Rows(UpdateFrequencyKind.Annual));
    }

    [Fact]
    public void Row55_MonthlyLabel_KeepsOriginalLabel()
    {
        var row55 = Catalog.GetColumnBySeedRow(55);
        var row24 = Catalog.GetColumnBySeedRow(24);
        Assert.Same(UpdateFrequency.Monthly, row55.Frequency);
        Assert.Equal("月度更新", row55.FrequencyLabel);
        Assert.Equal("每月更新", row24.FrequencyLabel);
        Assert.Equal(row24.Frequency, row55.Frequency);
    }

    [Theory]
    [InlineData(50)]
    [InlineData(53)]
    public void AnnualReports_HaveDeadline31JanuaryOfNextYear(int row)
    {
        Assert.Equal(UpdateFrequency.AnnualBy(new AnnualDate(1, 31)), Catalog.GetColumnBySeedRow(row).Frequency);
    }

    [Fact]
    public void TimelyColumns_UseDefault20WorkingDays()
    {
        Assert.All(Catalog.Columns.Where(c => c.Frequency.Kind == UpdateFrequencyKind.Timely), c => Assert.Equal(20, c.Frequency.WorkingDays));
    }

    [Fact]
    public void Responsible_EachRow_MatchesTheSeedLabel()
    {
        // Independent mapping of the seed's labels (COMMON.md's agreed unit ids).
        Responsibility Expected(SeedRow seed, ColumnId id) => seed.ResponsibleLabel switch
        {
            "办公室" => Responsibility.Of(UnitId.Parse("office")),
            "各科室" => Responsibility.AllSections,
            "各相关科室" => Responsibility.RelevantSections(id.Value),
            "谁承办谁更新" => Responsibility.CaseHandler,
            "社会救助科" => Responsibility.Of(UnitId.Parse("social-assistance")),
            "社会事务科" => Responsibility.Of(UnitId.Parse("social-affairs")),
            "未成年人保护和儿童福利科" => Responsibility.Of(UnitId.Parse("child-welfare")),
            "养老服务和慈善事业促进科" => Responsibility.Of(UnitId.Parse("elderly-care-charity")),
            "社会组织管理局" => Responsibility.Of(UnitId.Parse("social-organizations")),
            var other => throw new InvalidOperationException($"unexpected label {other}"),
        };

        foreach (var seed in SeedTable.Rows)
        {
            var column = Catalog.GetColumnBySeedRow(seed.Row);
            Assert.Equal(Expected(seed, column.Id), column.Responsible);
        }
    }

    [Fact]
    public void Responsible_SpotChecks_AreTyped()
    {
        Assert.Equal(ResponsibilityKind.AllSections, Catalog.GetColumnBySeedRow(1).Responsible.Kind);
        Assert.Equal([UnitId.Parse("office")], Catalog.GetColumnBySeedRow(7).Responsible.Units);
        Assert.Equal("rural-revitalization", Catalog.GetColumnBySeedRow(24).Responsible.Topic);
        Assert.Same(Responsibility.CaseHandler, Catalog.GetColumnBySeedRow(56).Responsible);
        Assert.Equal([UnitId.Parse("elderly-care-charity")], Catalog.GetColumnBySeedRow(59).Responsible.Units);
        Assert.Equal([UnitId.Parse("child-welfare")], Catalog.GetColumnBySeedRow(66).Responsible.Units);
    }

    // Rows whose parent the flattened table leaves open; the decisions are recorded in seeds/README.md.
    [Theory]
    [InlineData(2, "policy-regulations")]
    [InlineData(3, "policy-regulations")]
    [InlineData(4, "policy-regulations")]
    [InlineData(6, "major-decisions")]
    [InlineData(7, null)]
    [InlineData(8, null)]
    [InlineData(10, "proposals")]
    [InlineData(11, null)]
    [InlineData(13, "organization")]
    [InlineData(14, null)]
    [InlineData(16, "budgets-and-accounts")]
    [InlineData(17, "budgets-and-accounts")]
    [InlineData(18, "special-funds")]
    [InlineData(19, "special-funds")]
    [InlineData(20, "public-funds")]
    [InlineData(22, "emergency-management")]
    [InlineData(23, "emergency-management")]
    [InlineData(24, null)]
    [InlineData(25, null)]
    [InlineData(26, null)]
    [InlineData(28, "administrative-power-results")]
    [InlineData(31, "administrative-power-results")]
    [InlineData(32, "administrative-power")]
    [InlineData(33, "administrative-power")]
    [InlineData(34, null)]
    [InlineData(35, null)]
    [InlineData(37, "press-releases")]
    [InlineData(40, "policy-interpretation")]
    [InlineData(42, "public-concerns")]
    [InlineData(44, "oversight")]
    [InlineData(45, "oversight")]
    [InlineData(46, null)]
    [InlineData(48, "grassroots-standardization")]
    [InlineData(50, "new-media")]
    [InlineData(52, "rules-and-guides")]
    [InlineData(53, "rules-and-guides")]
    [InlineData(57, "disclosure-on-request")]
    [InlineData(58, "critical-battles-rural-revitalization")]
    [InlineData(59, "proactive-responses")]
    [InlineData(67, "social-assistance-and-welfare")]
    [InlineData(68, "social-organization-affairs")]
    [InlineData(72, "social-organization-affairs")]
    [InlineData(73, "elderly-care")]
    [InlineData(75, "elderly-care")]
    public void Parent_AmbiguousRow_IsTheRecordedDecision(int row, string? parentId)
    {
        Assert.Equal(parentId, Catalog.GetColumnBySeedRow(row).Node.Parent?.Id.Value);
    }

    [Fact]
    public void Row59_UnderRow41_WhichIsAColumnWithChildren()
    {
        var row41 = Catalog.GetColumnBySeedRow(41);
        var row59 = Catalog.GetColumnBySeedRow(59);
        Assert.Same(row41.Node, row59.Node.Parent);
        Assert.Equal([row59.Node], row41.Node.Children);
        Assert.Equal(["回应关切", "主动回应"], row59.Path);
        Assert.Single(Catalog.Nodes, n => n.Name == "主动回应");
        Assert.Single(Catalog.Nodes, n => n.Name == "回应关切");
    }

    [Theory]
    [InlineData("乡村振兴", 2)]
    [InlineData("政策法规", 3)]
    [InlineData("工作推进", 2)]
    [InlineData("公开制度", 2)]
    public void SharedNames_HaveDistinctIdsAndParents(string name, int count)
    {
        var nodes = Catalog.Nodes.Where(n => n.Name == name).ToList();
        Assert.Equal(count, nodes.Count);
        Assert.Equal(count, nodes.Select(n => n.Id).Distinct().Count());
        Assert.Equal(count, nodes.Select(n => n.Parent?.Id).Distinct().Count());
    }

    [Fact]
    public void SharedNames_RuralRevitalization_Row24IsColumnAndRow58sIsGroup()
    {
        var row24 = Catalog.GetColumnBySeedRow(24);
        var row58 = Catalog.GetColumnBySeedRow(58);
        Assert.Equal("rural-revitalization", row24.Id.Value);
        Assert.Equal(1, row24.Node.Level);
        Assert.Equal(["三大攻坚战", "乡村振兴"], row58.Path);
        Assert.False(row58.Node.Parent!.IsColumn);
    }

    [Fact]
    public void Row60_DamagedName_IsRepaired()
    {
        var row60 = Catalog.GetColumnBySeedRow(60);
        Assert.Equal(["“六稳”“六保”专项工作", "工作落实"], row60.Path);
        Assert.Equal("保基本民生", row60.Name);
        Assert.Contains("Repaired", row60.Node.Ancestors[0].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Row47_SourceTypo_IsKeptWithNote()
    {
        var group = Catalog.GetColumnBySeedRow(47).Node.Parent!;
        Assert.Equal("全面推进基层政务公开标准化规划化", group.Name);
        Assert.Contains("规范化", group.Note, StringComparison.Ordinal);
        Assert.Contains("规范化", Catalog.GetColumnBySeedRow(47).Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_All_HaveNoTransmissionDamage()
    {
        Assert.All(Catalog.Nodes, n =>
        {
            Assert.DoesNotContain(n.Name, c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '?' or '/' or '<' or '>');
            Assert.False(string.IsNullOrWhiteSpace(n.EnglishName));
        });
    }

    [Fact]
    public void Ids_All_AreUniqueAndValid()
    {
        Assert.Equal(Catalog.Nodes.Length, Catalog.Nodes.Select(n => n.Id).Distinct().Count());
        Assert.All(Catalog.Nodes, n => Assert.True(ColumnId.IsValid(n.Id.Value), n.Id.Value));
        Assert.All(Catalog.Nodes, n => Assert.DoesNotContain('/', n.Id.Value));
    }

    [Fact]
    public void Nodes_Embedded_Are101WithDepthAtMost3()
    {
        Assert.Equal(101, Catalog.Nodes.Length);
        Assert.Equal(26, Catalog.Nodes.Count(n => !n.IsColumn));
        Assert.Equal(3, Catalog.Nodes.Max(n => n.Level));
        Assert.All(Catalog.Nodes.Where(n => !n.IsColumn), n => Assert.NotEmpty(n.Children));
    }

    [Fact]
    public void GetColumn_ById_ReturnsTheColumn()
    {
        Assert.Equal(1, Catalog.GetColumn(ColumnId.Parse("department-documents")).SeedRow);
        Assert.True(Catalog.TryGetNode(ColumnId.Parse("policy-regulations"), out var group));
        Assert.False(group.IsColumn);
        Assert.False(Catalog.TryGetColumn(ColumnId.Parse("policy-regulations"), out _));
    }

    [Fact]
    public void ReadmeExample_Compiles_AndPrintsWhatItSays()
    {
        // Kept in step with the README section on the catalog.
        var catalog = RulePack.XuanchengCivilAffairs2024.Catalog;
        var report = catalog.GetColumnBySeedRow(53);
        Assert.Equal("disclosure-annual-report: 制度指南 > 公开年报", $"{report.Id}: {report.Node}");
        Assert.Equal("annual (by 01-31 of the next year)", report.Frequency.ToString());
        Assert.Equal("Units(office)", report.Responsible.ToString());
        Assert.Equal(
            ["8 决策部署落实情况", "21 应急管理 > 应急预案", "22 应急管理 > 预警信息", "23 应急管理 > 应对情况"],
            catalog.Columns.Where(c => c.Frequency.Kind == UpdateFrequencyKind.Quarterly).Select(c => $"{c.SeedRow} {c.Node}"));
        var column = catalog.GetColumn(ColumnId.Parse("rural-revitalization"));
        Assert.Equal("乡村振兴 每月更新 各相关科室 RelevantSections(rural-revitalization)", $"{column.Name} {column.FrequencyLabel} {column.ResponsibleLabel} {column.Responsible}");
        Assert.Same(UpdateFrequency.Monthly, UpdateFrequency.Parse("月度更新"));
        var halves = UpdateFrequency.Parse("每半年更新");
        Assert.Same(UpdateFrequency.SemiAnnual, halves);
        Assert.Equal(6, halves.MonthsPerPeriod);
        Assert.Equal("2024-H2", halves.GetPeriodKey(new LocalDate(2024, 8, 1)));
        Assert.Equal(10, UpdateFrequency.TimelyWithin(10).WorkingDays);
    }

    [Fact]
    public void Snapshot_WholeCatalog_Matches()
    {
        var snapshot = new
        {
            Catalog.BureauName,
            Catalog.BureauEnglishName,
            EffectiveDate = Catalog.EffectiveDate.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            TimeZone = Catalog.TimeZone.Id,
            Columns = Catalog.Columns.Select(c => new
            {
                Row = c.SeedRow,
                Id = c.Id.Value,
                Path = string.Join(" > ", c.Path),
                c.Name,
                c.EnglishName,
                Frequency = c.Frequency.ToString(),
                c.FrequencyLabel,
                c.ResponsibleLabel,
                Responsible = c.Responsible.ToString(),
                c.Note,
            }),
            Groups = Catalog.Nodes.Where(n => !n.IsColumn).Select(n => new
            {
                Id = n.Id.Value,
                Parent = n.Parent?.Id.Value,
                n.Name,
                n.EnglishName,
                Children = string.Join(", ", n.Children.Select(c => c.Id.Value)),
                n.Note,
            }),
        };

        Snapshot.Match(snapshot);
    }
}
