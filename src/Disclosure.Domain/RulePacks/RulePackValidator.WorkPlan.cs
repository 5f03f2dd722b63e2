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

        var ok = Required(w.Title, w.Origin!, ".title", RulePackTexts.Text("WorkPlan.Title"), p);
        if (w.Points is not { Count: > 0 })
        {
            p.Error(DataProblemCodes.MissingValue, w.Origin!, w.Points is null ? string.Empty : ".points", RulePackTexts.Text("WorkPlan.NoPoints"));
            return null;
        }

        if (w.Year is < WorkPlan.MinYear or > WorkPlan.MaxYear)
        {
            p.Error(DataProblemCodes.OutOfRange, w.Origin!, ".year", RulePackTexts.Text("WorkPlan.Year", w.Year, WorkPlan.MinYear, WorkPlan.MaxYear));
            ok = false;
        }

        var points = new List<WorkPoint>(w.Points.Count);
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var x in w.Points.Where(x => x is not null))
        {
            var o = x.Origin!;
            var pointOk = Required(x.Number, o, ".number", RulePackTexts.Text("WorkPlan.Number"), p)
                & Required(x.SectionTitle, o, ".sectionTitle", RulePackTexts.Text("WorkPlan.SectionTitle"), p)
                & Required(x.SubsectionTitle, o, ".subsectionTitle", RulePackTexts.Text("WorkPlan.SubsectionTitle"), p)
                & Required(x.Text, o, ".text", RulePackTexts.Text("WorkPlan.Text"), p)
                & Required(x.ResponsibleText, o, ".responsibleText", RulePackTexts.Text("WorkPlan.ResponsibleText"), p);
            if (x.Number is { } number && !string.IsNullOrWhiteSpace(number) && !numbers.Add(number))
            {
                p.Error(DataProblemCodes.DuplicateId, o, ".number", RulePackTexts.Text("WorkPlan.NumberTwice", number));
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
            p.Error(DataProblemCodes.NoResponsibleParty, o, x.Parties is null ? string.Empty : ".parties", RulePackTexts.Text("WorkPlan.NoParties", Show(x.Number)));
            return null;
        }

        var parties = new List<ResponsibleParty>(x.Parties.Count);
        var all = true;
        foreach (var party in x.Parties.Where(party => party is not null))
        {
            var po = party.Origin!;
            var ok = Required(party.Label, po, ".label", RulePackTexts.Text("WorkPlan.PartyLabel"), p);
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
                    p.Error(DataProblemCodes.InvalidValue, po, ".source", RulePackTexts.Text("WorkPlan.PartySource", Show(party.Source)));
                    ok = false;
                    source = PartySource.ResponsibilityLine;
                    break;
            }

            var label = party.Label ?? "(missing)";
            var responsibility = ReadRuleOrUnits(party.Rule, party.Units, party.Topic, RulePackTexts.Text("WorkPlan.PartyWhat", label, Show(x.Number)), po, units, p);
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
