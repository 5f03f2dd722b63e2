using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Disclosure.Domain.Calendars;
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
    /// <summary>Creates an obligation.</summary>
    /// <param name="id">A stable identifier, for example <c>open-day-city</c>.</param>
    /// <param name="activityKind">The kind of activity that counts, for example <c>open-day</c>.</param>
    /// <param name="period">The calendar period.</param>
    /// <param name="minimumCount">The minimum number of activities per period, at least 1.</param>
    /// <param name="levels">The levels of government bound by the obligation, at least one.</param>
    /// <param name="responsible">Who carries the activities out.</param>
    /// <param name="workPoint">The numbering of the work point that states the obligation, for example 二(一)2.</param>
    /// <param name="seedText">The sentence of the seed that states the obligation, verbatim.</param>
    /// <exception cref="ArgumentException">A text is empty, <paramref name="minimumCount"/> is less than 1, or <paramref name="levels"/> is empty or repeats a level.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="period"/>, <paramref name="levels"/> or <paramref name="responsible"/> is <see langword="null"/>.</exception>
    public RecurringObligation(string id, string activityKind, ObligationPeriod period, int minimumCount, IEnumerable<GovernmentLevel> levels, Responsibility responsible, string workPoint, string seedText)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityKind);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(levels);
        ArgumentNullException.ThrowIfNull(responsible);
        ArgumentException.ThrowIfNullOrWhiteSpace(workPoint);
        ArgumentException.ThrowIfNullOrWhiteSpace(seedText);
        if (minimumCount < 1)
        {
            throw new ArgumentException($"The minimum count must be at least 1, not {minimumCount}.", nameof(minimumCount));
        }

        Levels = [.. levels];
        if (Levels.IsEmpty || Levels.Any(l => l is null) || Levels.Distinct().Count() != Levels.Length)
        {
            throw new ArgumentException("Give one or more distinct levels.", nameof(levels));
        }

        Id = id;
        ActivityKind = activityKind;
        Period = period;
        MinimumCount = minimumCount;
        Responsible = responsible;
        WorkPoint = workPoint;
        SeedText = seedText;
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
    /// One status per period, oldest first: <see cref="ObligationStatus.Satisfied"/> when the count reaches the minimum,
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
    /// One status per period, oldest first; the open period carries <see cref="ObligationPeriodStatus.WorkingDaysLeft"/>
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
        for (var period = Period.Containing(from); period.Start <= asOf; period = Period.Containing(period.End.PlusDays(1)))
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
    [Pure]
    public ObligationPeriodStatus EvaluateCurrent(IEnumerable<ActivityRecord> log, LocalDate asOf) => Evaluate(log, asOf, asOf)[0];

    /// <summary>Returns the identifier and rule.</summary>
    /// <returns>For example <c>open-day-city: ≥1 open-day per quarter</c>.</returns>
    public override string ToString() => $"{Id}: ≥{MinimumCount} {ActivityKind} per {Period}";
}
