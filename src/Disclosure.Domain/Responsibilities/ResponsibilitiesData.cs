using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Disclosure.Domain.Responsibilities;

/// <summary>Loads the embedded JSON of this area. Internal; stateless and thread-safe.</summary>
internal static class ResponsibilitiesData
{
    private const string Prefix = "Disclosure.Domain.Responsibilities.Data.";

    internal static OrgChart LoadOrgChart(string resource) => ParseOrgChart(ReadResource(resource));

    internal static OrgChart ParseOrgChart(string json)
    {
        var dto = JsonSerializer.Deserialize(json, ResponsibilitiesJsonContext.Default.OrgChartDto)
            ?? throw new JsonException("The org chart JSON is null.");
        return new OrgChart(dto.Units.Select(u => new Unit(
            UnitId.Parse(u.Id),
            u.ChineseName,
            u.EnglishName,
            UnitKind.TryParse(u.Kind, out var kind) ? kind : throw new JsonException($"Unit '{u.Id}': unknown kind '{u.Kind}' (known: {string.Join(", ", UnitKind.All)})."),
            u.Aliases,
            u.Topics)));
    }

    internal static WorkPlan LoadWorkPlan(string resource)
    {
        var dto = JsonSerializer.Deserialize(ReadResource(resource), ResponsibilitiesJsonContext.Default.WorkPlanDto)
            ?? throw new JsonException("The work plan JSON is null.");
        return new WorkPlan(dto.Title, dto.Points.Select(ToWorkPoint));
    }

    internal static ImmutableArray<RecurringObligation> LoadObligations(string resource)
    {
        var dto = JsonSerializer.Deserialize(ReadResource(resource), ResponsibilitiesJsonContext.Default.ObligationsDto)
            ?? throw new JsonException("The obligations JSON is null.");
        return [.. dto.Obligations.Select(o => new RecurringObligation(
            o.Id,
            o.ActivityKind,
            ObligationPeriod.TryParse(o.Period, out var period) ? period : throw new JsonException($"Obligation '{o.Id}': unknown period '{o.Period}'."),
            o.MinimumCount,
            o.Levels.Select(l => GovernmentLevel.TryParse(l, out var level) ? level : throw new JsonException($"Obligation '{o.Id}': unknown level '{l}'.")),
            ToResponsibility(o.Rule, o.Units, o.Topic),
            o.WorkPoint,
            o.SeedText))];
    }

    internal static string ReadResource(string resource)
    {
        using var stream = typeof(ResponsibilitiesData).Assembly.GetManifestResourceStream(Prefix + resource)
            ?? throw new InvalidOperationException($"Embedded resource {Prefix + resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal static Responsibility ToResponsibility(string? rule, IReadOnlyList<string>? units, string? topic) => rule switch
    {
        null => Responsibility.Of((units ?? []).Select(UnitId.Parse)),
        "all-sections" => Responsibility.AllSections,
        "relevant-sections" => Responsibility.RelevantSections(topic ?? throw new JsonException("relevant-sections needs a topic.")),
        "drafting-section" => Responsibility.DraftingSection,
        "power-exercising-sections" => Responsibility.PowerExercisingSections,
        "event-host" => Responsibility.EventHost,
        "case-handler" => Responsibility.CaseHandler,
        "publisher" => Responsibility.Publisher,
        "affiliated-agencies" => Responsibility.AffiliatedAgencies,
        _ => throw new JsonException($"Unknown responsibility rule '{rule}'."),
    };

    private static WorkPoint ToWorkPoint(WorkPointDto p) => new(
        p.Number,
        p.SectionTitle,
        p.SubsectionTitle,
        p.Text,
        p.ResponsibleText,
        p.Parties.Select(party => new ResponsibleParty(
            party.Label,
            ToResponsibility(party.Rule, party.Units, party.Topic),
            party.Source switch
            {
                null => PartySource.ResponsibilityLine,
                "text" => PartySource.WorkPointText,
                _ => throw new JsonException($"Unknown party source '{party.Source}'."),
            })));
}

internal sealed record OrgChartDto(string Bureau, List<UnitDto> Units);

internal sealed record UnitDto(string Id, string ChineseName, string EnglishName, string Kind, List<string>? Aliases, List<string>? Topics);

internal sealed record WorkPlanDto(string Title, string Published, string Source, List<WorkPointDto> Points);

internal sealed record WorkPointDto(string Number, string SectionTitle, string SubsectionTitle, string Text, string ResponsibleText, List<PartyDto> Parties);

internal sealed record PartyDto(string Label, string? Rule, List<string>? Units, string? Topic, string? Source);

internal sealed record ObligationsDto(List<ObligationDto> Obligations);

internal sealed record ObligationDto(string Id, string ActivityKind, string Period, int MinimumCount, List<string> Levels, string? Rule, List<string>? Units, string? Topic, string WorkPoint, string SeedText);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(OrgChartDto))]
[JsonSerializable(typeof(WorkPlanDto))]
[JsonSerializable(typeof(ObligationsDto))]
internal sealed partial class ResponsibilitiesJsonContext : JsonSerializerContext
{
}
