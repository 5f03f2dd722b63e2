using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Review;

namespace Disclosure.Domain.Testing;

/// <content>Assertions about review policies.</content>
public static partial class DomainAssert
{
    /// <summary>Asserts that the fixture's policy accepts every step of <paramref name="steps"/>, in order.</summary>
    /// <param name="fixture">The fixture (policy, people, start time).</param>
    /// <param name="steps">The sequence.</param>
    /// <returns>The case after the last step.</returns>
    /// <exception cref="DomainAssertionException">A step is refused; the message names it and its violations.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="fixture"/> or <paramref name="steps"/> is <see langword="null"/>.</exception>
    public static ReviewCase PolicyAllows(ReviewFixture fixture, IEnumerable<ReviewStep> steps)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(steps);
        var list = steps.ToList();
        var (result, index) = fixture.Run(list);
        if (!result.IsSuccess)
        {
            throw new DomainAssertionException(
                $"Expected {fixture.Policy.Name} to allow the sequence, but it refused step {index + 1} ({list[index].Description}): {Violations(result)}.");
        }

        return result.Value;
    }

    /// <summary>
    /// Asserts that the fixture's policy accepts every step of <paramref name="steps"/> but the last, and refuses the last
    /// with <paramref name="code"/> (among possibly others).
    /// </summary>
    /// <param name="fixture">The fixture (policy, people, start time).</param>
    /// <param name="steps">The sequence.</param>
    /// <param name="code">The violation the last step must produce.</param>
    /// <exception cref="DomainAssertionException">
    /// An earlier step is refused, the last step is accepted, or it is refused for other reasons only.
    /// </exception>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void PolicyRefuses(ReviewFixture fixture, IEnumerable<ReviewStep> steps, ProblemCode code)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(code);
        var list = steps.ToList();
        var (result, index) = fixture.Run(list);
        var last = list.Count - 1;
        if (!result.IsSuccess && index < last)
        {
            throw new DomainAssertionException(
                $"Expected {fixture.Policy.Name} to refuse the last step ({list[last].Description}) with {code.Id}, but it already refused step {index + 1} ({list[index].Description}): {Violations(result)}.");
        }

        if (result.IsSuccess)
        {
            throw new DomainAssertionException(
                $"Expected {fixture.Policy.Name} to refuse {list[last].Description} with {code.Id} ({code.Title}), but it allowed it.");
        }

        if (!result.Violations.Any(v => v.Code == code))
        {
            throw new DomainAssertionException(
                $"Expected {fixture.Policy.Name} to refuse {list[last].Description} with {code.Id} ({code.Title}), but it refused it with {Violations(result)}.");
        }
    }

    private static string Violations(ReviewResult<ReviewCase> result) =>
        string.Join("; ", result.Violations.Select(v => $"{v.Code.Id} {v.Message}"));
}
