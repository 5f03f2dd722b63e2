using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Reflection;
using Ardalis.GuardClauses;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Calendars;

/// <summary>
/// China's official working-day calendar: weekends, the statutory holidays, and each year's State Council
/// arrangement of holiday blocks and adjusted working days (调休), with O(1) working-day arithmetic.
/// </summary>
/// <remarks>
/// <para>
/// Periods follow 《民法典》: the start day never counts (第二百零一条), so "within 20 working days of D" ends on
/// <c>AddWorkingDays(D, 20)</c>; a calendar-day period whose last day is not a working day ends on the next working day
/// (第二百零三条, <see cref="EndOfPeriod"/>).
/// </para>
/// <para>
/// Coverage is explicit. A query that needs a year without a loaded arrangement throws
/// <see cref="CalendarCoverageException"/>, unless the calendar was made with <see cref="WithProjection"/>: then such
/// years are projected from the law, and every answer that touched them is reported as provisional
/// (<see cref="CalendarDay.IsProvisional"/>, <see cref="IsProvisional(LocalDate, LocalDate)"/>).
/// </para>
/// <para>Dates must be in the ISO calendar. Instances are immutable and thread-safe; queries allocate nothing.</para>
/// </remarks>
public sealed class WorkingDayCalendar
{
    private static readonly Lazy<WorkingDayCalendar> Embedded = new(LoadEmbedded);

    private readonly CalendarData data;
    private readonly CalendarTable table;

    private WorkingDayCalendar(CalendarData data, bool project)
    {
        this.data = data;
        table = new CalendarTable(data, project);
        var published = data.Years.Keys.ToImmutableArray();
        Coverage = project
            ? new CalendarCoverage(published, table.FirstYear, table.LastYear)
            : new CalendarCoverage(published, null, null);
    }

    /// <summary>
    /// Gets the official calendar of the Chinese mainland for the years whose arrangements are published: 2024, 2025
    /// and 2026 (国务院办公厅 notices of 2023-10-25, 2024-11-12 and 2025-11-04). It does not project other years.
    /// </summary>
    public static WorkingDayCalendar ChinaMainland => Embedded.Value;

    /// <summary>Gets a short description of where the data comes from.</summary>
    public string Name => data.Name;

    /// <summary>Gets which years the calendar can answer for.</summary>
    public CalendarCoverage Coverage { get; }

    /// <summary>Creates a calendar from data in the calendar JSON format (see README, "Calendar data format").</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>A calendar holding exactly the data's years, without projection.</returns>
    /// <exception cref="CalendarDataException">The data is malformed or contradictory; the message lists every problem.</exception>
    [Pure]
    public static WorkingDayCalendar FromJson(string json)
    {
        Guard.Against.Null(json);
        return new WorkingDayCalendar(CalendarData.Empty.Add(json), project: false);
    }

    /// <summary>
    /// Returns a calendar with more data layered over this one: years not yet published in the package (add 2027 the day
    /// it is published) and local holidays (for example an autonomous region's).
    /// </summary>
    /// <param name="json">The JSON text in the calendar data format.</param>
    /// <returns>The combined calendar; it projects unpublished years if this one does.</returns>
    /// <exception cref="CalendarDataException">
    /// The data is malformed or contradictory, or repeats a year this calendar already has; nothing is loaded.
    /// </exception>
    [Pure]
    public WorkingDayCalendar WithData(string json)
    {
        Guard.Against.Null(json);
        return new WorkingDayCalendar(data.Add(json), Coverage.ProjectsUnpublishedYears);
    }

    /// <summary>Returns a calendar with local holidays layered over this one, given as values instead of JSON text.</summary>
    /// <param name="holidays">The holidays.</param>
    /// <returns>The combined calendar; it projects unpublished years if this one does.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holidays"/> is <see langword="null"/>.</exception>
    /// <exception cref="CalendarDataException">A holiday is invalid or contradicts this calendar (see <see cref="TryWithLocalHolidays"/>); nothing is added.</exception>
    [Pure]
    public WorkingDayCalendar WithLocalHolidays(IEnumerable<LocalHoliday> holidays) =>
        TryWithLocalHolidays(holidays, out var calendar, out var problems) ? calendar : throw new CalendarDataException(problems);

    /// <summary>Layers local holidays over this calendar, or reports every problem without throwing.</summary>
    /// <param name="holidays">The holidays.</param>
    /// <param name="calendar">The combined calendar, or <see langword="null"/> when there are problems.</param>
    /// <param name="problems">
    /// Every problem, empty on success; each in section <c>calendar.localHolidays</c> at the holiday's position with its
    /// id and the field at fault: a missing name, a malformed or repeated id, <c>from</c>/<c>to</c> in a year without a
    /// published arrangement (<see cref="DataProblemCodes.DateOutsideCalendar"/>), <c>to</c> before <c>from</c> or a block
    /// longer than <see cref="LocalHoliday.MaxDays"/>, or the whole entry when a day is an adjusted working day
    /// (<see cref="DataProblemCodes.CalendarConflict"/>).
    /// </param>
    /// <returns><see langword="true"/> when the calendar was made.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holidays"/> is <see langword="null"/>.</exception>
    public bool TryWithLocalHolidays(IEnumerable<LocalHoliday> holidays, [NotNullWhen(true)] out WorkingDayCalendar? calendar, out ImmutableArray<Problem> problems)
    {
        Guard.Against.Null(holidays);
        var combined = data.AddLocalHolidays(holidays, "calendar.localHolidays", out var found);
        problems = [.. found];
        calendar = found.Count > 0 ? null : ReferenceEquals(combined, data) ? this : new WorkingDayCalendar(combined, Coverage.ProjectsUnpublishedYears);
        return calendar is not null;
    }

    /// <summary>
    /// Returns a calendar that also answers for years without a published arrangement (2008–2099), projecting them from
    /// 《全国年节及纪念日放假办法》: every weekend a rest day, the statutory days off, and a substitute weekday right after a
    /// block for each statutory day on a weekend. Adjusted working days cannot be projected. Answers touching such
    /// years are provisional and say so.
    /// </summary>
    /// <returns>The projecting calendar.</returns>
    [Pure]
    public WorkingDayCalendar WithProjection() =>
        Coverage.ProjectsUnpublishedYears ? this : new WorkingDayCalendar(data, project: true);

    /// <summary>Gets a year's arrangement (published or projected) with its provenance.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The arrangement.</returns>
    /// <exception cref="CalendarCoverageException">The calendar does not cover <paramref name="year"/>.</exception>
    [Pure]
    public YearArrangement GetArrangement(int year)
    {
        var index = year - table.FirstYear;
        return (uint)index < (uint)table.Arrangements.Length && table.Arrangements[index] is { } arrangement
            ? arrangement
            : throw Uncovered(year);
    }

    /// <summary>Describes a day: its kind, festival, and whether the answer is provisional.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The day.</returns>
    /// <exception cref="CalendarCoverageException">The calendar does not cover the date's year.</exception>
    [Pure]
    public CalendarDay GetDay(LocalDate date)
    {
        var offset = KnownOffset(date);
        return new CalendarDay(
            date,
            (DayKind)table.Kinds[offset],
            table.Festivals[table.FestivalIndex[offset]],
            table.Arrangements[date.Year - table.FirstYear]!.IsProvisional);
    }

    /// <summary>Gets what a day is: workday, rest day, statutory holiday, adjusted rest day or adjusted workday.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The kind of day.</returns>
    /// <exception cref="CalendarCoverageException">The calendar does not cover the date's year.</exception>
    [Pure]
    public DayKind GetDayKind(LocalDate date) => (DayKind)table.Kinds[KnownOffset(date)];

    /// <summary>Tells whether a day is a working day (an ordinary workday or an adjusted working weekend day).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> for a working day.</returns>
    /// <exception cref="CalendarCoverageException">The calendar does not cover the date's year.</exception>
    [Pure]
    public bool IsWorkingDay(LocalDate date) => IsWorking(KnownOffset(date));

    /// <summary>
    /// Gets the <paramref name="days"/>-th working day strictly after <paramref name="start"/> (the start day never counts,
    /// 《民法典》第二百零一条); 0 returns <paramref name="start"/> itself; a negative count goes backwards to the n-th
    /// working day strictly before <paramref name="start"/>.
    /// </summary>
    /// <param name="start">The day the period starts from (not counted).</param>
    /// <param name="days">The number of working days.</param>
    /// <returns>The working day reached.</returns>
    /// <exception cref="CalendarCoverageException">The days counted reach a year the calendar does not cover.</exception>
    /// <example><c>AddWorkingDays(new LocalDate(2025, 9, 25), 20)</c> is 2025-10-29: the 国庆+中秋 block 10-01..10-08 does not count, Saturday 10-11 does.</example>
    [Pure]
    public LocalDate AddWorkingDays(LocalDate start, int days)
    {
        if (days == 0)
        {
            return start;
        }

        var s = Offset(start);
        var length = table.Length;
        int k, firstTouched, lastTouched;
        if (days > 0)
        {
            if (s < -1 || s >= length)
            {
                throw Uncovered(s < -1 ? start.Year : start.PlusDays(1).Year);
            }

            k = (s < 0 ? 0 : table.Cumulative[s]) + days - 1;
            if (k >= table.WorkdayOffsets.Length)
            {
                throw Uncovered(table.LastYear + 1);
            }

            firstTouched = s + 1;
            lastTouched = table.WorkdayOffsets[k];
        }
        else
        {
            if (s < 0 || s > length)
            {
                throw Uncovered(s < 0 ? start.PlusDays(-1).Year : start.Year);
            }

            k = (s == length ? table.WorkdayOffsets.Length : table.Cumulative[s] - (IsWorking(s) ? 1 : 0)) + days;
            if (k < 0)
            {
                throw Uncovered(table.FirstYear - 1);
            }

            firstTouched = table.WorkdayOffsets[k];
            lastTouched = s - 1;
        }

        EnsureKnown(firstTouched, lastTouched);
        return table.WorkdayDates[k];
    }

    /// <summary>
    /// Counts the working days d with <paramref name="startExclusive"/> &lt; d ≤ <paramref name="endInclusive"/>. When the end
    /// is before the start the count is negative: <c>-CountWorkingDays(endInclusive, startExclusive)</c>.
    /// </summary>
    /// <param name="startExclusive">The day after which counting starts.</param>
    /// <param name="endInclusive">The last day counted.</param>
    /// <returns>The number of working days.</returns>
    /// <exception cref="CalendarCoverageException">The range reaches a year the calendar does not cover.</exception>
    [Pure]
    public int CountWorkingDays(LocalDate startExclusive, LocalDate endInclusive)
    {
        if (endInclusive < startExclusive)
        {
            return -CountWorkingDays(endInclusive, startExclusive);
        }

        if (endInclusive == startExclusive)
        {
            return 0;
        }

        var a = Offset(startExclusive);
        var b = Offset(endInclusive);
        if (a < -1 || b >= table.Length)
        {
            throw Uncovered(a < -1 ? startExclusive.PlusDays(1).Year : table.LastYear + 1);
        }

        EnsureKnown(a + 1, b);
        return table.Cumulative[b] - (a < 0 ? 0 : table.Cumulative[a]);
    }

    /// <summary>Gets the first working day on or after a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><paramref name="date"/> if it is a working day, otherwise the next working day.</returns>
    /// <exception cref="CalendarCoverageException">The search reaches a year the calendar does not cover.</exception>
    [Pure]
    public LocalDate NextWorkingDay(LocalDate date)
    {
        var s = KnownOffset(date);
        if (IsWorking(s))
        {
            return date;
        }

        var k = table.Cumulative[s];
        if (k >= table.WorkdayOffsets.Length)
        {
            throw Uncovered(table.LastYear + 1);
        }

        EnsureKnown(s, table.WorkdayOffsets[k]);
        return table.WorkdayDates[k];
    }

    /// <summary>
    /// Gets the last day of a period of calendar days (for example 预算法's 二十日): <paramref name="start"/> plus
    /// <paramref name="calendarDays"/>, the start day not counted (第二百零一条); when that day is not a working day the
    /// period ends on the next working day (第二百零三条).
    /// </summary>
    /// <param name="start">The day the period starts from (not counted).</param>
    /// <param name="calendarDays">The length of the period in calendar days, zero or more.</param>
    /// <returns>The last day of the period.</returns>
    /// <exception cref="ArgumentException"><paramref name="calendarDays"/> is negative.</exception>
    /// <exception cref="CalendarCoverageException">The end reaches a year the calendar does not cover.</exception>
    [Pure]
    public LocalDate EndOfPeriod(LocalDate start, int calendarDays)
    {
        Guard.Against.Negative(calendarDays);
        return NextWorkingDay(start.PlusDays(calendarDays));
    }

    /// <summary>Tells whether any day from <paramref name="from"/> to <paramref name="to"/> (inclusive) lies in a projected year.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day (may be before <paramref name="from"/>; the range is then taken the other way round).</param>
    /// <returns><see langword="true"/> when an answer about the range depends on a projection.</returns>
    [Pure]
    public bool IsProvisional(LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            (from, to) = (to, from);
        }

        var first = Math.Clamp(from.Year - table.FirstYear, 0, table.Arrangements.Length);
        var last = Math.Clamp(to.Year - table.FirstYear + 1, 0, table.Arrangements.Length);
        return last > first && table.ProjectedBeforeYear[last] - table.ProjectedBeforeYear[first] > 0;
    }

    /// <summary>Describes the calendar and its coverage.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Name}: {Coverage}";

    private static WorkingDayCalendar LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Disclosure.Domain.Calendars.Data.china-mainland.json")
            ?? throw new InvalidOperationException("The embedded calendar data is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }

    private int Offset(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"{date} is not in the ISO calendar; convert it with WithCalendar(CalendarSystem.Iso).", nameof(date));
        }

        return table.OffsetOf(date);
    }

    private int KnownOffset(LocalDate date)
    {
        var offset = Offset(date);
        return table.IsKnown(offset) ? offset : throw Uncovered(date.Year);
    }

    private bool IsWorking(int offset) => table.Kinds[offset] is (byte)DayKind.Workday or (byte)DayKind.AdjustedWorkday;

    /// <summary>Throws unless every day in [first, last] is in a known year (all in one run of known years).</summary>
    private void EnsureKnown(int first, int last)
    {
        if (table.AllKnown)
        {
            return;
        }

        var firstYear = table.YearIndexAt(first);
        var lastYear = table.YearIndexAt(last);
        var run = table.RunOfYear[firstYear];
        if (run < 0 || run != table.RunOfYear[lastYear])
        {
            var y = firstYear;
            while (table.RunOfYear[y] >= 0)
            {
                y++;
            }

            throw Uncovered(table.FirstYear + y);
        }
    }

    private CalendarCoverageException Uncovered(int year) => new(year, Coverage);
}
