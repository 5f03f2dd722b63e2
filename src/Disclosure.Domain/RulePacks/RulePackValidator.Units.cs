using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.RulePacks;

// The units section: each entry becomes a Unit; the org chart checks ids and names across units.
internal static partial class RulePackValidator
{
    private static readonly string UnitKinds = string.Join(", ", UnitKind.All.Select(k => k.Id));

    /// <summary>
    /// Reads the units; returns every entry with a well-formed id (first of each id), the unit made of it when it has no
    /// problem, and the org chart of those units (null when it has problems, which are located at their entries).
    /// </summary>
    private static Dictionary<string, (UnitDto Dto, Unit? Unit)> ValidateUnits(List<UnitDto> list, PackSource root, Problems p, out OrgChart? orgChart)
    {
        var units = new Dictionary<string, (UnitDto Dto, Unit? Unit)>(StringComparer.Ordinal);
        var made = new List<(Unit Unit, Origin Origin)>();
        foreach (var u in list.Where(u => u is not null))
        {
            var o = u.Origin!;
            var ok = Required(u.Name, o, ".name", RulePackTexts.Text("Unit.Name"), p);
            if (!UnitKind.TryParse(u.Kind, out var kind))
            {
                p.Error(u.Kind is null ? DataProblemCodes.MissingValue : DataProblemCodes.InvalidValue, o, u.Kind is null ? string.Empty : ".kind", RulePackTexts.Text("Unit.Kind", Show(u.Kind), UnitKinds));
                ok = false;
            }

            ok &= NoRepeats(u.Aliases, o, ".aliases", p) & NoRepeats(u.Topics, o, ".topics", p);
            if (!UnitId.IsValid(u.Id))
            {
                p.Error(u.Id is null ? DataProblemCodes.MissingValue : DataProblemCodes.InvalidId, o, u.Id is null ? string.Empty : ".id", RulePackTexts.Text("Unit.Id", Show(u.Id)));
                continue;
            }

            // The values were checked above, so the unit's own guards hold.
            var unit = ok ? new Unit(UnitId.Parse(u.Id!), u.Name!, u.EnglishName, kind!, (u.Aliases ?? []).Where(a => !string.IsNullOrWhiteSpace(a)), (u.Topics ?? []).Where(t => !string.IsNullOrWhiteSpace(t))) : null;
            if (unit is not null)
            {
                made.Add((unit, o));
            }

            units.TryAdd(u.Id!, (u, unit));
        }

        if (!OrgChart.TryCreate(made.Select(m => m.Unit), out orgChart, out var problems))
        {
            p.AddLocated(problems, l => made[l.Index].Origin, new Origin(root, "$.units"));
        }

        return units;
    }

    private static bool NoRepeats(List<string>? values, Origin o, string member, Problems p)
    {
        // A unit has a handful of aliases and topics: scanning them costs less than building a set, which only a
        // long (perhaps hostile) list needs.
        var seen = values?.Count > 8 ? new HashSet<string>(StringComparer.Ordinal) : null;
        for (var i = 0; i < (values?.Count ?? 0); i++)
        {
            if (values![i] is { } value && (seen is null ? values.IndexOf(value, 0, i) >= 0 : !seen.Add(value)))
            {
                p.Error(DataProblemCodes.DuplicateId, o, Item(member, i), RulePackTexts.Text("Unit.Twice", value, member[1..]));
                return false;
            }
        }

        return true;
    }

    /// <summary>A unit's Chinese name, then its aliases.</summary>
    private static IEnumerable<string?> NamesOf(UnitDto unit) => (unit.Aliases ?? []).Prepend(unit.Name);
}
