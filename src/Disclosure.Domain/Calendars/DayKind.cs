namespace Disclosure.Domain.Calendars;

/// <summary>What a day is on the official working-day calendar.</summary>
public enum DayKind
{
    /// <summary>An ordinary working day (Monday to Friday, not in a holiday block).</summary>
    Workday = 0,

    /// <summary>An ordinary weekend day (Saturday or Sunday) that is not part of a holiday arrangement.</summary>
    RestDay = 1,

    /// <summary>
    /// A statutory holiday of 《全国年节及纪念日放假办法》 (for example 春节's 初一), the day a one-off notice decreed
    /// as a nationwide day off (2015-09-03, <see cref="Festival.VictoryDay2015"/>), or a day of a local holiday layered
    /// over the national calendar.
    /// </summary>
    StatutoryHoliday = 2,

    /// <summary>
    /// A day off inside a holiday block that is not itself a statutory holiday: a weekday given off in exchange
    /// for an adjusted working day (调休), a substitute day (补假), or a weekend day the block spans.
    /// </summary>
    AdjustedRestDay = 3,

    /// <summary>A Saturday or Sunday that is a working day under the year's arrangement (调休上班).</summary>
    AdjustedWorkday = 4,
}
