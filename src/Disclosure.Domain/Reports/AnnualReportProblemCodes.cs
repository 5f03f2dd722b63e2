using System.Collections.Immutable;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Reports;

/// <summary>
/// The stable codes of what is wrong with an annual report or with the records it is computed from: an inspector's findings on a
/// filled report (<c>ANNUAL001</c>–<c>ANNUAL009</c>, by <see cref="AnnualReportValidator"/>), records the computation cannot count
/// (<c>ANNUAL101</c>–<c>ANNUAL109</c>, by <see cref="AnnualReportCalculator"/>) and unreadable input (<c>ANNUAL201</c>–).
/// </summary>
/// <remarks>A closed set, listed in <see cref="All"/>; codes never change meaning. Stateless and thread-safe.</remarks>
public static class AnnualReportProblemCodes
{
    private const string Template = "国办公开办函〔2021〕30号";

    /// <summary>Gets ANNUAL001: in an applicant column of 三, 一 + 二 is not 三（七）总计 + 四 (the template's own 勾稽关系).</summary>
    public static ProblemCode Unbalanced { get; } = new("ANNUAL001", "unbalanced", "新收 + 上年结转 differs from 办理结果总计 + 结转下年度 in a column of 三.", Template + " 三 勾稽关系");

    /// <summary>Gets ANNUAL002: a 总计 column differs from the sum of the columns it totals.</summary>
    public static ProblemCode TotalColumnMismatch { get; } = new("ANNUAL002", "total-column-mismatch", "A 总计 column differs from the sum of its parts.", Template);

    /// <summary>Gets ANNUAL003: the （七）总计 row differs from the sum of the result rows （一）–（六）.</summary>
    public static ProblemCode TotalRowMismatch { get; } = new("ANNUAL003", "total-row-mismatch", "The （七）总计 row differs from the sum of the result rows.", Template);

    /// <summary>Gets ANNUAL004: a count is negative or not a whole number, or a fee amount is negative.</summary>
    public static ProblemCode NotANonNegativeInteger { get; } = new("ANNUAL004", "not-a-non-negative-integer", "A count is negative or fractional, or a fee is negative.", Template);

    /// <summary>Gets ANNUAL005: 现行有效件数 differs from last year's 现行有效件数 + 本年制发件数 − 本年废止件数.</summary>
    public static ProblemCode InForceInconsistent { get; } = new("ANNUAL005", "in-force-inconsistent", "现行有效件数 does not follow from last year's report.", Template);

    /// <summary>Gets ANNUAL006: a cell of the template is blank (the template asks for a number; write 0 for none).</summary>
    public static ProblemCode BlankCell { get; } = new("ANNUAL006", "blank-cell", "A cell is blank; write 0 for none.", Template);

    /// <summary>Gets ANNUAL007: a report on 2021 or later uses the 2019 layout (国办公开办函〔2019〕60号).</summary>
    public static ProblemCode OutdatedLayout { get; } = new("ANNUAL007", "outdated-layout", "A report on 2021 or later uses the 2019 layout.", Template);

    /// <summary>Gets ANNUAL008: the report given as last year's is not on the previous year.</summary>
    public static ProblemCode PreviousYearMismatch { get; } = new("ANNUAL008", "previous-year-mismatch", "The report given as last year's is on another year.");

    /// <summary>Gets ANNUAL009 (a warning): a prose section is missing; the library never writes prose, the bureau must.</summary>
    public static ProblemCode MissingProse { get; } = new("ANNUAL009", "missing-prose", "A prose section (一, 五 or 六) is missing (warning).", "条例 第五十条");

    /// <summary>Gets ANNUAL101: a request received by the end of the year has no applicant category (自然人 or a kind of 法人或其他组织).</summary>
    public static ProblemCode UnknownApplicant { get; } = new("ANNUAL101", "unknown-applicant", "A request has no applicant category.", Template);

    /// <summary>Gets ANNUAL102: a request concluded in the year as 不予公开, 无法提供, 不予处理 or 其他处理 has no ground (sub-row).</summary>
    public static ProblemCode MissingGround { get; } = new("ANNUAL102", "missing-ground", "A concluded request has no ground for its sub-row.", Template);

    /// <summary>
    /// Gets ANNUAL103: a request's history breaks a rule of 《政府信息公开条例》 (see its violations), so it cannot be counted; with a
    /// calendar, also a rule that counts working days (<see cref="Requests.RequestDeadlineCalculator.Validate"/>).
    /// </summary>
    public static ProblemCode InvalidHistory { get; } = new("ANNUAL103", "invalid-history", "A request's history breaks a rule and cannot be counted.");

    /// <summary>Gets ANNUAL104: two requests, documents or appeals have the same id.</summary>
    public static ProblemCode DuplicateId { get; } = new("ANNUAL104", "duplicate-id", "Two records have the same id.");

    /// <summary>Gets ANNUAL105: an appeal names a request the register does not hold.</summary>
    public static ProblemCode AppealWithoutRequest { get; } = new("ANNUAL105", "appeal-without-request", "An appeal names no request of the register.");

    /// <summary>Gets ANNUAL106: a record's dates are impossible (repealed before issued, decided before filed, a result without a date or a date without a result).</summary>
    public static ProblemCode ImpossibleDates { get; } = new("ANNUAL106", "impossible-dates", "A record's dates or result are impossible.");

    /// <summary>Gets ANNUAL107: a decision count or fee total is negative, or given twice for one year and kind.</summary>
    public static ProblemCode InvalidCount { get; } = new("ANNUAL107", "invalid-count", "A count or fee total is negative or given twice.");

    /// <summary>Gets ANNUAL108: an appeal filed before the request it challenges was received.</summary>
    public static ProblemCode AppealBeforeRequest { get; } = new("ANNUAL108", "appeal-before-request", "An appeal was filed before its request was received.");

    /// <summary>
    /// Gets ANNUAL109: a request's history cannot be checked against the rules that count working days, because it needs a year the
    /// calendar given does not cover (load that year's arrangement, or use a projecting calendar).
    /// </summary>
    public static ProblemCode CalendarNotCovered { get; } = new("ANNUAL109", "calendar-not-covered", "Checking a request's deadlines needs a year the calendar does not cover.", "条例 第三十条, 第三十三条");

    /// <summary>Gets ANNUAL201: an input file is not what its format requires (not JSON, a missing or unknown field, a value of the wrong form).</summary>
    public static ProblemCode InvalidInput { get; } = new("ANNUAL201", "invalid-input", "An input file does not follow its format.");

    /// <summary>Gets ANNUAL202: a cell of a filled report is not a number (for example <c>+2</c> or <c>3235727元</c>).</summary>
    public static ProblemCode NotANumber { get; } = new("ANNUAL202", "not-a-number", "A cell is not a number.", Template);

    /// <summary>Gets every code, in id order.</summary>
    public static ImmutableArray<ProblemCode> All { get; } =
    [
        Unbalanced, TotalColumnMismatch, TotalRowMismatch, NotANonNegativeInteger, InForceInconsistent, BlankCell, OutdatedLayout,
        PreviousYearMismatch, MissingProse, UnknownApplicant, MissingGround, InvalidHistory, DuplicateId, AppealWithoutRequest,
        ImpossibleDates, InvalidCount, AppealBeforeRequest, CalendarNotCovered, InvalidInput, NotANumber,
    ];
}
