using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Calendars;

/// <summary>
/// Reads the State Council's holiday notices (国务院办公厅关于…年部分节假日安排的通知) as published, with their
/// amendments, into a year's arrangement checked against 《全国年节及纪念日放假办法》.
/// </summary>
/// <remarks>
/// <para>
/// Accepted: full-width or ASCII punctuation; 星期X or 周X; 至 or a dash between dates; "放假调休，共N天", "放假，与周末连休",
/// "放假公休", "放假N天", "…补休"; dates with or without the year, and a 元旦 block that starts in the previous December;
/// parenthesised annotations (农历 dates, weekdays — a weekday is checked against the date); the 2008–2009 wording
/// ("其中…为法定节假日，…照常公休，…公休日调至…"), whose every clause is checked; item headings on a line of their own;
/// a news dateline (新华社北京…电) before the title; lines starting with <c>#</c> (metadata; <c># title: …</c> gives the
/// title when the text has none).
/// </para>
/// <para>
/// It never guesses. Only numbered items (一、二、…) carry the arrangement; a line of an item it cannot read, an item
/// naming no festival, or an arrangement sentence outside every item is an error naming the line. Lines without any
/// arrangement (the salutation, the closing duties, the signature) are read as such.
/// </para>
/// <para>
/// Checks against the law in force that year: every statutory day inside a block of its own festival (2008–2013 春节 =
/// 除夕–初二, 2014–2024 初一–初三, from 2025 除夕–初三 and 劳动节 1–2 May); every festival present once; 共N天 equal to
/// the block's length; 上班 days that are Saturdays or Sundays outside every block; a stated weekday equal to the date's;
/// the title's year equal to the year the text arranges; blocks that do not overlap.
/// </para>
/// <para>
/// Amendments, applied in the order given: an adjustment (国务院办公厅关于调整2019年劳动节假期安排的通知) replaces its
/// festival's block and 上班 days; an extension (国务院办公厅关于延长2020年春节假期的通知) moves the block's end and
/// drops the 上班 days it now covers; a one-off notice (国务院关于…纪念日调休放假的通知) adds its block.
/// </para>
/// <para>Thread-safe: the methods are pure.</para>
/// </remarks>
public static class CalendarNotice
{
    private const char DateMark = '@';

    private static readonly (string Name, Festival Festival)[] FestivalNames =
    [
        ("“五一”国际劳动节", Festival.LabourDay), ("\"五一\"国际劳动节", Festival.LabourDay), ("国际劳动节", Festival.LabourDay),
        ("元旦", Festival.NewYearsDay), ("春节", Festival.SpringFestival), ("清明节", Festival.QingmingFestival),
        ("劳动节", Festival.LabourDay), ("端午节", Festival.DragonBoatFestival), ("中秋节", Festival.MidAutumnFestival),
        ("国庆节", Festival.NationalDay),
    ];

    private static readonly Regex DateToken = new(@"(?:(?<y>\d{4})\s*年\s*)?(?:(?<m>\d{1,2})\s*月\s*)?(?<d>\d{1,2})\s*日", RegexOptions.CultureInvariant);
    private static readonly Regex AnyDate = new(@"\d{1,2}\s*月\s*\d{1,2}\s*日", RegexOptions.CultureInvariant);
    // 一、 or (一) or 1、 / 1. numbering, or a news summary's —— bullet.
    private static readonly Regex Item = new(@"^(?:(?<n>[一二三四五六七八九十]+)\s*[、.．。,]|\((?<n>[一二三四五六七八九十]+)\)|(?<n>\d{1,2})\s*[、。](?!\d)|(?<n>——|—|•|·))\s*(?<rest>.*)$", RegexOptions.CultureInvariant);
    private static readonly Regex Number = new(@"(?<kind>国办发明电|国发明电|国办发|国发)\s*[〔\[(【]\s*(?<y>\d{4})\s*[〕\])】]\s*(?<n>\d+)\s*号", RegexOptions.CultureInvariant);
    private static readonly Regex Dateline = new(@"^(?:\(受权发布\))?\s*新华社[^电]{0,20}电\s*", RegexOptions.CultureInvariant);
    private static readonly Regex AnnualTitle = new(@"国务院办公厅关于(?<y>\d{4})年部分节假日安排的通知", RegexOptions.CultureInvariant);
    private static readonly Regex AdjustTitle = new(@"国务院办公厅关于调整(?<y>\d{4})年(?<f>\S+?)假期安排的通知", RegexOptions.CultureInvariant);
    private static readonly Regex ExtendTitle = new(@"国务院办公厅关于延长(?<y>\d{4})年(?<f>\S+?)假期的通知", RegexOptions.CultureInvariant);
    private static readonly Regex OneOffTitle = new(@"国务院关于(?<f>\S+?)调休放假的通知", RegexOptions.CultureInvariant);
    private static readonly Regex AnyTitle = new(@"国务院(?:办公厅)?关于\S+?的通知", RegexOptions.CultureInvariant);
    private static readonly Regex IntroYear = new(@"(?<y>\d{4})年\s*,?\s*(?:元旦|调整|延长)|(?:调整|延长)(?<y>\d{4})年", RegexOptions.CultureInvariant);
    private static readonly Regex ArabicDateLine = new(@"^(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})日$", RegexOptions.CultureInvariant);
    private static readonly Regex ChineseDateLine = new(@"^(?<y>[〇○零一二三四五六七八九]{4})年(?<m>[一二三四五六七八九十]{1,3})月(?<d>[一二三四五六七八九十]{1,3})日$", RegexOptions.CultureInvariant);
    private static readonly Regex Weekday = new(@"(?:星期|周)(?<w>[一二三四五六日天])", RegexOptions.CultureInvariant);

    private static readonly Regex BlockPiece = new(@"^(?:全国)?@(?:至@)?(?<verb>放假调休|调休放假|放假公休|放假)(?:(?<n>\d+)天)?$", RegexOptions.CultureInvariant);
    private static readonly Regex CountPiece = new(@"^共(?<n>\d+)天$", RegexOptions.CultureInvariant);
    private static readonly Regex WorkPiece = new(@"^@(?:、@)*(?:照常)?上班$", RegexOptions.CultureInvariant);
    private static readonly Regex SubstitutePiece = new(@"^@补休$", RegexOptions.CultureInvariant);
    private static readonly Regex ResumePiece = new(@"^@起正常上班$", RegexOptions.CultureInvariant);
    private static readonly Regex ExtendPiece = new(@"^延长(?:\d{4}年)?\S*?假期至@$", RegexOptions.CultureInvariant);
    private static readonly Regex StatutoryPiece = new(@"^@(?:、@)*为\S{0,4}法定节假日$", RegexOptions.CultureInvariant);
    private static readonly Regex RestPiece = new(@"^@(?:、@)*(?:为公休日|照常公休)$", RegexOptions.CultureInvariant);
    private static readonly Regex SwapPiece = new(@"^将?(?<from>@(?:、@)*)(?:两个)?公休日(?:及\S{2,4}?)?(?:分别)?调至(?<to>@(?:、@)*)$", RegexOptions.CultureInvariant);
    private static readonly Regex DayOffPiece = new(@"^@(?:放假|调休)$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Reads a year's notice and its amendments (in the order they were issued) into the year's arrangement, or every
    /// problem found with its line. Never throws for bad text.
    /// </summary>
    /// <param name="notice">The year's notice (国务院办公厅关于…年部分节假日安排的通知), as published.</param>
    /// <param name="amendments">Later notices that change the year: adjustments, extensions, one-off days off.</param>
    /// <returns>The arrangement (with every notice in <see cref="YearArrangement.Notices"/>), or the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="notice"/> or an amendment is <see langword="null"/>.</exception>
    [Pure]
    public static CalendarNoticeResult Parse(string notice, params string[] amendments)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(amendments);
        var problems = new List<Problem>();
        var main = new Reader(0, notice, problems).Read();
        if (main is null)
        {
            return new CalendarNoticeResult(null, [.. problems]);
        }

        if (main.Kind != Kind.Annual)
        {
            problems.Add(Problem(0, main.TitleLine, "notice.not-annual", CalendarTexts.Text("Notice.NotAnnual", main.Title, main.Year)));
            return new CalendarNoticeResult(null, [.. problems]);
        }

        CheckAnnual(main, problems);
        var items = main.Items.ToList();
        var notices = new List<NoticeReference> { main.Reference };
        for (var i = 0; i < amendments.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(amendments[i], nameof(amendments));
            var amendment = new Reader(i + 1, amendments[i], problems).Read();
            if (amendment is null)
            {
                continue;
            }

            if (amendment.Kind == Kind.Annual)
            {
                problems.Add(Problem(i + 1, amendment.TitleLine, "notice.not-amendment", CalendarTexts.Text("Notice.NotAmendment", amendment.Title)));
                continue;
            }

            if (amendment.Year != main.Year)
            {
                problems.Add(Problem(i + 1, amendment.TitleLine, "notice.year-mismatch", CalendarTexts.Text("Notice.AmendsOtherYear", amendment.Title, amendment.Year, main.Year)));
                continue;
            }

            Apply(amendment, items, problems);
            notices.Add(amendment.Reference);
        }

        if (problems.Count > 0)
        {
            return new CalendarNoticeResult(null, [.. problems]);
        }

        CheckLaw(main.Year, items, problems);
        if (problems.Count > 0)
        {
            return new CalendarNoticeResult(null, [.. problems]);
        }

        var blocks = items.Select(i => new HolidayBlock(i.Festival, i.Start, i.End)).OrderBy(b => b.Start).ToImmutableArray();
        var workdays = items.SelectMany(i => i.Workdays).Distinct().Order().ToImmutableArray();
        var arrangement = new YearArrangement(main.Year, main.Title, main.IssuedOn, main.Number, blocks, workdays, isProvisional: false, [.. notices]);

        // The data loader's own checks, so that what the parser accepts always loads.
        try
        {
            var loaded = CalendarData.Empty.Add(CalendarDataWriter.Write(main.Title, [arrangement]));
            arrangement = loaded.Years[main.Year];
        }
        catch (CalendarDataException e)
        {
            problems.AddRange(e.Problems.Select(p => Problem(0, 0, "notice.invalid-arrangement", CalendarTexts.Text("Notice.ArrangementInvalid", p.Location, (object?)p.Text ?? p.Message))));
        }

        return new CalendarNoticeResult(arrangement, [.. problems]);
    }

    private static void CheckAnnual(Notice notice, List<Problem> problems)
    {
        foreach (var festival in Festival.National)
        {
            var found = notice.Items.Where(i => i.Festivals.Contains(festival)).ToList();
            if (found.Count == 0)
            {
                problems.Add(Problem(0, 0, "notice.festival-missing", CalendarTexts.Text("Notice.FestivalMissing", festival.Name)));
            }
            else if (found.Count > 1)
            {
                problems.Add(Problem(0, found[1].Line, "notice.festival-repeated", CalendarTexts.Text("Notice.FestivalRepeated", festival.Name, found[0].Line, found[1].Line)));
            }
        }
    }

    private static void Apply(Notice amendment, List<NoticeItem> items, List<Problem> problems)
    {
        var festival = amendment.Festival!;
        switch (amendment.Kind)
        {
            case Kind.Adjustment:
                var replacement = amendment.Items.SingleOrDefault();
                if (replacement is null)
                {
                    problems.Add(Problem(amendment.Document, 0, "notice.no-arrangement", CalendarTexts.Text("Notice.AdjustmentWithoutBlock", festival.Name)));
                    return;
                }

                var index = items.FindIndex(i => i.Festivals.Contains(festival));
                if (index < 0)
                {
                    problems.Add(Problem(amendment.Document, replacement.Line, "notice.festival-missing", CalendarTexts.Text("Notice.NothingToAdjust", festival.Name)));
                    return;
                }

                items[index] = replacement with { Festivals = items[index].Festivals, Festival = items[index].Festival };
                break;
            case Kind.Extension:
                var extension = amendment.Extension;
                var target = items.FindIndex(i => i.Festivals.Contains(festival));
                if (extension is null || target < 0)
                {
                    problems.Add(Problem(amendment.Document, extension?.Line ?? 0, "notice.no-arrangement", extension is null
                        ? CalendarTexts.Text("Notice.ExtensionWithoutEnd", festival.Name)
                        : CalendarTexts.Text("Notice.NothingToExtend", festival.Name)));
                    return;
                }

                var block = items[target];
                if (extension.Value.End <= block.End)
                {
                    problems.Add(Problem(amendment.Document, extension.Value.Line, "notice.not-an-extension", CalendarTexts.Text("Notice.NotAnExtension", extension.Value.End, festival.Name, block.End)));
                    return;
                }

                items[target] = block with { End = extension.Value.End, Workdays = [.. block.Workdays.Where(d => d > extension.Value.End || d < block.Start)] };
                break;
            case Kind.OneOff:
                foreach (var item in amendment.Items)
                {
                    items.Add(item);
                }

                break;
        }
    }

    private static void CheckLaw(int year, List<NoticeItem> items, List<Problem> problems)
    {
        foreach (var (date, festival) in StatutoryHolidays.For(year))
        {
            if (!items.Exists(i => i.Festivals.Contains(festival) && date >= i.Start && date <= i.End))
            {
                var item = items.Find(i => i.Festivals.Contains(festival));
                problems.Add(Problem(item?.Document ?? 0, item?.Line ?? 0, "notice.statutory-day-outside", CalendarTexts.Text("Notice.StatutoryDayOutside", date, CalendarTexts.Weekday(date.DayOfWeek), festival.Name, year)));
            }
        }

        var ordered = items.OrderBy(i => i.Start).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Start <= ordered[i - 1].End)
            {
                problems.Add(Problem(ordered[i].Document, ordered[i].Line, "notice.blocks-overlap", CalendarTexts.Text("Notice.BlocksOverlap", ordered[i].Festival.Name, ordered[i].Start, ordered[i].End, ordered[i - 1].Festival.Name, ordered[i - 1].Start, ordered[i - 1].End)));
            }
        }

        foreach (var item in items)
        {
            foreach (var day in item.Workdays)
            {
                if (items.Find(i => day >= i.Start && day <= i.End) is { } clash)
                {
                    problems.Add(Problem(item.Document, item.Line, "notice.workday-in-block", CalendarTexts.Text("Notice.WorkdayInBlock", day, clash.Festival.Name, clash.Start, clash.End)));
                }
            }
        }
    }

    private enum Kind
    {
        Annual,
        Adjustment,
        Extension,
        OneOff,
    }

    private sealed record NoticeItem(int Document, int Line, Festival Festival, ImmutableArray<Festival> Festivals, LocalDate Start, LocalDate End, ImmutableArray<LocalDate> Workdays);

    private sealed record Notice(int Document, Kind Kind, string Title, int TitleLine, int Year, Festival? Festival, LocalDate? IssuedOn, string? Number, ImmutableArray<NoticeItem> Items, (LocalDate End, int Line)? Extension)
    {
        internal NoticeReference Reference => new(Title, IssuedOn, Number);
    }

    /// <summary>Reads one text; collects problems with their lines.</summary>
    private sealed class Reader(int document, string text, List<Problem> problems)
    {
        private readonly List<NoticeItem> items = [];
        private string? title;
        private int titleLine;
        private int year;
        private Kind kind;
        private Festival? festival;
        private string? number;
        private LocalDate? issued;
        private (LocalDate End, int Line)? extension;
        private int errors;

        internal Notice? Read()
        {
            var lines = text.ReplaceLineEndings("\n").Split('\n').Select(Normalize).ToArray();
            var metaTitle = (Title: (string?)null, Line: 0);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].StartsWith('#'))
                {
                    if (lines[i].StartsWith("# title:", StringComparison.Ordinal))
                    {
                        metaTitle = (lines[i]["# title:".Length..].Trim(), i + 1);
                    }

                    lines[i] = string.Empty;
                }
            }

            FindTitle(lines, metaTitle);
            if (title is null)
            {
                return Fail(0, "notice.no-title", CalendarTexts.Text("Notice.NoTitle"));
            }

            // The statutory days the law checks are encoded from the 2008 rules on; an older (or mistyped) year cannot be read.
            if (year != 0 && year is < StatutoryHolidays.FirstYear or > StatutoryHolidays.LastYear)
            {
                return Fail(titleLine, "notice.year-out-of-range", CalendarTexts.Text("Notice.YearOutOfRange", title, year, StatutoryHolidays.FirstYear, StatutoryHolidays.LastYear));
            }

            ReadBody(lines);
            if (year == 0)
            {
                return Fail(titleLine, "notice.no-year", CalendarTexts.Text("Notice.NoYear", title));
            }

            return errors > 0 ? null : new Notice(document, kind, title, titleLine, year, festival, issued, number, [.. items], extension);
        }

        private void FindTitle(string[] lines, (string? Title, int Line) meta)
        {
            for (var i = 0; i < lines.Length && title is null; i++)
            {
                var line = Dateline.Replace(lines[i], string.Empty);
                var joined = i + 1 < lines.Length ? line + lines[i + 1] : line;
                var joined3 = i + 2 < lines.Length ? joined + lines[i + 2] : joined;
                foreach (var candidate in new[] { line, joined, joined3 })
                {
                    if (AnyTitle.Match(candidate) is { Success: true } m)
                    {
                        SetTitle(m.Value, i + 1);
                        break;
                    }
                }
            }

            if (title is null && meta.Title is { Length: > 0 } metaTitle)
            {
                SetTitle(metaTitle, meta.Line);
            }
        }

        private void SetTitle(string value, int line)
        {
            title = value;
            titleLine = line;
            if (AnnualTitle.Match(value) is { Success: true } annual)
            {
                kind = Kind.Annual;
                year = int.Parse(annual.Groups["y"].Value, CultureInfo.InvariantCulture);
            }
            else if (AdjustTitle.Match(value) is { Success: true } adjust)
            {
                kind = Kind.Adjustment;
                year = int.Parse(adjust.Groups["y"].Value, CultureInfo.InvariantCulture);
                festival = FestivalOf(adjust.Groups["f"].Value, line);
            }
            else if (ExtendTitle.Match(value) is { Success: true } extend)
            {
                kind = Kind.Extension;
                year = int.Parse(extend.Groups["y"].Value, CultureInfo.InvariantCulture);
                festival = FestivalOf(extend.Groups["f"].Value, line);
            }
            else if (OneOffTitle.Match(value) is { Success: true } oneOff && Festival.OneOff.FirstOrDefault(f => oneOff.Groups["f"].Value.Contains(f.Name, StringComparison.Ordinal)) is { } known)
            {
                kind = Kind.OneOff;
                festival = known;
                year = known.DecreedDay!.Value.Year;
            }
            else
            {
                Fail(line, "notice.unknown-title", CalendarTexts.Text("Notice.UnknownTitle", value));
            }
        }

        private Festival? FestivalOf(string name, int line)
        {
            foreach (var (n, f) in FestivalNames)
            {
                if (name.StartsWith(n, StringComparison.Ordinal))
                {
                    return f;
                }
            }

            Fail(line, "notice.unknown-festival", CalendarTexts.Text("Notice.UnknownFestival", name));
            return null;
        }

        private void ReadBody(string[] lines)
        {
            var introYear = 0;
            var introLine = 0;
            var inItem = false;
            var pending = (Festivals: ImmutableArray<Festival>.Empty, Line: 0);
            for (var i = 0; i < lines.Length; i++)
            {
                var lineNo = i + 1;
                var line = Dateline.Replace(lines[i], string.Empty).Trim();
                if (line.Length == 0)
                {
                    continue;
                }

                if (Number.Match(line) is { Success: true } n && n.Index == 0)
                {
                    number = $"{n.Groups["kind"].Value}〔{n.Groups["y"].Value}〕{n.Groups["n"].Value}号";
                    continue;
                }

                if (line is "国务院办公厅" or "国务院" || line.StartsWith("各省", StringComparison.Ordinal) || (lineNo >= titleLine && lineNo <= titleLine + 2 && title!.Contains(line, StringComparison.Ordinal)))
                {
                    continue;
                }

                if (ReadDateLine(line) is { } signed)
                {
                    issued = signed;
                    inItem = false;
                    continue;
                }

                if (Item.Match(line) is { Success: true } item)
                {
                    inItem = true;
                    var rest = item.Groups["rest"].Value.Trim();
                    var (festivals, content) = Heading(rest);
                    if (festivals.IsEmpty)
                    {
                        if (!AnyDate.IsMatch(rest))
                        {
                            inItem = false; // a numbered duty without dates (amendments' closing items)
                            continue;
                        }

                        if (kind == Kind.Annual)
                        {
                            Fail(lineNo, "notice.item-without-festival", CalendarTexts.Text("Notice.ItemWithoutFestival", item.Groups["n"].Value, rest));
                            continue;
                        }

                        festivals = [festival!];
                        content = rest;
                    }
                    else if (kind != Kind.Annual)
                    {
                        Fail(lineNo, "notice.item-in-amendment", CalendarTexts.Text("Notice.ItemInAmendment", rest));
                        continue;
                    }

                    pending = (festivals, lineNo);
                    if (content.Length > 0)
                    {
                        ReadItem(festivals, content, lineNo);
                        pending = (ImmutableArray<Festival>.Empty, 0);
                    }

                    continue;
                }

                if (inItem && (pending.Line > 0 || StartsWithDate(line)))
                {
                    if (pending.Line > 0)
                    {
                        ReadItem(pending.Festivals, line, lineNo);
                        pending = (ImmutableArray<Festival>.Empty, 0);
                    }
                    else
                    {
                        Continue(line, lineNo);
                    }

                    continue;
                }

                inItem = false;
                if (line.Contains("通知如下", StringComparison.Ordinal) || line.Contains("安排如下", StringComparison.Ordinal) || line.Contains("批准", StringComparison.Ordinal))
                {
                    if (IntroYear.Match(line) is { Success: true } y)
                    {
                        introYear = int.Parse(y.Groups["y"].Value, CultureInfo.InvariantCulture);
                        introLine = lineNo;
                    }

                    if (kind == Kind.OneOff && line.Contains("调休:", StringComparison.Ordinal))
                    {
                        ReadOneOff(line, lineNo);
                    }

                    continue;
                }

                if (kind == Kind.OneOff && line.Contains("调休:", StringComparison.Ordinal))
                {
                    ReadOneOff(line, lineNo);
                    continue;
                }

                if (AnyDate.IsMatch(line) && (line.Contains("放假", StringComparison.Ordinal) || line.Contains("上班", StringComparison.Ordinal)) && !line.StartsWith("鼓励", StringComparison.Ordinal))
                {
                    Fail(lineNo, "notice.unreadable-line", CalendarTexts.Text("Notice.LineOutsideItems", line));
                }
            }

            if (pending.Line > 0)
            {
                Fail(pending.Line, "notice.empty-item", CalendarTexts.Text("Notice.EmptyItem"));
            }

            if (introYear != 0 && year != 0 && introYear != year)
            {
                Fail(introLine, "notice.year-mismatch", CalendarTexts.Text("Notice.IntroYear", introYear, title, year));
            }

            foreach (var it in items)
            {
                if (it.Start.Year > year || it.End.Year < year - 1 || (it.End.Year < year && it.Festival != Festival.NewYearsDay))
                {
                    Fail(it.Line, "notice.year-mismatch", CalendarTexts.Text("Notice.BlockOutsideTitleYear", it.Festival.Name, it.Start, it.End, year, title));
                }
            }
        }

        private void ReadOneOff(string line, int lineNo)
        {
            var colon = line.IndexOf("调休:", StringComparison.Ordinal);
            var before = line[..colon];
            var decreed = festival!.DecreedDay!.Value;
            var sentence = Regex.Match(before, @"(?<d>\d{4}年\d{1,2}月\d{1,2}日)(?:全国)?放假\d+天", RegexOptions.CultureInvariant);
            if (!sentence.Success || Dates(sentence.Groups["d"].Value, decreed.Year, festival, lineNo, out _) is not [var day] || day != decreed)
            {
                Fail(lineNo, "notice.unreadable-line", CalendarTexts.Text("Notice.DecreeExpected", decreed, decreed.Year, decreed.Month, decreed.Day));
                return;
            }

            ReadItem([festival], line[(colon + 3)..], lineNo);
        }

        private static (ImmutableArray<Festival> Festivals, string Content) Heading(string rest)
        {
            var festivals = ImmutableArray.CreateBuilder<Festival>();
            var position = 0;
            while (true)
            {
                var found = false;
                foreach (var (name, f) in FestivalNames)
                {
                    if (string.CompareOrdinal(rest, position, name, 0, name.Length) == 0)
                    {
                        festivals.Add(f);
                        position += name.Length;
                        found = true;
                        break;
                    }
                }

                if (!found)
                {
                    break;
                }

                while (position < rest.Length && rest[position] is '、' or ',' or '和' or ' ')
                {
                    position++;
                }
            }

            if (festivals.Count == 0)
            {
                return ([], rest);
            }

            var content = rest[position..].TrimStart();
            if (content.Length > 0 && content[0] != ':' && !char.IsAsciiDigit(content[0]))
            {
                return ([], rest); // a sentence that begins with a festival's name (劳动节期间…), not a heading
            }

            if (content.StartsWith(':'))
            {
                content = content[1..].Trim();
            }

            return (festivals.ToImmutable(), content);
        }

        private static bool StartsWithDate(string line) => Regex.IsMatch(line, @"^(?:\d{4}年)?\d{1,2}月\d{1,2}日", RegexOptions.CultureInvariant);

        /// <summary>A line that continues the previous item (its 上班 days on a line of their own).</summary>
        private void Continue(string line, int lineNo)
        {
            var last = items.Count > 0 ? items[^1] : null;
            if (last is null)
            {
                Fail(lineNo, "notice.unreadable-line", CalendarTexts.Text("Notice.LineOutsideFestival", line));
                return;
            }

            var state = new ItemState(last.Festivals, last.Start, last.End, last.Workdays.ToList());
            ReadSentences(state, line, lineNo, last.Festival);
            items[^1] = last with { Workdays = [.. state.Workdays] };
        }

        private void ReadItem(ImmutableArray<Festival> festivals, string content, int lineNo)
        {
            var state = new ItemState(festivals, null, null, []);
            var main = festivals.Contains(Festival.NationalDay) ? Festival.NationalDay : festivals[0];
            ReadSentences(state, content, lineNo, main);
            if (kind == Kind.Extension)
            {
                return;
            }

            if (state.Start is null)
            {
                Fail(lineNo, "notice.no-block", CalendarTexts.Text("Notice.NoBlock", main.Name, content));
                return;
            }

            items.Add(new NoticeItem(document, lineNo, main, festivals, state.Start.Value, state.End!.Value, [.. state.Workdays]));
        }

        private sealed class ItemState(ImmutableArray<Festival> festivals, LocalDate? start, LocalDate? end, List<LocalDate> workdays)
        {
            internal ImmutableArray<Festival> Festivals { get; } = festivals;

            internal LocalDate? Start { get; set; } = start;

            internal LocalDate? End { get; set; } = end;

            internal List<LocalDate> Workdays { get; } = workdays;

            internal (int Count, int Line)? Count { get; set; }

            internal LocalDate? Previous { get; set; }

            internal int PreviousYear { get; set; }
        }

        private void ReadSentences(ItemState state, string content, int lineNo, Festival main)
        {
            // Parenthesised annotations: a weekday is kept (and checked); 农历 dates and other remarks are dropped.
            var (skeleton, dates) = Skeleton(content, state, main, lineNo);
            if (dates is null)
            {
                return;
            }

            var next = 0;
            foreach (var sentence in skeleton.Split(['。', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var pieces = Regex.Replace(sentence, @"@\s*,\s*为", "@为").Split(',', StringSplitOptions.TrimEntries);
                for (var p = 0; p < pieces.Length; p++)
                {
                    var piece = pieces[p];
                    if (piece.StartsWith("其中", StringComparison.Ordinal))
                    {
                        piece = piece[2..].TrimStart(':', ' ');
                    }

                    var count = piece.Count(c => c == DateMark);
                    var used = dates.Skip(next).Take(count).ToList();
                    next += count;
                    if (piece.Length == 0 || piece is "不调休")
                    {
                        continue;
                    }

                    if (piece.StartsWith("鼓励", StringComparison.Ordinal))
                    {
                        // Advice (鼓励…休息), not an arrangement; its dates are skipped with it.
                        next += pieces.Skip(p + 1).Sum(x => x.Count(c => c == DateMark));
                        break;
                    }

                    ReadPiece(state, piece, used, lineNo, main, content);
                }
            }

            if (state.Count is { } c && state.Start is { } s && state.End is { } e && Period.DaysBetween(s, e) + 1 != c.Count)
            {
                Fail(lineNo, "notice.count-mismatch", CalendarTexts.Text("Notice.CountMismatch", c.Count, main.Name, s, e, Period.DaysBetween(s, e) + 1));
            }
        }

        private void ReadPiece(ItemState state, string piece, List<LocalDate> dates, int lineNo, Festival main, string content)
        {
            if (kind == Kind.OneOff && state.Start is not null && DayOffPiece.IsMatch(piece))
            {
                if (!InBlock(state, dates[0]))
                {
                    Fail(lineNo, "notice.outside-block", CalendarTexts.Text("Notice.OutsideBlock", dates[0]));
                }
            }
            else if (BlockPiece.Match(piece) is { Success: true } block)
            {
                if (state.Start is not null)
                {
                    Fail(lineNo, "notice.two-blocks", CalendarTexts.Text("Notice.TwoBlocks", main.Name, content));
                    return;
                }

                state.Start = dates[0];
                state.End = dates[^1];
                if (state.End < state.Start)
                {
                    Fail(lineNo, "notice.reversed-range", CalendarTexts.Text("Notice.ReversedRange", state.End, state.Start));
                    state.End = state.Start;
                }

                if (block.Groups["n"].Success)
                {
                    state.Count = (int.Parse(block.Groups["n"].Value, CultureInfo.InvariantCulture), lineNo);
                }
            }
            else if (CountPiece.Match(piece) is { Success: true } count && state.Start is not null)
            {
                state.Count = (int.Parse(count.Groups["n"].Value, CultureInfo.InvariantCulture), lineNo);
            }
            else if (piece == "与周末连休" && state.Start is { } s && state.End is { } e)
            {
                var (from, to) = (s, e);
                while (IsWeekend(from.PlusDays(-1)))
                {
                    from = from.PlusDays(-1);
                }

                while (IsWeekend(to.PlusDays(1)))
                {
                    to = to.PlusDays(1);
                }

                if (from == s && to == e)
                {
                    Fail(lineNo, "notice.no-weekend", CalendarTexts.Text("Notice.NoWeekend", main.Name, s, e));
                }

                (state.Start, state.End) = (from, to);
            }
            else if (SubstitutePiece.IsMatch(piece) && state.End is { } end)
            {
                var day = dates[0];
                for (var d = end.PlusDays(1); d < day; d = d.PlusDays(1))
                {
                    if (!IsWeekend(d))
                    {
                        Fail(lineNo, "notice.gap", CalendarTexts.Text("Notice.Gap", day, d));
                        return;
                    }
                }

                if (day <= end || IsWeekend(day))
                {
                    Fail(lineNo, "notice.substitute-day", CalendarTexts.Text("Notice.SubstituteDay", day, end));
                    return;
                }

                state.End = day;
            }
            else if (WorkPiece.IsMatch(piece))
            {
                foreach (var day in dates)
                {
                    if (!IsWeekend(day))
                    {
                        Fail(lineNo, "notice.workday-not-weekend", CalendarTexts.Text("Notice.WorkdayNotWeekend", day, CalendarTexts.Weekday(day.DayOfWeek)));
                    }
                    else if (!state.Workdays.Contains(day))
                    {
                        state.Workdays.Add(day);
                    }
                }
            }
            else if (kind == Kind.Extension && ExtendPiece.IsMatch(piece))
            {
                extension = (dates[0], lineNo);
            }
            else if (kind == Kind.Extension && ResumePiece.IsMatch(piece))
            {
                if (extension is { } x && dates[0] != x.End.PlusDays(1))
                {
                    Fail(lineNo, "notice.resume-mismatch", CalendarTexts.Text("Notice.ResumeMismatch", dates[0], x.End));
                }
            }
            else if (StatutoryPiece.IsMatch(piece) && year is < StatutoryHolidays.FirstYear or > StatutoryHolidays.LastYear)
            {
                Fail(lineNo, "notice.year-out-of-range", CalendarTexts.Text("Notice.YearOutOfRange", piece, year, StatutoryHolidays.FirstYear, StatutoryHolidays.LastYear));
            }
            else if (StatutoryPiece.IsMatch(piece))
            {
                var statutory = StatutoryHolidays.For(year).Where(h => state.Festivals.Contains(h.Festival)).Select(h => h.Date).ToHashSet();
                foreach (var day in dates.Where(d => !statutory.Contains(d)))
                {
                    Fail(lineNo, "notice.not-statutory", CalendarTexts.Text("Notice.NotStatutory", day, string.Join("/", state.Festivals.Select(f => f.Name)), year));
                }
            }
            else if (RestPiece.IsMatch(piece))
            {
                foreach (var day in dates.Where(d => !IsWeekend(d) || !InBlock(state, d)))
                {
                    Fail(lineNo, "notice.rest-day", CalendarTexts.Text("Notice.RestDayOutside", day, CalendarTexts.Weekday(day.DayOfWeek)));
                }
            }
            else if (SwapPiece.Match(piece) is { Success: true } swap)
            {
                var fromCount = swap.Groups["from"].Value.Count(c => c == DateMark);
                foreach (var day in dates.Take(fromCount).Where(d => !IsWeekend(d)))
                {
                    Fail(lineNo, "notice.rest-day", CalendarTexts.Text("Notice.RestDayNotWeekend", day, CalendarTexts.Weekday(day.DayOfWeek)));
                }

                foreach (var day in dates.Skip(fromCount).Where(d => IsWeekend(d) || !InBlock(state, d)))
                {
                    Fail(lineNo, "notice.swap-target", CalendarTexts.Text("Notice.SwapTarget", day, CalendarTexts.Weekday(day.DayOfWeek)));
                }
            }
            else
            {
                Fail(lineNo, "notice.unreadable-line", CalendarTexts.Text("Notice.UnreadablePiece", Restore(piece, dates), content));
            }
        }

        private static bool InBlock(ItemState state, LocalDate day) => state.Start is { } s && state.End is { } e && day >= s && day <= e;

        private static string Restore(string piece, List<LocalDate> dates)
        {
            var builder = new StringBuilder();
            var k = 0;
            foreach (var c in piece)
            {
                builder.Append(c == DateMark && k < dates.Count ? $"{dates[k].Month}月{dates[k++].Day}日" : c);
            }

            return builder.ToString();
        }

        /// <summary>Replaces each date with <see cref="DateMark"/>, resolving it; drops parentheses, checking weekdays in them.</summary>
        private (string Skeleton, List<LocalDate>? Dates) Skeleton(string content, ItemState state, Festival main, int lineNo)
        {
            var builder = new StringBuilder();
            var dates = new List<LocalDate>();
            var ok = true;
            var i = 0;
            while (i < content.Length)
            {
                if (content[i] == '(')
                {
                    var close = content.IndexOf(')', i);
                    if (close < 0)
                    {
                        Fail(lineNo, "notice.unreadable-line", CalendarTexts.Text("Notice.OpenParenthesis", content));
                        return (string.Empty, null);
                    }

                    var note = content[(i + 1)..close];
                    if (Weekday.Match(note) is { Success: true } w && builder.Length > 0 && builder[^1] == DateMark)
                    {
                        var expected = "一二三四五六日".IndexOf(w.Groups["w"].Value == "天" ? '日' : w.Groups["w"].Value[0], StringComparison.Ordinal) + 1;
                        var day = dates[^1];
                        if ((int)day.DayOfWeek != expected)
                        {
                            Fail(lineNo, "notice.weekday-mismatch", CalendarTexts.Text("Notice.WeekdayMismatch", day, CalendarTexts.Weekday(day.DayOfWeek), w.Value));
                            ok = false;
                        }
                    }

                    i = close + 1;
                    continue;
                }

                var m = DateToken.Match(content, i);
                if (m.Success && m.Index == i)
                {
                    if (Resolve(m, state, main, lineNo) is { } date)
                    {
                        dates.Add(date);
                    }
                    else
                    {
                        ok = false;
                        dates.Add(default);
                    }

                    builder.Append(DateMark);
                    i += m.Length;
                    continue;
                }

                var c = content[i];
                if (c is '—' or '–' or '-' or '~' || (c == '到' && builder.Length > 0 && builder[^1] == DateMark))
                {
                    c = '至';
                }

                if (c != ' ')
                {
                    builder.Append(c);
                }

                i++;
            }

            return ok ? (builder.ToString(), dates) : (string.Empty, null);
        }

        private LocalDate? Resolve(Match m, ItemState state, Festival main, int lineNo)
        {
            var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            int y, month;
            if (m.Groups["m"].Success)
            {
                month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
                y = m.Groups["y"].Success
                    ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)
                    : month == 12 && main == Festival.NewYearsDay ? year - 1 : year;
            }
            else if (state.Previous is { } previous)
            {
                (y, month) = (previous.Year, previous.Month);
            }
            else
            {
                Fail(lineNo, "notice.no-month", CalendarTexts.Text("Notice.NoMonth", m.Value));
                return null;
            }

            if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(y, month))
            {
                Fail(lineNo, "notice.not-a-date", CalendarTexts.Text("Notice.NotADate", m.Value, y));
                return null;
            }

            var date = new LocalDate(y, month, day);
            state.Previous = date;
            return date;
        }

        private static LocalDate? ReadDateLine(string line)
        {
            if (ArabicDateLine.Match(line) is { Success: true } a)
            {
                return Date(int.Parse(a.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(a.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(a.Groups["d"].Value, CultureInfo.InvariantCulture));
            }

            if (ChineseDateLine.Match(line) is { Success: true } c)
            {
                var digits = c.Groups["y"].Value.Select(ch => "〇一二三四五六七八九".IndexOf(ch is '○' or '零' ? '〇' : ch, StringComparison.Ordinal));
                return Date(digits.Aggregate(0, (acc, d) => (acc * 10) + d), ChineseNumber(c.Groups["m"].Value), ChineseNumber(c.Groups["d"].Value));
            }

            return null;
        }

        private static int ChineseNumber(string text)
        {
            const string Digits = "〇一二三四五六七八九";
            var ten = text.IndexOf('十', StringComparison.Ordinal);
            if (ten < 0)
            {
                return Digits.IndexOf(text[0], StringComparison.Ordinal);
            }

            var tens = ten == 0 ? 1 : Digits.IndexOf(text[0], StringComparison.Ordinal);
            var units = ten == text.Length - 1 ? 0 : Digits.IndexOf(text[^1], StringComparison.Ordinal);
            return (tens * 10) + units;
        }

        private static LocalDate? Date(int y, int m, int d) =>
            y is >= 1900 and <= 2200 && m is >= 1 and <= 12 && d >= 1 && d <= CalendarSystem.Iso.GetDaysInMonth(y, m) ? new LocalDate(y, m, d) : null;

        private List<LocalDate>? Dates(string text, int defaultYear, Festival f, int lineNo, out string skeleton)
        {
            var saved = year;
            year = defaultYear;
            var (s, dates) = Skeleton(text, new ItemState([f], null, null, []), f, lineNo);
            year = saved;
            skeleton = s;
            return dates;
        }

        private Notice? Fail(int line, string code, LocalizedText message)
        {
            problems.Add(Problem(document, line, code, message));
            errors++;
            return null;
        }
    }

    /// <summary>A problem at a line of a text: the notice (document 0) or an amendment (document 1, 2, …).</summary>
    private static Problem Problem(int document, int line, string code, LocalizedText message) =>
        Diagnostics.Problem.Error(
            NoticeProblemCodes.ById(code),
            new ProblemLocation(document == 0 ? "notice" : "amendments", document == 0 ? -1 : document - 1)
            {
                Source = document == 0 ? "notice" : $"amendment {document}",
                Line = line,
                Column = line > 0 ? 1 : 0,
            },
            message);

    private static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    /// <summary>Full-width ASCII forms to ASCII, the ideographic space to a space; 、。〔〕 and Chinese quotes stay.</summary>
    private static string Normalize(string line)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            builder.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' or '\u00A0' => ' ',
                _ => c,
            });
        }

        var text = builder.ToString().Trim();

        // An ASCII full stop ends a sentence like 。 (a re-typed text); one between digits is not a sentence end.
        return Regex.Replace(text, @"(?<!\d)\.(?!\d)|(?<=日|天|班|休|\))\.", "。");
    }
}
