using System.Collections.Immutable;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.RulePacks;

// The obligations section: ids unique in the list, the period, levels and responsibility read from text; each
// entry is made by RecurringObligation.TryCreate, which checks the rest.
internal static partial class RulePackValidator
{
    private static readonly string Periods = string.Join(", ", ObligationPeriod.All.Select(p => p.Id));
    private static readonly string[] Rules = ["all-sections", "relevant-sections", "drafting-section", "power-exercising-sections", "event-host", "case-handler", "publisher", "affiliated-agencies"];

    private static ImmutableArray<RecurringObligation> ValidateObligations(List<ObligationDto> list, Dictionary<string, (UnitDto Dto, Unit? Unit)> units, Problems p)
    {
        var result = ImmutableArray.CreateBuilder<RecurringObligation>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var x in list.Where(x => x is not null))
        {
            var o = x.Origin!;
            var errors = p.List.Count;
            if (x.Id is not null && !ids.Add(x.Id))
            {
                p.Error(DataProblemCodes.DuplicateId, o, ".id", RulePackTexts.Text("Obligation.IdTwice", x.Id));
            }

            ObligationPeriod? period = null;
            if (x.Period is not null && !ObligationPeriod.TryParse(x.Period, out period))
            {
                p.Error(DataProblemCodes.InvalidValue, o, ".period", RulePackTexts.Text("Obligation.Period", Show(x.Period), Periods));
            }

            // One level a text, null where the text is missing (the reader reported it) or unknown (reported here).
            var levels = new List<GovernmentLevel?>();
            for (var i = 0; i < (x.Levels?.Count ?? 0); i++)
            {
                GovernmentLevel? level = null;
                if (x.Levels![i] is { } text && !GovernmentLevel.TryParse(text, out level))
                {
                    p.Error(DataProblemCodes.InvalidValue, o, Item(".levels", i), RulePackTexts.Text("Obligation.Level", Show(text), Levels));
                }

                levels.Add(level);
            }

            var responsible = ReadRuleOrUnits(x.Rule, x.Units, x.Topic, RulePackTexts.Text("Obligation.What", Show(x.Id)), o, units, p);
            if (RecurringObligation.TryCreate(x.Id, x.ActivityKind, period, x.MinimumCount ?? 0, levels, responsible, x.WorkPoint, x.SeedText, out var obligation, out var problems))
            {
                if (p.List.Count == errors)
                {
                    result.Add(obligation);
                }
            }
            else
            {
                // Without a responsibility, ReadRuleOrUnits has said why; the obligation's own "no responsible party" adds nothing.
                p.AddLocated(problems.Where(q => responsible is not null || q.Code != DataProblemCodes.NoResponsibleParty), _ => o, o);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Reads a responsibility given as exactly one of a rule (with a topic for relevant-sections) or a list of unit ids.</summary>
    private static Responsibility? ReadRuleOrUnits(string? rule, List<string>? unitIds, string? topic, LocalizedText what, Origin o, Dictionary<string, (UnitDto Dto, Unit? Unit)> units, Problems p)
    {
        var hasUnits = unitIds is { Count: > 0 };
        if ((rule is null) == !hasUnits)
        {
            p.Error(DataProblemCodes.NoResponsibleParty, o, string.Empty, RulePackTexts.Text("RuleOrUnits", what, string.Join(", ", Rules)));
            return null;
        }

        if (hasUnits)
        {
            var ids = new List<UnitId>();
            for (var i = 0; i < unitIds!.Count; i++)
            {
                var id = unitIds[i];
                if (id is null)
                {
                    continue;
                }

                if (!units.ContainsKey(id))
                {
                    p.Error(DataProblemCodes.DanglingUnit, o, Item(".units", i), RulePackTexts.Text("Units.Unknown", id, Listing(units.Keys)));
                    return null;
                }

                var unit = UnitId.Parse(id);
                if (ids.Contains(unit))
                {
                    p.Error(DataProblemCodes.DuplicateId, o, Item(".units", i), RulePackTexts.Text("Units.Twice", id));
                    return null;
                }

                ids.Add(unit);
            }

            return ids.Count == 0 ? null : Responsibility.Of(ids);
        }

        switch (rule)
        {
            case "relevant-sections" when string.IsNullOrWhiteSpace(topic):
                p.Error(DataProblemCodes.MissingValue, o, ".rule", RulePackTexts.Text("Rule.NeedsTopic"));
                return null;
            case "relevant-sections":
                return Responsibility.RelevantSections(topic!);
            case "all-sections":
                return Responsibility.AllSections;
            case "drafting-section":
                return Responsibility.DraftingSection;
            case "power-exercising-sections":
                return Responsibility.PowerExercisingSections;
            case "event-host":
                return Responsibility.EventHost;
            case "case-handler":
                return Responsibility.CaseHandler;
            case "publisher":
                return Responsibility.Publisher;
            case "affiliated-agencies":
                return Responsibility.AffiliatedAgencies;
            default:
                p.Error(DataProblemCodes.InvalidValue, o, ".rule", RulePackTexts.Text("Rule.Unknown", Show(rule), string.Join(", ", Rules)));
                return null;
        }
    }
}
