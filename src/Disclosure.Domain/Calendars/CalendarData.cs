using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Disclosure.Domain.Diagnostics;
using NodaTime.Text;

namespace Disclosure.Domain.Calendars;

/// <summary>Published arrangements and local holidays, validated; the input from which a calendar's tables are built.</summary>
internal sealed class CalendarData
{
    internal const int FormatVersion = 1;

    /// <summary>The section of a calendar file's local holidays, as problems name it.</summary>
    private const string JsonLocalSection = "localHolidays";

    private CalendarData(string name, ImmutableSortedDictionary<int, YearArrangement> years, ImmutableArray<HolidayBlock> localHolidays)
    {
        Name = name;
        Years = years;
        LocalHolidays = localHolidays;
    }

    internal static CalendarData Empty { get; } = new("empty", ImmutableSortedDictionary<int, YearArrangement>.Empty, []);

    internal string Name { get; }

    internal ImmutableSortedDictionary<int, YearArrangement> Years { get; }

    internal ImmutableArray<HolidayBlock> LocalHolidays { get; }

    /// <summary>Parses a data file and layers it over this data; throws <see cref="CalendarDataException"/> listing every problem.</summary>
    internal CalendarData Add(string json)
    {
        CalendarFileDto? file;
        try
        {
            file = JsonSerializer.Deserialize(json, CalendarJsonContext.Default.CalendarFileDto);
        }
        catch (JsonException e)
        {
            // Located in the text (1-based); the caller that knows the file name replaces the source.
            var location = new ProblemLocation("$") { Source = "calendar data", Path = e.Path ?? "$", Line = (int)(e.LineNumber + 1 ?? 1), Column = (int)(e.BytePositionInLine + 1 ?? 1) };
            throw new CalendarDataException(Problem.Error(DataProblemCodes.InvalidJson, location, JsonText.Describe(e, json, CalendarTexts.Text("Data.InvalidJson.Expected"))), e);
        }

        if (file is null)
        {
            throw new CalendarDataException([Problem.Error(DataProblemCodes.WrongType, new ProblemLocation("$"), CalendarTexts.Text("Data.Null"))]);
        }

        var problems = new List<Problem>();
        if (file.Format != FormatVersion)
        {
            throw new CalendarDataException([Problem.Error(DataProblemCodes.UnknownFormatVersion, new ProblemLocation("$", field: "format"), CalendarTexts.Text("Data.Format", file.Format, FormatVersion))]);
        }

        var years = Years.ToBuilder();
        for (var i = 0; i < (file.Years?.Count ?? 0); i++)
        {
            if (file.Years![i] is not { } dto)
            {
                problems.Add(Problem.Error(DataProblemCodes.MissingValue, new ProblemLocation("years", i), CalendarTexts.Text("Data.YearNull")));
                continue;
            }

            var arrangement = ReadYear(dto, i, problems);
            if (arrangement is null)
            {
                continue;
            }

            if (!years.TryAdd(arrangement.Year, arrangement))
            {
                problems.Add(Problem.Error(DataProblemCodes.DuplicateId, new ProblemLocation("years", i, field: "year"), CalendarTexts.Text("Data.YearTwice", arrangement.Year)));
            }
        }

        var locals = LocalHolidays.ToBuilder();
        for (var i = 0; i < (file.LocalHolidays?.Count ?? 0); i++)
        {
            if (file.LocalHolidays![i] is not { } local)
            {
                problems.Add(Problem.Error(DataProblemCodes.MissingValue, new ProblemLocation(JsonLocalSection, i), CalendarTexts.Text("Data.LocalNull")));
                continue;
            }

            var from = ReadDate(local.From, new ProblemLocation(JsonLocalSection, i, local.Id, "from"), problems);
            var to = ReadDate(local.To, new ProblemLocation(JsonLocalSection, i, local.Id, "to"), problems);
            if (from is { } f && to is { } t)
            {
                AddLocal(new LocalHoliday(local.Id!, local.Name!, local.EnglishName, f, t), JsonLocalSection, i, years, locals, problems);
            }
        }

        if (problems.Count > 0)
        {
            throw new CalendarDataException(problems);
        }

        var name = file.Name is { Length: > 0 } n ? (Years.IsEmpty ? n : $"{Name} + {n}") : Name;
        return new CalendarData(name, years.ToImmutable(), locals.ToImmutable());
    }

    /// <summary>Layers local holidays given as values over this data; the problems of each are located at its position in <paramref name="section"/>.</summary>
    internal CalendarData AddLocalHolidays(IEnumerable<LocalHoliday> holidays, string section, out List<Problem> problems)
    {
        problems = [];
        var years = Years.ToBuilder();
        var locals = LocalHolidays.ToBuilder();
        var index = 0;
        foreach (var holiday in holidays)
        {
            if (holiday is null)
            {
                problems.Add(Problem.Error(DataProblemCodes.MissingValue, new ProblemLocation(section, index), CalendarTexts.Text("Data.HolidayNull")));
            }
            else
            {
                AddLocal(holiday, section, index, years, locals, problems);
            }

            index++;
        }

        return problems.Count > 0 || index == 0 ? this : new CalendarData(Name, Years, locals.ToImmutable());
    }

    private static YearArrangement? ReadYear(YearDto dto, int index, List<Problem> problems)
    {
        ProblemLocation At(string field) => new("years", index, dto.Year.ToString(CultureInfo.InvariantCulture), field);
        void Add(ProblemCode code, string field, LocalizedText message) => problems.Add(Problem.Error(code, At(field), message));
        var count = problems.Count;
        if (dto.Year is < StatutoryHolidays.FirstYear or > StatutoryHolidays.LastYear)
        {
            Add(DataProblemCodes.OutOfRange, "year", CalendarTexts.Text("Data.YearOutside", dto.Year, StatutoryHolidays.FirstYear, StatutoryHolidays.LastYear));
            return null;
        }

        var year = dto.Year;
        if (string.IsNullOrWhiteSpace(dto.Notice?.Title))
        {
            Add(DataProblemCodes.MissingValue, "notice.title", CalendarTexts.Text("Data.NoticeTitle"));
        }

        var issued = dto.Notice?.Issued is null ? (LocalDate?)null : ReadDate(dto.Notice.Issued, At("notice.issued"), problems);

        // A 元旦 block or its adjusted working day may reach back into the last days of December (as in the 2019 notice).
        var earliest = new LocalDate(year - 1, 12, 25);
        var latest = new LocalDate(year, 12, 31);
        var blocks = new List<HolidayBlock>();
        for (var i = 0; i < (dto.Holidays?.Count ?? 0); i++)
        {
            var where = "holidays[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (dto.Holidays![i] is not { } b)
            {
                Add(DataProblemCodes.MissingValue, where, CalendarTexts.Text("Data.BlockNull"));
                continue;
            }

            var festival = b.Festival is null ? null : Festival.FromId(b.Festival);
            if (festival is null)
            {
                Add(DataProblemCodes.InvalidValue, where + ".festival", CalendarTexts.Text("Data.UnknownFestival", b.Festival, LocalizedText.List(Festival.National.Concat(Festival.OneOff).Select(f => f.Id))));
            }

            var from = ReadDate(b.From, At(where + ".from"), problems);
            var to = ReadDate(b.To, At(where + ".to"), problems);
            if (festival is null || from is null || to is null)
            {
                continue;
            }

            if (to < from)
            {
                Add(DataProblemCodes.OutOfRange, where + ".to", CalendarTexts.Text("Data.ToBeforeFrom", to.Value, from.Value));
            }
            else if (from < earliest || to > latest)
            {
                Add(DataProblemCodes.OutOfRange, where, CalendarTexts.Text("Data.BlockOutsideYear", from.Value, to.Value, year));
            }
            else
            {
                blocks.Add(new HolidayBlock(festival, from.Value, to.Value));
            }
        }

        blocks.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var i = 1; i < blocks.Count; i++)
        {
            if (blocks[i].Start <= blocks[i - 1].End)
            {
                Add(DataProblemCodes.CalendarConflict, "holidays", CalendarTexts.Text("Data.BlocksOverlap", CalendarTexts.FestivalName(blocks[i - 1].Festival), blocks[i - 1].Start, blocks[i - 1].End, CalendarTexts.FestivalName(blocks[i].Festival), blocks[i].Start, blocks[i].End));
            }
        }

        var workdays = new List<LocalDate>();
        for (var i = 0; i < (dto.Workdays?.Count ?? 0); i++)
        {
            var where = "workdays[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (ReadDate(dto.Workdays![i], At(where), problems) is not { } day)
            {
                continue;
            }

            if (day < earliest || day > latest)
            {
                Add(DataProblemCodes.OutOfRange, where, CalendarTexts.Text("Data.DayOutsideYear", day, year));
            }
            else if (day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
            {
                Add(DataProblemCodes.InvalidValue, where, CalendarTexts.Text("Data.WorkdayNotWeekend", day, CalendarTexts.Weekday(day.DayOfWeek)));
            }
            else if (blocks.Find(bl => bl.Contains(day)) is { Festival: not null } clash)
            {
                Add(DataProblemCodes.CalendarConflict, where, CalendarTexts.Text("Data.WorkdayInBlock", day, CalendarTexts.FestivalName(clash.Festival)));
            }
            else if (workdays.Contains(day))
            {
                Add(DataProblemCodes.DuplicateId, where, CalendarTexts.Text("Data.DayTwice", day));
            }
            else
            {
                workdays.Add(day);
            }
        }

        foreach (var (date, festival) in StatutoryHolidays.For(year))
        {
            if (!blocks.Exists(bl => bl.Contains(date)))
            {
                Add(DataProblemCodes.CalendarConflict, "holidays", CalendarTexts.Text("Data.StatutoryOutside", date, festival.Name));
            }
        }

        foreach (var block in blocks)
        {
            if (block.Festival.DecreedDay is { } decreed)
            {
                if (!block.Contains(decreed))
                {
                    Add(DataProblemCodes.CalendarConflict, "holidays", CalendarTexts.Text("Data.DecreedOutside", CalendarTexts.FestivalName(block.Festival), block.Start, block.End, decreed));
                }

                continue;
            }

            if (!StatutoryHolidays.For(year).Any(s => s.Festival.Equals(block.Festival) && block.Contains(s.Date)))
            {
                Add(DataProblemCodes.CalendarConflict, "holidays", CalendarTexts.Text("Data.NoStatutoryDay", CalendarTexts.FestivalName(block.Festival), block.Start, block.End, block.Festival.Name));
            }
        }

        if (problems.Count > count)
        {
            return null;
        }

        var notices = new List<NoticeReference> { new(dto.Notice!.Title!, issued, dto.Notice.Number) };
        for (var i = 0; i < (dto.Amendments?.Count ?? 0); i++)
        {
            var where = "amendments[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (dto.Amendments![i] is not { } amendment || string.IsNullOrWhiteSpace(amendment.Title))
            {
                Add(DataProblemCodes.MissingValue, where + ".title", CalendarTexts.Text("Data.AmendmentTitle"));
                continue;
            }

            var amended = amendment.Issued is null ? (LocalDate?)null : ReadDate(amendment.Issued, At(where + ".issued"), problems);
            notices.Add(new NoticeReference(amendment.Title, amended, amendment.Number));
        }

        if (problems.Count > count)
        {
            return null;
        }

        workdays.Sort();
        return new YearArrangement(year, dto.Notice.Title!, issued, dto.Notice.Number, [.. blocks], [.. workdays], isProvisional: false, [.. notices]);
    }

    /// <summary>Checks one local holiday against the years and the local holidays so far, and adds it when it has no problem.</summary>
    private static void AddLocal(
        LocalHoliday holiday,
        string section,
        int index,
        ImmutableSortedDictionary<int, YearArrangement>.Builder years,
        ImmutableArray<HolidayBlock>.Builder locals,
        List<Problem> problems)
    {
        var count = problems.Count;
        void Add(ProblemCode code, string? field, LocalizedText message) => problems.Add(Problem.Error(code, new ProblemLocation(section, index, holiday.Id, field), message));
        if (string.IsNullOrWhiteSpace(holiday.Name))
        {
            Add(DataProblemCodes.MissingValue, "name", CalendarTexts.Text("Data.LocalName"));
        }

        if (!Slug.IsValid(holiday.Id))
        {
            Add(string.IsNullOrEmpty(holiday.Id) ? DataProblemCodes.MissingValue : DataProblemCodes.InvalidId, "id", CalendarTexts.Text("Data.LocalId", holiday.Id));
        }
        else if (Festival.FromId(holiday.Id) is not null || locals.Any(l => l.Festival.Id == holiday.Id))
        {
            Add(DataProblemCodes.DuplicateId, "id", CalendarTexts.Text("Data.LocalIdTwice", holiday.Id));
        }

        foreach (var (date, field) in new[] { (holiday.From, "from"), (holiday.To, "to") })
        {
            if (!years.ContainsKey(date.Year))
            {
                Add(DataProblemCodes.DateOutsideCalendar, field, CalendarTexts.Text("Data.LocalUnpublishedYear", date, date.Year, LocalizedText.List(years.Keys)));
            }
        }

        if (holiday.To < holiday.From)
        {
            Add(DataProblemCodes.OutOfRange, "to", CalendarTexts.Text("Data.LocalToBeforeFrom", holiday.To, holiday.From));
        }
        else if (Period.DaysBetween(holiday.From, holiday.To) > LocalHoliday.MaxDays - 1)
        {
            Add(DataProblemCodes.OutOfRange, "to", CalendarTexts.Text("Data.LocalTooLong", holiday.From, holiday.To, LocalHoliday.MaxDays));
        }
        else if (problems.Count == count)
        {
            for (var day = holiday.From; day <= holiday.To; day = day.PlusDays(1))
            {
                if (years[day.Year].AdjustedWorkdays.Contains(day))
                {
                    Add(DataProblemCodes.CalendarConflict, null, CalendarTexts.Text("Data.LocalOnWorkday", day));
                    break;
                }
            }
        }

        if (problems.Count == count)
        {
            locals.Add(new HolidayBlock(Festival.Local(holiday.Id, holiday.Name, holiday.EnglishName), holiday.From, holiday.To));
        }
    }

    private static LocalDate? ReadDate(string? text, ProblemLocation at, List<Problem> problems)
    {
        if (text is null)
        {
            problems.Add(Problem.Error(DataProblemCodes.MissingValue, at, CalendarTexts.Text("Data.DateMissing")));
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        problems.Add(Problem.Error(DataProblemCodes.InvalidValue, at, CalendarTexts.Text("Data.DateInvalid", text)));
        return null;
    }
}
