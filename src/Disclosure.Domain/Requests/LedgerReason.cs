using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Requests;

/// <summary>Why a day of a <see cref="RequestLedger"/> counted toward the answer period or did not.</summary>
/// <remarks>
/// A closed set: the instances are the static members of this class, listed in <see cref="All"/>. <see cref="Id"/> is stable and
/// is what the JSON form carries. Equality is reference equality. Instances are immutable and thread-safe.
/// </remarks>
public sealed class LedgerReason
{
    private LedgerReason(string id, bool counted)
    {
        Id = id;
        Counted = counted;
        Description = Text.ToString();
    }

    /// <summary>Gets <c>receipt-day</c>: the day of receipt, not counted (《民法典》 第二百零一条: "开始的当日不计入").</summary>
    public static LedgerReason ReceiptDay { get; } = new("receipt-day", false);

    /// <summary>Gets <c>workday</c>: an ordinary working day, counted.</summary>
    public static LedgerReason Workday { get; } = new("workday", true);

    /// <summary>Gets <c>adjusted-workday</c>: a weekend day that is a working day under the year's arrangement (调休上班), counted.</summary>
    public static LedgerReason AdjustedWorkday { get; } = new("adjusted-workday", true);

    /// <summary>Gets <c>extension</c>: a working day beyond the first 20, counted under the approved extension (第三十三条).</summary>
    public static LedgerReason Extension { get; } = new("extension", true);

    /// <summary>Gets <c>weekend</c>: an ordinary Saturday or Sunday, not counted.</summary>
    public static LedgerReason Weekend { get; } = new("weekend", false);

    /// <summary>Gets <c>statutory-holiday</c>: a statutory holiday (法定节假日), not counted.</summary>
    public static LedgerReason StatutoryHoliday { get; } = new("statutory-holiday", false);

    /// <summary>Gets <c>adjusted-rest-day</c>: a day off of a holiday block that is not itself a statutory holiday (调休, 补假), not counted.</summary>
    public static LedgerReason AdjustedRestDay { get; } = new("adjusted-rest-day", false);

    /// <summary>Gets <c>paused-consultation</c>: a working day within a consultation, not counted (第三十三条).</summary>
    public static LedgerReason PausedForConsultation { get; } = new("paused-consultation", false);

    /// <summary>Gets <c>awaiting-correction</c>: a day before the corrected application arrived, not counted (第三十条: the answer period runs from its arrival).</summary>
    public static LedgerReason AwaitingCorrection { get; } = new("awaiting-correction", false);

    /// <summary>Gets <c>clock-restarted</c>: the day the corrected application arrived; the answer period restarts and the day is not counted (第三十条, 《民法典》 第二百零一条).</summary>
    public static LedgerReason ClockRestarted { get; } = new("clock-restarted", false);

    /// <summary>Gets <c>overdue</c>: a working day after the due date, before the answer or the as-of day.</summary>
    public static LedgerReason Overdue { get; } = new("overdue", false);

    /// <summary>Gets every reason, in a stable order.</summary>
    public static ImmutableArray<LedgerReason> All { get; } =
        [ReceiptDay, Workday, AdjustedWorkday, Extension, Weekend, StatutoryHoliday, AdjustedRestDay, PausedForConsultation, AwaitingCorrection, ClockRestarted, Overdue];

    /// <summary>Gets the stable identifier, for example <c>paused-consultation</c>.</summary>
    public string Id { get; }

    /// <summary>Gets a value indicating whether a day with this reason counts toward the answer period.</summary>
    public bool Counted { get; }

    /// <summary>Gets a description in neutral English, citing the article where there is one; people read <see cref="GetDescription"/>.</summary>
    public string Description { get; }

    /// <summary>Gets the description for people, in the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">
    /// The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>. Chinese cultures (zh-CN,
    /// zh-Hans, zh-SG) get Simplified Chinese, every other culture English.
    /// </param>
    /// <returns>The description, for example <c>征求意见期间，不计入（第三十三条）</c>.</returns>
    [Pure]
    public string GetDescription(CultureInfo? culture = null) => Text.Format(culture);

    /// <summary>Gets the description as a resource entry (<c>Reason.{id}</c> of <c>Requests/RequestTexts.resx</c>).</summary>
    internal LocalizedText Text => RequestTexts.Of("Reason." + Id);

    /// <summary>Returns the <see cref="Id"/>.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Id;
}
