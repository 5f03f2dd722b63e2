using System.Collections.Immutable;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Histories;

/// <summary>
/// The outcome of replaying a stored history through the current rules: the rebuilt aggregate, or the index of the first
/// event the rules refuse and why. A refused history is never partly accepted: <see cref="Value"/> is then
/// <see langword="null"/>.
/// </summary>
/// <typeparam name="T">The aggregate rebuilt.</typeparam>
/// <remarks>Equality is reference equality. Immutable and thread-safe when <typeparamref name="T"/> is.</remarks>
public sealed class HistoryReplay<T>
    where T : class
{
    private HistoryReplay(T? value, int refusedIndex, ImmutableArray<Problem> problems)
    {
        Value = value;
        RefusedIndex = refusedIndex;
        Problems = problems;
    }

    /// <summary>Gets a value indicating whether every event was accepted.</summary>
    public bool IsAccepted => Value is not null;

    /// <summary>Gets the rebuilt aggregate, or <see langword="null"/> when an event was refused.</summary>
    public T? Value { get; }

    /// <summary>Gets the 0-based index of the first refused event, or -1 when every event was accepted.</summary>
    public int RefusedIndex { get; }

    /// <summary>
    /// Gets why the event was refused: <see cref="HistoryProblemCodes.EventRefused"/> located at section <c>events</c>
    /// and <see cref="RefusedIndex"/>, naming the rules (their codes and messages), or
    /// <see cref="HistoryProblemCodes.PolicyMismatch"/>. An accepted replay may carry warnings here (a review case replayed
    /// under another policy version than it was recorded under); empty otherwise.
    /// </summary>
    public ImmutableArray<Problem> Problems { get; }

    /// <summary>Gets the aggregate, or throws when an event was refused.</summary>
    /// <returns>The aggregate.</returns>
    /// <exception cref="InvalidOperationException">An event was refused (the message names it).</exception>
    public T GetValueOrThrow() => Value ?? throw new InvalidOperationException("The history was refused: " + string.Join("; ", Problems));

    internal static HistoryReplay<T> Accepted(T value, params Problem[] warnings) => new(value, -1, [.. warnings]);

    internal static HistoryReplay<T> Refused(int index, Problem problem) => new(null, index, [problem]);

    /// <inheritdoc/>
    public override string ToString() => IsAccepted ? "accepted" : $"refused at event {RefusedIndex}: {Problems[0].Message}";
}
