using Disclosure.Domain.Catalog;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.RulePacks;
using Disclosure.Domain.RulePacks.Tables;

namespace Disclosure.Domain.Tests.RulePacks.Tables;

public sealed class SeedTableImportTests
{
    private static readonly LocalDate Effective = new(2024, 1, 1);

    private static TableImportResult ImportSeed(ImportHints hints, RulePack? basePack) =>
        TableImporter.Import(
            TableReader.ReadWebCopy(TableFiles.SeedSection5(), "seed-section-5.txt"),
            new TableImportOptions("xuancheng-imported", Effective) { Bureau = "宣城市民政局", Hints = hints, Base = basePack });

    private static ImportHints SeedHints() => ImportHints.Parse(File.ReadAllText(TableFiles.Path("seed-section-5.hints.json")), "seed-section-5.hints.json");

    [Fact]
    public void Import_SeedSection5WithTheReadmeHints_ReproducesTheEmbeddedCatalog()
    {
        var result = ImportSeed(SeedHints(), RulePack.XuanchengCivilAffairs2024);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(result.Warnings);
        var expected = RulePack.XuanchengCivilAffairs2024.Catalog;
        var actual = result.Pack!.Catalog;
        Assert.Equal(expected.Columns.Length, actual.Columns.Length);
        Assert.Equal(expected.Nodes.Length, actual.Nodes.Length);
        foreach (var want in expected.Columns)
        {
            var got = Assert.Single(actual.Columns, c => c.SeedRow == want.SeedRow);
            Assert.Equal(want.Id, got.Id);
            Assert.Equal(want.Name, got.Name);
            Assert.Equal(want.Path, got.Path);
            Assert.Equal(want.Frequency, got.Frequency);
            Assert.Equal(want.FrequencyLabel, got.FrequencyLabel);
            Assert.Equal(want.ResponsibleLabel, got.ResponsibleLabel);
            Assert.Equal(want.Responsible, got.Responsible);
            Assert.Equal(want.Node.Parent?.Id, got.Node.Parent?.Id);
        }

        foreach (var group in expected.Nodes.Where(n => n.Column is null))
        {
            Assert.True(actual.TryGetNode(group.Id, out var got), $"group {group.Id}");
            Assert.Equal(group.Name, got!.Name);
            Assert.Equal(group.Parent?.Id, got.Parent?.Id);
        }
    }

    [Fact]
    public void Import_SeedSection5WithoutHints_ReportsEachUndecidableRowAndStillWritesAPack()
    {
        var result = ImportSeed(ImportHints.None, null);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var ambiguous = result.Warnings.Where(w => w.Code == TableImportCodes.AmbiguousRow).ToList();
        // Row 2 follows row 1 (政策法规 > 部门文件): a sibling, or a first-level column of its own.
        var row2 = Assert.Single(ambiguous, w => w.Message.StartsWith("序号 2:", StringComparison.Ordinal));
        Assert.Contains("'政策法规' or the first level", row2.Message, StringComparison.Ordinal);
        Assert.Contains("第", row2.Location.Path!, StringComparison.Ordinal);
        // Rows that list all three name cells are placed by their cells alone.
        Assert.DoesNotContain(ambiguous, w => w.Message.StartsWith("序号 15:", StringComparison.Ordinal) || w.Message.StartsWith("序号 59:", StringComparison.Ordinal));
        // Row 8 follows row 7, and row 7 was placed (by default) as a sibling of row 6: so row 8 has the same choices.
        Assert.Contains(ambiguous, w => w.Message.StartsWith("序号 8:", StringComparison.Ordinal) && w.Message.Contains("'重大决策预公开' or the first level", StringComparison.Ordinal));
        // Every ambiguous row is one the hints decide.
        var hinted = SeedHints().Parents.Keys.ToHashSet();
        Assert.All(ambiguous, w => Assert.Contains(w.Message[3..w.Message.IndexOf(':', StringComparison.Ordinal)], hinted));
        Assert.Contains(result.Warnings, w => w.Code == TableImportCodes.NewUnit && w.Message.Contains("'养老服务和慈善事业促进科'", StringComparison.Ordinal));
        Assert.Equal(["各科室"], result.Pack!.Catalog.Columns.Where(c => c.SeedRow == 1).Select(c => c.ResponsibleLabel));
    }
}
