using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Text;
using Disclosure.Domain.Calendars;

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
/// <para><see cref="ToText"/> prints a plain-text table; <see cref="ToJson"/> serialises it (dates as ISO strings, Chinese text
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
    /// <returns>The text, lines separated by <c>\n</c>.</returns>
    [Pure]
    public string ToText()
    {
        var d = Deadline;
        var sb = new StringBuilder();
        sb.Append("Information request (依申请公开) deadline ledger\n");
        sb.Append(CultureInfo.InvariantCulture, $"Received:    {Iso.Format(d.ReceivedOn)} ({d.Request.Channel.EnglishName}; {d.Request.Channel.ReceiptRule})\n");
        sb.Append(CultureInfo.InvariantCulture, $"Clock from:  {Iso.Format(d.ClockStartsOn)}\n");
        sb.Append(CultureInfo.InvariantCulture, $"Due:         {Iso.Format(d.DueOn)} ({d.WorkingDays} working days{(d.ExtensionWorkingDays > 0 ? $", including an extension of {d.ExtensionWorkingDays}; originally due {Iso.Format(d.OriginalDueOn)}" : string.Empty)})\n");
        sb.Append(CultureInfo.InvariantCulture, $"As of:       {Iso.Format(d.AsOf)}: {RequestsJson.StatusId(d.Status)}; {d.WorkingDaysUsed} used, {d.WorkingDaysRemaining} remaining, {d.PausedWorkingDays} paused, {d.WorkingDaysOverdue} overdue\n");
        sb.Append(CultureInfo.InvariantCulture, $"Provisional: {(d.IsProvisional ? "yes (a projected calendar year is involved)" : "no")}\n");
        foreach (var violation in d.Violations)
        {
            sb.Append(CultureInfo.InvariantCulture, $"Violation:   {violation.Message}\n");
        }

        foreach (var finding in d.Findings)
        {
            sb.Append(CultureInfo.InvariantCulture, $"Finding:     {finding.Message}\n");
        }

        if (Entries.IsEmpty)
        {
            return sb.ToString();
        }

        sb.Append('\n');
        sb.Append("Date        Day  Kind               Counted  Count  Reason\n");
        sb.Append("----------  ---  -----------------  -------  -----  ------\n");
        foreach (var e in Entries)
        {
            var reason = e.Notes.IsEmpty ? e.Explanation : $"{e.Explanation} | {string.Join("; ", e.Notes)}";
            sb.Append(CultureInfo.InvariantCulture, $"{Iso.Format(e.Date)}  {Weekday(e.Date)}  {e.Kind.ToId(),-17}  {(e.Counted ? "yes" : "no"),-7}  {e.RunningCount,5}  {reason}{(e.IsProvisional ? " [provisional]" : string.Empty)}\n");
        }

        return sb.ToString();
    }

    /// <summary>Serialises the ledger as JSON: the deadline's fields and an <c>entries</c> array of <c>{date, weekday, kind, festival, festivalName, counted, reason, explanation, runningCount, paused, provisional, notes}</c>.</summary>
    /// <returns>Indented JSON; dates are ISO strings (<c>2025-10-09</c>) and Chinese text is not escaped.</returns>
    [Pure]
    public string ToJson() => RequestsJson.Serialize(Deadline, this);

    /// <summary>Returns <see cref="ToText"/>.</summary>
    /// <returns>The printed ledger.</returns>
    public override string ToString() => ToText();

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
            string? extra = null;
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
                extra = $"day {running} of {deadline.WorkingDays}";
            }

            var explanation = reason.Description;
            if (day.Festival is { } festival && (reason == LedgerReason.StatutoryHoliday || reason == LedgerReason.AdjustedRestDay || reason == LedgerReason.AdjustedWorkday))
            {
                explanation += $" {festival.Name} ({festival.EnglishName})";
            }

            if (paused)
            {
                explanation += reason == LedgerReason.PausedForConsultation
                    ? $": {string.Join(", ", pausedBy)}"
                    : $"; within the pause of {string.Join(", ", pausedBy)}";
            }

            if (extra is not null)
            {
                explanation += $", {extra}";
            }

            entries.Add(new LedgerEntry(day, reason, running, paused, explanation, notes.TryGetValue(date, out var list) ? [.. list] : []));
        }

        return new RequestLedger(deadline, entries.ToImmutable());
    }

    private static Dictionary<LocalDate, List<string>> Notes(RequestDeadline deadline, InformationRequest.State state)
    {
        var notes = new Dictionary<LocalDate, List<string>>();
        void Add(LocalDate date, string note)
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
                Add(e.On, e.Description);
            }
        }

        foreach (var owed in deadline.OwedDeadlines)
        {
            var what = owed.Kind switch
            {
                OwedDeadlineKind.CorrectionNotice => "last day for a correction notice (第三十条)",
                OwedDeadlineKind.Correction => "last day for the corrected application (第三十条)",
                OwedDeadlineKind.ThirdPartyOpinion => $"last day for the third party's opinion on '{owed.ConsultationId}' (第三十二条)",
                _ => $"last day for the other agency's opinion on '{owed.ConsultationId}'; silence is consent (第三十四条)",
            };
            Add(owed.DueOn, what);
        }

        if (deadline.OriginalDueOn is { } original && original != deadline.DueOn)
        {
            Add(original, "original due date, before the extension");
        }

        if (deadline.DueOn is { } due && state.Closure is not AnsweredOnTheSpot)
        {
            Add(due, $"answer due (第三十三条: {deadline.WorkingDays} working days)");
        }

        return notes;
    }

    private static string Weekday(LocalDate date) => date.DayOfWeek switch
    {
        IsoDayOfWeek.Monday => "Mon",
        IsoDayOfWeek.Tuesday => "Tue",
        IsoDayOfWeek.Wednesday => "Wed",
        IsoDayOfWeek.Thursday => "Thu",
        IsoDayOfWeek.Friday => "Fri",
        IsoDayOfWeek.Saturday => "Sat",
        _ => "Sun",
    };
}
