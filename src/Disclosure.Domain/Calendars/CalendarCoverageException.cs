namespace Disclosure.Domain.Calendars;

/// <summary>
/// Thrown when an answer needs a year that the working-day calendar does not know: a year whose official
/// holiday arrangement is not loaded and that the calendar does not project.
/// </summary>
/// <remarks>
/// The message names the year, the years the calendar covers, and how to supply the missing year: the title of the notice
/// to look for, the <c>disclosure calendar import</c> command that turns its text into data, and how to load it.
/// </remarks>
public sealed class CalendarCoverageException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="CalendarCoverageException"/> class.</summary>
    /// <param name="year">The year the calendar does not cover.</param>
    /// <param name="coverage">What the calendar covers.</param>
    public CalendarCoverageException(int year, CalendarCoverage coverage)
        : base(BuildMessage(year, coverage))
    {
        Year = year;
        Coverage = coverage;
    }

    /// <summary>Gets the year the calendar does not cover.</summary>
    public int Year { get; }

    /// <summary>Gets what the calendar covers.</summary>
    public CalendarCoverage Coverage { get; }

    private static string BuildMessage(int year, CalendarCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        var head = $"The working-day calendar has no official holiday arrangement for {year} (it covers {coverage}). ";
        if (year < StatutoryHolidays.FirstYear)
        {
            return head + $"Years before {StatutoryHolidays.FirstYear} are not supported: the holidays of 《全国年节及纪念日放假办法》 before its 2007 revision (in force 2008-01-01) are not encoded.";
        }

        if (year > StatutoryHolidays.LastYear)
        {
            return head + $"Years after {StatutoryHolidays.LastYear} are not supported, not even as a projection.";
        }

        return head +
            $"To add it, take the text of 国务院办公厅关于{year}年部分节假日安排的通知 (gov.cn publishes it each autumn, usually in November {year - 1}), " +
            $"run `disclosure calendar import notice.txt --out {year}.json` (in code: CalendarNotice.Parse(text).ToCalendarData()) " +
            $"and load the file with --calendar-data {year}.json or WorkingDayCalendar.WithData(...). " +
            (coverage.ProjectsUnpublishedYears ? string.Empty : "Or opt in to a provisional projection with WithProjection() (--provisional).");
    }
}
