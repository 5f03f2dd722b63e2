using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Globalization;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Diagnostics;
using NodaTime;

namespace Disclosure.Domain.Responsibilities;

/// <summary>
/// A recurring activity obligation with a number in the seed: at least <see cref="MinimumCount"/> activities of
/// <see cref="ActivityKind"/> in every calendar <see cref="Period"/>, for example 市本级每季度开展开放日活动不少于1次.
/// </summary>
/// <remarks>
/// Evaluation is a pure function of an activity log and an as-of date (<see cref="Evaluate(IEnumerable{ActivityRecord}, LocalDate, LocalDate)"/>). The log is the
/// log of one body (the bureau, or a county): the obligation counts every matching activity in it, whoever
/// carried it out. Instances are immutable and thread-safe; equality is reference equality (compare <see cref="Id"/>).
/// </remarks>
public sealed class RecurringObligation
{
    /// <summary>The largest minimum count: 1,000 activities a period (the seed's are 1).</summary>
    public const int MaxMinimumCount = 1000;

    /// <summary>Creates an obligation.</summary>
    /// <param name="id">A stable identifier, for example <c>open-day-city</c> (lower-case ASCII letters, digits and hyphens).</param>
    /// <param name="activityKind">The kind of activity that counts, for example <c>open-day</c>.</param>
    /// <param name="period">The calendar period.</param>
    /// <param name="minimumCount">The minimum number of activities per period, 1 to <see cref="MaxMinimumCount"/>.</param>
    /// <param name="levels">The levels of government bound by the obligation, at least one.</param>
    /// <param name="responsible">Who carries the activities out.</param>
    /// <param name="workPoint">The numbering of the work point that states the obligation, for example 二(一)2.</param>
    /// <param name="seedText">The sentence of the seed that states the obligation, verbatim.</param>
    /// <exception cref="ArgumentException">
    /// An argument is missing or invalid (see <see cref="TryCreate"/>); the message lists every problem.
    /// </exception>
    public RecurringObligation(string id, string activityKind, ObligationPeriod period, int minimumCount, IEnumerable<GovernmentLevel> levels, Responsibility responsible, string workPoint, string seedText)
    {
        var problems = Check(id, activityKind, period, minimumCount, levels, responsible, workPoint, seedText, out var distinct);
        if (problems.Count > 0)
        {
            throw new ArgumentException("The obligation is invalid: " + string.Join(" ", problems.Select(p => p.Message)));
        }

        Id = id;
        ActivityKind = activityKind;
        Period = period;
        MinimumCount = minimumCount;
        Levels = distinct;
        Responsible = responsible;
        WorkPoint = workPoint;
        SeedText = seedText;
    }

    // For arguments already checked by TryCreate.
    private RecurringObligation(string id, string activityKind, ObligationPeriod period, int minimumCount, ImmutableArray<GovernmentLevel> levels, Responsibility responsible, string workPoint, string seedText)
    {
        Id = id;
        ActivityKind = activityKind;
        Period = period;
        MinimumCount = minimumCount;
        Levels = levels;
        Responsible = responsible;
        WorkPoint = workPoint;
        SeedText = seedText;
    }

    /// <summary>Creates an obligation, or reports every problem with its arguments without throwing.</summary>
    /// <param name="id">A stable identifier (lower-case ASCII letters, digits and hyphens).</param>
    /// <param name="activityKind">The kind of activity that counts.</param>
    /// <param name="period">The calendar period; <see langword="null"/> is reported.</param>
    /// <param name="minimumCount">The minimum number of activities per period, 1 to <see cref="MaxMinimumCount"/>.</param>
    /// <param name="levels">The levels bound, at least one and each once; a <see langword="null"/> element is reported.</param>
    /// <param name="responsible">Who carries the activities out; <see langword="null"/> is reported.</param>
    /// <param name="workPoint">The numbering of the work point.</param>
    /// <param name="seedText">The seed's sentence.</param>
    /// <param name="obligation">The obligation, or <see langword="null"/> when there are problems.</param>
    /// <param name="problems">
    /// Every problem, empty on success; each in section <c>obligations</c> with the given id and the field at fault
    /// (<c>id</c>, <c>activityKind</c>, <c>period</c>, <c>minimumCount</c>, <c>levels</c> or <c>levels[i]</c>,
    /// <c>units</c>, <c>workPoint</c>, <c>seedText</c>).
    /// </param>
    /// <returns><see langword="true"/> when the obligation was created.</returns>
    public static bool TryCreate(
        string? id,
        string? activityKind,
        ObligationPeriod? period,
        int minimumCount,
        IEnumerable<GovernmentLevel?>? levels,
        Responsibility? responsible,
        string? workPoint,
        string? seedText,
        [NotNullWhen(true)] out RecurringObligation? obligation,
        out ImmutableArray<Problem> problems)
    {
        var found = Check(id, activityKind, period, minimumCount, levels, responsible, workPoint, seedText, out var distinct);
        problems = [.. found];
        obligation = found.Count == 0 ? new RecurringObligation(id!, activityKind!, period!, minimumCount, distinct, responsible!, workPoint!, seedText!) : null;
        return obligation is not null;
    }

    private static List<Problem> Check(string? id, string? activityKind, ObligationPeriod? period, int minimumCount, IEnumerable<GovernmentLevel?>? levels, Responsibility? responsible, string? workPoint, string? seedText, out ImmutableArray<GovernmentLevel> distinct)
    {
        var problems = new List<Problem>();
        void Add(ProblemCode code, string field, LocalizedText message) => problems.Add(Problem.Error(code, new ProblemLocation("obligations", entryId: id, field: field), message));
        void Required(string? value, string field, LocalizedText expected)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Add(DataProblemCodes.MissingValue, field, ResponsibilityTexts.Of("Obligation.Required", field, expected));
            }
        }

        if (!Slug.IsValid(id))
        {
            Add(string.IsNullOrEmpty(id) ? DataProblemCodes.MissingValue : DataProblemCodes.InvalidId, "id", ResponsibilityTexts.Of("Obligation.Id", id, ResponsibilityTexts.Of("Obligation.SlugForm")));
        }

        Required(activityKind, "activityKind", ResponsibilityTexts.Of("Obligation.Expected.ActivityKind"));
        if (period is null)
        {
            Add(DataProblemCodes.MissingValue, "period", ResponsibilityTexts.Of("Obligation.Period", LocalizedText.List(ObligationPeriod.All.Select(p => p.Id))));
        }

        if (minimumCount is < 1 or > MaxMinimumCount)
        {
            Add(DataProblemCodes.OutOfRange, "minimumCount", ResponsibilityTexts.Of("Obligation.MinimumCount", minimumCount, MaxMinimumCount));
        }

        var list = levels?.ToList() ?? [];
        var kept = ImmutableArray.CreateBuilder<GovernmentLevel>();
        for (var i = 0; i < list.Count; i++)
        {
            var field = "levels[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (list[i] is not { } level)
            {
                Add(DataProblemCodes.MissingValue, field, ResponsibilityTexts.Of("Obligation.LevelMissing"));
            }
            else if (kept.Contains(level))
            {
                Add(DataProblemCodes.DuplicateId, field, ResponsibilityTexts.Of("Obligation.LevelTwice", level.Id));
            }
            else
            {
                kept.Add(level);
            }
        }

        if (list.Count == 0)
        {
            Add(DataProblemCodes.MissingValue, "levels", ResponsibilityTexts.Of("Obligation.LevelsMissing", LocalizedText.List(GovernmentLevel.All.Select(l => l.Id))));
        }

        if (responsible is null)
        {
            Add(DataProblemCodes.NoResponsibleParty, "units", ResponsibilityTexts.Of("Obligation.NoResponsible", id));
        }

        Required(workPoint, "workPoint", ResponsibilityTexts.Of("Obligation.Expected.WorkPoint"));
        Required(seedText, "seedText", ResponsibilityTexts.Of("Obligation.Expected.SeedText"));
        distinct = kept.ToImmutable();
        return problems;
    }

    /// <summary>Gets the stable identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the kind of activity that counts, for example <c>open-day</c>.</summary>
    public string ActivityKind { get; }

    /// <summary>Gets the calendar period.</summary>
    public ObligationPeriod Period { get; }

    /// <summary>Gets the minimum number of activities per period.</summary>
    public int MinimumCount { get; }

    /// <summary>Gets the levels of government bound by the obligation.</summary>
    public ImmutableArray<GovernmentLevel> Levels { get; }

    /// <summary>Gets who carries the activities out.</summary>
    public Responsibility Responsible { get; }

    /// <summary>Gets the numbering of the work point that states the obligation.</summary>
    public string WorkPoint { get; }

    /// <summary>Gets the seed's sentence, verbatim (simplified Chinese).</summary>
    public string SeedText { get; }

    /// <summary>
    /// Gets the last day the obligation binds (31 December of its work plan's year), or <see langword="null"/> when
    /// it is open-ended; no period starting after it is owed.
    /// </summary>
    public LocalDate? LastDay { get; private init; }

    /// <summary>Returns this obligation bound only up to <paramref name="lastDay"/>.</summary>
    /// <param name="lastDay">The last day, for example 2024-12-31 for a duty of the 2024 work plan.</param>
    /// <returns>A copy whose <see cref="LastDay"/> is <paramref name="lastDay"/>.</returns>
    [Pure]
    public RecurringObligation Until(LocalDate lastDay) =>
        new(Id, ActivityKind, Period, MinimumCount, Levels, Responsible, WorkPoint, SeedText) { LastDay = lastDay };

    /// <summary>Tells whether a period is owed: it starts on or before <see cref="LastDay"/>, if any.</summary>
    /// <param name="periodStart">The first day of the period.</param>
    /// <returns><see langword="true"/> when the period is owed.</returns>
    [Pure]
    public bool Owes(LocalDate periodStart) => LastDay is not { } last || periodStart <= last;

    /// <summary>Tells whether the obligation binds a level of government.</summary>
    /// <param name="level">The level.</param>
    /// <returns><see langword="true"/> when <see cref="Levels"/> contains it.</returns>
    [Pure]
    public bool Binds(GovernmentLevel level) => Levels.Contains(level);

    /// <summary>
    /// Evaluates every period that overlaps <paramref name="from"/>..<paramref name="asOf"/> against an activity log.
    /// </summary>
    /// <param name="log">The activity log; records of other kinds and records after <paramref name="asOf"/> are ignored.</param>
    /// <param name="from">The first day of interest (for example the start of the plan year); its whole period is evaluated.</param>
    /// <param name="asOf">The as-of date ("today"): periods ending before it are closed, the period containing it is open.</param>
    /// <returns>
    /// One status per owed period (none after <see cref="LastDay"/>), oldest first: <see cref="ObligationStatus.Satisfied"/> when the count reaches the minimum,
    /// <see cref="ObligationStatus.Due"/> for the open period with a short count, <see cref="ObligationStatus.Overdue"/>
    /// for a closed period with a short count.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="log"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="from"/> is after <paramref name="asOf"/>, or a date is not in the ISO calendar.</exception>
    [Pure]
    public ImmutableArray<ObligationPeriodStatus> Evaluate(IEnumerable<ActivityRecord> log, LocalDate from, LocalDate asOf) =>
        EvaluateCore(log, from, asOf, null, 0);

    /// <summary>
    /// Evaluates like <see cref="Evaluate(IEnumerable{ActivityRecord}, LocalDate, LocalDate)"/>, and marks the open period
    /// <see cref="ObligationStatus.AtRisk"/> when its count is short and at most <paramref name="atRiskWorkingDays"/> working
    /// days remain after <paramref name="asOf"/> up to its last day.
    /// </summary>
    /// <param name="log">The activity log; records of other kinds and records after <paramref name="asOf"/> are ignored.</param>
    /// <param name="from">The first day of interest; its whole period is evaluated.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="calendar">The working-day calendar that counts the days left.</param>
    /// <param name="atRiskWorkingDays">The warning window in working days, zero or more.</param>
    /// <returns>
    /// One status per owed period (none after <see cref="LastDay"/>), oldest first; the open period carries <see cref="ObligationPeriodStatus.WorkingDaysLeft"/>
    /// and <see cref="ObligationPeriodStatus.IsProvisional"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="log"/> or <paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="from"/> is after <paramref name="asOf"/>, or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="atRiskWorkingDays"/> is negative.</exception>
    /// <exception cref="CalendarCoverageException">The open period reaches a year the calendar does not cover.</exception>
    [Pure]
    public ImmutableArray<ObligationPeriodStatus> Evaluate(IEnumerable<ActivityRecord> log, LocalDate from, LocalDate asOf, WorkingDayCalendar calendar, int atRiskWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegative(atRiskWorkingDays);
        return EvaluateCore(log, from, asOf, calendar, atRiskWorkingDays);
    }

    private ImmutableArray<ObligationPeriodStatus> EvaluateCore(IEnumerable<ActivityRecord> log, LocalDate from, LocalDate asOf, WorkingDayCalendar? calendar, int atRiskWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (from > asOf)
        {
            throw new ArgumentException($"The start {from:yyyy-MM-dd} is after the as-of date {asOf:yyyy-MM-dd}.", nameof(from));
        }

        var dates = log.Where(r => r.ActivityKind == ActivityKind && r.Date <= asOf).Select(r => r.Date).ToList();
        var result = ImmutableArray.CreateBuilder<ObligationPeriodStatus>();
        for (var period = Period.Containing(from); period.Start <= asOf && Owes(period.Start); period = Period.Containing(period.End.PlusDays(1)))
        {
            var count = dates.Count(period.Contains);
            var open = period.End >= asOf;
            int? left = open && calendar is not null ? calendar.CountWorkingDays(asOf, period.End) : null;
            var provisional = open && calendar is not null && calendar.IsProvisional(asOf, period.End);
            var status = count >= MinimumCount ? ObligationStatus.Satisfied
                : !open ? ObligationStatus.Overdue
                : left <= atRiskWorkingDays ? ObligationStatus.AtRisk
                : ObligationStatus.Due;
            result.Add(new ObligationPeriodStatus(this, period, count, status, asOf, left, provisional));
        }

        return result.DrainToImmutable();
    }

    /// <summary>Evaluates the single period that contains <paramref name="asOf"/>.</summary>
    /// <param name="log">The activity log.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The status of the current period: <see cref="ObligationStatus.Satisfied"/> or <see cref="ObligationStatus.Due"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="log"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period containing <paramref name="asOf"/> starts after <see cref="LastDay"/>: nothing is owed.</exception>
    [Pure]
    public ObligationPeriodStatus EvaluateCurrent(IEnumerable<ActivityRecord> log, LocalDate asOf)
    {
        var statuses = Evaluate(log, asOf, asOf);
        return statuses.IsEmpty
            ? throw new ArgumentOutOfRangeException(nameof(asOf), asOf, $"Obligation '{Id}' ended on {LastDay:yyyy-MM-dd}; nothing is owed on {asOf:yyyy-MM-dd}.")
            : statuses[0];
    }

    /// <summary>Returns the identifier and rule.</summary>
    /// <returns>For example <c>open-day-city: ≥1 open-day per quarter</c>.</returns>
    public override string ToString() => $"{Id}: ≥{MinimumCount} {ActivityKind} per {Period}";
}
