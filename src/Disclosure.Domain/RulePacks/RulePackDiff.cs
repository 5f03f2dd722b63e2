using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Disclosure.Domain.RulePacks;

/// <summary>What kind of change a <see cref="RulePackChange"/> is.</summary>
public enum RulePackChangeKind
{
    /// <summary>The entry exists only in the other pack.</summary>
    Added = 0,

    /// <summary>The entry exists only in the baseline pack.</summary>
    Removed = 1,

    /// <summary>The entry exists in both with a different field value.</summary>
    Changed = 2,
}

/// <summary>One difference between two rule packs.</summary>
/// <param name="Kind">Added, removed or changed.</param>
/// <param name="Section">The pack section: metadata, units, catalog, deadlines, review, obligations, workPlan or calendar.</param>
/// <param name="Key">The entry's id (a unit, column, obligation or holiday id, a work point's number, or the section name for single objects).</param>
/// <param name="Field">For a change, the field that differs; otherwise null.</param>
/// <param name="Before">For a change, the baseline value as JSON (strings unquoted); otherwise null.</param>
/// <param name="After">For a change, the other pack's value as JSON (strings unquoted); otherwise null.</param>
/// <remarks>Immutable and thread-safe; value equality.</remarks>
public sealed record RulePackChange(RulePackChangeKind Kind, string Section, string Key, string? Field, string? Before, string? After)
{
    /// <summary>Formats the change as one line: <c>+ catalog x</c>, <c>- units y</c> or <c>~ catalog x.frequency: a → b</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => Kind switch
    {
        RulePackChangeKind.Added => $"+ {Section} {Key}",
        RulePackChangeKind.Removed => $"- {Section} {Key}",
        _ => $"~ {Section} {Key}.{Field}: {Before ?? "(none)"} → {After ?? "(none)"}",
    };
}

/// <summary>The differences between two rule packs (see <see cref="RulePack.Diff"/>).</summary>
/// <remarks>Immutable and thread-safe. Reference equality; compare <see cref="Changes"/>.</remarks>
public sealed class RulePackDiff
{
    private RulePackDiff(ImmutableArray<RulePackChange> changes) => Changes = changes;

    /// <summary>Gets the changes, section by section (metadata, units, catalog, deadlines, review, obligations, workPlan, calendar).</summary>
    public ImmutableArray<RulePackChange> Changes { get; }

    /// <summary>Gets a value indicating whether the packs have the same rules.</summary>
    public bool IsEmpty => Changes.IsEmpty;

    /// <summary>Formats the diff one change a line.</summary>
    /// <returns>The lines, or <c>(no differences)</c>.</returns>
    public override string ToString() => IsEmpty ? "(no differences)" : string.Join("\n", Changes);

    internal static RulePackDiff Compute(PackDocument a, PackDocument b)
    {
        var c = RulePackJsonContext.Default;
        var changes = new List<RulePackChange>();
        Fields(changes, "metadata", "metadata", Element(a.Metadata, c.MetadataDto), Element(b.Metadata, c.MetadataDto));
        Keyed(changes, "units", a.Units, b.Units, u => u.Id, c.UnitDto);
        Keyed(changes, "catalog", a.Catalog, b.Catalog, n => n.Id, c.NodeDto);
        Fields(changes, "deadlines", "deadlines", Timely(a.Deadlines), Timely(b.Deadlines));
        Keyed(changes, "deadlines", a.Deadlines?.Overrides, b.Deadlines?.Overrides, o => o.Column, c.DeadlineOverrideDto);
        Fields(changes, "review", "review", Element(a.Review, c.ReviewDto), Element(b.Review, c.ReviewDto));
        Keyed(changes, "obligations", a.Obligations, b.Obligations, o => o.Id, c.ObligationDto);
        Fields(changes, "workPlan", "workPlan", PlanHeader(a.WorkPlan), PlanHeader(b.WorkPlan));
        Keyed(changes, "workPlan", a.WorkPlan?.Points, b.WorkPlan?.Points, w => w.Number, c.WorkPointDto);
        Keyed(changes, "calendar", a.Calendar?.LocalHolidays, b.Calendar?.LocalHolidays, h => h.Id, c.HolidayDto);
        return new RulePackDiff([.. changes]);
    }

    private static JsonElement? PlanHeader(WorkPlanDto? plan) =>
        plan is null ? null : Element(new WorkPlanDto { Title = plan.Title, Year = plan.Year, Source = plan.Source }, RulePackJsonContext.Default.WorkPlanDto);

    private static JsonElement? Timely(DeadlinesDto? d) =>
        JsonDocument.Parse(d?.TimelyWorkingDays is { } t ? "{\"timelyWorkingDays\":" + t.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}" : "{}").RootElement;

    private static JsonElement? Element<T>(T? value, JsonTypeInfo<T> type)
        where T : class => value is null ? null : JsonSerializer.SerializeToElement(value, type);

    private static void Keyed<T>(List<RulePackChange> changes, string section, List<T>? a, List<T>? b, Func<T, string?> key, JsonTypeInfo<T> type)
        where T : class
    {
        var before = (a ?? []).Where(e => e is not null && key(e) is not null).GroupBy(e => key(e)!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var after = (b ?? []).Where(e => e is not null && key(e) is not null).GroupBy(e => key(e)!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (k, old) in before)
        {
            if (!after.TryGetValue(k, out var now))
            {
                changes.Add(new RulePackChange(RulePackChangeKind.Removed, section, k, null, null, null));
            }
            else
            {
                Fields(changes, section, k, Element(old, type), Element(now, type));
            }
        }

        foreach (var k in after.Keys.Where(k => !before.ContainsKey(k)))
        {
            changes.Add(new RulePackChange(RulePackChangeKind.Added, section, k, null, null, null));
        }
    }

    private static void Fields(List<RulePackChange> changes, string section, string key, JsonElement? a, JsonElement? b)
    {
        if (a is null && b is null)
        {
            return;
        }

        if (a is null || b is null)
        {
            changes.Add(new RulePackChange(a is null ? RulePackChangeKind.Added : RulePackChangeKind.Removed, section, key, null, null, null));
            return;
        }

        var left = a.Value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        var right = b.Value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        foreach (var name in left.Keys.Concat(right.Keys.Where(k => !left.ContainsKey(k))))
        {
            var l = left.TryGetValue(name, out var x) ? Show(x) : null;
            var r = right.TryGetValue(name, out var y) ? Show(y) : null;
            if (!string.Equals(l, r, StringComparison.Ordinal))
            {
                changes.Add(new RulePackChange(RulePackChangeKind.Changed, section, key, name, l, r));
            }
        }
    }

    private static string Show(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString()!;
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            value.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
