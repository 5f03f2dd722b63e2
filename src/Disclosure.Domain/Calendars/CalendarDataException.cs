using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Calendars;

/// <summary>Thrown when calendar data (JSON, or local holidays given as values) is malformed or contradictory; nothing of the data is loaded.</summary>
/// <remarks>
/// <see cref="ProblemException.Problems"/> lists every problem found, each located at its entry (<c>years[0]</c>,
/// <c>localHolidays[2]</c>) and field, with the year and date it concerns in the message.
/// </remarks>
public sealed class CalendarDataException : ProblemException
{
    /// <summary>Initializes a new instance of the <see cref="CalendarDataException"/> class.</summary>
    /// <param name="problems">The problems found, at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <see langword="null"/>.</exception>
    public CalendarDataException(IEnumerable<Problem> problems)
        : base(CalendarTexts.Text("Data.Invalid"), problems)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CalendarDataException"/> class for a JSON syntax or shape error.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="innerException">The JSON reader's exception.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is <see langword="null"/>.</exception>
    public CalendarDataException(Problem problem, Exception innerException)
        : base(CalendarTexts.Text("Data.Invalid"), [problem ?? throw new ArgumentNullException(nameof(problem))], innerException)
    {
    }
}
