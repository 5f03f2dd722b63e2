using System.Runtime.CompilerServices;
using Disclosure.Domain.Calendars;

namespace Disclosure.Domain.Scheduling;

/// <summary>
/// A flat copy of a <see cref="WorkingDayCalendar"/> for the due-date hot path: day offsets from a month table, so no
/// date conversion is needed, and prefix sums for working days, unknown days and provisional days. Anything outside
/// the table, or touching an uncovered day, is delegated to the calendar itself, which answers or throws
/// <see cref="CalendarCoverageException"/> exactly as a direct call would. Immutable and thread-safe; one per calendar.
/// </summary>
internal sealed class DayTable
{
    private static readonly ConditionalWeakTable<WorkingDayCalendar, DayTable> Cache = [];

    private readonly WorkingDayCalendar _calendar;
    private readonly int _firstYear;
    private readonly int[] _monthStart;      // offset of the first day of each month, plus one past the end
    private readonly LocalDate[] _dates;     // the date at each offset
    private readonly int[] _working;         // working days in [0, i)
    private readonly int[] _unknown;         // uncovered days in [0, i)
    private readonly int[] _provisional;     // days of projected years in [0, i)
    private readonly int[] _workdays;        // offsets of the working days, ascending
    private readonly bool _projects;         // whether the calendar projects any year (else nothing is provisional)

    private DayTable(WorkingDayCalendar calendar)
    {
        _calendar = calendar;
        var coverage = calendar.Coverage;
        _projects = coverage.ProjectsUnpublishedYears;
        var years = coverage.PublishedYears.ToList();
        if (coverage.ProjectionFirstYear is { } pf && coverage.ProjectionLastYear is { } pl)
        {
            years.Add(pf);
            years.Add(pl);
        }

        if (years.Count == 0)
        {
            years.Add(2000);
        }

        _firstYear = years.Min();
        var lastYear = years.Max();
        var months = (lastYear - _firstYear + 1) * 12;
        _monthStart = new int[months + 1];
        var length = 0;
        for (var m = 0; m < months; m++)
        {
            _monthStart[m] = length;
            length += DateTime.DaysInMonth(_firstYear + (m / 12), (m % 12) + 1);
        }

        _monthStart[months] = length;
        _dates = new LocalDate[length];
        _working = new int[length + 1];
        _unknown = new int[length + 1];
        _provisional = new int[length + 1];
        var workdays = new List<int>(length * 3 / 4);
        var day = new LocalDate(_firstYear, 1, 1);
        for (var i = 0; i < length; i++, day = day.PlusDays(1))
        {
            _dates[i] = day;
            var covered = coverage.Covers(day.Year);
            var working = covered && calendar.IsWorkingDay(day);
            if (working)
            {
                workdays.Add(i);
            }

            _working[i + 1] = _working[i] + (working ? 1 : 0);
            _unknown[i + 1] = _unknown[i] + (covered ? 0 : 1);
            _provisional[i + 1] = _provisional[i] + (covered && coverage.IsProvisional(day.Year) ? 1 : 0);
        }

        _workdays = [.. workdays];
    }

    internal static DayTable For(WorkingDayCalendar calendar) => Cache.GetValue(calendar, static c => new DayTable(c));

    /// <summary>Same as <see cref="WorkingDayCalendar.NextWorkingDay"/>.</summary>
    internal LocalDate NextWorkingDay(LocalDate date)
    {
        if (TryOffset(date, out var s) && _unknown[s + 1] == _unknown[s])
        {
            var k = _working[s];
            if (k < _workdays.Length)
            {
                var r = _workdays[k];
                if (_unknown[r + 1] == _unknown[s])
                {
                    return _dates[r];
                }
            }
        }

        return _calendar.NextWorkingDay(date);
    }

    /// <summary>Same as <see cref="WorkingDayCalendar.AddWorkingDays"/> for <paramref name="days"/> ≥ 1.</summary>
    internal LocalDate AddWorkingDays(LocalDate start, int days)
    {
        if (days > 0 && TryOffset(start, out var s))
        {
            var k = _working[s + 1] + days - 1;
            if (k < _workdays.Length)
            {
                var r = _workdays[k];
                if (_unknown[r + 1] == _unknown[s + 1])
                {
                    return _dates[r];
                }
            }
        }

        return _calendar.AddWorkingDays(start, days);
    }

    /// <summary>Same as <see cref="WorkingDayCalendar.CountWorkingDays"/> for <paramref name="startExclusive"/> ≤ <paramref name="endInclusive"/>.</summary>
    internal int CountWorkingDays(LocalDate startExclusive, LocalDate endInclusive)
    {
        if (TryOffset(startExclusive, out var a) && TryOffset(endInclusive, out var b) && a <= b && _unknown[b + 1] == _unknown[a + 1])
        {
            return _working[b + 1] - _working[a + 1];
        }

        return _calendar.CountWorkingDays(startExclusive, endInclusive);
    }

    /// <summary>Same as <see cref="WorkingDayCalendar.IsProvisional"/> for <paramref name="from"/> ≤ <paramref name="to"/>.</summary>
    internal bool IsProvisional(LocalDate from, LocalDate to) =>
        _projects && (TryOffset(from, out var a) && TryOffset(to, out var b) && a <= b
            ? _provisional[b + 1] != _provisional[a]
            : _calendar.IsProvisional(from, to));

    /// <summary>Checks that a date is covered, throwing as the calendar does.</summary>
    internal void EnsureCovered(LocalDate date)
    {
        if (!TryOffset(date, out var s) || _unknown[s + 1] != _unknown[s])
        {
            _ = _calendar.IsWorkingDay(date);
        }
    }

    private bool TryOffset(LocalDate date, out int offset)
    {
        var m = ((date.Year - _firstYear) * 12) + date.Month - 1;
        if ((uint)m < (uint)(_monthStart.Length - 1))
        {
            offset = _monthStart[m] + date.Day - 1;
            return true;
        }

        offset = -1;
        return false;
    }
}
