using System.Collections.Immutable;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Calendars;

/// <summary>
/// The stable codes of problems found reading a holiday notice (<see cref="CalendarNotice.Parse"/>): a line that cannot
/// be read, a text that contradicts itself, or an arrangement that contradicts 《全国年节及纪念日放假办法》. Ids have the form
/// <c>notice.kebab-case</c>.
/// </summary>
/// <remarks>A closed set, listed in <see cref="All"/>; codes never change meaning. Stateless and thread-safe.</remarks>
public static class NoticeProblemCodes
{
    /// <summary>Gets <c>notice.not-annual</c>: An amendment was given where the year's notice belongs.</summary>
    public static ProblemCode NotAnnual { get; } = new("notice.not-annual", "not-annual", "An amendment was given where the year's notice belongs.", null);

    /// <summary>Gets <c>notice.not-amendment</c>: A year's notice was given as an amendment.</summary>
    public static ProblemCode NotAmendment { get; } = new("notice.not-amendment", "not-amendment", "A year's notice was given as an amendment.", null);

    /// <summary>Gets <c>notice.year-mismatch</c>: The year the text arranges differs from the title's (or the notice's) year.</summary>
    public static ProblemCode YearMismatch { get; } = new("notice.year-mismatch", "year-mismatch", "The year the text arranges differs from the title's (or the notice's) year.", null);

    /// <summary>Gets <c>notice.festival-missing</c>: A festival has no item in the notice.</summary>
    public static ProblemCode FestivalMissing { get; } = new("notice.festival-missing", "festival-missing", "A festival has no item in the notice.", null);

    /// <summary>Gets <c>notice.festival-repeated</c>: A festival is arranged twice.</summary>
    public static ProblemCode FestivalRepeated { get; } = new("notice.festival-repeated", "festival-repeated", "A festival is arranged twice.", null);

    /// <summary>Gets <c>notice.no-arrangement</c>: An amendment gives nothing to apply.</summary>
    public static ProblemCode NoArrangement { get; } = new("notice.no-arrangement", "no-arrangement", "An amendment gives nothing to apply.", null);

    /// <summary>Gets <c>notice.not-an-extension</c>: An extension does not move the block's end later.</summary>
    public static ProblemCode NotAnExtension { get; } = new("notice.not-an-extension", "not-an-extension", "An extension does not move the block's end later.", null);

    /// <summary>Gets <c>notice.statutory-day-outside</c>: A statutory day of the year's law lies outside every block of its festival.</summary>
    public static ProblemCode StatutoryDayOutside { get; } = new("notice.statutory-day-outside", "statutory-day-outside", "A statutory day of the year's law lies outside every block of its festival.", "《全国年节及纪念日放假办法》");

    /// <summary>Gets <c>notice.blocks-overlap</c>: Two holiday blocks overlap.</summary>
    public static ProblemCode BlocksOverlap { get; } = new("notice.blocks-overlap", "blocks-overlap", "Two holiday blocks overlap.", null);

    /// <summary>Gets <c>notice.workday-in-block</c>: A 上班 day lies inside a holiday block.</summary>
    public static ProblemCode WorkdayInBlock { get; } = new("notice.workday-in-block", "workday-in-block", "A 上班 day lies inside a holiday block.", null);

    /// <summary>Gets <c>notice.no-title</c>: The text has no notice title.</summary>
    public static ProblemCode NoTitle { get; } = new("notice.no-title", "no-title", "The text has no notice title.", null);

    /// <summary>Gets <c>notice.no-year</c>: The year the text arranges cannot be told.</summary>
    public static ProblemCode NoYear { get; } = new("notice.no-year", "no-year", "The year the text arranges cannot be told.", null);

    /// <summary>Gets <c>notice.year-out-of-range</c>: The notice arranges a year before 2008 or after 2099, whose statutory days are not encoded.</summary>
    public static ProblemCode YearOutOfRange { get; } = new("notice.year-out-of-range", "year-out-of-range", "The notice arranges a year before 2008 or after 2099, whose statutory days are not encoded.", null);

    /// <summary>Gets <c>notice.unknown-title</c>: The title is not of a holiday notice this library reads.</summary>
    public static ProblemCode UnknownTitle { get; } = new("notice.unknown-title", "unknown-title", "The title is not of a holiday notice this library reads.", null);

    /// <summary>Gets <c>notice.unknown-festival</c>: The title names no known festival.</summary>
    public static ProblemCode UnknownFestival { get; } = new("notice.unknown-festival", "unknown-festival", "The title names no known festival.", null);

    /// <summary>Gets <c>notice.item-without-festival</c>: A numbered item of a year's notice names no festival.</summary>
    public static ProblemCode ItemWithoutFestival { get; } = new("notice.item-without-festival", "item-without-festival", "A numbered item of a year's notice names no festival.", null);

    /// <summary>Gets <c>notice.item-in-amendment</c>: An amendment's item names a festival heading.</summary>
    public static ProblemCode ItemInAmendment { get; } = new("notice.item-in-amendment", "item-in-amendment", "An amendment's item names a festival heading.", null);

    /// <summary>Gets <c>notice.empty-item</c>: An item heading is followed by no arrangement.</summary>
    public static ProblemCode EmptyItem { get; } = new("notice.empty-item", "empty-item", "An item heading is followed by no arrangement.", null);

    /// <summary>Gets <c>notice.unreadable-line</c>: A line, or part of one, cannot be read; nothing is guessed.</summary>
    public static ProblemCode UnreadableLine { get; } = new("notice.unreadable-line", "unreadable-line", "A line, or part of one, cannot be read; nothing is guessed.", null);

    /// <summary>Gets <c>notice.no-block</c>: A festival item gives no days off.</summary>
    public static ProblemCode NoBlock { get; } = new("notice.no-block", "no-block", "A festival item gives no days off.", null);

    /// <summary>Gets <c>notice.count-mismatch</c>: 共N天 differs from the number of days in the block.</summary>
    public static ProblemCode CountMismatch { get; } = new("notice.count-mismatch", "count-mismatch", "共N天 differs from the number of days in the block.", null);

    /// <summary>Gets <c>notice.two-blocks</c>: An item gives its days off twice.</summary>
    public static ProblemCode TwoBlocks { get; } = new("notice.two-blocks", "two-blocks", "An item gives its days off twice.", null);

    /// <summary>Gets <c>notice.reversed-range</c>: A range ends before it starts.</summary>
    public static ProblemCode ReversedRange { get; } = new("notice.reversed-range", "reversed-range", "A range ends before it starts.", null);

    /// <summary>Gets <c>notice.no-weekend</c>: 与周末连休, but the block touches no weekend.</summary>
    public static ProblemCode NoWeekend { get; } = new("notice.no-weekend", "no-weekend", "与周末连休, but the block touches no weekend.", null);

    /// <summary>Gets <c>notice.gap</c>: A 补休 day does not follow its block.</summary>
    public static ProblemCode Gap { get; } = new("notice.gap", "gap", "A 补休 day does not follow its block.", null);

    /// <summary>Gets <c>notice.substitute-day</c>: A 补休 day is not a weekday after the block.</summary>
    public static ProblemCode SubstituteDay { get; } = new("notice.substitute-day", "substitute-day", "A 补休 day is not a weekday after the block.", null);

    /// <summary>Gets <c>notice.workday-not-weekend</c>: A 上班 day is not a Saturday or Sunday.</summary>
    public static ProblemCode WorkdayNotWeekend { get; } = new("notice.workday-not-weekend", "workday-not-weekend", "A 上班 day is not a Saturday or Sunday.", null);

    /// <summary>Gets <c>notice.resume-mismatch</c>: Work resumes on a day other than the one after the extended holiday.</summary>
    public static ProblemCode ResumeMismatch { get; } = new("notice.resume-mismatch", "resume-mismatch", "Work resumes on a day other than the one after the extended holiday.", null);

    /// <summary>Gets <c>notice.not-statutory</c>: The text calls a day statutory (法定节假日) that the year's law does not.</summary>
    public static ProblemCode NotStatutory { get; } = new("notice.not-statutory", "not-statutory", "The text calls a day statutory (法定节假日) that the year's law does not.", "《全国年节及纪念日放假办法》");

    /// <summary>Gets <c>notice.rest-day</c>: A weekly rest day (公休日) named by the text is not a weekend day of the block.</summary>
    public static ProblemCode RestDay { get; } = new("notice.rest-day", "rest-day", "A weekly rest day (公休日) named by the text is not a weekend day of the block.", null);

    /// <summary>Gets <c>notice.swap-target</c>: A rest day is moved (调至) to a weekend day or outside the block.</summary>
    public static ProblemCode SwapTarget { get; } = new("notice.swap-target", "swap-target", "A rest day is moved (调至) to a weekend day or outside the block.", null);

    /// <summary>Gets <c>notice.outside-block</c>: A day given off lies outside its block.</summary>
    public static ProblemCode OutsideBlock { get; } = new("notice.outside-block", "outside-block", "A day given off lies outside its block.", null);

    /// <summary>Gets <c>notice.no-month</c>: A date has no month and follows no date to take it from.</summary>
    public static ProblemCode NoMonth { get; } = new("notice.no-month", "no-month", "A date has no month and follows no date to take it from.", null);

    /// <summary>Gets <c>notice.not-a-date</c>: A date does not exist.</summary>
    public static ProblemCode NotADate { get; } = new("notice.not-a-date", "not-a-date", "A date does not exist.", null);

    /// <summary>Gets <c>notice.weekday-mismatch</c>: The weekday in parentheses is not the date's.</summary>
    public static ProblemCode WeekdayMismatch { get; } = new("notice.weekday-mismatch", "weekday-mismatch", "The weekday in parentheses is not the date's.", null);

    /// <summary>Gets <c>notice.invalid-arrangement</c>: The arrangement read does not pass the calendar data checks.</summary>
    public static ProblemCode InvalidArrangement { get; } = new("notice.invalid-arrangement", "invalid-arrangement", "The arrangement read does not pass the calendar data checks.", null);

    /// <summary>Gets every code.</summary>
    public static ImmutableArray<ProblemCode> All { get; } =
    [
        NotAnnual, NotAmendment, YearMismatch, FestivalMissing, FestivalRepeated, NoArrangement,
        NotAnExtension, StatutoryDayOutside, BlocksOverlap, WorkdayInBlock, NoTitle, NoYear, YearOutOfRange,
        UnknownTitle, UnknownFestival, ItemWithoutFestival, ItemInAmendment, EmptyItem, UnreadableLine,
        NoBlock, CountMismatch, TwoBlocks, ReversedRange, NoWeekend, Gap,
        SubstituteDay, WorkdayNotWeekend, ResumeMismatch, NotStatutory, RestDay, SwapTarget,
        OutsideBlock, NoMonth, NotADate, WeekdayMismatch, InvalidArrangement,
    ];

    internal static ProblemCode ById(string id) => All.First(c => c.Id == id);
}
