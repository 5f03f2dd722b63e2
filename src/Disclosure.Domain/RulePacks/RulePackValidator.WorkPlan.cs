using System.Globalization;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.RulePacks;

// The workPlan section: numbered work points, each with its responsible parties.
internal static partial class RulePackValidator
{
    private static WorkPlan? ValidateWorkPlan(WorkPlanDto? w, Dictionary<string, (UnitDto Dto, Unit? Unit)> units, Problems p)
    {
        if (w is null)
        {
            return null;
        }

        var ok = Required(w.Title, w.Origin!, ".title", "the work plan's title, for example \"宣城市民政局2024年度政务公开工作要点和分工\"", p);
        if (w.Points is not { Count: > 0 })
        {
            p.Error(DataProblemCodes.MissingValue, w.Origin!, w.Points is null ? string.Empty : ".points", "\"points\" is missing or empty; expected the numbered work points of the plan.");
            return null;
        }

        if (w.Year is < WorkPlan.MinYear or > WorkPlan.MaxYear)
        {
            p.Error(DataProblemCodes.OutOfRange, w.Origin!, ".year", string.Create(CultureInfo.InvariantCulture, $"plan year {w.Year} is out of range; expected the plan's calendar year, {WorkPlan.MinYear} to {WorkPlan.MaxYear}."));
            ok = false;
        }

        var points = new List<WorkPoint>(w.Points.Count);
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var x in w.Points.Where(x => x is not null))
        {
            var o = x.Origin!;
            var pointOk = Required(x.Number, o, ".number", "the point's numbering, for example \"一(二)1\"", p)
                & Required(x.SectionTitle, o, ".sectionTitle", "the title of its section (一 to 四…)", p)
                & Required(x.SubsectionTitle, o, ".subsectionTitle", "the title of its subsection", p)
                & Required(x.Text, o, ".text", "the point's text", p)
                & Required(x.ResponsibleText, o, ".responsibleText", "the source's 责任科室 words, for example \"办公室、各相关科室\"", p);
            if (x.Number is { } number && !string.IsNullOrWhiteSpace(number) && !numbers.Add(number))
            {
                p.Error(DataProblemCodes.DuplicateId, o, ".number", $"work point number '{number}' is used twice; expected each number once.");
                pointOk = false;
            }

            var parties = ReadParties(x, o, units, p);
            if (pointOk && parties is not null)
            {
                points.Add(new WorkPoint(x.Number!, x.SectionTitle!, x.SubsectionTitle!, x.Text!, x.ResponsibleText!, parties));
            }
            else
            {
                ok = false;
            }
        }

        return ok ? new WorkPlan(w.Title!, points, w.Year) : null;
    }

    private static List<ResponsibleParty>? ReadParties(WorkPointDto x, Origin o, Dictionary<string, (UnitDto Dto, Unit? Unit)> units, Problems p)
    {
        if (x.Parties is not { Count: > 0 })
        {
            p.Error(DataProblemCodes.NoResponsibleParty, o, x.Parties is null ? string.Empty : ".parties", $"work point {Show(x.Number)} has no responsible party; expected \"parties\" with at least one entry.");
            return null;
        }

        var parties = new List<ResponsibleParty>(x.Parties.Count);
        var all = true;
        foreach (var party in x.Parties.Where(party => party is not null))
        {
            var po = party.Origin!;
            var ok = Required(party.Label, po, ".label", "the source's words for the party, for example \"各相关科室\"", p);
            PartySource source;
            switch (party.Source)
            {
                case null:
                    source = PartySource.ResponsibilityLine;
                    break;
                case "text":
                    source = PartySource.WorkPointText;
                    break;
                default:
                    p.Error(DataProblemCodes.InvalidValue, po, ".source", $"source {Show(party.Source)} is unknown; expected \"text\" (the party is stated in the point's text) or no source (the 责任科室 line).");
                    ok = false;
                    source = PartySource.ResponsibilityLine;
                    break;
            }

            var label = party.Label ?? "(missing)";
            var responsibility = ReadRuleOrUnits(party.Rule, party.Units, party.Topic, string.Create(CultureInfo.InvariantCulture, $"party '{label}' of work point {Show(x.Number)}"), po, units, p);
            if (ok && responsibility is not null)
            {
                parties.Add(new ResponsibleParty(party.Label!, responsibility, source));
            }
            else
            {
                all = false;
            }
        }

        return all ? parties : null;
    }
}
