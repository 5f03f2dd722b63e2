using System.Text;
using System.Text.Json.Nodes;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.RulePacks;
using Disclosure.Domain.RulePacks.Tables;
using Json.Schema;

namespace Disclosure.Domain.Tests.RulePacks.Tables;

public sealed class TableImporterTests
{
    private static readonly TableImportOptions County = new("county-civil-affairs", new LocalDate(2025, 1, 1)) { Bureau = "某县民政局" };

    private static TableImportResult Csv(string text, TableImportOptions? options = null) =>
        TableImporter.Import(TableReader.ReadCsv(Encoding.UTF8.GetBytes(text), "table.csv"), options ?? County);

    private static TableImportResult File(string name, TableImportOptions? options = null) =>
        TableImporter.Import(TableReader.ReadCsv(System.IO.File.ReadAllBytes(TableFiles.Path(name)), name), options ?? County);

    private static void AssertSeedRows1To14(TableImportResult result)
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var expected = RulePack.XuanchengCivilAffairs2024.Catalog.Columns.Where(c => c.SeedRow <= 14).ToList();
        var actual = result.Pack!.Catalog.Columns;
        Assert.Equal(expected.Count, actual.Length);
        foreach (var want in expected)
        {
            var got = Assert.Single(actual, c => c.SeedRow == want.SeedRow);
            Assert.Equal((want.Name, string.Join(">", want.Path), want.Frequency, want.FrequencyLabel, want.ResponsibleLabel), (got.Name, string.Join(">", got.Path), got.Frequency, got.FrequencyLabel, got.ResponsibleLabel));
        }
    }

    [Fact]
    public void Import_FilledCsvWithByteOrderMark_ReadsTheSeedRows() => AssertSeedRows1To14(File("seed-rows-1-14.csv"));

    [Fact]
    public void Import_CsvWithMergedCellsLeftBlank_InheritsFromTheRowAbove() => AssertSeedRows1To14(File("seed-rows-1-14-blanks.csv"));

    [Fact]
    public void Import_Gb18030Csv_IsDetectedAndSelectable()
    {
        var text = Encoding.UTF8.GetString(System.IO.File.ReadAllBytes(TableFiles.Path("seed-rows-1-14.csv"))).TrimStart('\uFEFF');
        var bytes = TableReader.Gb18030.GetBytes(text);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes)); // really not UTF-8

        AssertSeedRows1To14(TableImporter.Import(TableReader.ReadCsv(bytes, "gb.csv"), County));
        AssertSeedRows1To14(TableImporter.Import(TableReader.ReadCsv(bytes, "gb.csv", TableReader.FindEncoding("gbk")), County));
    }

    [Fact]
    public void Import_RealCountyCatalogWithTwoRowHeader_PlacesEveryRow()
    {
        var result = File("wuyuan-civil-affairs-catalog.csv");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var columns = result.Pack!.Catalog.Columns;
        Assert.Equal(9, columns.Length);
        var leaders = columns.Single(c => c.Name == "领导简介");
        Assert.Equal(["机关简介"], leaders.Path);
        Assert.Equal(UpdateFrequency.Timely, leaders.Frequency);
        Assert.Equal("办公室", leaders.ResponsibleLabel);
        Assert.Contains("公开主体：五原县民政局", columns.Single(c => c.Name == "基本信息").Note, StringComparison.Ordinal);
        Assert.Equal(ResponsibilityKind.RelevantSections, columns.Single(c => c.Name == "政策解读").Responsible.Kind);
        Assert.Equal(["重大决策预公开"], columns.Single(c => c.SeedRow == 7).Path);
    }

    [Fact]
    public void Import_UnknownHeader_IsRefusedListingTheUnderstoodHeaders()
    {
        var result = Csv("序号,一级栏目,更新频率,负责人\n1,部门文件,及时更新,张三\n");

        Assert.False(result.Succeeded);
        Assert.Null(result.GetPackJson());
        var error = Assert.Single(result.Errors);
        Assert.Equal(TableImportCodes.UnknownHeader, error.Code);
        Assert.Contains("'负责人'", error.Message, StringComparison.Ordinal);
        Assert.Contains("负责科室", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 4), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Import_BadCells_ReportsEveryProblemAtOnceWithRowAndColumn()
    {
        var result = Csv("序号,一级栏目,二级栏目,公开时限,责任科室\n1,政策法规,部门文件,每周更新,办公室\n2,,上级文件,及时更新,\"办公室,办公室\"\nx,规划计划,,及时更新,办公室\n4,,,及时更新,办公室\n5,机构设置,=HYPERLINK(\"http://x\"),及时更新,办公室\n");

        Assert.False(result.Succeeded);
        Assert.Null(result.Pack);
        var errors = result.Errors;
        var deadline = Assert.Single(errors, e => e.Code == TableImportCodes.UnknownDeadline);
        Assert.Equal((2, 4, "row 2 (第2行), 公开时限"), (deadline.Location.Line, deadline.Location.Column, deadline.Location.Path));
        Assert.Contains("'每周更新'", deadline.Message, StringComparison.Ordinal);
        Assert.Contains(errors, e => e.Code == TableImportCodes.InvalidResponsible && e.Location.Line == 3);
        Assert.Contains(errors, e => e.Code == TableImportCodes.InvalidRowNumber && e.Location.Line == 4);
        Assert.Contains(errors, e => e.Code == TableImportCodes.MissingCell && e.Location.Line == 5);
        Assert.Contains(errors, e => e.Code == TableImportCodes.Formula && e.Location.Line == 6 && e.Location.Column == 3);
    }

    [Theory]
    [InlineData("社会救助科、社会事务科", new[] { "社会救助科", "社会事务科" })]
    [InlineData("社会救助科，社会事务科；办公室", new[] { "社会救助科", "社会事务科", "办公室" })]
    [InlineData("社会救助科,社会事务科/办公室", new[] { "社会救助科", "社会事务科", "办公室" })]
    [InlineData("养老服务和慈善事业促进科", new[] { "养老服务和慈善事业促进科" })]
    [InlineData("办公室（政务公开、信息化）、社会事务科", new[] { "办公室（政务公开、信息化）", "社会事务科" })]
    public void Import_ResponsibleCell_SplitsOnSeparatorsNeverInParenthesesOrOn和(string cell, string[] units)
    {
        var result = Csv($"序号,一级栏目,更新频率,负责科室\n1,部门文件,及时更新,\"{cell}\"\n");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(units, result.NewUnits);
        Assert.Equal(units.Length, result.Pack!.Catalog.Columns[0].Responsible.Units.Length);
        Assert.Equal(cell, result.Pack.Catalog.Columns[0].ResponsibleLabel);
        Assert.Equal(units.Length, result.Warnings.Count(w => w.Code == TableImportCodes.NewUnit));
    }

    [Theory]
    [InlineData("各科室", ResponsibilityKind.AllSections)]
    [InlineData("各股室", ResponsibilityKind.AllSections)]
    [InlineData("办公室、各科室", ResponsibilityKind.AllSections)]
    [InlineData("各相关科室", ResponsibilityKind.RelevantSections)]
    [InlineData("相关股室", ResponsibilityKind.RelevantSections)]
    [InlineData("谁承办谁更新", ResponsibilityKind.CaseHandler)]
    public void Import_RuleCell_IsTheTypedForm(string cell, ResponsibilityKind kind)
    {
        var result = Csv($"序号,一级栏目,更新频率,负责科室\n1,部门文件,及时更新,办公室\n2,上级文件,及时更新,{cell}\n", County with { Base = RulePack.XuanchengCivilAffairs2024 });

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(kind, result.Pack!.Catalog.Columns.Single(c => c.SeedRow == 2).Responsible.Kind);
        Assert.Empty(result.NewUnits); // 办公室 is the base's office
    }

    [Fact]
    public void Import_AliasOfABaseUnit_IsThatUnit()
    {
        var result = Csv("序号,一级栏目,更新频率,负责科室\n1,儿童之家,及时更新,儿童福利科\n", County with { Base = RulePack.XuanchengCivilAffairs2024 });

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(result.NewUnits);
        Assert.Equal("child-welfare", Assert.Single(result.Pack!.Catalog.Columns[0].Responsible.Units).Value);
    }

    [Fact]
    public void Import_NewDeadlineKinds_AreWrittenAsTypedDeadlinesBesideTheCell()
    {
        var result = Csv("序号,一级栏目,公开时限,责任科室\n1,部门预算,经本级财政部门批复后20日内,办公室\n2,年度计划,年底前,办公室\n3,基层标准化,持续推进,办公室\n4,低保公示,\"制定或获取信息之日起10个工作日内，公示7个工作日\",办公室\n");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var pack = JsonNode.Parse(result.GetPackJson())!;
        var catalog = pack["catalog"]!.AsArray();
        Assert.Equal("""{"kind":"calendarDays","days":20}""", catalog[0]!["deadline"]!.ToJsonString());
        Assert.Equal("经本级财政部门批复后20日内", catalog[0]!["frequency"]!.GetValue<string>());
        Assert.Equal("""{"kind":"byDate","monthDay":"12-31"}""", catalog[1]!["deadline"]!.ToJsonString());
        Assert.Equal("""{"kind":"untracked"}""", catalog[2]!["deadline"]!.ToJsonString());
        Assert.Equal("""{"kind":"timely","workingDays":10,"displayWorkingDays":7}""", catalog[3]!["deadline"]!.ToJsonString());
        Assert.Equal(4, catalog[3]!["seedRow"]!.GetValue<int>());
    }

    [Fact]
    public void Import_Output_IsSchemaValidLoadsAndDiffsAgainstTheCityPack()
    {
        var result = TableImporter.Import(
            TableReader.ReadWebCopy(TableFiles.SeedSection5(), "seed.txt"),
            County with { Base = RulePack.XuanchengCivilAffairs2024, BaseName = RulePack.XuanchengBuiltinName });
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));

        var schema = JsonSchema.FromText(RulePack.GetJsonSchema());
        var evaluation = schema.Evaluate(JsonNode.Parse(result.GetPackJson()), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(evaluation.IsValid, string.Join("\n", (evaluation.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));

        var reloaded = RulePack.Load(result.GetPackJson()!, "county.pack.json", null);
        Assert.Equal(75, reloaded.Catalog.Columns.Length);
        var diff = RulePack.Diff(RulePack.XuanchengCivilAffairs2024, reloaded);
        Assert.Contains(diff.Changes, c => c.Section == "catalog" && c.Kind == RulePackChangeKind.Removed && c.Key == "department-documents");
        Assert.Contains(diff.Changes, c => c.Section == "catalog" && c.Kind == RulePackChangeKind.Added && c.Key == "row-1");
        Assert.Contains(diff.Changes, c => c.Section == "metadata" && c.Field == "bureau" && c.After == "某县民政局");
    }

    [Fact]
    public void ReadCsv_FiftyMegabytes_IsRefusedBeforeParsing()
    {
        var bytes = new byte[50 * 1024 * 1024];
        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<TableImportException>(() => TableReader.ReadCsv(bytes, "big.csv"));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1024 * 1024, "refused without decoding");
        Assert.Equal(DataProblemCodes.FileTooLarge, Assert.Single(e.Problems).Code);
    }

    [Fact]
    public void ReadCsv_AMillionRows_IsRefusedAtTheRowLimitInBoundedMemory()
    {
        var text = new StringBuilder("一级栏目,更新频率,负责科室\n");
        for (var i = 1; i <= 1_000_000; i++)
        {
            text.Append("a,b,c\n");
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        Assert.True(bytes.Length < TableReader.MaxBytes, "under the size limit, so the row limit is what refuses it");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<TableImportException>(() => TableReader.ReadCsv(bytes, "rows.csv"));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 120L * 1024 * 1024, "bounded by the decoded text and 20,000 rows");
        var problem = Assert.Single(e.Problems);
        Assert.Equal(TableReader.MaxRows + 1, problem.Location.Line); // the header is row 1
        Assert.Contains("more than 20000 rows", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadWebCopy_TabsAndIdeographicSpaces_SplitCells()
    {
        var table = TableReader.ReadWebCopy("序号\t一级栏目\t更新频率\t负责科室\n1　部门文件　及时更新　办公室\n\n", "copy.txt");

        Assert.Equal(TableLayout.Flattened, table.Layout);
        Assert.Equal(2, table.Rows.Length);
        Assert.Equal(["1", "部门文件", "及时更新", "办公室"], table.Rows[1].Cells);
        Assert.Equal(2, table.Rows[1].Number);
    }

    [Fact]
    public void Import_HintNamingAMissingParent_IsAnError()
    {
        var hints = ImportHints.Parse("""{ "parents": { "2": "不存在" } }""", "h.json");
        var result = TableImporter.Import(TableReader.ReadWebCopy("序号 一级栏目 二级栏目 更新频率 负责科室\n1 政策法规 部门文件 及时更新 办公室\n2 上级文件 及时更新 办公室\n", "t.txt"), County with { Hints = hints });

        var error = Assert.Single(result.Errors);
        Assert.Equal(TableImportCodes.InvalidHint, error.Code);
        Assert.Contains("'不存在'", error.Message, StringComparison.Ordinal);
    }
}
