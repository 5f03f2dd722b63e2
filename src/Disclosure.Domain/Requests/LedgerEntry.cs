using System.Collections.Immutable;
using Disclosure.Domain.Calendars;

namespace Disclosure.Domain.Requests;

/// <summary>One day of a <see cref="RequestLedger"/>: what the day is, whether it counted, why, and the running count.</summary>
/// <remarks>Immutable and thread-safe. Equality is reference equality.</remarks>
public sealed class LedgerEntry
{
    internal LedgerEntry(CalendarDay day, LedgerReason reason, int runningCount, bool isPaused, string explanation, ImmutableArray<string> notes)
    {
        Date = day.Date;
        Kind = day.Kind;
        Festival = day.Festival;
        IsProvisional = day.IsProvisional;
        Reason = reason;
        RunningCount = runningCount;
        IsPaused = isPaused;
        Explanation = explanation;
        Notes = notes;
    }

    /// <summary>Gets the day.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets what the calendar says the day is.</summary>
    public DayKind Kind { get; }

    /// <summary>Gets the festival of the holiday block the day belongs to, if any.</summary>
    public Festival? Festival { get; }

    /// <summary>Gets a value indicating whether the calendar projected the day's year (unpublished).</summary>
    public bool IsProvisional { get; }

    /// <summary>Gets why the day counted or not.</summary>
    public LedgerReason Reason { get; }

    /// <summary>Gets a value indicating whether the day counted toward the answer period.</summary>
    public bool Counted => Reason.Counted;

    /// <summary>Gets the counted working days from the start of the clock through this day.</summary>
    public int RunningCount { get; }

    /// <summary>Gets a value indicating whether the day lies within a consultation pause (whatever kind of day it is).</summary>
    public bool IsPaused { get; }

    /// <summary>Gets the reason in words, with the festival and the consultations named, for example <c>statutory holiday 国庆节 (National Day)</c>.</summary>
    public string Explanation { get; }

    /// <summary>Gets what happened on the day (events recorded) and which deadlines fall on it.</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>Returns the date, reason and running count.</summary>
    /// <returns>For example <c>2025-10-09 workday 3</c>.</returns>
    public override string ToString() => $"{Iso.Format(Date)} {Reason.Id} {RunningCount}";
}
