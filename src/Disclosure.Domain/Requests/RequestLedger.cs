using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Text;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Requests;

/// <summary>
/// The day-by-day explanation of a request's deadline, from the day of receipt to the due date: for each day, what the calendar
/// says it is, whether it counted, why, and the running count — the evidence chain (证据链) for administrative review and
/// lawsuits. Produced by <see cref="RequestDeadlineCalculator.Explain"/>.
/// </summary>
/// <remarks>
/// <para>The ledger runs from the day of receipt through the due date; for an overdue request through the as-of day, for a late
/// answer through the answer, for a withdrawn request through the withdrawal, and while the clock has not started (awaiting a
/// correction) through the as-of day or the end of the correction period. At the due date the running count equals
/// <see cref="RequestDeadline.WorkingDays"/>. A history that breaks a rule has no entries.</para>
/// <para><see cref="ToText"/> prints a plain-text table in the reader's language; <see cref="ToJson"/> serialises it (dates as ISO strings, Chinese text
/// unescaped). Immutable and thread-safe; reference equality.</para>
/// </remarks>
public sealed class RequestLedger
{
    private RequestLedger(RequestDeadline deadline, ImmutableArray<LedgerEntry> entries)
    {
        Deadline = deadline;
        Entries = entries;
    }

    /// <summary>Gets the deadline the ledger explains.</summary>
    public RequestDeadline Deadline { get; }

    /// <summary>Gets the days, in date order.</summary>
    public ImmutableArray<LedgerEntry> Entries { get; }

    /// <summary>Gets the number of days that counted toward the answer period.</summary>
    public int CountedDays => Entries.Count(e => e.Counted);

    /// <summary>Prints the ledger as a plain-text table with a short heading.</summary>
    /// <param name="culture">
    /// The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>. Chinese cultures (zh-CN,
    /// zh-Hans, zh-SG) get Simplified Chinese (dates in the heading as <c>2025年10月9日</c>, weekdays as <c>星期四</c>),
    /// every other culture English. Dates in the table are ISO in both.
    /// </param>
    /// <returns>The text, lines separated by <c>\n</c>.</returns>
    [Pure]
    public string ToText(CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        var d = Deadline;
        var sb = new StringBuilder();
        void Line(string key, params ReadOnlySpan<object?> arguments) => sb.Append(RequestTexts.Of(key, arguments).Format(culture)).Append('\n');
        string Word(string key) => RequestTexts.Of(key).Format(culture);

        Line("Ledger.Title");
        Line("Ledger.Received", d.ReceivedOn, RequestTexts.Channel(d.Request.Channel), d.Request.Channel.ReceiptRule);
        Line("Ledger.ClockFrom", RequestTexts.Date(d.ClockStartsOn));
        if (d.ExtensionWorkingDays > 0)
        {
            Line("Ledger.Due.Extended", RequestTexts.Date(d.DueOn), d.WorkingDays, d.ExtensionWorkingDays, RequestTexts.Date(d.OriginalDueOn));
        }
        else
        {
            Line("Ledger.Due", RequestTexts.Date(d.DueOn), d.WorkingDays);
        }

        Line("Ledger.AsOf", d.AsOf, RequestTexts.Status(d.Status), d.WorkingDaysUsed, d.WorkingDaysRemaining, d.PausedWorkingDays, d.WorkingDaysOverdue);
        Line(d.IsProvisional ? "Ledger.Provisional.Yes" : "Ledger.Provisional.No");
        foreach (var violation in d.Violations)
        {
            Line("Ledger.Violation", violation.GetMessage(culture));
        }

        foreach (var finding in d.Findings)
        {
            Line("Ledger.Finding", finding.GetMessage(culture));
        }

        if (Entries.IsEmpty)
        {
            return sb.ToString();
        }

        sb.Append('\n');
        Line("Ledger.Header");
        Line("Ledger.Rule");
        var (yes, no, provisional) = (Word("Ledger.Yes"), Word("Ledger.No"), Word("Ledger.ProvisionalMark"));
        var weekdayWidth = Word("Ledger.Rule").Split("  ")[1].Length;
        foreach (var e in Entries)
        {
            var notes = e.GetNotes(culture);
            var explanation = e.GetExplanation(culture);
            var reason = notes.IsEmpty ? explanation : $"{explanation} | {string.Join("; ", notes)}";
            var weekday = Word("Weekday." + e.Date.DayOfWeek.ToString());
            var counted = e.Counted ? yes : no;
            sb.Append(CultureInfo.InvariantCulture, $"{Iso.Format(e.Date)}  {Pad(weekday, weekdayWidth)}  {Pad(Word("DayKind." + e.Kind.ToId()), 17)}  {Pad(counted, 7)}  {e.RunningCount,5}  {reason}{(e.IsProvisional ? provisional : string.Empty)}\n");
        }

        return sb.ToString();
    }

    /// <summary>Serialises the ledger as JSON: the deadline's fields and an <c>entries</c> array of <c>{date, weekday, kind, festival, festivalName, counted, reason, explanation, runningCount, paused, provisional, notes}</c>.</summary>
    /// <returns>Indented JSON; dates are ISO strings (<c>2025-10-09</c>) and Chinese text is not escaped.</returns>
    [Pure]
    public string ToJson() => RequestsJson.Serialize(Deadline, this);

    /// <summary>Returns <see cref="ToText"/> in English.</summary>
    /// <returns>The printed ledger.</returns>
    public override string ToString() => ToText(CultureInfo.InvariantCulture);

    internal static RequestLedger Build(RequestDeadlineCalculator.Computation computation, WorkingDayCalendar calendar)
    {
        var deadline = computation.Deadline;
        if (deadline.Status == RequestStatus.Invalid)
        {
            return new RequestLedger(deadline, []);
        }

        var request = deadline.Request;
        var r = request.ReceivedOn;
        var notes = Notes(deadline, computation.State);
        var correctionArrival = computation.State.CorrectionArrival?.On;
        var awaiting = computation.State.CorrectionRequest is not null && correctionArrival is null;
        var clockStart = deadline.ClockStartsOn;
        var due = deadline.DueOn;
        var entries = ImmutableArray.CreateBuilder<LedgerEntry>();
        var running = 0;
        for (var date = r; date <= computation.LedgerEnd; date = date.PlusDays(1))
        {
            var day = calendar.GetDay(date);
            var pausedBy = deadline.Pauses.Where(p => p.Contains(date) && clockStart is { } s && date > s).Select(p => p.ConsultationId).ToList();
            var paused = pausedBy.Count > 0;
            LedgerReason reason;
            var counting = false;
            if (date == r)
            {
                reason = LedgerReason.ReceiptDay;
            }
            else if (awaiting || (correctionArrival is { } k && date < k))
            {
                reason = LedgerReason.AwaitingCorrection;
            }
            else if (date == correctionArrival)
            {
                reason = LedgerReason.ClockRestarted;
            }
            else if (!day.IsWorkingDay)
            {
                reason = day.Kind switch
                {
                    DayKind.StatutoryHoliday => LedgerReason.StatutoryHoliday,
                    DayKind.AdjustedRestDay => LedgerReason.AdjustedRestDay,
                    _ => LedgerReason.Weekend,
                };
            }
            else if (paused)
            {
                reason = LedgerReason.PausedForConsultation;
            }
            else if (due is { } dueOn && date > dueOn)
            {
                reason = LedgerReason.Overdue;
            }
            else
            {
                running++;
                reason = running > RequestDeadlineCalculator.AnswerWorkingDays ? LedgerReason.Extension
                    : day.Kind == DayKind.AdjustedWorkday ? LedgerReason.AdjustedWorkday
                    : LedgerReason.Workday;
                counting = true;
            }

            var explanation = reason.Text;
            if (day.Festival is { } festival && (reason == LedgerReason.StatutoryHoliday || reason == LedgerReason.AdjustedRestDay || reason == LedgerReason.AdjustedWorkday))
            {
                explanation = RequestTexts.Of("Explain.Festival", explanation, LocalizedText.Named(festival.Name, festival.ToString()));
            }

            if (paused)
            {
                explanation = RequestTexts.Of(reason == LedgerReason.PausedForConsultation ? "Explain.Paused" : "Explain.WithinPause", explanation, LocalizedText.List(pausedBy));
            }

            if (counting)
            {
                explanation = RequestTexts.Of("Explain.Day", explanation, running, deadline.WorkingDays);
            }

            entries.Add(new LedgerEntry(day, reason, running, paused, explanation, notes.TryGetValue(date, out var list) ? [.. list] : []));
        }

        return new RequestLedger(deadline, entries.ToImmutable());
    }

    private static Dictionary<LocalDate, List<LocalizedText>> Notes(RequestDeadline deadline, InformationRequest.State state)
    {
        var notes = new Dictionary<LocalDate, List<LocalizedText>>();
        void Add(LocalDate date, LocalizedText note)
        {
            if (!notes.TryGetValue(date, out var list))
            {
                notes[date] = list = [];
            }

            list.Add(note);
        }

        foreach (var e in deadline.Request.Events)
        {
            if (e.On <= deadline.AsOf)
            {
                Add(e.On, e.Text);
            }
        }

        foreach (var owed in deadline.OwedDeadlines)
        {
            var what = owed.Kind switch
            {
                OwedDeadlineKind.CorrectionNotice => RequestTexts.Of("Note.CorrectionNotice"),
                OwedDeadlineKind.Correction => RequestTexts.Of("Note.Correction"),
                OwedDeadlineKind.ThirdPartyOpinion => RequestTexts.Of("Note.ThirdPartyOpinion", owed.ConsultationId),
                _ => RequestTexts.Of("Note.OtherAgencyOpinion", owed.ConsultationId),
            };
            Add(owed.DueOn, what);
        }

        if (deadline.OriginalDueOn is { } original && original != deadline.DueOn)
        {
            Add(original, RequestTexts.Of("Note.OriginalDue"));
        }

        if (deadline.DueOn is { } due && state.Closure is not AnsweredOnTheSpot)
        {
            Add(due, RequestTexts.Of("Note.AnswerDue", deadline.WorkingDays));
        }

        return notes;
    }

    // Pads to a width in terminal columns: a Chinese character takes two.
    private static string Pad(string text, int columns) => text.PadRight(Math.Max(text.Length, columns - text.Count(c => c >= '\u2E80')));
}
