using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Histories;

/// <summary>
/// A stored history that cannot be read: too large, not JSON, a wrong type, an unknown or newer format version, a missing
/// or invalid value, or a broken evidence chain. The only exception the history readers throw for bad input; no partial
/// history is returned. <see cref="ProblemException.Problems"/> lists each problem with where it is (for an event, the
/// section <c>events</c> and the event's index).
/// </summary>
public sealed class HistoryException : ProblemException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">The problems; at least one is an error.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <see langword="null"/>.</exception>
    public HistoryException(IEnumerable<Problem> problems)
        : base(HistoryTexts.Text("History.Invalid"), problems)
    {
    }
}
