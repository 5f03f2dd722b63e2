namespace Disclosure.Domain.Calendars;

/// <summary>
/// Thrown when an answer needs a year that the working-day calendar does not know: a year whose official
/// holiday arrangement is not loaded and that the calendar does not project.
/// </summary>
/// <remarks>The message names the year, the years the calendar covers, and how to supply the missing year.</remarks>
public sealed class CalendarCoverageException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="CalendarCoverageException"/> class.</summary>
    /// <param name="year">The year the calendar does not cover.</param>
    /// <param name="coverage">What the calendar covers.</param>
    public CalendarCoverageException(int year, CalendarCoverage coverage)
        : base(BuildMessage(year, coverage))
    {
        ArgumentNullException.ThrowIfNull(coverage);
        Year = year;
        Coverage = coverage;
    }

    /// <summary>Gets the year the calendar does not cover.</summary>
    public int Year { get; }

    /// <summary>Gets what the calendar covers.</summary>
    public CalendarCoverage Coverage { get; }

    private static string BuildMessage(int year, CalendarCoverage coverage) =>
        $"The working-day calendar has no official holiday arrangement for {year} (it covers {coverage}). " +
        $"Load the State Council's arrangement for {year} with WorkingDayCalendar.WithData(...) once it is published, " +
        "or opt in to a provisional projection with WithProjection().";
}
