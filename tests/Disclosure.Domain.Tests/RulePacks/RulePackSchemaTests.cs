using System.Text.Json;
using System.Text.Json.Nodes;
using Disclosure.Domain.RulePacks;
using Json.Schema;

namespace Disclosure.Domain.Tests.RulePacks;

public sealed class RulePackSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(PackFiles.Schema));

    public static TheoryData<string> Packs() => new(PackFiles.All().Select(f => Path.GetRelativePath(PackFiles.RepoRoot(), f)));

    [Theory]
    [MemberData(nameof(Packs))]
    public void Evaluate_EveryPackInTheRepository_IsValid(string relativePath)
    {
        var pack = JsonNode.Parse(File.ReadAllText(Path.Combine(PackFiles.RepoRoot(), relativePath)));
        var result = Schema.Evaluate(pack, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"));
        Assert.True(result.IsValid, string.Join("\n", errors));
    }

    [Fact]
    public void Packs_Repository_HasTheEmbeddedAndATestPack()
    {
        var names = PackFiles.All().Select(Path.GetFileName).ToList();
        Assert.Contains("xuancheng-civil-affairs-2024.pack.json", names);
        Assert.Contains("jingxian-civil-affairs-2024.pack.json", names);
    }

    [Fact]
    public void Evaluate_PackWithUnknownFrequencyAndNoLevels_IsInvalid()
    {
        var pack = JsonNode.Parse(File.ReadAllText(PackFiles.XuanchengPack))!;
        pack["catalog"]![1]!["frequency"] = "每周更新";
        pack["review"]!["levels"] = new JsonArray();
        var result = Schema.Evaluate(pack, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.False(result.IsValid);
        var locations = result.Details!.Where(d => d.Errors is not null).Select(d => d.InstanceLocation.ToString()).ToList();
        Assert.Contains("/catalog/1/frequency", locations);
        Assert.Contains("/review/levels", locations);
    }

    [Fact]
    public void Schema_FrequencyValues_AreTheLabelsTheLibraryParses()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(PackFiles.Schema));
        var frequency = document.RootElement.GetProperty("$defs").GetProperty("frequencyLabel");
        var values = frequency.GetProperty("oneOf").EnumerateArray().Select(v => v.GetProperty("const").GetString()).ToList();
        // Every label and name the library parses, plus the former name semi-annual it still reads (and never lists).
        Assert.Equal(Disclosure.Domain.Catalog.UpdateFrequency.KnownLabels, values.Where(v => v != "semi-annual"));
        Assert.Equal(1, values.Count(v => v == "semi-annual"));
        Assert.Same(Disclosure.Domain.Catalog.UpdateFrequency.SemiAnnual, Disclosure.Domain.Catalog.UpdateFrequency.Parse("semi-annual"));
    }

    [Fact]
    public void GetJsonSchema_Embedded_EqualsTheRepositoryFile()
    {
        Assert.Equal(File.ReadAllText(PackFiles.Schema), RulePack.GetJsonSchema());
    }

    [Fact]
    public void Schema_EveryTitle_HasEnglishAndChinese()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(PackFiles.Schema));
        var titles = new List<string>();
        Collect(document.RootElement, titles);
        Assert.True(titles.Count > 60, $"only {titles.Count} titles/descriptions");
        Assert.All(titles, t =>
        {
            Assert.Contains(" / ", t, StringComparison.Ordinal);
            Assert.Contains(t, c => c >= '\u4e00' && c <= '\u9fff');
        });
    }

    [Fact]
    public void Schema_Draft_Is202012()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(PackFiles.Schema));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", document.RootElement.GetProperty("$schema").GetString());
    }

    private static void Collect(JsonElement element, List<string> into)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name is "title" or "description" && property.Value.ValueKind == JsonValueKind.String)
                {
                    into.Add(property.Value.GetString()!);
                }
                else
                {
                    Collect(property.Value, into);
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, into);
            }
        }
    }
}
