using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Disclosure.Domain.Review;

/// <summary>The outcome of a command: either the new state, or the violations that stopped it (then nothing changed).</summary>
/// <typeparam name="T">The state type, <see cref="ReviewCase"/> or <see cref="CleanupCampaign"/>.</typeparam>
/// <remarks>Equality is by reference. Immutable and thread-safe.</remarks>
public sealed class ReviewResult<T>
    where T : class
{
    private readonly T? _value;

    private ReviewResult(T? value, ImmutableArray<ReviewViolation> violations)
    {
        _value = value;
        Violations = violations;
    }

    /// <summary>Gets a value indicating whether the command succeeded.</summary>
    [MemberNotNullWhen(true, nameof(ValueOrNull))]
    public bool IsSuccess => _value is not null;

    /// <summary>Gets the new state, or <see langword="null"/> when the command failed.</summary>
    public T? ValueOrNull => _value;

    /// <summary>Gets the new state.</summary>
    /// <exception cref="InvalidOperationException">The command failed; the message lists the violations.</exception>
    public T Value => _value ?? throw new InvalidOperationException("The command failed: " + string.Join("; ", Violations));

    /// <summary>Gets the violations; empty when the command succeeded.</summary>
    public ImmutableArray<ReviewViolation> Violations { get; }

    /// <summary>Returns <c>OK</c> or the violation codes.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => IsSuccess ? "OK" : string.Join(", ", Violations.Select(v => v.Code.Id));

    internal static ReviewResult<T> Success(T value) => new(value, []);

    internal static ReviewResult<T> Failure(IEnumerable<ReviewViolation> violations) => new(null, [.. violations]);

    internal static ReviewResult<T> Failure(ReviewViolation violation) => new(null, [violation]);
}
