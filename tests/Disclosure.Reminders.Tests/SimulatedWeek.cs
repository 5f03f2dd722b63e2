using System.Collections.Concurrent;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.RulePacks;
using Disclosure.Domain.Scheduling;
using Disclosure.Domain.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime.Testing;

namespace Disclosure.Reminders.Tests;

/// <summary>A delay that moves the fake clock instead of waiting, and stops the worker once the clock passes an end.</summary>
internal sealed class FakeClockDelay(FakeClock clock, Instant end, CancellationTokenSource stop) : IDelay
{
    public Task DelayAsync(Duration duration, CancellationToken cancellationToken)
    {
        var target = clock.GetCurrentInstant() + (duration > Duration.Zero ? duration : Duration.Zero);
        if (target >= end)
        {
            clock.Reset(end);
            stop.Cancel();
            return Task.FromCanceled(stop.Token);
        }

        clock.Reset(target);
        return Task.CompletedTask;
    }
}

/// <summary>Collects what the worker logs.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    public ConcurrentQueue<(LogLevel Level, string Message)> Entries { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Enqueue((logLevel, formatter(state, exception)));
}

/// <summary>Runs the reminder worker from one instant to another on a fake clock.</summary>
internal static class SimulatedWeek
{
    internal static async Task<(ReminderWorker Worker, ListLogger<ReminderWorker> Log)> RunAsync(
        LocalDate from, LocalDate to, WorkingDayCalendar? calendar = null, DisclosureCatalog? catalog = null, PublicationLog? log = null)
    {
        var clock = TestClocks.At(from, new LocalTime(0, 0));
        using var stop = new CancellationTokenSource();
        var delay = new FakeClockDelay(clock, to.AtMidnight().InZoneLeniently(TestClocks.Shanghai).ToInstant(), stop);
        var planner = new ReminderPlanner(
            calendar ?? WorkingDayCalendar.ChinaMainland,
            catalog ?? RulePack.XuanchengCivilAffairs2024.Catalog,
            RulePack.XuanchengCivilAffairs2024.OrgChart,
            log ?? PublicationLog.Empty,
            Options.Create(new ReminderOptions()));
        var logger = new ListLogger<ReminderWorker>();
        var worker = new ReminderWorker(planner, clock, delay, logger);

        await worker.StartAsync(stop.Token);
        await worker.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        return (worker, logger);
    }
}
