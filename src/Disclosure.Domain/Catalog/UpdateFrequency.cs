using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace Disclosure.Domain.Catalog;

/// <summary>
/// How often, or by when, a catalog column must be updated (its deadline): timely (及时更新, N working days after an
/// event), calendar days after an event (…后20日内), monthly (每月更新 / 月度更新), quarterly (季度更新), semi-annual
/// (半年更新 / 每半年更新 / 半年度更新), annual (年度更新), by a fixed date of each year (年底前, 每年1月31日前) or untracked
/// (持续推进, 长期, 常态化); an event-based deadline may carry a display period (公示7个工作日).
/// </summary>
/// <remarks>
/// <para>
/// A closed set: instances come from the static members of this class only (<see cref="Timely"/>,
/// <see cref="Monthly"/>, <see cref="Quarterly"/>, <see cref="SemiAnnual"/>, <see cref="Annual"/>,
/// <see cref="TimelyWithin(int)"/>, <see cref="AnnualBy(AnnualDate)"/>, <see cref="CalendarDaysAfterEvent(int)"/>,
/// <see cref="EveryYearBy(AnnualDate)"/>, <see cref="Untracked"/>, <see cref="WithDisplayPeriod(int)"/>) and from
/// <see cref="Parse(string)"/>.
/// </para>
/// <para>
/// Calendar days: one publication per information event, due N calendar days after the event (the event day does not
/// count), moved to the next working day when that day is not one (《民法典》 第二百零一条, 第二百零三条); for example
/// 《预算法》 第十四条's 批复后二十日内. By date: one publication per calendar year, from 1 January to the year's
/// <see cref="DateInYear"/> moved to the next working day (年底前 = 12-31). Untracked: no obligation at all; the column
/// stays in the catalog and reports list it as untracked, so that it is never silently dropped. A display period
/// (<see cref="DisplayWorkingDays"/>) is the minimum time an item stays posted after publication (公示期), checked
/// against recorded withdrawals.
/// </para>
/// <para>
/// Meaning, as this library uses it. Timely: one publication is owed per information event, within
/// <see cref="WorkingDays"/> working days of the day the information was formed or changed (the start day
/// does not count); the default of 20 comes from 《政府信息公开条例》 第二十六条 and can be overridden per
/// column. Monthly, quarterly, semi-annual and annual: the column is satisfied for a calendar period of
/// <see cref="MonthsPerPeriod"/> months (in the bureau's time zone; periods start in January and tile the year)
/// when at least one publication falls inside it. An annual frequency may carry a fixed deadline in the
/// following year (<see cref="AnnualDeadline"/>): 31 January for the 政府信息公开工作年度报告 (条例 第四十九条)
/// and the 政府网站工作年度报表 (国办函〔2018〕12号).
/// </para>
/// <para>
/// Names, labels, period lengths and key formats come from one table, so parsing (<see cref="Parse(string)"/>,
/// the catalog builder, rule packs) and printing (<see cref="Name"/>, <see cref="ChineseLabel"/>,
/// <see cref="GetPeriodKey(LocalDate)"/>) cannot disagree; <see cref="KnownLabels"/> lists what is accepted.
/// </para>
/// <para>
/// Equality is by value: two frequencies are equal when their <see cref="Kind"/>, <see cref="WorkingDays"/>,
/// <see cref="CalendarDays"/>, <see cref="AnnualDeadline"/>, <see cref="DateInYear"/> and <see cref="DisplayWorkingDays"/> are equal, so <c>TimelyWithin(20) == Timely</c>. The seed label a
/// frequency was parsed from is not part of it (每月更新 and 月度更新 both parse to <see cref="Monthly"/>);
/// catalog columns keep their original label separately. Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class UpdateFrequency : IEquatable<UpdateFrequency>
{
    /// <summary>The default number of working days for a timely column: 20 (《政府信息公开条例》 第二十六条).</summary>
    public const int DefaultTimelyWorkingDays = 20;

    /// <summary>The largest number of working days <see cref="TimelyWithin(int)"/> accepts: 250, about a year of working days.</summary>
    public const int MaxTimelyWorkingDays = 250;

    /// <summary>The largest number of calendar days <see cref="CalendarDaysAfterEvent(int)"/> accepts: 366.</summary>
    public const int MaxCalendarDays = 366;

    private UpdateFrequency(UpdateFrequencyKind kind, int? workingDays, AnnualDate? annualDeadline, int? calendarDays = null, AnnualDate? dateInYear = null, int? displayWorkingDays = null)
    {
        Info = FrequencyKindInfo.Of(kind);
        WorkingDays = workingDays;
        AnnualDeadline = annualDeadline;
        CalendarDays = calendarDays;
        DateInYear = dateInYear;
        DisplayWorkingDays = displayWorkingDays;
    }

    /// <summary>Gets the timely frequency with the default of <see cref="DefaultTimelyWorkingDays"/> working days (及时更新).</summary>
    public static UpdateFrequency Timely { get; } = new(UpdateFrequencyKind.Timely, DefaultTimelyWorkingDays, null);

    /// <summary>Gets the monthly frequency (每月更新, 月度更新).</summary>
    public static UpdateFrequency Monthly { get; } = new(UpdateFrequencyKind.Monthly, null, null);

    /// <summary>Gets the quarterly frequency (季度更新).</summary>
    public static UpdateFrequency Quarterly { get; } = new(UpdateFrequencyKind.Quarterly, null, null);

    /// <summary>
    /// Gets the semi-annual frequency (半年更新, 每半年更新, 半年度更新): one publication in each half of the calendar
    /// year, 1 January–30 June and 1 July–31 December.
    /// </summary>
    public static UpdateFrequency SemiAnnual { get; } = new(UpdateFrequencyKind.SemiAnnual, null, null);

    /// <summary>Gets the annual frequency without a fixed deadline (年度更新): due at the end of each calendar year.</summary>
    public static UpdateFrequency Annual { get; } = new(UpdateFrequencyKind.Annual, null, null);

    /// <summary>
    /// Gets the untracked frequency (持续推进, 长期, 常态化): continuing work without a deadline, which owes no obligation
    /// and is listed as untracked.
    /// </summary>
    public static UpdateFrequency Untracked { get; } = new(UpdateFrequencyKind.Untracked, null, null);

    /// <summary>
    /// Gets every text <see cref="Parse(string)"/> accepts: the Chinese labels of each kind (canonical label first, kinds
    /// from the shortest period to the longest), then the stable names (<see cref="Name"/>).
    /// </summary>
    /// <value>及时更新, 每月更新, 月度更新, 季度更新, 半年更新, 每半年更新, 半年度更新, 年度更新, 持续推进, 长期, 常态化, timely, monthly, quarterly, semiannual, annual, untracked.</value>
    public static ImmutableArray<string> KnownLabels => FrequencyKindInfo.KnownLabels;

    /// <summary>Gets the form of this frequency.</summary>
    public UpdateFrequencyKind Kind => Info.Kind;

    /// <summary>
    /// Gets the number of working days within which a timely column must publish after the information was
    /// formed or changed; <see langword="null"/> unless <see cref="Kind"/> is <see cref="UpdateFrequencyKind.Timely"/>.
    /// </summary>
    public int? WorkingDays { get; }

    /// <summary>
    /// Gets the fixed deadline of an annual column, as a month and day of the year <em>following</em> the year
    /// reported on (for example 01-31); <see langword="null"/> when the column is due at the end of the calendar
    /// year or <see cref="Kind"/> is not <see cref="UpdateFrequencyKind.Annual"/>.
    /// </summary>
    public AnnualDate? AnnualDeadline { get; }

    /// <summary>
    /// Gets the number of calendar days after the event within which a <see cref="UpdateFrequencyKind.CalendarDays"/>
    /// column must publish; <see langword="null"/> for every other kind.
    /// </summary>
    public int? CalendarDays { get; }

    /// <summary>
    /// Gets the month and day of each year by which a <see cref="UpdateFrequencyKind.ByDate"/> column must publish (12-31
    /// for 年底前); <see langword="null"/> for every other kind.
    /// </summary>
    public AnnualDate? DateInYear { get; }

    /// <summary>
    /// Gets the display period (公示期): the number of working days an item must stay posted after its publication day,
    /// or <see langword="null"/> when the column has none.
    /// </summary>
    public int? DisplayWorkingDays { get; }

    /// <summary>
    /// Gets a value indicating whether this frequency is a calendar-period frequency (monthly, quarterly, semi-annual,
    /// annual, by date).
    /// </summary>
    public bool IsPeriodic => Info.IsPeriodic;

    /// <summary>Gets a value indicating whether this frequency owes one publication per information event (timely, calendar days).</summary>
    public bool IsEventBased => Info.IsEventBased;

    /// <summary>Gets a value indicating whether this frequency owes anything (every kind but <see cref="UpdateFrequencyKind.Untracked"/>).</summary>
    public bool IsTracked => Kind != UpdateFrequencyKind.Untracked;

    /// <summary>
    /// Gets the length of this frequency's calendar periods in months: 1 (monthly), 3 (quarterly), 6 (semi-annual) or
    /// 12 (annual, by date); <see langword="null"/> for the kinds without periods (timely, calendar days, untracked).
    /// </summary>
    public int? MonthsPerPeriod => Info.IsPeriodic ? Info.MonthsPerPeriod : null;

    /// <summary>
    /// Gets the one stable ASCII name of the kind: <c>timely</c>, <c>calendarDays</c>, <c>monthly</c>, <c>quarterly</c>,
    /// <c>semiannual</c>, <c>annual</c>, <c>byDate</c> or <c>untracked</c> — the same in a rule pack's <c>frequency</c>
    /// and <c>deadline.kind</c>, in <c>disclosure catalog</c> and <c>due</c> JSON.
    /// </summary>
    /// <remarks>
    /// The name does not include the kind's parameters (days, dates, display period). <see cref="Parse(string)"/> also
    /// reads <c>semi-annual</c>, the semi-annual kind's former name, so that packs written with it keep loading.
    /// </remarks>
    public string Name => Info.Name;

    /// <summary>
    /// Gets the canonical Chinese label of the kind: 及时更新, 限期更新, 每月更新, 季度更新, 半年更新, 年度更新, 定期更新 or
    /// 持续推进 (限期更新 and 定期更新 are this library's words for the two kinds the seed does not use).
    /// </summary>
    public string ChineseLabel => Info.ChineseLabel;

    /// <summary>Gets the row of the frequency table for <see cref="Kind"/>: labels, months per period, key format.</summary>
    internal FrequencyKindInfo Info { get; }

    /// <summary>Creates a timely frequency with a given number of working days (a per-column override of the default 20).</summary>
    /// <param name="workingDays">The number of working days, from 1 to <see cref="MaxTimelyWorkingDays"/>.</param>
    /// <returns>The frequency; <see cref="Timely"/> itself when <paramref name="workingDays"/> is 20.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is less than 1 or greater than <see cref="MaxTimelyWorkingDays"/>.</exception>
    [Pure]
    public static UpdateFrequency TimelyWithin(int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(workingDays, MaxTimelyWorkingDays);
        return workingDays == DefaultTimelyWorkingDays
            ? Timely
            : new UpdateFrequency(UpdateFrequencyKind.Timely, workingDays, null);
    }

    /// <summary>Creates an annual frequency whose report for year Y is due on a fixed date of year Y + 1.</summary>
    /// <param name="deadline">The month and day in the following year, for example <c>new AnnualDate(1, 31)</c>.</param>
    /// <returns>The frequency.</returns>
    /// <remarks>A deadline of 29 February falls on 28 February in a non-leap year (<see cref="AnnualDate.InYear(int)"/>).</remarks>
    [Pure]
    public static UpdateFrequency AnnualBy(AnnualDate deadline) => new(UpdateFrequencyKind.Annual, null, deadline);

    /// <summary>
    /// Creates an event-based frequency due a number of calendar days after the event (…后20日内), moved to the next
    /// working day when that day is not one.
    /// </summary>
    /// <param name="days">The number of calendar days, from 1 to <see cref="MaxCalendarDays"/>.</param>
    /// <returns>The frequency.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is less than 1 or greater than <see cref="MaxCalendarDays"/>.</exception>
    [Pure]
    public static UpdateFrequency CalendarDaysAfterEvent(int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxCalendarDays);
        return new UpdateFrequency(UpdateFrequencyKind.CalendarDays, null, null, calendarDays: days);
    }

    /// <summary>Creates a frequency owing one publication per calendar year by a fixed date of that year (年底前: 12-31).</summary>
    /// <param name="date">The month and day, for example <c>new AnnualDate(12, 31)</c>.</param>
    /// <returns>The frequency.</returns>
    /// <remarks>A date of 29 February falls on 28 February in a non-leap year (<see cref="AnnualDate.InYear(int)"/>).</remarks>
    [Pure]
    public static UpdateFrequency EveryYearBy(AnnualDate date) => new(UpdateFrequencyKind.ByDate, null, null, dateInYear: date);

    /// <summary>Returns this event-based frequency with a display period (公示7个工作日): the item must stay posted that many working days.</summary>
    /// <param name="workingDays">The working days after the publication day, from 1 to <see cref="MaxTimelyWorkingDays"/>.</param>
    /// <returns>The frequency with the display period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is less than 1 or greater than <see cref="MaxTimelyWorkingDays"/>.</exception>
    /// <exception cref="InvalidOperationException">The frequency is not event-based: a display period follows the publication of one item.</exception>
    [Pure]
    public UpdateFrequency WithDisplayPeriod(int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(workingDays, MaxTimelyWorkingDays);
        return IsEventBased
            ? new UpdateFrequency(Kind, WorkingDays, AnnualDeadline, CalendarDays, DateInYear, workingDays)
            : throw new InvalidOperationException($"A display period follows the publication of one item; a {Name} frequency has none.");
    }

    /// <summary>
    /// Gets the key of the calendar period that contains a date: <c>2024-06</c> (monthly), <c>2024-Q2</c> (quarterly),
    /// <c>2024-H1</c> (semi-annual) or <c>2024</c> (annual; for an annual frequency with a fixed deadline, the year
    /// reported on).
    /// </summary>
    /// <param name="date">A day of the period.</param>
    /// <returns>The key; keys of one frequency sort in period order.</returns>
    /// <exception cref="InvalidOperationException">The frequency is not periodic (timely, calendar days, untracked).</exception>
    [Pure]
    public string GetPeriodKey(LocalDate date) => Info.PeriodKey(date);

    /// <summary>
    /// Parses a seed label (及时更新, 每月更新, 月度更新, 季度更新, 半年更新, 每半年更新, 半年度更新, 年度更新, 持续推进, 长期,
    /// 常态化) or a stable name (<c>timely</c>, <c>monthly</c>, <c>quarterly</c>, <c>semiannual</c> (or its former name <c>semi-annual</c>), <c>annual</c>,
    /// <c>untracked</c>); <see cref="KnownLabels"/> lists them. Longer phrases of real tables (信息形成或者变更之日起20个工作日内)
    /// are the table importer's deadline grammar, not labels. Leading and trailing white space is ignored; the comparison is ordinal.
    /// </summary>
    /// <param name="text">The label or name.</param>
    /// <returns>
    /// The frequency with default settings (<see cref="Timely"/>, <see cref="Monthly"/>, <see cref="Quarterly"/>,
    /// <see cref="SemiAnnual"/>, <see cref="Annual"/> or <see cref="Untracked"/>).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a known label or name.</exception>
    [Pure]
    public static UpdateFrequency Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var result)
            ? result
            : throw new FormatException($"'{text}' is not an update frequency: expected one of {FrequencyKindInfo.Expected}.");
    }

    /// <summary>Tries to parse a seed label or a stable name, as <see cref="Parse(string)"/> does, without throwing.</summary>
    /// <param name="text">The label or name; may be <see langword="null"/>.</param>
    /// <param name="result">The frequency when parsing succeeded; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a known label or name.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out UpdateFrequency? result)
    {
        result = FrequencyKindInfo.TryFind(text) is { } info ? Default(info.Kind) : null;
        return result is not null;
    }

    /// <inheritdoc/>
    public bool Equals(UpdateFrequency? other) =>
        other is not null && Kind == other.Kind && WorkingDays == other.WorkingDays && AnnualDeadline == other.AnnualDeadline
        && CalendarDays == other.CalendarDays && DateInYear == other.DateInYear && DisplayWorkingDays == other.DisplayWorkingDays;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as UpdateFrequency);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, WorkingDays, AnnualDeadline, CalendarDays, DateInYear, DisplayWorkingDays);

    /// <summary>
    /// Describes the frequency: the <see cref="Name"/>, followed by its parameters, for example
    /// <c>timely (20 working days)</c>, <c>monthly</c>, <c>annual (by 01-31 of the next year)</c>,
    /// <c>calendarDays (20 days)</c>, <c>byDate (by 12-31)</c>, <c>timely (10 working days, displayed 7 working days)</c>.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var what = WorkingDays is { } days ? string.Create(CultureInfo.InvariantCulture, $"{days} working days")
            : CalendarDays is { } calendar ? string.Create(CultureInfo.InvariantCulture, $"{calendar} days")
            : AnnualDeadline is { } d ? string.Create(CultureInfo.InvariantCulture, $"by {d.Month:D2}-{d.Day:D2} of the next year")
            : DateInYear is { } y ? string.Create(CultureInfo.InvariantCulture, $"by {y.Month:D2}-{y.Day:D2}")
            : null;
        var display = DisplayWorkingDays is { } shown ? string.Create(CultureInfo.InvariantCulture, $"displayed {shown} working days") : null;
        return what is null && display is null ? Name : $"{Name} ({string.Join(", ", new[] { what, display }.Where(x => x is not null))})";
    }

    /// <summary>Compares two frequencies by value.</summary>
    /// <param name="left">The first frequency.</param>
    /// <param name="right">The second frequency.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(UpdateFrequency? left, UpdateFrequency? right) => Equals(left, right);

    /// <summary>Compares two frequencies by value.</summary>
    /// <param name="left">The first frequency.</param>
    /// <param name="right">The second frequency.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(UpdateFrequency? left, UpdateFrequency? right) => !Equals(left, right);

    // The shared default instance of each kind; a kind added to the table without one fails here, not silently.
    private static UpdateFrequency Default(UpdateFrequencyKind kind) => kind switch
    {
        UpdateFrequencyKind.Timely => Timely,
        UpdateFrequencyKind.Monthly => Monthly,
        UpdateFrequencyKind.Quarterly => Quarterly,
        UpdateFrequencyKind.SemiAnnual => SemiAnnual,
        UpdateFrequencyKind.Annual => Annual,
        UpdateFrequencyKind.Untracked => Untracked,
        _ => throw new UnreachableException($"The frequency table has a kind {kind} without a default UpdateFrequency instance."),
    };
}
