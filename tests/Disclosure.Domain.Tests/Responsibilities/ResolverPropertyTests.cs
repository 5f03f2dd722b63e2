using CsCheck;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Tests.Responsibilities;

/// <summary>Random org charts, responsibilities and contexts against a naive reference resolver written here.</summary>
public class ResolverPropertyTests
{
    private static readonly string[] TopicPool = ["a", "b", "c"];
    private static readonly string[] IdPool = ["u0", "u1", "u2", "u3", "u4", "u5", "ghost"];

    private static readonly Gen<Unit[]> Units =
        Gen.Select(Gen.Int[0, 5], Gen.Int[0, 2].Array[6], Gen.Bool.Array[3].Array[6]).Select((count, kinds, topics) =>
            Enumerable.Range(0, count + 1)
                .Select(i => new Unit(UnitId.Parse($"u{i}"), $"科{i}", $"S{i}", UnitKind.All[kinds[i]], topics: TopicPool.Where((_, t) => topics[i][t])))
                .ToArray());

    private static readonly Gen<Responsibility> Responsibilities = Gen.OneOf(
        Gen.Const(Responsibility.AllSections),
        Gen.Const(Responsibility.AffiliatedAgencies),
        Gen.Const(Responsibility.DraftingSection),
        Gen.Const(Responsibility.PowerExercisingSections),
        Gen.Const(Responsibility.EventHost),
        Gen.Const(Responsibility.CaseHandler),
        Gen.Const(Responsibility.Publisher),
        Gen.Int[0, 2].Select(i => Responsibility.RelevantSections(TopicPool[i])),
        Gen.Int[0, 6].Array[1, 3].Select(ix => Responsibility.Of(ix.Distinct().Select(i => UnitId.Parse(IdPool[i])))));

    private static readonly Gen<UnitId?> MaybeId = Gen.Int[0, 8].Select(i => i < IdPool.Length ? UnitId.Parse(IdPool[i]) : (UnitId?)null);

    private static readonly Gen<ResponsibilityContext> Contexts =
        Gen.Select(MaybeId, MaybeId, MaybeId, MaybeId, Gen.Int[0, 6].Array[0, 2]).Select((drafter, host, handler, publisher, power) =>
        {
            var context = ResponsibilityContext.Empty;
            context = drafter is { } d ? context.WithDrafter(d) : context;
            context = host is { } h ? context.WithHost(h) : context;
            context = handler is { } a ? context.WithHandler(a) : context;
            context = publisher is { } p ? context.WithPublisher(p) : context;
            var distinct = power.Distinct().Select(i => UnitId.Parse(IdPool[i])).ToArray();
            return distinct.Length > 0 ? context.WithPowerExercisingUnits(distinct) : context;
        });

    [Fact]
    public void Resolve_RandomCharts_MatchesNaiveReferenceAndIsNeverEmpty()
    {
        Gen.Select(Units, Responsibilities, Contexts).Sample((units, responsibility, context) =>
        {
            var chart = new OrgChart(units);

            var actual = chart.Resolve(responsibility, context);

            var expected = Naive(units, responsibility, context);
            if (actual.TryGetUnits(out var resolved))
            {
                Assert.NotEmpty(resolved);
                Assert.Equal(expected, string.Join(",", resolved.Select(u => u.Id.Value)));
            }
            else
            {
                Assert.Equal(expected, "!" + actual.Violation!.Code);
            }
        });
    }

    [Fact]
    public void Involvement_ContextFreeForms_IsNotNoneExactlyForResolvedUnits()
    {
        Gen.Select(Units, Responsibilities).Where((_, r) => r.Kind is ResponsibilityKind.Units or ResponsibilityKind.AllSections or ResponsibilityKind.RelevantSections or ResponsibilityKind.AffiliatedAgencies).Sample((units, responsibility) =>
        {
            var chart = new OrgChart(units);
            var resolution = chart.Resolve(responsibility);
            var resolved = resolution.TryGetUnits(out var list) ? list.Select(u => u.Id).ToHashSet() : [];

            foreach (var unit in units)
            {
                var involved = chart.Involvement(responsibility, unit.Id) != UnitInvolvement.None;
                if (resolution.IsResolved)
                {
                    Assert.Equal(resolved.Contains(unit.Id), involved);
                }
                else if (resolution.Violation.Code != ResponsibilityViolationCodes.UnknownUnit)
                {
                    Assert.False(involved);
                }
            }
        });
    }

    private static string Naive(Unit[] units, Responsibility r, ResponsibilityContext c)
    {
        string Pick(IEnumerable<Unit> selected, string code)
        {
            var ids = selected.Select(u => u.Id.Value).ToList();
            return ids.Count == 0 ? "!" + code : string.Join(",", ids);
        }

        string Named(IEnumerable<UnitId> ids)
        {
            var list = ids.ToList();
            return list.All(id => units.Any(u => u.Id == id)) ? string.Join(",", list.Select(id => id.Value)) : "!unknown-unit";
        }

        string FromContext(UnitId? id, string code) => id is { } v ? Named([v]) : "!" + code;

        return r.Kind switch
        {
            ResponsibilityKind.Units => Named(r.Units),
            ResponsibilityKind.AllSections => Pick(units.Where(u => u.Kind.Id is "office" or "section"), "no-section"),
            ResponsibilityKind.RelevantSections => Pick(units.Where(u => u.Topics.Contains(r.Topic!)), "no-competent-section"),
            ResponsibilityKind.AffiliatedAgencies => Pick(units.Where(u => u.Kind.Id == "affiliated-agency"), "no-affiliated-agency"),
            ResponsibilityKind.DraftingSection => FromContext(c.Drafter, "missing-drafter"),
            ResponsibilityKind.EventHost => FromContext(c.Host, "missing-host"),
            ResponsibilityKind.CaseHandler => FromContext(c.Handler, "missing-handler"),
            ResponsibilityKind.Publisher => FromContext(c.Publisher, "missing-publisher"),
            _ => c.PowerExercisingUnits.IsEmpty ? "!missing-power-exercising-units" : Named(c.PowerExercisingUnits),
        };
    }
}
