using System.Text.Json;
using System.Text.Json.Serialization;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Scheduling;
using NodaTime;
using NodaTime.Text;

namespace Disclosure.Domain.Catalog;

/// <summary>
/// Reads a catalog from the simple JSON format of the embedded catalogs (Catalog/Data/*.json). Internal: a later
/// issue generalises this into rule packs.
/// </summary>
internal static class CatalogJsonLoader
{
    /// <summary>The responsible labels that are rules rather than named units.</summary>
    private const string AllSectionsLabel = "各科室";
    private const string RelevantSectionsLabel = "各相关科室";
    private const string CaseHandlerLabel = "谁承办谁更新";

    // This loader reads the embedded copy of the catalog that the rule pack replaces; its sentences have no entry to locate.
    private static InvalidCatalogException Invalid(string source, IEnumerable<string> errors) =>
        new(errors.Select(e => Problem.Error(DataProblemCodes.InvalidValue, new ProblemLocation(source), e)));

    public static DisclosureCatalog LoadEmbedded(string fileName)
    {
        var source = $"embedded catalog {fileName}";
        var resourceName = $"Disclosure.Domain.Catalog.Data.{fileName}";
        using var stream = typeof(CatalogJsonLoader).Assembly.GetManifestResourceStream(resourceName)
            ?? throw Invalid(source, [$"The assembly has no resource '{resourceName}'."]);
        return Load(stream, source);
    }

    public static DisclosureCatalog Load(Stream json, string source)
    {
        CatalogFile? file;
        try
        {
            file = JsonSerializer.Deserialize(json, CatalogJsonContext.Default.CatalogFile);
        }
        catch (JsonException e)
        {
            throw Invalid(source, [$"The JSON does not parse: {e.Message}"]);
        }

        if (file is null)
        {
            throw Invalid(source, ["The JSON is null."]);
        }

        var errors = new List<string>();
        var effective = LocalDatePattern.Iso.Parse(file.EffectiveDate ?? string.Empty);
        if (!effective.Success)
        {
            errors.Add($"effectiveDate '{file.EffectiveDate}' is not an ISO date (uuuu-MM-dd).");
        }

        if (string.IsNullOrWhiteSpace(file.Bureau) || string.IsNullOrWhiteSpace(file.BureauEnglishName))
        {
            throw Invalid(source, [.. errors, "bureau and bureauEnglishName are required."]);
        }

        var units = new Dictionary<string, UnitId>(StringComparer.Ordinal);
        foreach (var (label, unit) in file.Units ?? [])
        {
            if (UnitId.IsValid(unit))
            {
                units[label] = UnitId.Parse(unit);
            }
            else
            {
                errors.Add($"units: '{unit}' (for {label}) is not a valid unit id.");
            }
        }

        var builder = new DisclosureCatalogBuilder(file.Bureau, file.BureauEnglishName, effective.Success ? effective.Value : default);
        if (file.TimeZone is not null)
        {
            builder.TimeZoneId = file.TimeZone;
        }

        var index = 0;
        foreach (var node in file.Nodes ?? [])
        {
            index++;
            var where = $"nodes[{index - 1}] ('{node.Id}', {node.Name})";
            if (node.SeedRow is not { } seedRow)
            {
                if (node.Frequency is not null || node.Responsible is not null || node.WorkingDays is not null || node.AnnualDeadline is not null)
                {
                    errors.Add($"{where}: a grouping node (no seedRow) cannot have frequency, responsible, workingDays or annualDeadline.");
                }

                builder.AddGroup(node.Id!, node.Name!, node.EnglishName!, node.Parent, node.Note);
                continue;
            }

            var frequency = ReadFrequency(node, where, errors);
            var responsible = ReadResponsible(node, where, units, errors);
            builder.AddColumn(seedRow, node.Id!, node.Name!, node.EnglishName!, node.Parent, frequency!, responsible!, node.Responsible!, node.Frequency, node.Note);
        }

        if (!builder.TryBuild(out var catalog, out var problems))
        {
            errors.AddRange(problems.Select(p => p.ToString()));
        }

        return errors.Count == 0 && catalog is not null ? catalog : throw Invalid(source, errors.Distinct());
    }

    private static UpdateFrequency? ReadFrequency(NodeDto node, string where, List<string> errors)
    {
        if (!UpdateFrequency.TryParse(node.Frequency, out var frequency))
        {
            errors.Add($"{where}: frequency '{node.Frequency}' is unknown (expected 及时更新, 每月更新, 月度更新, 季度更新 or 年度更新).");
            return null;
        }

        if (node.WorkingDays is { } days)
        {
            if (frequency.Kind != UpdateFrequencyKind.Timely)
            {
                errors.Add($"{where}: workingDays is only allowed for 及时更新.");
            }
            else if (days < 1 || days > UpdateFrequency.MaxTimelyWorkingDays)
            {
                errors.Add($"{where}: workingDays {days} is outside 1..{UpdateFrequency.MaxTimelyWorkingDays}.");
            }
            else
            {
                frequency = UpdateFrequency.TimelyWithin(days);
            }
        }

        if (node.AnnualDeadline is { } deadline)
        {
            var parsed = AnnualDatePattern.Iso.Parse(deadline);
            if (frequency.Kind != UpdateFrequencyKind.Annual)
            {
                errors.Add($"{where}: annualDeadline is only allowed for 年度更新.");
            }
            else if (!parsed.Success)
            {
                errors.Add($"{where}: annualDeadline '{deadline}' is not a month and day (MM-dd).");
            }
            else
            {
                frequency = UpdateFrequency.AnnualBy(parsed.Value);
            }
        }

        return frequency;
    }

    private static Responsibility? ReadResponsible(NodeDto node, string where, Dictionary<string, UnitId> units, List<string> errors)
    {
        switch (node.Responsible)
        {
            case AllSectionsLabel:
                return Responsibility.AllSections;
            case RelevantSectionsLabel when ColumnId.IsValid(node.Id):
                return Responsibility.RelevantSections(node.Id);
            case RelevantSectionsLabel:
                return null; // the invalid id is reported by the builder
            case CaseHandlerLabel:
                return Responsibility.CaseHandler;
            case { } label when units.TryGetValue(label, out var unit):
                return Responsibility.Of(unit);
            default:
                errors.Add($"{where}: responsible '{node.Responsible}' is neither {AllSectionsLabel}, {RelevantSectionsLabel}, {CaseHandlerLabel} nor a unit listed under units.");
                return null;
        }
    }
}

/// <summary>The JSON file of an embedded catalog.</summary>
internal sealed class CatalogFile
{
    public string? Bureau { get; set; }

    public string? BureauEnglishName { get; set; }

    public string? EffectiveDate { get; set; }

    public string? TimeZone { get; set; }

    public string? Source { get; set; }

    public Dictionary<string, string>? Units { get; set; }

    public List<NodeDto>? Nodes { get; set; }
}

/// <summary>A node of an embedded catalog: a column when <see cref="SeedRow"/> is set, otherwise a grouping node.</summary>
internal sealed class NodeDto
{
    public int? SeedRow { get; set; }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? EnglishName { get; set; }

    public string? Parent { get; set; }

    public string? Frequency { get; set; }

    public int? WorkingDays { get; set; }

    public string? AnnualDeadline { get; set; }

    public string? Responsible { get; set; }

    public string? Note { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(CatalogFile))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext;
