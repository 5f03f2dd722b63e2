using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Disclosure.Domain.RulePacks;

// The rule-pack file format, version 1 (schema: RulePacks/Schema/rule-pack.schema.json). Every member is nullable so
// that a missing value is reported by the validator with its location instead of failing deserialisation. The order of
// the properties here is the order they are written in: keep it, the embedded pack must round-trip byte for byte.

/// <summary>The root of a rule-pack file.</summary>
internal sealed class PackDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public int? FormatVersion { get; set; }

    public string? Id { get; set; }

    public string? Extends { get; set; }

    public MetadataDto? Metadata { get; set; }

    public List<UnitDto>? Units { get; set; }

    public List<NodeDto>? Catalog { get; set; }

    public DeadlinesDto? Deadlines { get; set; }

    public ReviewDto? Review { get; set; }

    public List<ObligationDto>? Obligations { get; set; }

    public WorkPlanDto? WorkPlan { get; set; }

    public CalendarDto? Calendar { get; set; }

    public RemoveDto? Remove { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>Who issues the pack, where, and from when.</summary>
internal sealed class MetadataDto
{
    public string? Bureau { get; set; }

    public string? BureauEnglishName { get; set; }

    public string? Jurisdiction { get; set; }

    public string? JurisdictionEnglishName { get; set; }

    public string? Level { get; set; }

    public string? EffectiveDate { get; set; }

    public string? TimeZone { get; set; }

    public string? Source { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    [JsonIgnore]
    internal Origin? Origin { get; set; }
}

/// <summary>A unit of the org chart.</summary>
internal sealed class UnitDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? EnglishName { get; set; }

    public string? Kind { get; set; }

    public List<string>? Aliases { get; set; }

    public List<string>? Topics { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    [JsonIgnore]
    internal Origin? Origin { get; set; }
}

/// <summary>A catalog node: a column when it has a frequency, otherwise a grouping node.</summary>
internal sealed class NodeDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? EnglishName { get; set; }

    public string? Parent { get; set; }

    public int? SeedRow { get; set; }

    public string? Frequency { get; set; }

    public DeadlineDto? Deadline { get; set; }

    public string? Responsible { get; set; }

    public string? Note { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    [JsonIgnore]
    internal Origin? Origin { get; set; }
}

/// <summary>
/// A column's typed deadline beside its <c>frequency</c> text (the source's words): <c>{"kind":"timely","workingDays":10}</c>,
/// <c>{"kind":"calendarDays","days":20}</c>, <c>{"kind":"byDate","monthDay":"12-31"}</c>, <c>{"kind":"untracked"}</c> ….
/// </summary>
internal sealed class DeadlineDto
{
    public string? Kind { get; set; }

    public int? WorkingDays { get; set; }

    public int? Days { get; set; }

    public string? MonthDay { get; set; }

    public string? AnnualDeadline { get; set; }

    public int? DisplayWorkingDays { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>Deadline defaults and per-column overrides.</summary>
internal sealed class DeadlinesDto
{
    public int? TimelyWorkingDays { get; set; }

    public List<DeadlineOverrideDto>? Overrides { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    [JsonIgnore]
    internal Origin? Origin { get; set; }
}

/// <summary>A per-column deadline override.</summary>
internal sealed class DeadlineOverrideDto
{
    public string? Column { get; set; }

    public int? WorkingDays { get; set; }

    public string? AnnualDeadline { get; set; }

    public string? Reason { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    [JsonIgnore]
    internal Origin? Origin { get; set; }
}

/// <summary>The review policy.</summary>
internal sealed class ReviewDto
{
    public string? Name { get; set; }

    public string? Title { get; set; }

    public string? EnglishTitle { get; set; }

    public string? Source { get; set; }

    public List<ReviewLevelDto>? Levels { get; set; }

    public string? ConfidentialityReviewer { get; set; }

    public string? Publisher { get; set; }

    public bool? RequireInterpretation { get; set; }

    public bool? RequirePublicConsultation { get; set; }

    public bool? RequireConsultationChannel { get; set; }

    public string? CleanUpEvery { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    [JsonIgnore]
    internal Origin? Origin { get; set; }
}

/// <summary>A review level.</summary>
internal sealed class ReviewLevelDto
{
    public string? Name { get; set; }

    public string? Role { get; set; }

    public string? Description { get; set; }

    public string? EnglishDescription { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>A recurring obligation (≥ N activities per period).</summary>
internal sealed class ObligationDto
{
    public string? Id { get; set; }

    public string? ActivityKind { get; set; }

    public string? Period { get; set; }

    public int? MinimumCount { get; set; }

    public List<string>? Levels { get; set; }

    public string? Rule { get; set; }

    public List<string>? Units { get; set; }

    public string? Topic { get; set; }

    public string? WorkPoint { get; set; }

    public string? SeedText { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    [JsonIgnore]
    internal Origin? Origin { get; set; }
}

/// <summary>The work plan: numbered work points (工作要点) and who is responsible for each (分工).</summary>
internal sealed class WorkPlanDto
{
    public string? Title { get; set; }

    public int? Year { get; set; }

    public string? Source { get; set; }

    public List<WorkPointDto>? Points { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    [JsonIgnore]
    internal Origin? Origin { get; set; }
}

/// <summary>One work point with its responsible parties.</summary>
internal sealed class WorkPointDto
{
    public string? Number { get; set; }

    public string? SectionTitle { get; set; }

    public string? SubsectionTitle { get; set; }

    public string? Text { get; set; }

    public string? ResponsibleText { get; set; }

    public List<PartyDto>? Parties { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    [JsonIgnore]
    internal Origin? Origin { get; set; }
}

/// <summary>A responsible party of a work point: the source's words and the units or rule they mean.</summary>
internal sealed class PartyDto
{
    public string? Label { get; set; }

    public string? Rule { get; set; }

    public List<string>? Units { get; set; }

    public string? Topic { get; set; }

    public string? Source { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    [JsonIgnore]
    internal Origin? Origin { get; set; }
}

/// <summary>Calendar additions layered over the national calendar.</summary>
internal sealed class CalendarDto
{
    public List<HolidayDto>? LocalHolidays { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>A local holiday block.</summary>
internal sealed class HolidayDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? EnglishName { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    [JsonIgnore]
    internal Origin? Origin { get; set; }
}

/// <summary>What a pack that extends another removes from its base.</summary>
internal sealed class RemoveDto
{
    public List<string>? Units { get; set; }

    public List<string>? Columns { get; set; }

    public List<string>? Deadlines { get; set; }

    public List<string>? Obligations { get; set; }

    public List<string>? LocalHolidays { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    [JsonIgnore]
    internal Origin? Origin { get; set; }
}

/// <summary>Where an entry of an effective pack was written: the file and its JSON path there.</summary>
/// <param name="source">The file.</param>
/// <param name="container">The path of the entry, or of the array holding it when <paramref name="index"/> is not negative.</param>
/// <param name="index">The entry's position in its array, or -1.</param>
internal sealed class Origin(PackSource source, string container, int index = -1)
{
    public PackSource Source => source;

    /// <summary>Gets the section the entry is in, as problems name it: its container without <c>$.</c>, for example <c>catalog</c>.</summary>
    public string Section => container.Length > 2 ? container[2..] : "$";

    /// <summary>Gets the entry's position in its array, or -1.</summary>
    public int Index => index;

    /// <summary>Gets the entry's JSON path, built when first asked for (most entries never are: they have no problem).</summary>
    public string Path => field ??= index < 0 ? container : container + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Skip,
    WriteIndented = true,
    MaxDepth = RulePackLimits.MaxDepthLimit)]
[JsonSerializable(typeof(PackDocument))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class RulePackJsonContext : JsonSerializerContext
{
    private static readonly Lazy<RulePackJsonContext> Writer = new(CreateWriter);
#if NET10_0_OR_GREATER
    private static readonly RulePackJsonContext?[] StrictReaders = new RulePackJsonContext?[RulePackLimits.MaxDepthLimit + 1];
#endif

    /// <summary>Gets a context that writes Chinese text unescaped with '\n' line ends.</summary>
    public static RulePackJsonContext Export => Writer.Value;

#if NET10_0_OR_GREATER
    /// <summary>
    /// Gets a context that refuses duplicate properties and nesting deeper than <paramref name="maxDepth"/> (as
    /// <see cref="JsonLocationIndex"/> does) and reads catalog nodes of the usual shape directly: for valid UTF-8, a
    /// file it reads needs no separate checking pass.
    /// </summary>
    public static RulePackJsonContext Strict(int maxDepth) =>
        StrictReaders[maxDepth] ??= new RulePackJsonContext(new JsonSerializerOptions(Default.Options)
        {
            AllowDuplicateProperties = false,
            MaxDepth = maxDepth,
            Converters = { new CatalogNodeFastReader() },
        });
#endif

    private static RulePackJsonContext CreateWriter()
    {
        var options = new JsonSerializerOptions(Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
#if NET9_0_OR_GREATER
            NewLine = "\n",
#endif
        };
        return new RulePackJsonContext(options);
    }
}
