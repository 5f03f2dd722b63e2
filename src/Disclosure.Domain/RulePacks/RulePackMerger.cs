using System.Globalization;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.RulePacks;

/// <summary>
/// Applies a pack that <c>extends</c> a base to that base: removals first, then entries whose id matches a base entry
/// replace it in place, and new entries are appended. Metadata, the review policy and the work plan are replaced whole when given.
/// </summary>
internal static class RulePackMerger
{
    public static PackDocument Merge(PackDocument b, PackDocument c, PackSource source, Problems problems)
    {
        var remove = c.Remove;
        return new PackDocument
        {
            Schema = c.Schema ?? b.Schema,
            FormatVersion = c.FormatVersion,
            Id = c.Id,
            Metadata = c.Metadata ?? b.Metadata,
            Units = Apply(b.Units, c.Units, remove?.Units, u => u.Id, "$.remove.units", RulePackTexts.Text("Merge.What.Unit"), source, problems),
            Catalog = Apply(b.Catalog, c.Catalog, remove?.Columns, n => n.Id, "$.remove.columns", RulePackTexts.Text("Merge.What.CatalogNode"), source, problems),
            Deadlines = MergeDeadlines(b.Deadlines, c.Deadlines, remove?.Deadlines, source, problems),
            Review = c.Review ?? b.Review,
            Obligations = Apply(b.Obligations, c.Obligations, remove?.Obligations, o => o.Id, "$.remove.obligations", RulePackTexts.Text("Merge.What.Obligation"), source, problems),
            WorkPlan = c.WorkPlan ?? b.WorkPlan,
            Calendar = MergeCalendar(b.Calendar, c.Calendar, remove?.LocalHolidays, source, problems),
        };
    }

    private static DeadlinesDto? MergeDeadlines(DeadlinesDto? b, DeadlinesDto? c, List<string>? remove, PackSource source, Problems problems)
    {
        if (b is null && c is null)
        {
            return null;
        }

        return new DeadlinesDto
        {
            TimelyWorkingDays = c?.TimelyWorkingDays ?? b?.TimelyWorkingDays,
            Overrides = Apply(b?.Overrides, c?.Overrides, remove, o => o.Column, "$.remove.deadlines", RulePackTexts.Text("Merge.What.DeadlineOverride"), source, problems),
            Origin = c?.TimelyWorkingDays is not null ? c.Origin : b?.Origin ?? c?.Origin,
        };
    }

    private static CalendarDto? MergeCalendar(CalendarDto? b, CalendarDto? c, List<string>? remove, PackSource source, Problems problems)
    {
        if (b is null && c is null && remove is null)
        {
            return null;
        }

        var holidays = Apply(b?.LocalHolidays, c?.LocalHolidays, remove, h => h.Id, "$.remove.localHolidays", RulePackTexts.Text("Merge.What.LocalHoliday"), source, problems);
        return holidays is null ? null : new CalendarDto { LocalHolidays = holidays };
    }

    private static List<T>? Apply<T>(List<T>? baseList, List<T>? childList, List<string>? removals, Func<T, string?> key, string removePath, LocalizedText what, PackSource source, Problems problems)
        where T : class
    {
        if (baseList is null && childList is null)
        {
            ReportMissing(removals, [], removePath, what, source, problems);
            return null;
        }

        var result = (baseList ?? []).Where(e => e is not null).ToList();
        ReportMissing(removals, result.Select(key).ToHashSet(StringComparer.Ordinal), removePath, what, source, problems);
        if (removals is not null)
        {
            var drop = removals.Where(r => r is not null).ToHashSet(StringComparer.Ordinal);
            result.RemoveAll(e => key(e) is { } k && drop.Contains(k));
        }

        // Where each key first is: a child entry replaces its base entry in place, a new one goes at the end.
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < result.Count; i++)
        {
            if (key(result[i]) is { } baseKey)
            {
                positions.TryAdd(baseKey, i);
            }
        }

        foreach (var entry in childList ?? [])
        {
            if (entry is null)
            {
                continue;
            }

            var k = key(entry);
            if (k is not null && positions.TryGetValue(k, out var at))
            {
                result[at] = entry;
                continue;
            }

            if (k is not null)
            {
                positions.Add(k, result.Count);
            }

            result.Add(entry);
        }

        return result;
    }

    private static void ReportMissing(List<string>? removals, HashSet<string?> existing, string path, LocalizedText what, PackSource source, Problems problems)
    {
        for (var i = 0; i < (removals?.Count ?? 0); i++)
        {
            var id = removals![i];
            if (id is not null && !existing.Contains(id))
            {
                problems.Error(DataProblemCodes.NothingToRemove, source, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", RulePackTexts.Text("Merge.NothingToRemove", what, id));
            }
        }
    }
}
