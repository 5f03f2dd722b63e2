using System.Globalization;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Responsibilities;
using NodaTime.Text;

namespace Disclosure.Domain.Scheduling;

/// <summary>
/// One thing a column owes on an as-of date: a publication for a calendar period (month, quarter, half year, year) or for an
/// information event, with its due date, status and responsible party.
/// </summary>
/// <remarks>
/// <para>
/// Produced by <see cref="DueDateCalculator"/>. The publication window of an obligation runs from
/// <see cref="WindowStart"/> to <see cref="DueOn"/>, both inclusive. For monthly, quarterly and annual columns the
/// window starts on the period's first day; for an annual column with a fixed deadline (公开年报) it starts on
/// 1 January of the following year, when the report on the year can first be published.
/// </para>
/// <para>
/// This type is an immutable value type and is thread-safe. Equality is by value (the column by reference).
/// The default value has a <see langword="null"/> <see cref="Column"/> and is not a real obligation.
/// </para>
/// </remarks>
public readonly record struct Obligation
{
    // Stored unwrapped (not as LocalDate?) with the flags together, to keep the struct at 40 bytes. _workingDays is the
    // overdue count of an overdue obligation and the late count of one satisfied late (never both).
    private readonly LocalDate _satisfiedOn;
    private readonly bool _isSatisfied;
    private readonly int _workingDays;

    internal Obligation(
        Column column,
        ObligationKind kind,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate windowStart,
        LocalDate dueOn,
        ObligationStatus status,
        int workingDays,
        LocalDate? satisfiedOn,
        bool isProvisional,
        int? needsCalendarYear = null)
    {
        Column = column;
        Kind = kind;
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        WindowStart = windowStart;
        DueOn = dueOn;
        Status = status;
        _workingDays = workingDays;
        _satisfiedOn = satisfiedOn.GetValueOrDefault();
        _isSatisfied = satisfiedOn.HasValue;
        IsProvisional = isProvisional;
        NeedsCalendarYear = needsCalendarYear;
    }

    /// <summary>Gets the column that owes the publication.</summary>
    public Column Column { get; }

    /// <summary>Gets what the obligation is owed for.</summary>
    public ObligationKind Kind { get; }

    /// <summary>Gets the first day of the period; for an information event, the day it was formed.</summary>
    public LocalDate PeriodStart { get; }

    /// <summary>Gets the last day of the period; for an information event, the day it was formed.</summary>
    public LocalDate PeriodEnd { get; }

    /// <summary>Gets the first day on which a publication counts for this obligation.</summary>
    public LocalDate WindowStart { get; }

    /// <summary>
    /// Gets the last day on which the obligation is met in time (always a working day). When <see cref="NeedsCalendarYear"/> is set,
    /// the due date is not known and this is the earliest it can be: 1 January of that year.
    /// </summary>
    public LocalDate DueOn { get; }

    /// <summary>
    /// Gets the year whose official calendar the due date needs when it is not loaded (for example 2027, before
    /// 国务院办公厅关于2027年部分节假日安排的通知 is imported), or <see langword="null"/> when the due date is known. The status is
    /// exact all the same: the due date is after the as-of date, so the obligation is <see cref="ObligationStatus.Due"/> or
    /// <see cref="ObligationStatus.Satisfied"/>. Load the year (<see cref="Calendars.WorkingDayCalendar.WithData(string)"/>) or
    /// project it (<see cref="Calendars.WorkingDayCalendar.WithProjection"/>, then <see cref="IsProvisional"/>) to get the date.
    /// </summary>
    public int? NeedsCalendarYear { get; }

    /// <summary>
    /// Gets the status on the as-of date: <see cref="ObligationStatus.Satisfied"/>, <see cref="ObligationStatus.Due"/>
    /// or <see cref="ObligationStatus.Overdue"/> (the calculator does not use <see cref="ObligationStatus.AtRisk"/>).
    /// </summary>
    public ObligationStatus Status { get; }

    /// <summary>
    /// Gets the number of working days after <see cref="DueOn"/> up to and including the as-of date
    /// (<c>calendar.CountWorkingDays(DueOn, asOf)</c>) when <see cref="Status"/> is <see cref="ObligationStatus.Overdue"/>;
    /// otherwise 0. An obligation due on a Friday is overdue on the Saturday with 0 working days.
    /// </summary>
    public int OverdueWorkingDays => Status == ObligationStatus.Overdue ? _workingDays : 0;

    /// <summary>
    /// Gets the date of the publication that satisfied the obligation, or <see langword="null"/> when it is not
    /// satisfied. For an obligation satisfied late this is after <see cref="DueOn"/> (see <see cref="IsLate"/>).
    /// </summary>
    public LocalDate? SatisfiedOn => _isSatisfied ? _satisfiedOn : null;

    /// <summary>
    /// Gets a value indicating whether the obligation was satisfied after its due date ("satisfied late"): an information
    /// event published late, or a period whose publication came after its due date (a 2024 annual report published on
    /// 2025-03-01).
    /// </summary>
    public bool IsLate => SatisfiedOn is { } on && on > DueOn;

    /// <summary>
    /// Gets the number of working days after <see cref="DueOn"/> up to and including <see cref="SatisfiedOn"/>
    /// (<c>calendar.CountWorkingDays(DueOn, SatisfiedOn)</c>) when <see cref="IsLate"/>; otherwise 0.
    /// </summary>
    public int LateWorkingDays => IsLate ? _workingDays : 0;

    /// <summary>
    /// Gets a value indicating whether the due date or the overdue count used a projected (unpublished) calendar year,
    /// so the answer may change when the State Council publishes that year's arrangement.
    /// </summary>
    public bool IsProvisional { get; }

    /// <summary>Gets the column's responsible label as the catalog gives it, for example 办公室 or 各相关科室.</summary>
    public string ResponsibleLabel => Column.ResponsibleLabel;

    /// <summary>Gets the column's typed responsible party.</summary>
    public Responsibility Responsible => Column.Responsible;

    /// <summary>
    /// Gets the key of the obligation within its column: <c>2024-07</c> (month), <c>2024-Q3</c> (quarter),
    /// <c>2024-H2</c> (half year), <c>2024</c> (year reported on) or the formation date <c>2024-07-15</c> (information
    /// event; two events of a column formed on the same day share a key). Period keys come from the column's frequency
    /// (<see cref="UpdateFrequency.GetPeriodKey(LocalDate)"/>); the default value's key is empty.
    /// </summary>
    /// <remarks>Computed on each call; evaluation does not allocate keys.</remarks>
    public string Key =>
        Column is null ? string.Empty
        : Kind == ObligationKind.InformationEvent ? LocalDatePattern.Iso.Format(PeriodStart)
        : Column.Frequency.GetPeriodKey(PeriodStart);

    /// <summary>Describes the obligation, for example <c>rural-revitalization 2024-07 due 2024-07-31 Overdue (1 working days)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Column is null
        ? "(default obligation)"
        : string.Create(
            CultureInfo.InvariantCulture,
            $"{Column.Id} {Key} due {(NeedsCalendarYear is { } year ? $"in {year} or later (needs the {year} calendar)" : LocalDatePattern.Iso.Format(DueOn))} {Status}{(Status == ObligationStatus.Overdue ? $" ({OverdueWorkingDays} working days)" : string.Empty)}{(IsProvisional ? " provisional" : string.Empty)}");
}
