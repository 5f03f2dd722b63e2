using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace Disclosure.Domain.Diagnostics;

/// <summary>
/// The base of the exceptions thrown for bad input data (<c>CalendarDataException</c>, <c>InvalidCatalogException</c>,
/// <c>ReviewPolicyConfigurationException</c>, <c>RulePackException</c>): each carries every problem found at once.
/// </summary>
/// <remarks>
/// Catch this type to handle any of them alike; the message lists every problem, one a line, in neutral English (for
/// logs). For people, <see cref="GetMessage"/> gives the same in their language.
/// </remarks>
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

    /// <summary>Initializes a new instance with a summary that has both languages.</summary>
    private protected ProblemException(LocalizedText summary, IEnumerable<Problem> problems, Exception? innerException = null)
        : this(summary.ToString(), Order(problems), innerException) => _summary = summary;

    private ProblemException(string summary, ImmutableArray<Problem> problems, Exception? innerException)
        : base(BuildMessage(summary, problems), innerException)
    {
        Problems = problems;
        _summaryText = summary;
    }

    private readonly string _summaryText;
    private readonly LocalizedText? _summary;

    /// <summary>Gets every problem found: errors first, then warnings.</summary>
    public ImmutableArray<Problem> Problems { get; }

    /// <summary>Gets only the errors.</summary>
    public ImmutableArray<Problem> Errors => [.. Problems.Where(p => p.Severity == ProblemSeverity.Error)];

    /// <summary>Gets the message for people to read: the summary and every problem, one a line, in the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The message, for example <c>规则包无法加载（1 个错误）：</c> and a line per problem.</returns>
    [Pure]
    public string GetMessage(CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        var errors = Problems.Count(p => p.Severity == ProblemSeverity.Error);
        var summary = _summary?.Format(culture) ?? _summaryText;
        var header = string.Format(CultureInfo.InvariantCulture, LocalizedText.Common(errors == 1 ? "Problems.Summary.One" : "Problems.Summary.Other", culture), summary, errors);
        return header + Environment.NewLine + string.Join(Environment.NewLine, Problems.Select(p => p.Format(culture)));
    }

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
