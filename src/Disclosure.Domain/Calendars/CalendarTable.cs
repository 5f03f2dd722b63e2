namespace Disclosure.Domain.Calendars;

/// <summary>
/// Day-indexed tables over a contiguous range of years, so every query is a few array reads: the kind and festival
/// of each day, the running count of working days, and the offset of the k-th working day.
/// </summary>
internal sealed class CalendarTable
{
    private const byte Unknown = byte.MaxValue;

    internal CalendarTable(CalendarData data, bool project)
    {
        if (data.Years.IsEmpty && !project)
        {
            FirstYear = 1;
            Arrangements = [];
            Kinds = FestivalIndex = [];
            Cumulative = WorkdayOffsets = RunOfYear = ProjectedBeforeYear = YearStart = [];
            WorkdayDates = [];
            Festivals = [];
            return;
        }

        var first = project ? StatutoryHolidays.FirstYear : data.Years.Keys.First();
        var last = project ? StatutoryHolidays.LastYear : data.Years.Keys.Last();
        FirstYear = first;
        FirstDayNumber = DateOnly.FromDateTime(new DateTime(first, 1, 1)).DayNumber;
        var length = DateOnly.FromDateTime(new DateTime(last, 12, 31)).DayNumber - FirstDayNumber + 1;
        Kinds = new byte[length];
        FestivalIndex = new byte[length];
        Arrangements = new YearArrangement?[last - first + 1];
        YearStart = new int[last - first + 1];
        for (var year = first; year <= last; year++)
        {
            YearStart[year - first] = DateOnly.FromDateTime(new DateTime(year, 1, 1)).DayNumber - FirstDayNumber;
        }

        var festivals = new List<Festival?> { null };

        for (var year = first; year <= last; year++)
        {
            var arrangement = data.Years.TryGetValue(year, out var published) ? published : project ? Projection.For(year) : null;
            Arrangements[year - first] = arrangement;
            var yearStart = OffsetOf(new LocalDate(year, 1, 1));
            var yearEnd = OffsetOf(new LocalDate(year, 12, 31));
            for (var o = yearStart; o <= yearEnd; o++)
            {
                Kinds[o] = arrangement is null ? Unknown
                    : DateAt(o).DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? (byte)DayKind.RestDay
                    : (byte)DayKind.Workday;
            }
        }

        for (var y = 0; y < Arrangements.Length; y++)
        {
            if (Arrangements[y] is not { } arrangement)
            {
                continue;
            }

            var statutory = StatutoryHolidays.For(arrangement.Year).ToDictionary(s => s.Date, s => s.Festival);
            foreach (var block in arrangement.Holidays)
            {
                // A one-off notice's decreed day (2015-09-03) is a nationwide day off in its own right, like a statutory day.
                if (block.Festival.DecreedDay is { } decreed)
                {
                    statutory[decreed] = block.Festival;
                }
            }

            foreach (var block in arrangement.Holidays)
            {
                Mark(block, statutory, festivals);
            }

            foreach (var day in arrangement.AdjustedWorkdays)
            {
                SetIfKnown(OffsetOf(day), DayKind.AdjustedWorkday, 0);
            }
        }

        foreach (var block in data.LocalHolidays)
        {
            festivals.Add(block.Festival);
            for (var day = block.Start; day <= block.End; day = day.PlusDays(1))
            {
                SetIfKnown(OffsetOf(day), DayKind.StatutoryHoliday, (byte)(festivals.Count - 1));
            }
        }

        Festivals = [.. festivals];
        Cumulative = new int[length];
        var offsets = new List<int>(length * 3 / 4);
        for (var o = 0; o < length; o++)
        {
            if (Kinds[o] is (byte)DayKind.Workday or (byte)DayKind.AdjustedWorkday)
            {
                offsets.Add(o);
            }

            Cumulative[o] = offsets.Count;
        }

        WorkdayOffsets = [.. offsets];
        WorkdayDates = [.. offsets.Select(DateAt)];
        RunOfYear = new int[Arrangements.Length];
        ProjectedBeforeYear = new int[Arrangements.Length + 1];
        var run = 0;
        for (var y = 0; y < Arrangements.Length; y++)
        {
            run += y > 0 && (Arrangements[y] is null) != (Arrangements[y - 1] is null) ? 1 : 0;
            RunOfYear[y] = Arrangements[y] is null ? -1 : run;
            ProjectedBeforeYear[y + 1] = ProjectedBeforeYear[y] + (Arrangements[y]?.IsProvisional == true ? 1 : 0);
        }

        AllKnown = Array.TrueForAll(RunOfYear, r => r == 0);
    }

    internal int FirstYear { get; }

    internal int LastYear => FirstYear + Arrangements.Length - 1;

    internal int FirstDayNumber { get; }

    internal int Length => Kinds.Length;

    internal YearArrangement?[] Arrangements { get; }

    internal byte[] Kinds { get; }

    internal byte[] FestivalIndex { get; }

    internal Festival?[] Festivals { get; }

    /// <summary>Working days at or before each offset.</summary>
    internal int[] Cumulative { get; }

    /// <summary>The offset of each working day, in order.</summary>
    internal int[] WorkdayOffsets { get; }

    /// <summary>The working days themselves, so answers need no date arithmetic.</summary>
    internal LocalDate[] WorkdayDates { get; }

    /// <summary>The offset of 1 January of each year.</summary>
    internal int[] YearStart { get; }

    /// <summary>Gets a value indicating whether every year of the table is known (no coverage checks needed inside it).</summary>
    internal bool AllKnown { get; }

    /// <summary>Equal ids for years in one contiguous run of known years; −1 for an unknown year.</summary>
    internal int[] RunOfYear { get; }

    /// <summary>Number of projected years before each year index (prefix sums).</summary>
    internal int[] ProjectedBeforeYear { get; }

    /// <summary>The day's offset in the table; outside the table's years it may be negative or past the end.</summary>
    internal int OffsetOf(LocalDate date)
    {
        var yearIndex = date.Year - FirstYear;
        return (uint)yearIndex < (uint)YearStart.Length
            ? YearStart[yearIndex] + date.DayOfYear - 1
            : date.ToDateOnly().DayNumber - FirstDayNumber;
    }

    /// <summary>The index of the year an in-table offset falls in.</summary>
    internal int YearIndexAt(int offset)
    {
        var index = Array.BinarySearch(YearStart, offset);
        return index >= 0 ? index : ~index - 1;
    }

    internal LocalDate DateAt(int offset) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(FirstDayNumber + offset));

    internal bool IsKnown(int offset) => (uint)offset < (uint)Kinds.Length && Kinds[offset] != Unknown;

    private void Mark(HolidayBlock block, Dictionary<LocalDate, Festival> statutory, List<Festival?> festivals)
    {
        for (var day = block.Start; day <= block.End; day = day.PlusDays(1))
        {
            var isStatutory = statutory.TryGetValue(day, out var festival);
            festival = isStatutory ? festival! : block.Festival;
            var index = festivals.IndexOf(festival);
            if (index < 0)
            {
                festivals.Add(festival);
                index = festivals.Count - 1;
            }

            SetIfKnown(OffsetOf(day), isStatutory ? DayKind.StatutoryHoliday : DayKind.AdjustedRestDay, (byte)index);
        }
    }

    private void SetIfKnown(int offset, DayKind kind, byte festival)
    {
        // A 元旦 block may reach into a previous year that this table does not know; those days stay unknown.
        if (IsKnown(offset))
        {
            Kinds[offset] = (byte)kind;
            FestivalIndex[offset] = festival;
        }
    }
}
