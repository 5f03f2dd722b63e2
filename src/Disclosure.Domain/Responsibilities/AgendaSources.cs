using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Disclosure.Domain.Calendars;
using NodaTime;

namespace Disclosure.Domain.Responsibilities;

/// <summary>Factories for the built-in <see cref="IAgendaSource"/> implementations.</summary>
/// <remarks>This class is stateless and thread-safe; the sources it returns are immutable and thread-safe.</remarks>
public static class AgendaSources
{
    /// <summary>
    /// Creates a source of recurring-obligation periods: for each obligation that binds <paramref name="level"/> and
    /// involves the unit, one item per period whose last day falls in the range, due on that day, with its status on the
    /// as-of date (a period that starts after the as-of date is <see cref="ObligationStatus.Due"/> with nothing counted).
    /// </summary>
    /// <param name="obligations">The obligations, for example <c>RulePack.XuanchengCivilAffairs2024.Obligations</c>.</param>
    /// <param name="log">The activity log of the body the unit belongs to.</param>
    /// <param name="level">The level of government of that body.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    [Pure]
    public static IAgendaSource RecurringObligations(IEnumerable<RecurringObligation> obligations, IEnumerable<ActivityRecord> log, GovernmentLevel level)
    {
        ArgumentNullException.ThrowIfNull(obligations);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(level);
        return new RecurringObligationSource([.. obligations], [.. log], level, null, 0);
    }

    /// <summary>
    /// Creates a source of recurring-obligation periods like
    /// <see cref="RecurringObligations(IEnumerable{RecurringObligation}, IEnumerable{ActivityRecord}, GovernmentLevel)"/>, whose open
    /// period is <see cref="ObligationStatus.AtRisk"/> when short and at most <paramref name="atRiskWorkingDays"/> working days remain.
    /// </summary>
    /// <param name="obligations">The obligations.</param>
    /// <param name="log">The activity log of the body the unit belongs to.</param>
    /// <param name="level">The level of government of that body.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="atRiskWorkingDays">The warning window in working days, zero or more.</param>
    /// <returns>The source; its items carry <see cref="AgendaItem.IsProvisional"/> when the calendar projected a year.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="atRiskWorkingDays"/> is negative.</exception>
    [Pure]
    public static IAgendaSource RecurringObligations(IEnumerable<RecurringObligation> obligations, IEnumerable<ActivityRecord> log, GovernmentLevel level, WorkingDayCalendar calendar, int atRiskWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(obligations);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(level);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegative(atRiskWorkingDays);
        return new RecurringObligationSource([.. obligations], [.. log], level, calendar, atRiskWorkingDays);
    }

    private sealed class RecurringObligationSource(ImmutableArray<RecurringObligation> obligations, ImmutableArray<ActivityRecord> log, GovernmentLevel level, WorkingDayCalendar? calendar, int atRiskWorkingDays) : IAgendaSource
    {
        public IEnumerable<AgendaItem> ItemsFor(OrgChart chart, UnitId unit, DateInterval range, LocalDate asOf)
        {
            ArgumentNullException.ThrowIfNull(chart);
            ArgumentNullException.ThrowIfNull(range);
            foreach (var obligation in obligations.Where(o => o.Binds(level)))
            {
                var involvement = chart.Involvement(obligation.Responsible, unit);
                if (involvement == UnitInvolvement.None)
                {
                    continue;
                }

                for (var period = obligation.Period.Containing(range.Start); period.Start <= range.End; period = obligation.Period.Containing(period.End.PlusDays(1)))
                {
                    if (!range.Contains(period.End) || !obligation.Owes(period.Start))
                    {
                        continue;
                    }

                    var status = period.Start > asOf ? null
                        : calendar is null ? obligation.Evaluate(log, period.Start, asOf)[0]
                        : obligation.Evaluate(log, period.Start, asOf, calendar, atRiskWorkingDays)[0];
                    var count = status?.Count ?? 0;
                    yield return AgendaItem.Localized(
                        unit,
                        period.End,
                        AgendaItemKind.RecurringObligation,
                        obligation.Id,
                        ResponsibilityTexts.Of("Agenda.Obligation", obligation.Period.Label(period), obligation.Id, obligation.MinimumCount, obligation.ActivityKind, count, obligation.WorkPoint, obligation.SeedText),
                        involvement,
                        status?.Status ?? ObligationStatus.Due,
                        status?.IsProvisional ?? false);
                }
            }
        }
    }
}
