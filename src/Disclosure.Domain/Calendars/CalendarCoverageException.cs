using System.Diagnostics.Contracts;
using System.Globalization;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Calendars;

/// <summary>
/// Thrown when an answer needs a year that the working-day calendar does not know: a year whose official
/// holiday arrangement is not loaded and that the calendar does not project.
/// </summary>
/// <remarks>
/// The message names the year, the years the calendar covers, and how to supply the missing year: the title of the notice
/// to look for, the <c>disclosure calendar import</c> command that turns its text into data, and how to load it:
/// <see cref="Exception.Message"/> in neutral English, <see cref="GetMessage"/> in the reader's language.
/// </remarks>
public sealed class CalendarCoverageException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="CalendarCoverageException"/> class.</summary>
    /// <param name="year">The year the calendar does not cover.</param>
    /// <param name="coverage">What the calendar covers.</param>
    public CalendarCoverageException(int year, CalendarCoverage coverage)
        : base(BuildMessage(year, coverage).ToString())
    {
        Year = year;
        Coverage = coverage;
    }

    /// <summary>Gets the year the calendar does not cover.</summary>
    public int Year { get; }

    /// <summary>Gets what the calendar covers.</summary>
    public CalendarCoverage Coverage { get; }

    /// <summary>Gets the message for people to read, in the language of <paramref name="culture"/> (<see cref="Exception.Message"/> is the neutral English).</summary>
    /// <param name="culture">
    /// The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>. Chinese cultures (zh-CN,
    /// zh-Hans, zh-SG) get Simplified Chinese, every other culture English.
    /// </param>
    /// <returns>The message, for example <c>工作日日历没有2027年的官方放假安排……</c>.</returns>
    [Pure]
    public string GetMessage(CultureInfo? culture = null) => BuildMessage(Year, Coverage).Format(culture);

    private static LocalizedText BuildMessage(int year, CalendarCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        var head = CalendarTexts.Text("Coverage.Head", year, coverage.Describe());
        if (year < StatutoryHolidays.FirstYear)
        {
            return CalendarTexts.Text("Coverage.Two", head, CalendarTexts.Text("Coverage.BeforeFirst", StatutoryHolidays.FirstYear));
        }

        if (year > StatutoryHolidays.LastYear)
        {
            return CalendarTexts.Text("Coverage.Two", head, CalendarTexts.Text("Coverage.AfterLast", StatutoryHolidays.LastYear));
        }

        return CalendarTexts.Text(
            "Coverage.Three",
            head,
            CalendarTexts.Text("Coverage.HowToAdd", year, year - 1),
            coverage.ProjectsUnpublishedYears ? string.Empty : CalendarTexts.Text("Coverage.OrProject"));
    }
}
