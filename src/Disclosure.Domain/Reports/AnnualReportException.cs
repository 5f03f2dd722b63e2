using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Reports;

/// <summary>
/// Thrown when an annual report or its records cannot be read or counted; <see cref="ProblemException.Problems"/> lists every
/// problem at once, with codes of <see cref="AnnualReportProblemCodes"/>.
/// </summary>
public sealed class AnnualReportException : ProblemException
{
    /// <summary>Initializes a new instance of the <see cref="AnnualReportException"/> class.</summary>
    /// <param name="summary">What could not be done, for example <c>The request register does not load</c>.</param>
    /// <param name="problems">The problems, at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> or <paramref name="problems"/> is <see langword="null"/>.</exception>
    public AnnualReportException(string summary, IEnumerable<Problem> problems)
        : base(summary, problems)
    {
    }

    /// <summary>Initializes a new instance with a summary in both languages (the library's own).</summary>
    internal AnnualReportException(LocalizedText summary, IEnumerable<Problem> problems)
        : base(summary, problems)
    {
    }
}
