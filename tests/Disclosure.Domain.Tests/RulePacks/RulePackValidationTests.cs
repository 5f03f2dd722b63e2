using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.RulePacks;

namespace Disclosure.Domain.Tests.RulePacks;

public sealed class RulePackValidationTests
{
    private static readonly string Pack = File.ReadAllText(PackFiles.XuanchengPack);
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public void Load_UnknownFrequency_ReportsCodePathLineColumnAndExpectation()
    {
        var text = ReplaceFirst(Pack, "\"frequency\": \"及时更新\"", "\"frequency\": \"每周更新\"");
        var error = SingleError(text);
        Assert.Equal(DataProblemCodes.UnknownFrequency, error.Code);
        Assert.Equal("$.catalog[1].frequency", error.Location.Path);
        Assert.Equal(Locate(text, "\"frequency\": \"每周更新\""), (error.Location.Line, error.Location.Column));
        Assert.Contains("'每周更新'", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected one of 及时更新, 每月更新, 月度更新, 季度更新, 半年更新, 每半年更新, 半年度更新, 年度更新, 持续推进, 长期, 常态化 (or timely, monthly, quarterly, semiannual, annual, untracked)", error.Message, StringComparison.Ordinal);
        Assert.Equal($"test.pack.json:{error.Location.Line}:{error.Location.Column}: RP0105 error: {error.Message} (at $.catalog[1].frequency)", error.ToString());
        Assert.Equal(("catalog", 1, "frequency"), (error.Location.Section, error.Location.Index, error.Location.Field));
    }

    [Fact]
    public void Load_DuplicateColumnId_ReportsDuplicateIdAtTheSecond()
    {
        var text = ReplaceFirst(Pack, "\"id\": \"normative-documents\"", "\"id\": \"department-documents\"");
        var errors = Errors(text);
        var error = Assert.Single(errors, e => e.Code == DataProblemCodes.DuplicateId);
        Assert.Equal("$.catalog[2].id", error.Location.Path);
        Assert.Equal(Locate(text, "\"id\": \"department-documents\"", occurrence: 2), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Load_DanglingParent_NamesTheMissingParent()
    {
        var text = ReplaceFirst(Pack, "\"parent\": \"policy-regulations\"", "\"parent\": \"policy-regulation\"");
        var error = SingleError(text);
        Assert.Equal(DataProblemCodes.DanglingParent, error.Code);
        Assert.Equal("$.catalog[1].parent", error.Location.Path);
        Assert.Contains("'policy-regulation'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ParentCycle_ReportsTheCycle()
    {
        var text = ReplaceFirst(Pack, "\"englishName\": \"Policies and Regulations\"", "\"englishName\": \"Policies and Regulations\",\n      \"parent\": \"department-documents\"");
        var error = SingleError(text);
        Assert.Equal(DataProblemCodes.Cycle, error.Code);
        Assert.Contains("policy-regulations", error.Message, StringComparison.Ordinal);
        Assert.Contains("department-documents", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnitParent_IsNotAFieldOfTheFormat()
    {
        // The org chart is flat: a unit's parent was validated but never used, so the format no longer has it.
        var text = ReplaceFirst(Pack, "\"kind\": \"office\"", "\"kind\": \"office\",\n      \"parent\": \"social-affairs\"");
        var pack = RulePack.Load(Encoding.UTF8.GetBytes(text), "test.pack.json", null);
        var warning = Assert.Single(pack.Warnings);
        Assert.Equal((DataProblemCodes.UnknownField, "$.units[0].parent"), (warning.Code, warning.Location.Path));
    }

    [Fact]
    public void Load_ColumnWithoutResponsible_ReportsNoResponsibleParty()
    {
        var text = ReplaceFirst(Pack, ",\n      \"responsible\": \"各科室\"", string.Empty);
        var error = SingleError(text);
        Assert.Equal(DataProblemCodes.NoResponsibleParty, error.Code);
        Assert.Equal("$.catalog[1]", error.Location.Path);
    }

    [Fact]
    public void Load_RelevantSectionsNobodyServes_ReportsNoResponsibleParty()
    {
        var pack = JsonNode.Parse(Pack)!;
        var column = pack["catalog"]!.AsArray().First(n => (string?)n!["responsible"] == "各相关科室")!;
        var topic = (string)column["id"]!;
        foreach (var unit in pack["units"]!.AsArray())
        {
            if (unit!["topics"] is JsonArray topics)
            {
                topics.Remove(topics.FirstOrDefault(t => (string?)t == topic));
            }
        }

        var error = SingleError(pack.ToJsonString(Indented));
        Assert.Equal(DataProblemCodes.NoResponsibleParty, error.Code);
        Assert.Contains($"'{topic}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownResponsibleUnit_ReportsDanglingUnit()
    {
        var text = ReplaceFirst(Pack, "\"responsible\": \"办公室\"", "\"responsible\": \"宣传科\"");
        var error = SingleError(text);
        Assert.Equal(DataProblemCodes.DanglingUnit, error.Code);
        Assert.EndsWith(".responsible", error.Location.Path, StringComparison.Ordinal);
        Assert.Contains("社会救助科", error.Message, StringComparison.Ordinal);
        Assert.Equal(("catalog", "responsible"), (error.Location.Section, error.Location.Field));
    }

    [Fact]
    public void Load_ObligationWithUnknownUnit_ReportsDanglingUnit()
    {
        var text = ReplaceFirst(Pack, "\"units\": [\n        \"office\"", "\"units\": [\n        \"press-office\"");
        var error = SingleError(text);
        Assert.Equal(DataProblemCodes.DanglingUnit, error.Code);
        Assert.Matches(@"^\$\.obligations\[\d\]\.units\[0\]$", error.Location.Path);
    }

    [Fact]
    public void Load_ReviewWithoutLevels_ReportsNoReviewLevels()
    {
        var pack = JsonNode.Parse(Pack)!;
        pack["review"]!["levels"] = new JsonArray();
        var error = SingleError(pack.ToJsonString(Indented));
        Assert.Equal(DataProblemCodes.NoReviewLevels, error.Code);
        Assert.Equal("$.review.levels", error.Location.Path);
    }

    [Theory]
    [InlineData("\"timelyWorkingDays\": 20", "\"timelyWorkingDays\": 0", "$.deadlines.timelyWorkingDays")]
    [InlineData("\"timelyWorkingDays\": 20", "\"timelyWorkingDays\": 251", "$.deadlines.timelyWorkingDays")]
    [InlineData("\"annualDeadline\": \"01-31\"", "\"annualDeadline\": \"02-30\"", "$.deadlines.overrides[0].annualDeadline")]
    [InlineData("\"minimumCount\": 1", "\"minimumCount\": 0", "$.obligations[0].minimumCount")]
    public void Load_DeadlineOrCountOutOfRange_ReportsOutOfRange(string from, string to, string path)
    {
        var error = SingleError(ReplaceFirst(Pack, from, to));
        Assert.Equal(DataProblemCodes.OutOfRange, error.Code);
        Assert.Equal(path, error.Location.Path);
    }

    [Fact]
    public void Load_EffectiveDateOutsideCalendar_ReportsDateOutsideCalendar()
    {
        var error = SingleError(ReplaceFirst(Pack, "\"effectiveDate\": \"2024-01-01\"", "\"effectiveDate\": \"2031-01-01\""));
        Assert.Equal(DataProblemCodes.DateOutsideCalendar, error.Code);
        Assert.Equal("$.metadata.effectiveDate", error.Location.Path);
        Assert.Contains("2031", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LocalHolidayOutsideCalendar_ReportsDateOutsideCalendar()
    {
        var text = Pack.TrimEnd()[..^1] + ",\n  \"calendar\": { \"localHolidays\": [ { \"id\": \"x-day\", \"name\": \"某节\", \"englishName\": \"X Day\", \"from\": \"2029-03-01\", \"to\": \"2029-03-01\" } ] }\n}\n";
        var errors = Errors(text);
        Assert.All(errors, e => Assert.Equal(DataProblemCodes.DateOutsideCalendar, e.Code));
        Assert.Equal(["$.calendar.localHolidays[0].from", "$.calendar.localHolidays[0].to"], errors.Select(e => e.Location.Path));
    }

    [Fact]
    public void Load_LocalHolidayOnAnAdjustedWorkday_ReportsCalendarConflict()
    {
        var text = Pack.TrimEnd()[..^1] + ",\n  \"calendar\": { \"localHolidays\": [ { \"id\": \"x-day\", \"name\": \"某节\", \"englishName\": \"X Day\", \"from\": \"2024-02-04\", \"to\": \"2024-02-04\" } ] }\n}\n";
        var error = SingleError(text);
        Assert.Equal(DataProblemCodes.CalendarConflict, error.Code);
        Assert.Equal("$.calendar.localHolidays[0]", error.Location.Path);
    }

    [Theory]
    [InlineData("\"formatVersion\": 1", "\"formatVersion\": 2", "$.formatVersion")]
    [InlineData("\"formatVersion\": 1,", "", "$")]
    public void Load_UnknownFormatVersion_ReportsOnlyThat(string from, string to, string path)
    {
        var error = SingleError(ReplaceFirst(Pack, from, to));
        Assert.Equal(DataProblemCodes.UnknownFormatVersion, error.Code);
        Assert.Equal(path, error.Location.Path);
        Assert.Contains("formatVersion", error.Message, StringComparison.Ordinal);
        Assert.Contains("1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownField_LoadsWithAWarning()
    {
        var text = ReplaceFirst(Pack, "\"seedRow\": 1,", "\"seedRow\": 1,\n      \"colour\": \"red\",");
        var pack = RulePack.Load(Encoding.UTF8.GetBytes(text), "test.pack.json", null);
        var warning = Assert.Single(pack.Warnings);
        Assert.Equal(DataProblemCodes.UnknownField, warning.Code);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Equal("$.catalog[1].colour", warning.Location.Path);
        Assert.Equal(Locate(text, "\"colour\""), (warning.Location.Line, warning.Location.Column));
        Assert.Empty(RulePack.XuanchengCivilAffairs2024.Warnings);
    }

    [Fact]
    public void Load_SeveralProblems_ReportsEveryOneAtOnceInOneException()
    {
        var text = ReplaceFirst(Pack, "\"frequency\": \"及时更新\"", "\"frequency\": \"每周更新\"");
        text = ReplaceFirst(text, "\"id\": \"normative-documents\"", "\"id\": \"department-documents\"");
        text = ReplaceFirst(text, "\"timelyWorkingDays\": 20", "\"timelyWorkingDays\": 0");
        text = ReplaceFirst(text, "\"timeZone\": \"Asia/Shanghai\"", "\"timeZone\": \"Asia/Xuancheng\"");
        text = ReplaceFirst(text, "\"responsible\": \"办公室\"", "\"responsible\": \"宣传科\"");
        var codes = Errors(text).Select(e => e.Code.Id).Order(StringComparer.Ordinal);
        Assert.Equal(["RP0102", "RP0105", "RP0107", "RP0108", "RP0111"], codes);
    }

    [Fact]
    public void Load_TruncatedJson_ReportsInvalidJsonWithLocation()
    {
        var text = Pack[..Pack.IndexOf("\"seedRow\": 3", StringComparison.Ordinal)];
        var error = SingleError(text);
        Assert.Equal(DataProblemCodes.InvalidJson, error.Code);
        Assert.Equal(text.Count(c => c == '\n') + 1, error.Location.Line);
        Assert.Equal(7, error.Location.Column);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WrongType_ReportsWrongTypeAtTheValue()
    {
        var text = ReplaceFirst(Pack, "\"seedRow\": 2,", "\"seedRow\": \"two\",");
        var error = SingleError(text);
        Assert.Equal(DataProblemCodes.WrongType, error.Code);
        Assert.Equal("$.catalog[2].seedRow", error.Location.Path);
        Assert.Contains("a whole number for 'seedRow'", error.Message, StringComparison.Ordinal);
        Assert.Equal(Locate(text, "\"seedRow\": \"two\""), (error.Location.Line, error.Location.Column));
    }

    [Theory]
    [InlineData("\"deadlines\": {", "\"deadlines\": [], \"x\": {", "$.deadlines", "an object for 'deadlines'")]
    [InlineData("\"catalog\": [", "\"catalog\": {}, \"x\": [", "$.catalog", "an array for 'catalog'")]
    [InlineData("\"requireInterpretation\": true", "\"requireInterpretation\": \"yes\"", "$.review.requireInterpretation", "true or false for 'requireInterpretation'")]
    [InlineData("\"aliases\": [\n        \"儿童福利科\"", "\"aliases\": [\n        7", "$.units[3].aliases[0]", "a string in 'aliases'")]
    public void Load_WrongType_SaysWhatWasExpected(string from, string to, string path, string expected)
    {
        var error = SingleError(ReplaceFirst(Pack, from, to));
        Assert.Equal(DataProblemCodes.WrongType, error.Code);
        Assert.Equal(path, error.Location.Path);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"seedRow\": 1,", "\"seedRow\": 1,\n      \"colour\": \"\\ud800\",")]
    [InlineData("\"seedRow\": 1,", "\"seedRow\": 1,\n      \"colour\": [\"\\udc00x\"],")]
    [InlineData("\"name\": \"部门文件\"", "\"name\": \"\\ud800\"")]
    public void Load_UnpairedSurrogateEscape_IsRejectedNotExportedLater(string from, string to)
    {
        var text = ReplaceFirst(Pack, from, to);
        var e = Assert.Throws<RulePackException>(() => RulePack.Load(Encoding.UTF8.GetBytes(text), "test.pack.json", null));
        Assert.NotEmpty(e.Errors);
    }

    [Fact]
    public void Load_DuplicateProperty_ReportsItAndDoesNotLoad()
    {
        var text = ReplaceFirst(Pack, "\"seedRow\": 1,", "\"seedRow\": 1,\n      \"seedRow\": 2,");
        var error = SingleError(text);
        Assert.Equal(DataProblemCodes.DuplicateProperty, error.Code);
        Assert.Equal("$.catalog[1].seedRow", error.Location.Path);
    }

    [Theory]
    [InlineData("\"seedRow\": 1,", "\"seedRow\": 1,\n      \"see\\u0064Row\": 2,", "$.catalog[1].seedRow")]
    [InlineData("\"seedRow\": 1,", "\"seedRow\": 1,\n      \"colour\": 1,\n      \"colour\": 2,", "$.catalog[1].colour")]
    [InlineData("\"seedRow\": 1,", "\"seedRow\": 1,\n      \"colour\": {\"a\": 1, \"a\": 2},", "$.catalog[1].colour.a")]
    [InlineData("\"seedRow\": 1,", "\"seedRow\": 1,\n      \"colour\": [[{\"b\": 1, \"b\": 2}]],", "$.catalog[1].colour[0][0].b")]
    [InlineData("\"timeZone\": \"Asia/Shanghai\"", "\"timeZone\": \"Asia/Shanghai\", \"timeZone\": \"Asia/Shanghai\"", "$.metadata.timeZone")]
    public void Load_DuplicatePropertyAnywhere_IsReportedAtTheSecond(string from, string to, string path)
    {
        var error = SingleError(ReplaceFirst(Pack, from, to));
        Assert.Equal(DataProblemCodes.DuplicateProperty, error.Code);
        Assert.Equal(path, error.Location.Path);
    }

    [Theory]
    [InlineData("\"responsible\": \"办公室\"", "\"responsible\": \"办公室、办公室\"")]
    [InlineData("\"responsible\": \"办公室\"", "\"responsible\": \"办公室、office\"")]
    public void Load_ResponsibleNamingAUnitTwice_ReportsDuplicateId(string from, string to)
    {
        var error = SingleError(ReplaceFirst(Pack, from, to));
        Assert.Equal(DataProblemCodes.DuplicateId, error.Code);
        Assert.EndsWith(".responsible", error.Location.Path, StringComparison.Ordinal);
        Assert.Contains("'office' twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ObligationListingAUnitTwice_ReportsDuplicateId()
    {
        var text = ReplaceFirst(Pack, "\"units\": [\n        \"office\"\n      ],\n      \"workPoint\": \"四(二)1\"", "\"units\": [\n        \"office\", \"office\"\n      ],\n      \"workPoint\": \"四(二)1\"");
        var error = SingleError(text);
        Assert.Equal(DataProblemCodes.DuplicateId, error.Code);
        Assert.EndsWith(".units[1]", error.Location.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AnnualDeadlineOnTheTwentyNinthOfFebruary_Loads()
    {
        var text = ReplaceFirst(Pack, "\"annualDeadline\": \"01-31\"", "\"annualDeadline\": \"02-29\"");
        var pack = RulePack.Load(Encoding.UTF8.GetBytes(text), "test.pack.json", null);
        Assert.Contains(pack.Catalog.Columns, c => c.Frequency.AnnualDeadline == new AnnualDate(2, 29));
    }

    [Theory]
    [InlineData("\"formatVersion\": 1,", "\"\u00FF\": 1,\n  \"formatVersion\": 1,")]
    [InlineData("\"seedRow\": 1,", "\"seedRow\": 1,\n      \"colour\": {\"\u00FF\": 1},")]
    public void Load_InvalidUtf8InAPropertyName_IsInvalidJsonNotAQuietlyRepairedKey(string from, string to)
    {
        // U+00FF stands for a raw 0xFF byte, which is never valid UTF-8.
        var bytes = Encoding.UTF8.GetBytes(ReplaceFirst(Pack, from, to));
        var at = bytes.AsSpan().IndexOf("\u00FF"u8);
        bytes = [.. bytes[..at], 0xFF, .. bytes[(at + 2)..]];
        var e = Assert.Throws<RulePackException>(() => RulePack.Load(bytes, "test.pack.json", null));
        Assert.Equal(DataProblemCodes.InvalidJson, Assert.Single(e.Errors).Code);
    }

    [Fact]
    public void Load_OverrideOfAColumnWithBrokenRules_ReportsOnlyTheColumnsOwnError()
    {
        var text = ReplaceFirst(Pack, "\"seedRow\": 50,\n      \"frequency\": \"年度更新\",\n      \"responsible\": \"办公室\"", "\"seedRow\": 50,\n      \"frequency\": \"年度更新\",\n      \"responsible\": \"宣传科\"");
        var error = SingleError(text);
        Assert.Equal(DataProblemCodes.DanglingUnit, error.Code);
        Assert.EndsWith(".responsible", error.Location.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_HostileChainOfParents_ReportsTheLevelLimitOnceInsteadOfBuildingIt()
    {
        // 30,000 nodes each the parent of the next: building their ancestor paths would take memory quadratic in the
        // length of the chain, so the tree is refused at its 17th level.
        var pack = JsonNode.Parse(Pack)!;
        var catalog = pack["catalog"]!.AsArray();
        for (var i = 0; i < 30_000; i++)
        {
            catalog.Add(new JsonObject { ["id"] = $"chain-{i}", ["name"] = "链", ["englishName"] = "Chain", ["parent"] = i == 0 ? "policy-regulations" : $"chain-{i - 1}" });
        }

        var error = SingleError(pack.ToJsonString());
        Assert.Equal(DataProblemCodes.OutOfRange, error.Code);
        Assert.Equal($"$.catalog[{catalog.Count - 30_000 + 15}].parent", error.Location.Path);
        Assert.Contains("'chain-15' is at level 17", error.Message, StringComparison.Ordinal); // policy-regulations is level 1
    }

    [Fact]
    public void Load_UnknownUnitInAPackWithManyUnits_ListsTwentyOfThem()
    {
        var pack = JsonNode.Parse(Pack)!;
        var units = pack["units"]!.AsArray();
        for (var i = 0; i < 30; i++)
        {
            units.Add(new JsonObject { ["id"] = $"extra-{i}", ["name"] = $"科室{i}", ["englishName"] = $"Section {i}", ["kind"] = "section" });
        }

        pack["catalog"]!.AsArray().First(n => (string?)n!["responsible"] == "办公室")!["responsible"] = "宣传科";
        var error = SingleError(pack.ToJsonString());
        Assert.Equal(DataProblemCodes.DanglingUnit, error.Code);
        Assert.Contains($"… ({units.Count} in all)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("科室29", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NullEntry_ReportsMissingValue()
    {
        var text = ReplaceFirst(Pack, "\"catalog\": [", "\"catalog\": [\n    null,");
        var error = SingleError(text);
        Assert.Equal(DataProblemCodes.MissingValue, error.Code);
        Assert.Equal("$.catalog[0]", error.Location.Path);
    }

    [Fact]
    public void Load_InvalidJsonAfterChinese_CountsColumnsInCharacters()
    {
        var text = "{\n  \"name\": \"宣城市民政局\" \"x\"\n}";
        var error = SingleError(text);
        Assert.Equal(DataProblemCodes.InvalidJson, error.Code);
        Assert.Equal((2, 20), (error.Location.Line, error.Location.Column)); // the "x" after the name, not byte 32
    }

    [Fact]
    public void Load_OverrideOfAGroupOrMissingColumn_ReportsDanglingColumn()
    {
        var text = ReplaceFirst(Pack, "\"column\": \"website-annual-report\"", "\"column\": \"policy-regulations\"");
        text = ReplaceFirst(text, "\"column\": \"disclosure-annual-report\"", "\"column\": \"annual-reports\"");
        var errors = Errors(text);
        Assert.All(errors, e => Assert.Equal(DataProblemCodes.DanglingColumn, e.Code));
        Assert.Equal(["$.deadlines.overrides[0].column", "$.deadlines.overrides[1].column"], errors.Select(e => e.Location.Path));
        Assert.Contains("grouping node", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RemoveWithoutExtends_IsRejected()
    {
        var text = Pack.TrimEnd()[..^1] + ",\n  \"remove\": { \"columns\": [\"plans\"] }\n}\n";
        Assert.Equal(DataProblemCodes.InvalidValue, SingleError(text).Code);
    }

    [Fact]
    public void Load_RemovingWhatTheBaseLacks_ReportsNothingToRemove()
    {
        var json = """
            {
              "formatVersion": 1,
              "id": "county",
              "extends": "builtin:xuancheng-civil-affairs-2024",
              "remove": { "columns": ["plans", "no-such-column"] }
            }
            """;
        var errors = Errors(json);
        Assert.Contains(errors, e => e.Code == DataProblemCodes.NothingToRemove && e.Location.Path == "$.remove.columns[1]" && e.Location.Line == 5);
    }

    [Fact]
    public void Load_RemovingAParentOfColumns_ReportsTheOrphans()
    {
        var json = """
            {
              "formatVersion": 1,
              "id": "county",
              "extends": "builtin:xuancheng-civil-affairs-2024",
              "remove": { "columns": ["policy-regulations"] }
            }
            """;
        var errors = Errors(json);
        Assert.All(errors, e => Assert.Equal(DataProblemCodes.DanglingParent, e.Code));
        Assert.Equal(4, errors.Count);
        Assert.All(errors, e => Assert.StartsWith("builtin:", e.Location.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void ErrorCodes_All_AreUniqueAndStable()
    {
        Assert.Equal(DataProblemCodes.All.Length, DataProblemCodes.All.Select(c => c.Id).Distinct().Count());
        Assert.Equal(DataProblemCodes.All.Length, DataProblemCodes.All.Select(c => c.Title).Distinct().Count());
        Assert.Equal("RP0102", DataProblemCodes.DuplicateId.Id);
        Assert.Equal("unknown-frequency", DataProblemCodes.UnknownFrequency.Title);
    }

    [Fact]
    public void Load_CatalogParentCycle_IsTheBuildersProblemLocatedAtTheNodesParent()
    {
        var text = ReplaceFirst(Pack, "\"englishName\": \"Policies and Regulations\"", "\"englishName\": \"Policies and Regulations\",\n      \"parent\": \"normative-documents\"");
        var error = SingleError(text);
        Assert.Same(DataProblemCodes.Cycle, error.Code);
        Assert.Equal(("catalog", 0, "policy-regulations", "parent"), (error.Location.Section, error.Location.Index, error.Location.EntryId, error.Location.Field));
        Assert.Equal("$.catalog[0].parent", error.Location.Path);
        Assert.Equal(Locate(text, "\"parent\": \"normative-documents\""), (error.Location.Line, error.Location.Column));
        Assert.Equal("test.pack.json", error.Location.Source);
        Assert.Contains("policy-regulations -> normative-documents -> policy-regulations", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InvalidReviewConfiguration_ReportsEachBuilderProblemAtItsField()
    {
        var text = ReplaceFirst(Pack, "\"name\": \"分管负责同志\"", "\"name\": \"信息发布同志\"");
        text = ReplaceFirst(text, "\"cleanUpEvery\": \"P1Y\"", "\"cleanUpEvery\": \"P-1Y\"");
        text = ReplaceFirst(text, "\"publisher\": \"information-publisher\",", string.Empty);
        var errors = Errors(text);
        Assert.Equal(
            [
                ("RP0102", "$.review.levels[2].name", Locate(text, "\"name\": \"信息发布同志\"", occurrence: 2)),
                ("RP0007", "$.review", Locate(text, "\"review\"")),
                ("RP0111", "$.review.cleanUpEvery", Locate(text, "\"cleanUpEvery\"")),
            ],
            errors.Select(e => (e.Code.Id, e.Location.Path!, (e.Location.Line, e.Location.Column))));
        Assert.Equal(["review.levels", "review", "review"], errors.Select(e => e.Location.Section));
        Assert.Contains("\"publisher\" is missing", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ProblemsOfEverySection_AreReportedTogether()
    {
        // A pack-layer problem (unknown unit name) and builder problems in three sections, none hiding another.
        var text = ReplaceFirst(Pack, "\"responsible\": \"办公室\"", "\"responsible\": \"宣传科\"");
        text = ReplaceFirst(text, "\"id\": \"normative-documents\"", "\"id\": \"department-documents\"");
        text = ReplaceFirst(text, "\"cleanUpEvery\": \"P1Y\"", "\"cleanUpEvery\": \"P0D\"");
        text = ReplaceFirst(text, "\"minimumCount\": 1", "\"minimumCount\": 1001");
        var errors = Errors(text);
        Assert.Equal(["RP0102", "RP0107", "RP0108", "RP0111"], errors.Select(e => e.Code.Id).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.True(e.Location.Line > 1 && e.Location.Column > 0 && e.Location.Path!.Length > "$.catalog".Length, e.ToString()));
    }

    [Fact]
    public void Load_ObligationMissingTwoValues_ReportsBothAtTheEntry()
    {
        var pack = JsonNode.Parse(Pack)!;
        var obligation = pack["obligations"]!.AsArray()[0]!.AsObject();
        obligation.Remove("minimumCount");
        obligation.Remove("rule");
        obligation.Remove("units");
        var errors = Errors(pack.ToJsonString(Indented));
        Assert.Equal([("RP0106", "$.obligations[0]"), ("RP0108", "$.obligations[0]")], errors.Select(e => (e.Code.Id, e.Location.Path!)).Order());
    }

    internal static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' not found");
        return text[..at] + to + text[(at + from.Length)..];
    }

    private static (int Line, int Column) Locate(string text, string needle, int occurrence = 1)
    {
        var at = -1;
        for (var i = 0; i < occurrence; i++)
        {
            at = text.IndexOf(needle, at + 1, StringComparison.Ordinal);
        }

        var line = text[..at].Count(c => c == '\n') + 1;
        var column = at - (text.LastIndexOf('\n', at - 1) + 1) + 1;
        return (line, column);
    }

    private static List<Problem> Errors(string text)
    {
        var e = Assert.Throws<RulePackException>(() => RulePack.Load(Encoding.UTF8.GetBytes(text), "test.pack.json", null));
        Assert.NotEmpty(e.Errors);
        return [.. e.Errors];
    }

    private static Problem SingleError(string text)
    {
        var errors = Errors(text);
        Assert.True(errors.Count == 1, string.Join("\n", errors));
        return errors[0];
    }
}
