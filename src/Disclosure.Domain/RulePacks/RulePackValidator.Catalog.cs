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
                p.Error(DataProblemCodes.OutOfRange, d.Origin!, ".timelyWorkingDays", RulePackTexts.Text("Catalog.TimelyDays", t, UpdateFrequency.MaxTimelyWorkingDays));
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
                p.Error(DataProblemCodes.MissingValue, x.Origin!, string.Empty, RulePackTexts.Text("Override.NoColumn"));
            }
            else if (!overrides.TryAdd(x.Column, x))
            {
                p.Error(DataProblemCodes.DuplicateId, x.Origin!, ".column", RulePackTexts.Text("Override.Twice", x.Column));
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
            p.Error(DataProblemCodes.MissingValue, root, d.Catalog is null ? "$" : "$.catalog", RulePackTexts.Text("Catalog.Missing"));
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
                frequencies[i] = n.Deadline is { } typed
                    ? ReadDeadline(typed, n.Origin!, deadlines.TimelyDays, p)
                    : UpdateFrequency.TryParse(n.Frequency, out var frequency) && frequency.Kind == UpdateFrequencyKind.Timely && deadlines.TimelyDays != UpdateFrequency.DefaultTimelyWorkingDays
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
            p.Error(DataProblemCodes.DanglingColumn, o, ".column", RulePackTexts.Text("Override.NotAColumn", column));
            return;
        }

        if (frequencies[at] is not { } frequency)
        {
            // A column whose own rules are in error has no frequency to override; its errors are reported already.
            if (nodes[at].Frequency is null)
            {
                p.Error(DataProblemCodes.DanglingColumn, o, ".column", RulePackTexts.Text("Override.Grouping", column));
            }

            return;
        }

        if (x.WorkingDays is null && x.AnnualDeadline is null)
        {
            p.Error(DataProblemCodes.MissingValue, o, string.Empty, RulePackTexts.Text("Override.Nothing"));
        }

        if (x.WorkingDays is { } days)
        {
            if (frequency.Kind != UpdateFrequencyKind.Timely)
            {
                p.Error(DataProblemCodes.InvalidValue, o, ".workingDays", RulePackTexts.Text("Override.WorkingDaysNotTimely", column, frequency.ChineseLabel));
            }
            else if (days < 1 || days > UpdateFrequency.MaxTimelyWorkingDays)
            {
                p.Error(DataProblemCodes.OutOfRange, o, ".workingDays", RulePackTexts.Text("Override.WorkingDaysRange", days, UpdateFrequency.MaxTimelyWorkingDays));
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
                p.Error(DataProblemCodes.InvalidValue, o, ".annualDeadline", RulePackTexts.Text("Override.AnnualNotAnnual", column, frequency.ChineseLabel));
            }
            else if (!parsed.Success)
            {
                p.Error(DataProblemCodes.OutOfRange, o, ".annualDeadline", RulePackTexts.Text("Override.AnnualNotADay", Show(deadline)));
            }
            else
            {
                frequencies[at] = UpdateFrequency.AnnualBy(parsed.Value);
            }
        }
    }


    /// <summary>
    /// Reads a column's typed <c>deadline</c>: its kind and exactly the parameters that kind takes. A timely deadline
    /// without <c>workingDays</c> takes the pack's <c>deadlines.timelyWorkingDays</c>.
    /// </summary>
    private static UpdateFrequency? ReadDeadline(DeadlineDto d, Origin o, int timelyDays, Problems p)
    {
        if (FrequencyKindInfo.TryFindName(d.Kind) is not { } info)
        {
            p.Error(DataProblemCodes.UnknownFrequency, o, ".deadline.kind", RulePackTexts.Text("Deadline.UnknownKind", Show(d.Kind), FrequencyKindInfo.ExpectedNames));
            return null;
        }

        var kind = info.Kind;
        var errors = p.List.Count;
        Only(d.WorkingDays is not null, kind == UpdateFrequencyKind.Timely, "workingDays", "timely");
        Only(d.Days is not null, kind == UpdateFrequencyKind.CalendarDays, "days", "calendarDays");
        Only(d.MonthDay is not null, kind == UpdateFrequencyKind.ByDate, "monthDay", "byDate");
        Only(d.AnnualDeadline is not null, kind == UpdateFrequencyKind.Annual, "annualDeadline", "annual");
        Only(d.DisplayWorkingDays is not null, info.IsEventBased, "displayWorkingDays", RulePackTexts.Text("Deadline.Kinds.TimelyAndCalendarDays"));
        UpdateFrequency? result = null;
        switch (kind)
        {
            case UpdateFrequencyKind.Timely:
                var days = d.WorkingDays ?? timelyDays;
                result = InRange(days, 1, UpdateFrequency.MaxTimelyWorkingDays, "workingDays") ? UpdateFrequency.TimelyWithin(days) : null;
                break;
            case UpdateFrequencyKind.CalendarDays:
                if (d.Days is not { } calendarDays)
                {
                    p.Error(DataProblemCodes.MissingValue, o, ".deadline", RulePackTexts.Text("Deadline.NoDays"));
                }
                else if (InRange(calendarDays, 1, UpdateFrequency.MaxCalendarDays, "days"))
                {
                    result = UpdateFrequency.CalendarDaysAfterEvent(calendarDays);
                }

                break;
            case UpdateFrequencyKind.ByDate:
                result = Date(d.MonthDay, "monthDay", required: true) is { } date ? UpdateFrequency.EveryYearBy(date) : null;
                break;
            case UpdateFrequencyKind.Annual:
                result = d.AnnualDeadline is null ? UpdateFrequency.Annual : Date(d.AnnualDeadline, "annualDeadline", required: false) is { } deadline ? UpdateFrequency.AnnualBy(deadline) : null;
                break;
            default:
                result = UpdateFrequency.Parse(info.Name);
                break;
        }

        if (result is not null && d.DisplayWorkingDays is { } shown && info.IsEventBased && InRange(shown, 1, UpdateFrequency.MaxTimelyWorkingDays, "displayWorkingDays"))
        {
            result = result.WithDisplayPeriod(shown);
        }

        return p.List.Count == errors ? result : null;

        void Only(bool given, bool allowed, string field, object kinds)
        {
            if (given && !allowed)
            {
                p.Error(DataProblemCodes.InvalidValue, o, ".deadline." + field, RulePackTexts.Text("Deadline.Only", field, kinds, info.Name));
            }
        }

        bool InRange(int value, int min, int max, string field)
        {
            if (value >= min && value <= max)
            {
                return true;
            }

            p.Error(DataProblemCodes.OutOfRange, o, ".deadline." + field, RulePackTexts.Text("Deadline.Range", field, value, min, max));
            return false;
        }

        AnnualDate? Date(string? text, string field, bool required)
        {
            if (text is null)
            {
                if (required)
                {
                    p.Error(DataProblemCodes.MissingValue, o, ".deadline", RulePackTexts.Text("Deadline.NeedsDate", info.Name, field));
                }

                return null;
            }

            var parsed = AnnualDatePattern.Iso.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value;
            }

            p.Error(DataProblemCodes.OutOfRange, o, ".deadline." + field, RulePackTexts.Text("Deadline.NotADay", field, Show(text)));
            return null;
        }
    }

    private static Responsibility? ReadResponsible(NodeDto n, Origin o, Dictionary<string, (UnitDto Dto, Unit? Unit)> units, Dictionary<string, (UnitId Id, Responsibility Alone)> byName, Problems p)
    {
        if (string.IsNullOrEmpty(n.Responsible))
        {
            return null; // the builder reports a column without a responsible party
        }

        if (byName.TryGetValue(n.Responsible.Trim(), out var whole))
        {
            return whole.Alone; // a unit whose own name has a separator in it
        }

        if (ResponsibleCell.Read(n.Responsible, out var form, out var names) is { } why)
        {
            p.Error(DataProblemCodes.InvalidValue, o, ".responsible", RulePackTexts.Text("Responsible.Why", why));
            return null;
        }

        switch (form)
        {
            case ResponsibilityKind.AllSections:
                return Responsibility.AllSections;
            case ResponsibilityKind.CaseHandler:
                return Responsibility.CaseHandler;
            case ResponsibilityKind.AffiliatedAgencies:
                return Responsibility.AffiliatedAgencies;
            case ResponsibilityKind.RelevantSections:
                if (!ColumnId.IsValid(n.Id))
                {
                    return null;
                }

                if (!units.Values.Any(u => u.Dto.Topics?.Contains(n.Id!, StringComparer.Ordinal) == true))
                {
                    p.Error(DataProblemCodes.NoResponsibleParty, o, ".responsible", RulePackTexts.Text("Responsible.NoTopicUnit", n.Id, n.Responsible));
                    return null;
                }

                return Responsibility.RelevantSections(n.Id!);
            default:
                var found = new List<UnitId>();
                foreach (var name in names)
                {
                    if (byName.TryGetValue(name, out var named))
                    {
                        var unit = named.Id;
                        if (found.Contains(unit))
                        {
                            p.Error(DataProblemCodes.DuplicateId, o, ".responsible", RulePackTexts.Text("Responsible.UnitTwice", unit, name));
                            return null;
                        }

                        found.Add(unit);
                    }
                    else
                    {
                        p.Error(DataProblemCodes.DanglingUnit, o, ".responsible", RulePackTexts.Text("Responsible.UnknownUnit", name, Listing(units.Values.Select(u => u.Dto.Name)), ResponsibleCell.Expected));
                        return null;
                    }
                }

                if (found.Count == 0)
                {
                    p.Error(DataProblemCodes.NoResponsibleParty, o, ".responsible", RulePackTexts.Text("Responsible.None", Show(n.Id)));
                    return null;
                }

                return Responsibility.Of(found);
        }
    }
}
