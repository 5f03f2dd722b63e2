using Disclosure.Domain.Calendars;

namespace Disclosure.Domain.Tests.Calendars;

/// <summary>
/// A deliberately naive reference: classifies each day from the notices' tables typed in here by hand, and walks day
/// by day. Properties compare the O(1) calendar against it.
/// </summary>
internal static class NaiveCalendar
{
    // From the State Council notices for 2024, 2025 and 2026 (holiday blocks inclusive; adjusted working weekend days).
    internal static readonly (string From, string To)[] Blocks =
    [
        ("2024-01-01", "2024-01-01"), ("2024-02-10", "2024-02-17"), ("2024-04-04", "2024-04-06"), ("2024-05-01", "2024-05-05"),
        ("2024-06-10", "2024-06-10"), ("2024-09-15", "2024-09-17"), ("2024-10-01", "2024-10-07"),
        ("2025-01-01", "2025-01-01"), ("2025-01-28", "2025-02-04"), ("2025-04-04", "2025-04-06"), ("2025-05-01", "2025-05-05"),
        ("2025-05-31", "2025-06-02"), ("2025-10-01", "2025-10-08"),
        ("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"), ("2026-04-04", "2026-04-06"), ("2026-05-01", "2026-05-05"),
        ("2026-06-19", "2026-06-21"), ("2026-09-25", "2026-09-27"), ("2026-10-01", "2026-10-07"),
    ];

    internal static readonly string[] Workdays =
    [
        "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12",
        "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
        "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
    ];

    internal static readonly LocalDate First = new(2024, 1, 1);
    internal static readonly LocalDate Last = new(2026, 12, 31);

    internal static bool IsWorkingDay(LocalDate d)
    {
        var iso = d.ToString("uuuu-MM-dd", null);
        if (Workdays.Contains(iso))
        {
            return true;
        }

        if (Blocks.Any(b => string.CompareOrdinal(iso, b.From) >= 0 && string.CompareOrdinal(iso, b.To) <= 0))
        {
            return false;
        }

        return d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
    }

    internal static LocalDate AddWorkingDays(LocalDate start, int n)
    {
        var step = Math.Sign(n);
        var d = start;
        for (var left = Math.Abs(n); left > 0;)
        {
            d = d.PlusDays(step);
            if (IsWorkingDay(d))
            {
                left--;
            }
        }

        return d;
    }

    internal static int CountWorkingDays(LocalDate a, LocalDate b)
    {
        var count = 0;
        for (var d = a.PlusDays(1); d <= b; d = d.PlusDays(1))
        {
            count += IsWorkingDay(d) ? 1 : 0;
        }

        return count;
    }
}
