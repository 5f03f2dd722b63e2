using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Requests;

/// <summary>One day of a <see cref="RequestLedger"/>: what the day is, whether it counted, why, and the running count.</summary>
/// <remarks>Immutable and thread-safe. Equality is reference equality.</remarks>
public sealed class LedgerEntry
{
    internal LedgerEntry(CalendarDay day, LedgerReason reason, int runningCount, bool isPaused, LocalizedText explanation, ImmutableArray<LocalizedText> notes)
    {
        _explanation = explanation;
        _notes = notes;
        Date = day.Date;
        Kind = day.Kind;
        Festival = day.Festival;
        IsProvisional = day.IsProvisional;
        Reason = reason;
        RunningCount = runningCount;
        IsPaused = isPaused;
        Explanation = explanation.ToString();
        Notes = [.. notes.Select(n => n.ToString())];
    }

    private readonly LocalizedText _explanation;
    private readonly ImmutableArray<LocalizedText> _notes;

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

    /// <summary>
    /// Gets the reason in neutral English, with the festival and the consultations named, for example <c>statutory holiday
    /// 国庆节 (National Day)</c>; people read <see cref="GetExplanation"/>.
    /// </summary>
    public string Explanation { get; }

    /// <summary>Gets what happened on the day (events recorded) and which deadlines fall on it, in neutral English; people read <see cref="GetNotes"/>.</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>Gets the reason in words for people, in the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">
    /// The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>. Chinese cultures (zh-CN,
    /// zh-Hans, zh-SG) get Simplified Chinese, every other culture English.
    /// </param>
    /// <returns>The reason, for example <c>法定节假日（国庆节）</c>.</returns>
    [Pure]
    public string GetExplanation(CultureInfo? culture = null) => _explanation.Format(culture);

    /// <summary>Gets the notes of the day for people, in the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The notes, for example <c>答复期限届满（第三十三条：20个工作日）</c>.</returns>
    [Pure]
    public ImmutableArray<string> GetNotes(CultureInfo? culture = null) => [.. _notes.Select(n => n.Format(culture))];

    /// <summary>Returns the date, reason and running count.</summary>
    /// <returns>For example <c>2025-10-09 workday 3</c>.</returns>
    public override string ToString() => $"{Iso.Format(Date)} {Reason.Id} {RunningCount}";
}
