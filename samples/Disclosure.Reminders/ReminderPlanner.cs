using Disclosure.Domain.Calendars;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Scheduling;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace Disclosure.Reminders;

/// <summary>
/// Decides when the next reminder runs (the next working morning in the bureau's zone) and what it says (for each unit
/// of the org chart, what it shares that falls due within the next working days, and what is already overdue — the same
/// answer as <c>disclosure due --unit</c> and the web API, through <see cref="DueReport.Involving"/>). Pure: no clock.
/// </summary>
internal sealed class ReminderPlanner
{
    private readonly DueDateCalculator calculator;

    public ReminderPlanner(WorkingDayCalendar calendar, DisclosureCatalog catalog, OrgChart chart, PublicationLog log, IOptions<ReminderOptions> options)
    {
        Calendar = calendar;
        Catalog = catalog;
        Chart = chart;
        Log = log;
        var settings = options.Value;
        MorningTime = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(settings.MorningTime).GetValueOrThrow();
        WorkingDaysAhead = settings.WorkingDaysAhead;
        Zone = DateTimeZoneProviders.Tzdb[settings.TimeZone];
        calculator = new DueDateCalculator(calendar);
    }

    public WorkingDayCalendar Calendar { get; }

    public DisclosureCatalog Catalog { get; }

    public OrgChart Chart { get; }

    public PublicationLog Log { get; }

    public LocalTime MorningTime { get; }

    public int WorkingDaysAhead { get; }

    public DateTimeZone Zone { get; }

    /// <summary>The first working morning at or after <paramref name="now"/> on a day after <paramref name="lastRun"/>.</summary>
    public ZonedDateTime NextRun(Instant now, LocalDate? lastRun)
    {
        var local = now.InZone(Zone);
        var day = local.TimeOfDay <= MorningTime ? local.Date : local.Date.PlusDays(1);
        if (lastRun is { } last && day <= last)
        {
            day = last.PlusDays(1);
        }

        day = Calendar.NextWorkingDay(day);
        return day.At(MorningTime).InZoneLeniently(Zone);
    }

    /// <summary>What each unit must publish soon (or is late with) on a working day, in chart order; a shared column counts for each unit it involves.</summary>
    public IReadOnlyList<UnitReminder> Remind(LocalDate today)
    {
        var horizon = Calendar.AddWorkingDays(today, WorkingDaysAhead);
        var report = calculator.Evaluate(Catalog, Log, today)
            .Where(o => o.Status == ObligationStatus.Overdue || (o.Status == ObligationStatus.Due && o.DueOn <= horizon));
        return [.. Chart.Units
            .Select(unit => (unit.Name, Mine: report.Involving(Chart, unit.Id).Obligations))
            .Select(x => new UnitReminder(
                x.Name,
                [.. x.Mine.Where(o => o.Status == ObligationStatus.Due).OrderBy(o => o.DueOn).ThenBy(o => o.Column.SeedRow)],
                x.Mine.Count(o => o.Status == ObligationStatus.Overdue)))
            .Where(u => u.DueSoon.Count > 0 || u.Overdue > 0)];
    }
}

/// <summary>One unit's reminder: what falls due within the horizon, and how many obligations are overdue.</summary>
internal sealed record UnitReminder(string Unit, IReadOnlyList<Obligation> DueSoon, int Overdue);
