using System.Collections.Immutable;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Calendars;

/// <summary>
/// What <see cref="CalendarNotice.Parse"/> read from a year's notice (and its amendments): the year's arrangement, or
/// every problem found, each with the line it came from. Never both.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CalendarNoticeResult
{
    internal CalendarNoticeResult(YearArrangement? arrangement, ImmutableArray<Problem> problems)
    {
        Arrangement = problems.IsEmpty ? arrangement : null;
        Problems = problems;
    }

    /// <summary>Gets a value indicating whether the texts were read and agree with the law: <see cref="Arrangement"/> is set and there are no problems.</summary>
    public bool Success => Arrangement is not null;

    /// <summary>Gets the year's arrangement, with every notice that shaped it in <see cref="YearArrangement.Notices"/>; <see langword="null"/> when there are problems.</summary>
    public YearArrangement? Arrangement { get; }

    /// <summary>
    /// Gets every problem found, in text order; empty on success. Each is located at its text (<see cref="ProblemLocation.Section"/>
    /// <c>notice</c>, or <c>amendments</c> with the amendment's 0-based <see cref="ProblemLocation.Index"/>) and its 1-based
    /// <see cref="ProblemLocation.Line"/> (0 for the notice as a whole); codes are <see cref="NoticeProblemCodes"/>.
    /// </summary>
    public ImmutableArray<Problem> Problems { get; }

    /// <summary>
    /// Writes the arrangement in the calendar data format (README, "Calendar data format") that
    /// <see cref="WorkingDayCalendar.WithData"/> and the CLI's <c>--calendar-data</c> load.
    /// </summary>
    /// <param name="name">The data file's name, for example <c>2027 arrangement</c>; by default the notice's title.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="InvalidOperationException">The result has problems (check <see cref="Success"/> first).</exception>
    public string ToCalendarData(string? name = null)
    {
        var arrangement = Arrangement
            ?? throw new InvalidOperationException($"The notice could not be read ({Problems.Length} problems); there is no arrangement to write.");
        return CalendarDataWriter.Write(name ?? arrangement.Source, [arrangement]);
    }
}
