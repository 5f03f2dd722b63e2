using Disclosure.Domain.Tests.Calendars;

namespace Disclosure.Domain.Tests.Requests;

/// <summary>
/// A deliberately naive reference for the answer clock: walks day by day on <see cref="NaiveCalendar"/> (the notices typed in by
/// hand), treating a working day as paused when any consultation's (sent, end] range contains it.
/// </summary>
internal static class NaiveRequestClock
{
    /// <summary>A consultation as the reference sees it: sent on <paramref name="Sent"/>, the pause ending on <paramref name="End"/> inclusive.</summary>
    internal sealed record Pause(LocalDate Sent, LocalDate End);

    internal static bool IsPaused(LocalDate day, IEnumerable<Pause> pauses) => pauses.Any(p => day > p.Sent && day <= p.End);

    /// <summary>The <paramref name="workingDays"/>-th working day after <paramref name="clockStart"/> that is not paused.</summary>
    internal static LocalDate Due(LocalDate clockStart, int workingDays, IReadOnlyList<Pause> pauses)
    {
        var day = clockStart;
        var counted = 0;
        while (counted < workingDays)
        {
            day = day.PlusDays(1);
            if (NaiveCalendar.IsWorkingDay(day) && !IsPaused(day, pauses))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>
    /// The working days the extensions of one answer period add (第三十三条), given in the order recorded: those of the first extension a
    /// head of the office approved; one approved by anyone else adds nothing, before or after it.
    /// </summary>
    internal static int ExtensionDays(IEnumerable<(bool ByHead, int WorkingDays)> extensions)
    {
        foreach (var (byHead, workingDays) in extensions)
        {
            if (byHead)
            {
                return workingDays;
            }
        }

        return 0;
    }

    /// <summary>The pause end of a consultation: the reply, capped at the party's 15th working day after the letter; without a reply, that 15th day (or the as-of day if earlier).</summary>
    internal static LocalDate PauseEnd(LocalDate sent, LocalDate? reply, LocalDate asOf)
    {
        var partyDue = NaiveCalendar.AddWorkingDays(sent, 15);
        if (reply is { } r)
        {
            return r < partyDue ? r : partyDue;
        }

        return asOf < partyDue ? asOf : partyDue;
    }
}
