using System.Globalization;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Responsibilities;
using NodaTime.Text;

namespace Disclosure.Domain.RulePacks;

// The catalog and deadlines sections: nodes become DisclosureCatalogBuilder calls, with each column's frequency
// (deadline overrides applied) and its responsible party read from the names of the units section.
internal static partial class RulePackValidator
{
    private const string AllSectionsLabel = "各科室";
    private const string RelevantSectionsLabel = "各相关科室";
    private const string CaseHandlerLabel = "谁承办谁更新";

    private static (int TimelyDays, Dictionary<string, DeadlineOverrideDto> Overrides) ValidateDeadlines(DeadlinesDto? d, Problems p)
    {
        var days = UpdateFrequency.DefaultTimelyWorkingDays;
        var overrides = new Dictionary<string, DeadlineOverrideDto>(StringComparer.Ordinal);
        if (d is null)
        {
            return (days, overrides);
        }

        if (d.TimelyWorkingDays is { } t)
        {
            if (t < 1 || t > UpdateFrequency.MaxTimelyWorkingDays)
            {
                p.Error(DataProblemCodes.OutOfRange, d.Origin!, ".timelyWorkingDays", string.Create(CultureInfo.InvariantCulture, $"timelyWorkingDays {t} is out of range; expected 1 to {UpdateFrequency.MaxTimelyWorkingDays} (条例 第26条 sets 20)."));
            }
            else
            {
                days = t;
            }
        }

        foreach (var x in (d.Overrides ?? []).Where(x => x is not null))
        {
            if (x.Column is null)
            {
                p.Error(DataProblemCodes.MissingValue, x.Origin!, string.Empty, "\"column\" is missing; expected the id of the column whose deadline is overridden.");
            }
            else if (!overrides.TryAdd(x.Column, x))
            {
                p.Error(DataProblemCodes.DuplicateId, x.Origin!, ".column", $"column '{x.Column}' has two deadline overrides; expected at most one per column.");
            }
        }

        return (days, overrides);
    }

    private static DisclosureCatalog? ValidateCatalog(PackDocument d, RulePackMetadata? metadata, Dictionary<string, (UnitDto Dto, Unit? Unit)> units, (int TimelyDays, Dictionary<string, DeadlineOverrideDto> Overrides) deadlines, PackSource root, Problems p)
    {
        // Each unit by id, name and alias, with the responsibility of that unit alone, shared by the columns naming it.
        var byName = new Dictionary<string, (UnitId Id, Responsibility Alone)>(StringComparer.Ordinal);
        foreach (var (id, (dto, _)) in units)
        {
            var unitId = UnitId.Parse(id);
            var unit = (unitId, Responsibility.Of(unitId));
            byName.TryAdd(id, unit);
            foreach (var name in NamesOf(dto))
            {
                if (!string.IsNullOrWhiteSpace(name))
                {
                    byName.TryAdd(name, unit);
                }
            }
        }

        var list = (d.Catalog ?? []).Where(n => n is not null).ToList();
        if (d.Catalog is null || list.Count == 0)
        {
            p.Error(DataProblemCodes.MissingValue, root, d.Catalog is null ? "$" : "$.catalog", "\"catalog\" is missing or empty; expected an array of catalog nodes with at least one column.");
            return null;
        }

        // Nodes are numbered by position in `list`, as the builder numbers them; `index` finds the first node of an id
        // for the deadline overrides (the builder reports a repeated id), and a column's frequency is kept at its number.
        var index = new Dictionary<string, int>(list.Count, StringComparer.Ordinal);
        var frequencies = new UpdateFrequency?[list.Count];
        var responsibles = new Responsibility?[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            var n = list[i];
            if (n.Id is not null)
            {
                index.TryAdd(n.Id, i);
            }

            if (IsColumn(n))
            {
                // An unknown label is the builder's to report, with the label it is given.
                frequencies[i] = UpdateFrequency.TryParse(n.Frequency, out var frequency) && frequency.Kind == UpdateFrequencyKind.Timely && deadlines.TimelyDays != UpdateFrequency.DefaultTimelyWorkingDays
                    ? UpdateFrequency.TimelyWithin(deadlines.TimelyDays)
                    : frequency;
                responsibles[i] = ReadResponsible(n, n.Origin!, units, byName, p);
            }
        }

        foreach (var (column, x) in deadlines.Overrides)
        {
            ApplyOverride(column, x, list, index, frequencies, p);
        }

        // With broken metadata the nodes are still checked (every problem at once); the catalog is then not used.
        var builder = new DisclosureCatalogBuilder(metadata?.BureauName ?? "?", metadata?.BureauEnglishName, metadata?.EffectiveDate ?? default)
        {
            TimeZoneId = metadata?.TimeZone.Id ?? DisclosureCatalogBuilder.DefaultTimeZoneId,
        };
        for (var i = 0; i < list.Count; i++)
        {
            var n = list[i];
            if (IsColumn(n))
            {
                builder.AddColumn(n.SeedRow ?? 0, n.Id!, n.Name!, n.EnglishName, n.Parent, frequencies[i], responsibles[i], n.Responsible!, n.Frequency, n.Note);
            }
            else
            {
                builder.AddGroup(n.Id!, n.Name!, n.EnglishName, n.Parent, n.Note);
            }
        }

        if (builder.TryBuild(out var catalog, out var problems))
        {
            return catalog;
        }

        p.AddLocated(problems, l => l.Section == "catalog" && l.Index >= 0 ? list[l.Index].Origin : l.Section == "metadata" ? d.Metadata?.Origin : null, new Origin(root, "$.catalog"));
        return null;
    }

    /// <summary>A node with any of a column's rules is a column (the builder reports the rules it lacks); otherwise a grouping node.</summary>
    private static bool IsColumn(NodeDto n) => n.Frequency is not null || n.SeedRow is not null || n.Responsible is not null;

    private static void ApplyOverride(string column, DeadlineOverrideDto x, List<NodeDto> nodes, Dictionary<string, int> index, UpdateFrequency?[] frequencies, Problems p)
    {
        var o = x.Origin!;
        if (!index.TryGetValue(column, out var at))
        {
            p.Error(DataProblemCodes.DanglingColumn, o, ".column", $"'{column}' is not a column of the catalog; expected the id of a catalog column.");
            return;
        }

        if (frequencies[at] is not { } frequency)
        {
            // A column whose own rules are in error has no frequency to override; its errors are reported already.
            if (nodes[at].Frequency is null)
            {
                p.Error(DataProblemCodes.DanglingColumn, o, ".column", $"'{column}' is a grouping node, not a column; expected the id of a node with a frequency.");
            }

            return;
        }

        if (x.WorkingDays is null && x.AnnualDeadline is null)
        {
            p.Error(DataProblemCodes.MissingValue, o, string.Empty, "The override sets nothing; expected \"workingDays\" (及时更新 columns) or \"annualDeadline\" (年度更新 columns).");
        }

        if (x.WorkingDays is { } days)
        {
            if (frequency.Kind != UpdateFrequencyKind.Timely)
            {
                p.Error(DataProblemCodes.InvalidValue, o, ".workingDays", $"workingDays applies to 及时更新 columns, but '{column}' is {frequency.ChineseLabel}; expected annualDeadline or no override.");
            }
            else if (days < 1 || days > UpdateFrequency.MaxTimelyWorkingDays)
            {
                p.Error(DataProblemCodes.OutOfRange, o, ".workingDays", string.Create(CultureInfo.InvariantCulture, $"workingDays {days} is out of range; expected 1 to {UpdateFrequency.MaxTimelyWorkingDays}."));
            }
            else
            {
                frequencies[at] = UpdateFrequency.TimelyWithin(days);
            }
        }

        if (x.AnnualDeadline is { } deadline)
        {
            var parsed = AnnualDatePattern.Iso.Parse(deadline);
            if (frequency.Kind != UpdateFrequencyKind.Annual)
            {
                p.Error(DataProblemCodes.InvalidValue, o, ".annualDeadline", $"annualDeadline applies to 年度更新 columns, but '{column}' is {frequency.ChineseLabel}.");
            }
            else if (!parsed.Success)
            {
                p.Error(DataProblemCodes.OutOfRange, o, ".annualDeadline", $"annualDeadline {Show(deadline)} is not a day of the year; expected MM-dd, for example \"01-31\".");
            }
            else
            {
                frequencies[at] = UpdateFrequency.AnnualBy(parsed.Value);
            }
        }
    }


    private static Responsibility? ReadResponsible(NodeDto n, Origin o, Dictionary<string, (UnitDto Dto, Unit? Unit)> units, Dictionary<string, (UnitId Id, Responsibility Alone)> byName, Problems p)
    {
        switch (n.Responsible)
        {
            case null or "":
                return null; // the builder reports a column without a responsible party
            case AllSectionsLabel:
                return Responsibility.AllSections;
            case CaseHandlerLabel:
                return Responsibility.CaseHandler;
            case RelevantSectionsLabel:
                if (!ColumnId.IsValid(n.Id))
                {
                    return null;
                }

                if (!units.Values.Any(u => u.Dto.Topics?.Contains(n.Id!, StringComparer.Ordinal) == true))
                {
                    p.Error(DataProblemCodes.NoResponsibleParty, o, ".responsible", $"column '{n.Id}' is {RelevantSectionsLabel}, but no unit lists '{n.Id}' among its topics, so nobody is responsible; expected a unit with \"topics\": [\"{n.Id}\"].");
                    return null;
                }

                return Responsibility.RelevantSections(n.Id!);
            case var one when !one.Contains('、', StringComparison.Ordinal) && byName.TryGetValue(one.Trim(), out var unit):
                return unit.Alone;
            default:
                var found = new List<UnitId>();
                foreach (var name in n.Responsible.Split('、', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    if (byName.TryGetValue(name, out var named))
                    {
                        var unit = named.Id;
                        if (found.Contains(unit))
                        {
                            p.Error(DataProblemCodes.DuplicateId, o, ".responsible", $"responsible names unit '{unit}' twice ('{name}' is one of its names); expected each unit once.");
                            return null;
                        }

                        found.Add(unit);
                    }
                    else
                    {
                        p.Error(DataProblemCodes.DanglingUnit, o, ".responsible", $"responsible '{name}' is not a unit of the org chart; expected a unit's name, alias or id ({Listing(units.Values.Select(u => u.Dto.Name))}) or {AllSectionsLabel}, {RelevantSectionsLabel}, {CaseHandlerLabel}.");
                        return null;
                    }
                }

                if (found.Count == 0)
                {
                    p.Error(DataProblemCodes.NoResponsibleParty, o, ".responsible", $"column {Show(n.Id)} names no responsible unit.");
                    return null;
                }

                return Responsibility.Of(found);
        }
    }
}
