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
            throw new CalendarDataException(Problem.Error(DataProblemCodes.InvalidJson, location, JsonText.Describe(e, json, "a calendar data object with \"format\": 1 and \"years\"")), e);
        }

        if (file is null)
        {
            throw new CalendarDataException([Problem.Error(DataProblemCodes.WrongType, new ProblemLocation("$"), "the document is empty (null); expected an object with \"format\": 1 and \"years\".")]);
        }

        var problems = new List<Problem>();
        if (file.Format != FormatVersion)
        {
            throw new CalendarDataException([Problem.Error(DataProblemCodes.UnknownFormatVersion, new ProblemLocation("$", field: "format"), $"format {file.Format} is not supported; this version reads format {FormatVersion}.")]);
        }

        var years = Years.ToBuilder();
        for (var i = 0; i < (file.Years?.Count ?? 0); i++)
        {
            if (file.Years![i] is not { } dto)
            {
                problems.Add(Problem.Error(DataProblemCodes.MissingValue, new ProblemLocation("years", i), "the entry is null; expected an object with \"year\", \"notice\", \"holidays\" and \"workdays\"."));
                continue;
            }

            var arrangement = ReadYear(dto, i, problems);
            if (arrangement is null)
            {
                continue;
            }

            if (!years.TryAdd(arrangement.Year, arrangement))
            {
                problems.Add(Problem.Error(DataProblemCodes.DuplicateId, new ProblemLocation("years", i, field: "year"), $"year {arrangement.Year} is listed twice (a data file may add years, not replace them)."));
            }
        }

        var locals = LocalHolidays.ToBuilder();
        for (var i = 0; i < (file.LocalHolidays?.Count ?? 0); i++)
        {
            if (file.LocalHolidays![i] is not { } local)
            {
                problems.Add(Problem.Error(DataProblemCodes.MissingValue, new ProblemLocation(JsonLocalSection, i), "the entry is null; expected an object with \"id\", \"name\", \"from\" and \"to\" (and optionally \"englishName\")."));
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
                problems.Add(Problem.Error(DataProblemCodes.MissingValue, new ProblemLocation(section, index), "the holiday is null."));
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
        void Add(ProblemCode code, string field, string message) => problems.Add(Problem.Error(code, At(field), message));
        var count = problems.Count;
        if (dto.Year is < StatutoryHolidays.FirstYear or > StatutoryHolidays.LastYear)
        {
            Add(DataProblemCodes.OutOfRange, "year", $"{dto.Year} is outside {StatutoryHolidays.FirstYear}–{StatutoryHolidays.LastYear}, the years whose statutory holidays this library knows.");
            return null;
        }

        var year = dto.Year;
        if (string.IsNullOrWhiteSpace(dto.Notice?.Title))
        {
            Add(DataProblemCodes.MissingValue, "notice.title", "missing; give the title of the notice the arrangement comes from.");
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
                Add(DataProblemCodes.MissingValue, where, "the entry is null; expected an object with \"festival\", \"from\" and \"to\".");
                continue;
            }

            var festival = b.Festival is null ? null : Festival.FromId(b.Festival);
            if (festival is null)
            {
                Add(DataProblemCodes.InvalidValue, where + ".festival", $"'{b.Festival}' is not a national festival; use one of {string.Join(", ", Festival.National.Concat(Festival.OneOff).Select(f => f.Id))}.");
            }

            var from = ReadDate(b.From, At(where + ".from"), problems);
            var to = ReadDate(b.To, At(where + ".to"), problems);
            if (festival is null || from is null || to is null)
            {
                continue;
            }

            if (to < from)
            {
                Add(DataProblemCodes.OutOfRange, where + ".to", $"'to' {to:uuuu-MM-dd} is before 'from' {from:uuuu-MM-dd}.");
            }
            else if (from < earliest || to > latest)
            {
                Add(DataProblemCodes.OutOfRange, where, $"{from:uuuu-MM-dd}..{to:uuuu-MM-dd} lies outside {year}.");
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
                Add(DataProblemCodes.CalendarConflict, "holidays", $"the {blocks[i - 1].Festival.Id} block ({blocks[i - 1].Start:uuuu-MM-dd}..{blocks[i - 1].End:uuuu-MM-dd}) overlaps the {blocks[i].Festival.Id} block ({blocks[i].Start:uuuu-MM-dd}..{blocks[i].End:uuuu-MM-dd}).");
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
                Add(DataProblemCodes.OutOfRange, where, $"{day:uuuu-MM-dd} lies outside {year}.");
            }
            else if (day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
            {
                Add(DataProblemCodes.InvalidValue, where, $"{day:uuuu-MM-dd} is a {day.DayOfWeek}; adjusted working days (调休上班) are Saturdays or Sundays.");
            }
            else if (blocks.Find(bl => bl.Contains(day)) is { Festival: not null } clash)
            {
                Add(DataProblemCodes.CalendarConflict, where, $"{day:uuuu-MM-dd} is both a working day and a day off in the {clash.Festival.Id} block.");
            }
            else if (workdays.Contains(day))
            {
                Add(DataProblemCodes.DuplicateId, where, $"{day:uuuu-MM-dd} is listed twice.");
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
                Add(DataProblemCodes.CalendarConflict, "holidays", $"the statutory holiday {date:uuuu-MM-dd} ({festival.Name}) is not inside any holiday block.");
            }
        }

        foreach (var block in blocks)
        {
            if (block.Festival.DecreedDay is { } decreed)
            {
                if (!block.Contains(decreed))
                {
                    Add(DataProblemCodes.CalendarConflict, "holidays", $"the {block.Festival.Id} block {block.Start:uuuu-MM-dd}..{block.End:uuuu-MM-dd} does not contain {decreed:uuuu-MM-dd}, the day its notice decreed.");
                }

                continue;
            }

            if (!StatutoryHolidays.For(year).Any(s => s.Festival.Equals(block.Festival) && block.Contains(s.Date)))
            {
                Add(DataProblemCodes.CalendarConflict, "holidays", $"the {block.Festival.Id} block {block.Start:uuuu-MM-dd}..{block.End:uuuu-MM-dd} contains no statutory day of {block.Festival.Name}; check the festival or the dates.");
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
                Add(DataProblemCodes.MissingValue, where + ".title", "missing; give the title of the notice that amended the year.");
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
        void Add(ProblemCode code, string? field, string message) => problems.Add(Problem.Error(code, new ProblemLocation(section, index, holiday.Id, field), message));
        if (string.IsNullOrWhiteSpace(holiday.Name))
        {
            Add(DataProblemCodes.MissingValue, "name", "\"name\" is missing or empty; expected the holiday's Chinese name.");
        }

        if (!Slug.IsValid(holiday.Id))
        {
            Add(string.IsNullOrEmpty(holiday.Id) ? DataProblemCodes.MissingValue : DataProblemCodes.InvalidId, "id", $"holiday id '{holiday.Id}' is missing or malformed; expected lower-case ASCII letters, digits and hyphens.");
        }
        else if (Festival.FromId(holiday.Id) is not null || locals.Any(l => l.Festival.Id == holiday.Id))
        {
            Add(DataProblemCodes.DuplicateId, "id", $"holiday id '{holiday.Id}' is used twice (a national festival's id or another local holiday's); expected each holiday id once.");
        }

        foreach (var (date, field) in new[] { (holiday.From, "from"), (holiday.To, "to") })
        {
            if (!years.ContainsKey(date.Year))
            {
                Add(DataProblemCodes.DateOutsideCalendar, field, $"{date:uuuu-MM-dd} is in {date.Year}, which has no national arrangement to layer a local holiday over; expected a date in a published year ({string.Join(", ", years.Keys)}).");
            }
        }

        if (holiday.To < holiday.From)
        {
            Add(DataProblemCodes.OutOfRange, "to", $"to {holiday.To:uuuu-MM-dd} is before from {holiday.From:uuuu-MM-dd}; expected from ≤ to.");
        }
        else if (Period.DaysBetween(holiday.From, holiday.To) > LocalHoliday.MaxDays - 1)
        {
            Add(DataProblemCodes.OutOfRange, "to", $"the block {holiday.From:uuuu-MM-dd}..{holiday.To:uuuu-MM-dd} is longer than {LocalHoliday.MaxDays} days; expected a holiday block.");
        }
        else if (problems.Count == count)
        {
            for (var day = holiday.From; day <= holiday.To; day = day.PlusDays(1))
            {
                if (years[day.Year].AdjustedWorkdays.Contains(day))
                {
                    Add(DataProblemCodes.CalendarConflict, null, $"{day:uuuu-MM-dd} is an adjusted working day (调休上班) of the national arrangement; a local holiday cannot fall on it.");
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
            problems.Add(Problem.Error(DataProblemCodes.MissingValue, at, "missing; expected a date as yyyy-MM-dd."));
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        problems.Add(Problem.Error(DataProblemCodes.InvalidValue, at, $"'{text}' is not a date; expected yyyy-MM-dd, for example 2025-10-01."));
        return null;
    }
}
