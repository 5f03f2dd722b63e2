using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Globalization;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Responsibilities;

/// <summary>
/// The units of a bureau and the topics they are competent for; resolves <see cref="Responsibility"/>
/// values to concrete units.
/// </summary>
/// <remarks>
/// The embedded default is <c>RulePack.XuanchengCivilAffairs2024.OrgChart</c>: the six units of 宣城市民政局 that
/// the seed names. Unit ids are unique, and so are names: no Chinese name or alias designates two units. Instances are immutable
/// and thread-safe; equality is reference equality.
/// </remarks>
public sealed class OrgChart
{
    private readonly Dictionary<UnitId, Unit> byId;
    private readonly Dictionary<string, Unit> byName;

    /// <summary>Creates an org chart.</summary>
    /// <param name="units">The units, in the order reports list them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> or one of its elements is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two units share an id, or a Chinese name or alias designates two units; the message lists every problem (<see cref="TryCreate"/> returns them).</exception>
    public OrgChart(IEnumerable<Unit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        Units = Checked(units);
        var problems = Index(Units, out byId, out byName);
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems.Select(p => p.Message)), nameof(units));
        }

        Sections = [.. Units.Where(u => u.Kind.IsSection)];
        Topics = [.. Units.SelectMany(u => u.Topics).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private OrgChart(ImmutableArray<Unit> units, Dictionary<UnitId, Unit> byId, Dictionary<string, Unit> byName)
    {
        Units = units;
        this.byId = byId;
        this.byName = byName;
        Sections = [.. Units.Where(u => u.Kind.IsSection)];
        Topics = [.. Units.SelectMany(u => u.Topics).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>Creates an org chart, or reports every problem without throwing.</summary>
    /// <param name="units">The units, in the order reports list them.</param>
    /// <param name="chart">The chart, or <see langword="null"/> when there are problems.</param>
    /// <param name="problems">
    /// Every problem, empty on success; each in section <c>units</c> at the unit's position with its id, and field
    /// <c>id</c> (an id used twice), <c>name</c> or <c>aliases[i]</c> (a name that already designates another unit).
    /// </param>
    /// <returns><see langword="true"/> when the chart was created.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> or one of its elements is <see langword="null"/>.</exception>
    public static bool TryCreate(IEnumerable<Unit> units, [NotNullWhen(true)] out OrgChart? chart, out ImmutableArray<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(units);
        var list = Checked(units);
        problems = [.. Index(list, out var byId, out var byName)];
        chart = problems.IsEmpty ? new OrgChart(list, byId, byName) : null;
        return chart is not null;
    }

    private static ImmutableArray<Unit> Checked(IEnumerable<Unit> units)
    {
        ImmutableArray<Unit> list = [.. units];
        foreach (var unit in list)
        {
            ArgumentNullException.ThrowIfNull(unit, nameof(units));
        }

        return list;
    }

    private static List<Problem> Index(IReadOnlyList<Unit> units, out Dictionary<UnitId, Unit> byId, out Dictionary<string, Unit> byName)
    {
        var problems = new List<Problem>();
        byId = [];
        byName = new Dictionary<string, Unit>(StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (!byId.TryAdd(unit.Id, unit))
            {
                problems.Add(Problem.Error(DataProblemCodes.DuplicateId, new ProblemLocation("units", i, unit.Id.Value, "id"), ResponsibilityTexts.Of("OrgChart.DuplicateId", unit.Id)));
                continue;
            }

            for (var alias = -1; alias < unit.Aliases.Length; alias++)
            {
                var name = alias < 0 ? unit.Name : unit.Aliases[alias];
                if (!byName.TryAdd(name, unit) && !ReferenceEquals(byName[name], unit))
                {
                    var field = alias < 0 ? "name" : "aliases[" + alias.ToString(CultureInfo.InvariantCulture) + "]";
                    problems.Add(Problem.Error(DataProblemCodes.DuplicateId, new ProblemLocation("units", i, unit.Id.Value, field), ResponsibilityTexts.Of("OrgChart.DuplicateName", name, byName[name].Id)));
                }
            }
        }

        return problems;
    }

    /// <summary>Gets the units, in chart order.</summary>
    public ImmutableArray<Unit> Units { get; }

    /// <summary>Gets the units that count as sections for 各科室 (<see cref="UnitKind.IsSection"/>: the office and the sections), in chart order.</summary>
    public ImmutableArray<Unit> Sections { get; }

    /// <summary>Gets every topic some unit is competent for, ordinal-sorted and distinct.</summary>
    public ImmutableArray<string> Topics { get; }

    /// <summary>Finds a unit by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The unit, or <see langword="null"/> when the chart has none with this id.</returns>
    [Pure]
    public Unit? Find(UnitId id) => id.Value is not null && byId.TryGetValue(id, out var unit) ? unit : null;

    /// <summary>Gets a unit by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="KeyNotFoundException">The chart has no unit with this id; the message lists the known ids.</exception>
    [Pure]
    public Unit Get(UnitId id) =>
        Find(id) ?? throw new KeyNotFoundException($"Unknown unit '{id}'. Known units: {string.Join(", ", Units.Select(u => u.Id))}.");

    /// <summary>Finds a unit by its Chinese name or one of its aliases (ordinal, trimmed), for example 儿童福利科.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The unit, or <see langword="null"/> when no unit has this name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    [Pure]
    public Unit? FindByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return byName.TryGetValue(name.Trim(), out var unit) ? unit : null;
    }

    /// <summary>Gets the units of a kind, in chart order.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The units; empty when the chart has none of this kind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is <see langword="null"/>.</exception>
    [Pure]
    public ImmutableArray<Unit> UnitsOfKind(UnitKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return [.. Units.Where(u => u.Kind == kind)];
    }

    /// <summary>Gets the units competent for a topic, in chart order.</summary>
    /// <param name="topic">The topic, for example a catalog column id.</param>
    /// <returns>The units; empty when none is competent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="topic"/> is <see langword="null"/>.</exception>
    [Pure]
    public ImmutableArray<Unit> UnitsForTopic(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return [.. Units.Where(u => u.HasTopic(topic))];
    }

    /// <summary>
    /// Resolves a responsibility to the concrete units of this chart, or to a violation that names what is
    /// missing. Never returns an empty list of units.
    /// </summary>
    /// <param name="responsibility">The responsibility.</param>
    /// <param name="context">The facts of the case; <see langword="null"/> means <see cref="ResponsibilityContext.Empty"/>.</param>
    /// <returns>
    /// The units: named units in the given order, 各科室 as every unit whose kind
    /// <see cref="UnitKind.IsSection"/> (the office included), 各相关科室 as the units competent for the topic,
    /// 各直属机构 as the affiliated agencies, and the context's unit(s) for the context-dependent forms.
    /// A violation (<see cref="ResponsibilityViolationCodes"/>) when a context fact is missing, a unit is not in
    /// the chart, or the chart has no unit the rule can reach.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="responsibility"/> is <see langword="null"/>.</exception>
    [Pure]
    public ResponsibilityResolution Resolve(Responsibility responsibility, ResponsibilityContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(responsibility);
        context ??= ResponsibilityContext.Empty;
        return responsibility.Kind switch
        {
            ResponsibilityKind.Units => Named(responsibility, responsibility.Units),
            ResponsibilityKind.AllSections => NonEmpty(
                responsibility,
                Sections,
                ResponsibilityViolationCodes.NoSection,
                ResponsibilityTexts.Of("Violation.NoSection")),
            ResponsibilityKind.RelevantSections => NonEmpty(
                responsibility,
                UnitsForTopic(responsibility.Topic!),
                ResponsibilityViolationCodes.NoCompetentSection,
                ResponsibilityTexts.Of("Violation.NoCompetentSection", responsibility.Topic)),
            ResponsibilityKind.AffiliatedAgencies => NonEmpty(
                responsibility,
                UnitsOfKind(UnitKind.AffiliatedAgency),
                ResponsibilityViolationCodes.NoAffiliatedAgency,
                ResponsibilityTexts.Of("Violation.NoAffiliatedAgency")),
            ResponsibilityKind.DraftingSection => FromContext(responsibility, context.Drafter, ResponsibilityViolationCodes.MissingDrafter, "Drafter"),
            ResponsibilityKind.EventHost => FromContext(responsibility, context.Host, ResponsibilityViolationCodes.MissingHost, "Host"),
            ResponsibilityKind.CaseHandler => FromContext(responsibility, context.Handler, ResponsibilityViolationCodes.MissingHandler, "Handler"),
            ResponsibilityKind.Publisher => FromContext(responsibility, context.Publisher, ResponsibilityViolationCodes.MissingPublisher, "Publisher"),
            ResponsibilityKind.PowerExercisingSections => context.PowerExercisingUnits.IsDefaultOrEmpty
                ? ResponsibilityResolution.Failed(ResponsibilityViolation.Missing(ResponsibilityViolationCodes.MissingPowerExercisingUnits, responsibility, "PowerExercisingUnits"))
                : Named(responsibility, context.PowerExercisingUnits),
            _ => throw new ArgumentOutOfRangeException(nameof(responsibility), responsibility.Kind, "Unknown responsibility kind."),
        };
    }

    /// <summary>Tells how a responsibility involves a unit when no case is given.</summary>
    /// <param name="responsibility">The responsibility.</param>
    /// <param name="unit">The unit id.</param>
    /// <returns>
    /// <see cref="UnitInvolvement.Named"/> when the unit is named; <see cref="UnitInvolvement.ByRule"/> when 各科室,
    /// 各相关科室 or 各直属机构 resolves to it; <see cref="UnitInvolvement.WhenInContext"/> for the context-dependent
    /// forms (any unit of the chart may be the drafter, host, handler, publisher or a power-exercising section);
    /// <see cref="UnitInvolvement.None"/> otherwise, and always when the unit is not in the chart.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="responsibility"/> is <see langword="null"/>.</exception>
    [Pure]
    public UnitInvolvement Involvement(Responsibility responsibility, UnitId unit)
    {
        ArgumentNullException.ThrowIfNull(responsibility);
        if (Find(unit) is not { } found)
        {
            return UnitInvolvement.None;
        }

        return responsibility.Kind switch
        {
            ResponsibilityKind.Units => responsibility.Units.Contains(unit) ? UnitInvolvement.Named : UnitInvolvement.None,
            ResponsibilityKind.AllSections => found.Kind.IsSection ? UnitInvolvement.ByRule : UnitInvolvement.None,
            ResponsibilityKind.RelevantSections => found.HasTopic(responsibility.Topic!) ? UnitInvolvement.ByRule : UnitInvolvement.None,
            ResponsibilityKind.AffiliatedAgencies => found.Kind == UnitKind.AffiliatedAgency ? UnitInvolvement.ByRule : UnitInvolvement.None,
            _ => UnitInvolvement.WhenInContext,
        };
    }

    private static ResponsibilityResolution NonEmpty(Responsibility responsibility, ImmutableArray<Unit> units, ProblemCode code, LocalizedText message) =>
        units.IsEmpty
            ? ResponsibilityResolution.Failed(new ResponsibilityViolation(code, message, responsibility))
            : ResponsibilityResolution.Resolved(responsibility, units);

    private ResponsibilityResolution FromContext(Responsibility responsibility, UnitId? unit, ProblemCode code, string fact) =>
        unit is { } id
            ? Named(responsibility, [id])
            : ResponsibilityResolution.Failed(ResponsibilityViolation.Missing(code, responsibility, fact));

    private ResponsibilityResolution Named(Responsibility responsibility, ImmutableArray<UnitId> ids)
    {
        var unknown = ids.Where(id => Find(id) is null).ToList();
        return unknown.Count > 0
            ? ResponsibilityResolution.Failed(ResponsibilityViolation.UnknownUnits(responsibility, unknown, this))
            : ResponsibilityResolution.Resolved(responsibility, [.. ids.Select(id => byId[id])]);
    }
}
