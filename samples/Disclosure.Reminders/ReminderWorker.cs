using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Text;

namespace Disclosure.Reminders;

/// <summary>
/// Every working morning (in the bureau's zone), logs per unit what falls due in the next working days. Reads time only
/// through <see cref="IClock"/> and waits only through <see cref="IDelay"/>, so a test can run a simulated week.
/// </summary>
internal sealed partial class ReminderWorker(ReminderPlanner planner, IClock clock, IDelay delay, ILogger<ReminderWorker> logger) : BackgroundService
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;

    /// <summary>Gets the days a reminder ran on, in order.</summary>
    public List<LocalDate> Runs { get; } = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LocalDate? last = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = planner.NextRun(clock.GetCurrentInstant(), last);
            LogNextRun(Iso.Format(next.Date), next.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture));
            try
            {
                await delay.DelayAsync(next.ToInstant() - clock.GetCurrentInstant(), stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            last = next.Date;
            Run(next.Date);
        }
    }

    /// <summary>Logs one morning's reminders.</summary>
    internal void Run(LocalDate today)
    {
        Runs.Add(today);
        var reminders = planner.Remind(today);
        LogMorning(Iso.Format(today), reminders.Count, planner.WorkingDaysAhead);
        foreach (var unit in reminders)
        {
            var items = unit.DueSoon.Count == 0
                ? "nothing new"
                : string.Join("; ", unit.DueSoon.Select(o => $"{o.Column.Name} {o.Key} by {Iso.Format(o.DueOn)}"));
            LogUnit(Iso.Format(today), unit.Unit, unit.DueSoon.Count, unit.Overdue, items);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Date}: {Units} unit(s) have columns due within {Days} working days or overdue")]
    private partial void LogMorning(string date, int units, int days);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "{Date} {Unit}: {DueSoon} due soon, {Overdue} overdue — {Items}")]
    private partial void LogUnit(string date, string unit, int dueSoon, int overdue, string items);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Next reminder on {Date} at {Time}")]
    private partial void LogNextRun(string date, string time);
}
