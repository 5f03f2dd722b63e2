using System.Collections.Immutable;
using System.Text.Json;
using NodaTime.Text;

namespace Disclosure.Domain.Calendars;

/// <summary>Published arrangements and local holidays, validated; the input from which a calendar's tables are built.</summary>
internal sealed class CalendarData
{
    internal const int FormatVersion = 1;

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
            var where = e.Path is null ? string.Empty : $" at {e.Path} (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1})";
            throw new CalendarDataException($"the JSON could not be read{where}: {e.Message}", e);
        }

        if (file is null)
        {
            throw new CalendarDataException(["the document is empty (null); expected an object with \"format\": 1 and \"years\"."]);
        }

        var problems = new List<string>();
        if (file.Format != FormatVersion)
        {
            throw new CalendarDataException([$"format {file.Format} is not supported; this version reads format {FormatVersion}."]);
        }

        var years = Years.ToBuilder();
        for (var i = 0; i < (file.Years?.Count ?? 0); i++)
        {
            if (file.Years![i] is not { } dto)
            {
                problems.Add($"years[{i}]: the entry is null; expected an object with \"year\", \"notice\", \"holidays\" and \"workdays\".");
                continue;
            }

            var arrangement = ReadYear(dto, $"years[{i}]", problems);
            if (arrangement is null)
            {
                continue;
            }

            if (!years.TryAdd(arrangement.Year, arrangement))
            {
                problems.Add($"years[{i}]: year {arrangement.Year} is listed twice (a data file may add years, not replace them).");
            }
        }

        var locals = LocalHolidays.ToBuilder();
        for (var i = 0; i < (file.LocalHolidays?.Count ?? 0); i++)
        {
            if (file.LocalHolidays![i] is { } local)
            {
                ReadLocal(local, $"localHolidays[{i}]", years, locals, problems);
            }
            else
            {
                problems.Add($"localHolidays[{i}]: the entry is null; expected an object with \"id\", \"name\", \"from\" and \"to\" (and optionally \"englishName\").");
            }
        }

        if (problems.Count > 0)
        {
            throw new CalendarDataException(problems);
        }

        var name = file.Name is { Length: > 0 } n ? (Years.IsEmpty ? n : $"{Name} + {n}") : Name;
        return new CalendarData(name, years.ToImmutable(), locals.ToImmutable());
    }

    private static YearArrangement? ReadYear(YearDto dto, string at, List<string> problems)
    {
        var count = problems.Count;
        if (dto.Year is < StatutoryHolidays.FirstYear or > StatutoryHolidays.LastYear)
        {
            problems.Add($"{at}.year: {dto.Year} is outside {StatutoryHolidays.FirstYear}–{StatutoryHolidays.LastYear}, the years whose statutory holidays this library knows.");
            return null;
        }

        var year = dto.Year;
        if (string.IsNullOrWhiteSpace(dto.Notice?.Title))
        {
            problems.Add($"{at}.notice.title: missing; give the title of the notice the arrangement comes from.");
        }

        var issued = dto.Notice?.Issued is null ? (LocalDate?)null : ReadDate(dto.Notice.Issued, $"{at}.notice.issued", problems);

        // A 元旦 block or its adjusted working day may reach back into the last days of December (as in the 2019 notice).
        var earliest = new LocalDate(year - 1, 12, 25);
        var latest = new LocalDate(year, 12, 31);
        var blocks = new List<HolidayBlock>();
        for (var i = 0; i < (dto.Holidays?.Count ?? 0); i++)
        {
            var where = $"{at}.holidays[{i}]";
            if (dto.Holidays![i] is not { } b)
            {
                problems.Add($"{where}: the entry is null; expected an object with \"festival\", \"from\" and \"to\".");
                continue;
            }

            var festival = b.Festival is null ? null : Festival.FromId(b.Festival);
            if (festival is null)
            {
                problems.Add($"{where}.festival: '{b.Festival}' is not a national festival; use one of {string.Join(", ", Festival.National.Concat(Festival.OneOff).Select(f => f.Id))}.");
            }

            var from = ReadDate(b.From, $"{where}.from", problems);
            var to = ReadDate(b.To, $"{where}.to", problems);
            if (festival is null || from is null || to is null)
            {
                continue;
            }

            if (to < from)
            {
                problems.Add($"{where}: 'to' {to:uuuu-MM-dd} is before 'from' {from:uuuu-MM-dd}.");
            }
            else if (from < earliest || to > latest)
            {
                problems.Add($"{where}: {from:uuuu-MM-dd}..{to:uuuu-MM-dd} lies outside {year}.");
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
                problems.Add($"{at}.holidays: the {blocks[i - 1].Festival.Id} block ({blocks[i - 1].Start:uuuu-MM-dd}..{blocks[i - 1].End:uuuu-MM-dd}) overlaps the {blocks[i].Festival.Id} block ({blocks[i].Start:uuuu-MM-dd}..{blocks[i].End:uuuu-MM-dd}).");
            }
        }

        var workdays = new List<LocalDate>();
        for (var i = 0; i < (dto.Workdays?.Count ?? 0); i++)
        {
            var where = $"{at}.workdays[{i}]";
            if (ReadDate(dto.Workdays![i], where, problems) is not { } day)
            {
                continue;
            }

            if (day < earliest || day > latest)
            {
                problems.Add($"{where}: {day:uuuu-MM-dd} lies outside {year}.");
            }
            else if (day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
            {
                problems.Add($"{where}: {day:uuuu-MM-dd} is a {day.DayOfWeek}; adjusted working days (调休上班) are Saturdays or Sundays.");
            }
            else if (blocks.Find(bl => bl.Contains(day)) is { Festival: not null } clash)
            {
                problems.Add($"{where}: {day:uuuu-MM-dd} is both a working day and a day off in the {clash.Festival.Id} block.");
            }
            else if (workdays.Contains(day))
            {
                problems.Add($"{where}: {day:uuuu-MM-dd} is listed twice.");
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
                problems.Add($"{at}.holidays: the statutory holiday {date:uuuu-MM-dd} ({festival.Name}) is not inside any holiday block.");
            }
        }

        foreach (var block in blocks)
        {
            if (block.Festival.DecreedDay is { } decreed)
            {
                if (!block.Contains(decreed))
                {
                    problems.Add($"{at}.holidays: the {block.Festival.Id} block {block.Start:uuuu-MM-dd}..{block.End:uuuu-MM-dd} does not contain {decreed:uuuu-MM-dd}, the day its notice decreed.");
                }

                continue;
            }

            if (!StatutoryHolidays.For(year).Any(s => s.Festival.Equals(block.Festival) && block.Contains(s.Date)))
            {
                problems.Add($"{at}.holidays: the {block.Festival.Id} block {block.Start:uuuu-MM-dd}..{block.End:uuuu-MM-dd} contains no statutory day of {block.Festival.Name}; check the festival or the dates.");
            }
        }

        if (problems.Count > count)
        {
            return null;
        }

        var notices = new List<NoticeReference> { new(dto.Notice!.Title!, issued, dto.Notice.Number) };
        for (var i = 0; i < (dto.Amendments?.Count ?? 0); i++)
        {
            var where = $"{at}.amendments[{i}]";
            if (dto.Amendments![i] is not { } amendment || string.IsNullOrWhiteSpace(amendment.Title))
            {
                problems.Add($"{where}.title: missing; give the title of the notice that amended the year.");
                continue;
            }

            var amended = amendment.Issued is null ? (LocalDate?)null : ReadDate(amendment.Issued, $"{where}.issued", problems);
            notices.Add(new NoticeReference(amendment.Title, amended, amendment.Number));
        }

        if (problems.Count > count)
        {
            return null;
        }

        workdays.Sort();
        return new YearArrangement(year, dto.Notice.Title!, issued, dto.Notice.Number, [.. blocks], [.. workdays], isProvisional: false, [.. notices]);
    }

    private static void ReadLocal(
        LocalHolidayDto dto,
        string at,
        ImmutableSortedDictionary<int, YearArrangement>.Builder years,
        ImmutableArray<HolidayBlock>.Builder locals,
        List<string> problems)
    {
        Festival festival;
        try
        {
            festival = Festival.Local(dto.Id ?? string.Empty, dto.Name ?? string.Empty, dto.EnglishName);
        }
        catch (ArgumentException e)
        {
            problems.Add($"{at}: id and name are required and the id must be a new lower-case ASCII id ({e.Message.Split(" (Parameter")[0]}).");
            return;
        }

        var from = ReadDate(dto.From, $"{at}.from", problems);
        var to = ReadDate(dto.To, $"{at}.to", problems);
        if (from is null || to is null)
        {
            return;
        }

        if (to < from)
        {
            problems.Add($"{at}: 'to' {to:uuuu-MM-dd} is before 'from' {from:uuuu-MM-dd}.");
            return;
        }

        for (var day = from.Value; day <= to.Value; day = day.PlusDays(1))
        {
            if (!years.TryGetValue(day.Year, out var arrangement))
            {
                problems.Add($"{at}: {day:uuuu-MM-dd} is in {day.Year}, which has no national arrangement to layer a local holiday over.");
                return;
            }

            if (arrangement.AdjustedWorkdays.Contains(day))
            {
                problems.Add($"{at}: {day:uuuu-MM-dd} is an adjusted working day (调休上班) of the national arrangement; a local holiday cannot fall on it.");
                return;
            }
        }

        locals.Add(new HolidayBlock(festival, from.Value, to.Value));
    }

    private static LocalDate? ReadDate(string? text, string at, List<string> problems)
    {
        if (text is null)
        {
            problems.Add($"{at}: missing; expected a date as yyyy-MM-dd.");
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        problems.Add($"{at}: '{text}' is not a date; expected yyyy-MM-dd, for example 2025-10-01.");
        return null;
    }
}
