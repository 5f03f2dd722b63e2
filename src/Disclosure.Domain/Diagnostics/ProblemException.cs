using System.Collections.Immutable;

namespace Disclosure.Domain.Diagnostics;

/// <summary>
/// The base of the exceptions thrown for bad input data (<c>CalendarDataException</c>, <c>InvalidCatalogException</c>,
/// <c>ReviewPolicyConfigurationException</c>, <c>RulePackException</c>): each carries every problem found at once.
/// </summary>
/// <remarks>Catch this type to handle any of them alike; the message lists every problem, one a line.</remarks>
public abstract class ProblemException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ProblemException"/> class.</summary>
    /// <param name="summary">What could not be built, for example <c>The rule pack does not load</c>.</param>
    /// <param name="problems">The problems, at least one; they are kept errors first, each group in the order given.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> or <paramref name="problems"/> is <see langword="null"/>.</exception>
    protected ProblemException(string summary, IEnumerable<Problem> problems, Exception? innerException = null)
        : this(summary, Order(problems), innerException)
    {
    }

    private ProblemException(string summary, ImmutableArray<Problem> problems, Exception? innerException)
        : base(BuildMessage(summary, problems), innerException) => Problems = problems;

    /// <summary>Gets every problem found: errors first, then warnings.</summary>
    public ImmutableArray<Problem> Problems { get; }

    /// <summary>Gets only the errors.</summary>
    public ImmutableArray<Problem> Errors => [.. Problems.Where(p => p.Severity == ProblemSeverity.Error)];

    private static ImmutableArray<Problem> Order(IEnumerable<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var all = problems.ToList();
        return [.. all.Where(p => p.Severity == ProblemSeverity.Error), .. all.Where(p => p.Severity != ProblemSeverity.Error)];
    }

    private static string BuildMessage(string summary, ImmutableArray<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var errors = problems.Count(p => p.Severity == ProblemSeverity.Error);
        return $"{summary} ({errors} error{(errors == 1 ? string.Empty : "s")}):" + Environment.NewLine
            + string.Join(Environment.NewLine, problems.Select(p => p.ToString()));
    }
}
