using NodaTime;

namespace Disclosure.Reminders;

/// <summary>Waits for a duration: the seam that lets a test run a simulated week in milliseconds.</summary>
internal interface IDelay
{
    /// <summary>Completes after <paramref name="duration"/> (or when cancelled).</summary>
    Task DelayAsync(Duration duration, CancellationToken cancellationToken);
}

/// <summary>The real delay: <see cref="Task.Delay(TimeSpan, CancellationToken)"/>.</summary>
internal sealed class TaskDelay : IDelay
{
    public Task DelayAsync(Duration duration, CancellationToken cancellationToken) =>
        duration <= Duration.Zero ? Task.CompletedTask : Task.Delay(duration.ToTimeSpan(), cancellationToken);
}
