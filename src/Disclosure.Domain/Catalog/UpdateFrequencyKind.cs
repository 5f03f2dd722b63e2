namespace Disclosure.Domain.Catalog;

/// <summary>
/// The forms of <see cref="UpdateFrequency"/> (a column's deadline), a column attribute of the catalog: event-based
/// (timely in working days, calendar days after an event), periodic (monthly, quarterly, semi-annual, annual, by a fixed
/// date of the year) and untracked.
/// </summary>
/// <remarks>
/// Members are declared from the shortest period to the longest; the numeric values are stable (they were assigned in
/// the order the kinds were added, so <see cref="SemiAnnual"/> is 4). What a kind means — its months per
/// period, key format and labels — is data on <see cref="UpdateFrequency"/>, not code spread over switches; a value
/// outside this set is rejected wherever a kind is interpreted.
/// </remarks>
public enum UpdateFrequencyKind
{
    /// <summary>Timely (及时更新): one publication per information event, within a number of working days.</summary>
    Timely = 0,

    /// <summary>Monthly (每月更新, 月度更新): at least one publication in every calendar month; keys <c>2024-06</c>.</summary>
    Monthly = 1,

    /// <summary>Quarterly (季度更新): at least one publication in every calendar quarter; keys <c>2024-Q2</c>.</summary>
    Quarterly = 2,

    /// <summary>
    /// Semi-annual (半年更新, 每半年更新, 半年度更新): at least one publication in each half of the calendar year,
    /// 1 January–30 June and 1 July–31 December; keys <c>2024-H1</c> and <c>2024-H2</c>.
    /// </summary>
    SemiAnnual = 4,

    /// <summary>
    /// Annual (年度更新): at least one publication for every calendar year, optionally by a fixed date of the next year;
    /// keys <c>2024</c>.
    /// </summary>
    Annual = 3,

    /// <summary>
    /// Calendar days after an event (…后20日内, 《预算法》 第十四条): one publication per information event, due N calendar
    /// days after the event, moved to the next working day when that is not one (《民法典》 第二百零三条).
    /// </summary>
    CalendarDays = 5,

    /// <summary>
    /// By a fixed date of each year (年底前 = by 31 December, 每年1月31日前): at least one publication in every calendar year
    /// on or before that year's date, moved to the next working day; keys <c>2024</c>.
    /// </summary>
    ByDate = 6,

    /// <summary>
    /// Untracked (持续推进, 长期, 常态化): continuing work with no deadline. The column is kept; it owes no obligation and
    /// the due report lists it as untracked.
    /// </summary>
    Untracked = 7,
}
