using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.Contracts;
using System.Runtime.InteropServices;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Responsibilities;
using NodaTime.Text;

namespace Disclosure.Domain.Scheduling;

/// <summary>
/// Works out what the columns of a <see cref="DisclosureCatalog"/> owe on a date: every obligation since the tracking
/// start, its due date on the official working-day calendar, its status and how far overdue it is.
/// </summary>
/// <remarks>
/// <para><b>Semantics</b> (our choice; no national rule says how 每月/季度更新 is measured — see README):</para>
/// <list type="bullet">
/// <item><description>
/// Monthly, quarterly, semi-annual and annual columns owe one publication per calendar month, quarter, half year
/// (1 January–30 June, 1 July–31 December) or year: periods of <see cref="UpdateFrequency.MonthsPerPeriod"/> months
/// starting in January, keyed by <see cref="UpdateFrequency.GetPeriodKey(LocalDate)"/>. The obligation is
/// due on the period's last day moved to the next working day (《民法典》第二百零三条), or, with a grace of g working
/// days (<see cref="DueDateOptions.GraceWorkingDays"/>), on <c>AddWorkingDays(lastDay, g)</c>. It is satisfied by a
/// publication from the period's first day to its due date.
/// </description></item>
/// <item><description>
/// An annual column with a fixed deadline (<see cref="UpdateFrequency.AnnualDeadline"/>, 31 January for 公开年报 and
/// 政府网站工作年度报表) owes the report on year Y between 1 January and the deadline of year Y + 1, the deadline moved
/// to the next working day when it is not one; no grace is added. Its key is Y.
/// </description></item>
/// <item><description>
/// Each publication satisfies at most one obligation: the earliest open one whose window contains it (windows overlap
/// only through grace). A publication no open window takes — a second one in a period, or one after the period's due
/// date while the next period's window has not opened (a 2024 annual report published on 2025-03-01) — satisfies late
/// the earliest obligation still unmet whose due date has passed: <see cref="Obligation.IsLate"/>, with
/// <see cref="Obligation.LateWorkingDays"/>. A publication in a later period's window belongs to that period first, so
/// a monthly column that skipped June and published once in July has July satisfied and June still overdue.
/// </description></item>
/// <item><description>
/// A timely column owes one publication per <see cref="InformationEvent"/>, due
/// <c>AddWorkingDays(FormedOn, N)</c> (N = <see cref="UpdateFrequency.WorkingDays"/>, 20 by default; the formation day
/// does not count, 《民法典》第二百零一条). It is satisfied once <see cref="InformationEvent.PublishedOn"/> is on or
/// before the as-of date, late or not. Publications of timely columns and events of periodic columns owe nothing.
/// </description></item>
/// <item><description>
/// A calendar-days column (<see cref="UpdateFrequency.CalendarDays"/>, …后20日内) owes one publication per event too,
/// due <c>FormedOn + N</c> calendar days moved to the next working day (《民法典》第二百零三条). A by-date column
/// (<see cref="UpdateFrequency.DateInYear"/>, 年底前) owes one publication per calendar year from 1 January to that
/// year's date moved to the next working day; no grace is added. An untracked column (持续推进) owes nothing;
/// <see cref="DueReport.UntrackedColumns"/> lists it.
/// </description></item>
/// <item><description>
/// Obligations start at the tracking start (<see cref="DueDateOptions.TrackingStart"/>, by default the catalog's
/// effective date): the period containing it is the first one owed, and events formed before it owe nothing. For
/// fixed-deadline annual columns the first report owed is the earliest whose due date is on or after the tracking start:
/// a catalog effective 2024-01-01 owes the 2023 report due 2024-01-31, one effective 2024-07-01 does not (its first is the
/// 2024 report, due 31 January 2025). A column with no history is therefore overdue for every elapsed period, not "unknown".
/// </description></item>
/// <item><description>
/// Listed are the elapsed periods and the current one (the one containing the as-of date; for fixed-deadline annual
/// columns, the reports whose window has started), and the events formed on or before the as-of date. Future periods
/// are not listed; <see cref="GetNextDueOn"/> looks ahead.
/// </description></item>
/// </list>
/// <para>
/// The as-of date must be covered by the calendar (otherwise <see cref="CalendarCoverageException"/>). An obligation whose due
/// date lies in a later year the calendar does not cover (an event formed in mid-December 2026, due in January 2027) does not
/// make the report throw: it says <see cref="Obligation.NeedsCalendarYear"/> (2027), its <see cref="Obligation.DueOn"/> is the
/// earliest the due date can be (1 January of that year), and its status is still exact — not overdue, since the due date is
/// after the as-of date. With <see cref="WorkingDayCalendar.WithProjection"/> the date is computed and the obligation says
/// <see cref="Obligation.IsProvisional"/>. <see cref="GetNextDueOn"/> answers with one date and throws when it needs an uncovered year.
/// </para>
/// <para>
/// Evaluation is pure and allocates only its result: one array of obligations per report. Instances are immutable and
/// thread-safe; equality is reference identity.
/// </para>
/// </remarks>
public sealed class DueDateCalculator
{
    /// <summary>Creates a calculator.</summary>
    /// <param name="calendar">The working-day calendar, for example <see cref="WorkingDayCalendar.ChinaMainland"/>.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="DueDateOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    public DueDateCalculator(WorkingDayCalendar calendar, DueDateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Calendar = calendar;
        Options = options ?? DueDateOptions.Default;
    }

    /// <summary>Gets the working-day calendar.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>Gets the options.</summary>
    public DueDateOptions Options { get; }

    /// <summary>Gets the tracking start used for a catalog: <see cref="DueDateOptions.TrackingStart"/> or the catalog's effective date.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The tracking start.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    [Pure]
    public LocalDate GetTrackingStart(DisclosureCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Options.TrackingStart ?? catalog.EffectiveDate;
    }

    /// <summary>Evaluates every column of a catalog on a date.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="log">What has been published; every column id in it must be a column of <paramref name="catalog"/>.</param>
    /// <param name="asOf">The date of the evaluation ("today", in the bureau's time zone).</param>
    /// <returns>The report: the obligations in seed-row order, each column's in period or formation order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="log"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="log"/> names columns the catalog does not have; the message lists them.</exception>
    /// <exception cref="CalendarCoverageException">A date needed is in a year the calendar does not cover.</exception>
    [Pure]
    public DueReport Evaluate(DisclosureCatalog catalog, PublicationLog log, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(log);
        var start = GetTrackingStart(catalog);
        CheckCoverage(start, asOf);
        var columns = catalog.Columns;
        if (ReferenceEquals(log.Catalog, catalog))
        {
            // A log bound to this catalog: already checked and indexed by column position.
            return EvaluateBound(catalog, log.ByColumnIndex!, start, asOf);
        }

        var histories = ArrayPool<PublicationLog.ColumnHistory?>.Shared.Rent(columns.Length);
        try
        {
            var matched = 0;
            for (var i = 0; i < columns.Length; i++)
            {
                var history = log.Find(columns[i].Id);
                histories[i] = history;
                if (history is not null)
                {
                    matched++;
                }
            }

            if (matched != log.ColumnCount)
            {
                throw UnknownColumns(catalog, log);
            }

            return EvaluateBound(catalog, histories, start, asOf);
        }
        finally
        {
            Array.Clear(histories, 0, columns.Length);
            ArrayPool<PublicationLog.ColumnHistory?>.Shared.Return(histories);
        }
    }

    private DueReport EvaluateBound(DisclosureCatalog catalog, PublicationLog.ColumnHistory?[] histories, LocalDate start, LocalDate asOf)
    {
        var columns = catalog.Columns;
        var total = 0;
        for (var i = 0; i < columns.Length; i++)
        {
            total += Count(columns[i], histories[i], start, asOf);
        }

        var result = new Obligation[total];
        List<DisplayPeriodBreach>? breaches = null;
        var n = 0;
        for (var i = 0; i < columns.Length; i++)
        {
            var first = n;
            n = Fill(columns[i], histories[i], start, asOf, result, n);
            if (columns[i].Frequency.DisplayWorkingDays is { } display && histories[i] is { Withdrawals.Length: > 0 } history)
            {
                FindBreaches(history, display, start, asOf, result.AsSpan(first, n - first), breaches ??= []);
            }
        }

        return new DueReport(catalog, asOf, start, ImmutableCollectionsMarshal.AsImmutableArray(result), breaches is null ? [] : [.. breaches]);
    }

    /// <summary>Evaluates one column of a catalog on a date.</summary>
    /// <param name="catalog">The catalog the column belongs to (it gives the tracking start).</param>
    /// <param name="column">The column.</param>
    /// <param name="log">What has been published; entries of other columns are ignored.</param>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <returns>The column's obligations, in period or formation order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="column"/> is not a column of <paramref name="catalog"/>.</exception>
    /// <exception cref="CalendarCoverageException">A date needed is in a year the calendar does not cover.</exception>
    [Pure]
    public ImmutableArray<Obligation> EvaluateColumn(DisclosureCatalog catalog, Column column, PublicationLog log, LocalDate asOf)
    {
        CheckColumn(catalog, column);
        ArgumentNullException.ThrowIfNull(log);
        var start = GetTrackingStart(catalog);
        CheckCoverage(start, asOf);
        var history = log.Find(column.Id);
        var result = new Obligation[Count(column, history, start, asOf)];
        Fill(column, history, start, asOf, result, 0);
        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    /// <summary>
    /// Gets the next due date of a column on or after a date: the earliest due date of an open obligation that is not
    /// yet past due or, for a periodic column whose open obligations are all met, the due date of the next period.
    /// </summary>
    /// <param name="catalog">The catalog the column belongs to.</param>
    /// <param name="column">The column.</param>
    /// <param name="log">What has been published.</param>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <returns>The date; <see langword="null"/> for a timely column without pending information that is still in time.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="column"/> is not a column of <paramref name="catalog"/>.</exception>
    /// <exception cref="CalendarCoverageException">A date needed is in a year the calendar does not cover (looking ahead may need next year).</exception>
    [Pure]
    public LocalDate? GetNextDueOn(DisclosureCatalog catalog, Column column, PublicationLog log, LocalDate asOf)
    {
        LocalDate? next = null;
        foreach (var o in EvaluateColumn(catalog, column, log, asOf))
        {
            if (o.Status == ObligationStatus.Due && (next is null || o.DueOn < next.Value))
            {
                next = o.DueOn;
            }
        }

        if (next is not null || !column.Frequency.IsPeriodic)
        {
            return next;
        }

        var start = GetTrackingStart(catalog);
        var frequency = column.Frequency;
        int index;
        if (frequency.AnnualDeadline is not null)
        {
            index = Math.Max(asOf.Year, FirstReport(frequency, start));
        }
        else
        {
            index = asOf < start ? frequency.Info.PeriodIndex(start) : frequency.Info.PeriodIndex(asOf) + 1;
        }

        Period(frequency, index, out _, out _, out _, out var due);
        return due;
    }

    // The as-of date must be covered even when no obligation happens to touch the calendar, so that a query about an
    // unpublished year fails the same way whatever the log holds. Before the tracking start nothing is owed.
    private void CheckCoverage(LocalDate start, LocalDate asOf)
    {
        if (asOf >= start)
        {
            _ = Calendar.IsWorkingDay(asOf); // throws CalendarCoverageException for an uncovered year
        }
    }

    private void PeriodRange(UpdateFrequency frequency, LocalDate start, LocalDate asOf, out int first, out int last)
    {
        if (frequency.AnnualDeadline is not null)
        {
            // Report on year Y: window from 1 January of Y + 1.
            first = FirstReport(frequency, start);
            last = asOf.Year - 1;
        }
        else
        {
            first = frequency.Info.PeriodIndex(start);
            last = frequency.Info.PeriodIndex(asOf);
        }
    }

    /// <summary>The first year reported on that is owed: last year's report when its due date is on or after the tracking start.</summary>
    private int FirstReport(UpdateFrequency frequency, LocalDate start)
    {
        Period(frequency, start.Year - 1, out _, out _, out _, out var due);
        return due >= start ? start.Year - 1 : start.Year;
    }

    private int Count(Column column, PublicationLog.ColumnHistory? history, LocalDate start, LocalDate asOf)
    {
        if (asOf < start)
        {
            return 0;
        }

        var frequency = column.Frequency;
        if (frequency.IsPeriodic)
        {
            PeriodRange(frequency, start, asOf, out var first, out var last);
            return Math.Max(0, last - first + 1);
        }

        if (history is null || !frequency.IsTracked)
        {
            return 0;
        }

        var events = history.Events;
        return UpperBound(events, asOf) - LowerBound(events, start);
    }

    private int Fill(Column column, PublicationLog.ColumnHistory? history, LocalDate start, LocalDate asOf, Obligation[] result, int n)
    {
        if (asOf < start)
        {
            return n;
        }

        var frequency = column.Frequency;
        if (frequency.IsPeriodic)
        {
            PeriodRange(frequency, start, asOf, out var first, out var last);
            var pubs = history is null ? [] : history.Publications;
            var kind = ObligationKindOf(frequency.Kind);
            var p = 0;
            var oldestUnmet = n; // the earliest obligation of this column that no publication has satisfied yet
            for (var index = first; index <= last; index++)
            {
                int? needs = null;
                LocalDate periodStart, periodEnd, windowStart, due;
                try
                {
                    Period(frequency, index, out periodStart, out periodEnd, out windowStart, out due);
                }
                catch (CalendarCoverageException e) when (e.Year > asOf.Year)
                {
                    // The due date is in a later, unloaded year: after the as-of date, so the status is still exact.
                    frequency.Info.PeriodBounds(index, out periodStart, out periodEnd);
                    windowStart = frequency.AnnualDeadline is null ? periodStart : new LocalDate(index + 1, 1, 1);
                    due = new LocalDate(e.Year, 1, 1);
                    needs = e.Year;
                }

                var windowEnd = due < asOf ? due : asOf;
                while (p < pubs.Length && pubs[p] < windowStart)
                {
                    // No window takes this publication in time: it satisfies late the earliest unmet obligation already past due.
                    oldestUnmet = SatisfyLate(result, oldestUnmet, n, pubs[p++], asOf);
                }

                LocalDate? satisfiedOn = null;
                if (p < pubs.Length && pubs[p] <= windowEnd)
                {
                    satisfiedOn = pubs[p];
                    p++;
                }

                result[n++] = Make(column, kind, periodStart, periodEnd, windowStart, due, satisfiedOn, asOf, needs);
            }

            while (p < pubs.Length && pubs[p] <= asOf)
            {
                oldestUnmet = SatisfyLate(result, oldestUnmet, n, pubs[p++], asOf);
            }

            return n;
        }

        if (history is null || !frequency.IsTracked)
        {
            return n;
        }

        var events = history.Events;
        var days = frequency.WorkingDays.GetValueOrDefault(UpdateFrequency.DefaultTimelyWorkingDays);
        var calendarDays = frequency.CalendarDays;
        var end = UpperBound(events, asOf);
        for (var i = LowerBound(events, start); i < end; i++)
        {
            var e = events[i];
            int? needs = null;
            LocalDate due;
            try
            {
                due = calendarDays is { } d ? Calendar.NextWorkingDay(e.FormedOn.PlusDays(d)) : Calendar.AddWorkingDays(e.FormedOn, days);
            }
            catch (CalendarCoverageException uncovered) when (uncovered.Year > asOf.Year)
            {
                due = new LocalDate(uncovered.Year, 1, 1);
                needs = uncovered.Year;
            }

            LocalDate? satisfiedOn = e.PublishedOn is { } published && published <= asOf ? published : null;
            result[n++] = Make(column, ObligationKind.InformationEvent, e.FormedOn, e.FormedOn, e.FormedOn, due, satisfiedOn, asOf, needs);
        }

        return n;
    }

    /// <summary>
    /// Checks the withdrawals of an event-based column with a display period against its obligations (one per event, in
    /// formation order): each withdrawal takes the first event published that day not yet taken, and is a breach when
    /// fewer than <paramref name="display"/> working days after the publication day, up to and including the withdrawal
    /// day, have passed. Withdrawals after the as-of date have not happened yet.
    /// </summary>
    private void FindBreaches(PublicationLog.ColumnHistory history, int display, LocalDate start, LocalDate asOf, ReadOnlySpan<Obligation> obligations, List<DisplayPeriodBreach> breaches)
    {
        var events = history.Events;
        var first = LowerBound(events, start);
        Span<bool> taken = obligations.Length <= 256 ? stackalloc bool[obligations.Length] : new bool[obligations.Length];
        taken.Clear();
        foreach (var w in history.Withdrawals)
        {
            if (w.WithdrawnOn > asOf)
            {
                continue;
            }

            for (var k = 0; k < obligations.Length; k++)
            {
                if (taken[k] || events[first + k].PublishedOn != w.PublishedOn)
                {
                    continue;
                }

                taken[k] = true;

                // Only days up to the withdrawal, all on or before the as-of date, so inside the calendar's coverage.
                var posted = Calendar.CountWorkingDays(w.PublishedOn, w.WithdrawnOn);
                if (posted < display)
                {
                    LocalDate? ends;
                    try
                    {
                        ends = Calendar.AddWorkingDays(w.PublishedOn, display);
                    }
                    catch (CalendarCoverageException)
                    {
                        ends = null;
                    }

                    breaches.Add(new DisplayPeriodBreach(obligations[k], w, display, posted, ends));
                }

                break;
            }
        }
    }

    /// <summary>
    /// Satisfies late, with <paramref name="publishedOn"/>, the earliest obligation in <c>result[from..end)</c> that is unmet and due before it.
    /// </summary>
    /// <returns>The new index of the earliest unmet obligation.</returns>
    private int SatisfyLate(Obligation[] result, int from, int end, LocalDate publishedOn, LocalDate asOf)
    {
        while (from < end && result[from].SatisfiedOn is not null)
        {
            from++;
        }

        // Due dates rise with the period, so when the earliest unmet one is not yet past due, none is.
        if (from < end && result[from].DueOn < publishedOn)
        {
            var o = result[from];
            result[from] = Make(o.Column, o.Kind, o.PeriodStart, o.PeriodEnd, o.WindowStart, o.DueOn, publishedOn, asOf, o.NeedsCalendarYear);
            from++;
        }

        return from;
    }

    private Obligation Make(
        Column column,
        ObligationKind kind,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate windowStart,
        LocalDate due,
        LocalDate? satisfiedOn,
        LocalDate asOf,
        int? needsCalendarYear = null)
    {
        if (needsCalendarYear is not null)
        {
            // The due date is unknown but after the as-of date: satisfied or due, never overdue or late.
            return new Obligation(column, kind, periodStart, periodEnd, windowStart, due, satisfiedOn is null ? ObligationStatus.Due : ObligationStatus.Satisfied, 0, satisfiedOn, false, needsCalendarYear);
        }

        ObligationStatus status;
        var workingDays = 0; // overdue, or late for an obligation satisfied after its due date
        if (satisfiedOn is { } on)
        {
            status = ObligationStatus.Satisfied;
            workingDays = on > due ? Calendar.CountWorkingDays(due, on) : 0;
        }
        else if (asOf > due)
        {
            status = ObligationStatus.Overdue;
            workingDays = Calendar.CountWorkingDays(due, asOf);
        }
        else
        {
            status = ObligationStatus.Due;
        }

        // The calendar was asked about the days from the period's end (or the event, or the fixed deadline's window)
        // to the due date, and from the due date to the as-of date.
        var from = windowStart > periodEnd ? windowStart : periodEnd;
        var provisional = Calendar.IsProvisional(from, due > asOf ? due : asOf);
        return new Obligation(column, kind, periodStart, periodEnd, windowStart, due, status, workingDays, satisfiedOn, provisional);
    }

    // A fixed-deadline annual column's index is the year reported on, which is also its annual period index.
    private void Period(UpdateFrequency frequency, int index, out LocalDate periodStart, out LocalDate periodEnd, out LocalDate windowStart, out LocalDate due)
    {
        frequency.Info.PeriodBounds(index, out periodStart, out periodEnd);
        if (frequency.AnnualDeadline is { } deadline)
        {
            windowStart = new LocalDate(index + 1, 1, 1);
            due = Calendar.NextWorkingDay(deadline.InYear(index + 1));
        }
        else if (frequency.DateInYear is { } date)
        {
            // A by-date column's periods are calendar years: the index is the year.
            windowStart = periodStart;
            due = Calendar.NextWorkingDay(date.InYear(index));
        }
        else
        {
            windowStart = periodStart;
            var grace = Options.GraceWorkingDays;
            due = grace == 0 ? Calendar.NextWorkingDay(periodEnd) : Calendar.AddWorkingDays(periodEnd, grace);
        }
    }

    private static ObligationKind ObligationKindOf(UpdateFrequencyKind kind) => kind switch
    {
        UpdateFrequencyKind.Monthly => ObligationKind.Month,
        UpdateFrequencyKind.Quarterly => ObligationKind.Quarter,
        UpdateFrequencyKind.SemiAnnual => ObligationKind.HalfYear,
        UpdateFrequencyKind.Annual or UpdateFrequencyKind.ByDate => ObligationKind.Year,
        _ => throw new UnreachableException($"{kind} has no calendar periods, so it owes no period obligation."),
    };

    private static int LowerBound(InformationEvent[] events, LocalDate date)
    {
        int lo = 0, hi = events.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (events[mid].FormedOn < date)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static int UpperBound(InformationEvent[] events, LocalDate date)
    {
        int lo = 0, hi = events.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (events[mid].FormedOn <= date)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static void CheckColumn(DisclosureCatalog catalog, Column column)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(column);
        if (!catalog.TryGetColumn(column.Id, out var own) || !ReferenceEquals(own, column))
        {
            throw new ArgumentException($"Column '{column.Id}' is not a column of the catalog of {catalog.BureauName}.", nameof(column));
        }
    }

    private static ArgumentException UnknownColumns(DisclosureCatalog catalog, PublicationLog log) =>
        new(
            $"The publication log names columns that the catalog of {catalog.BureauName} (from {LocalDatePattern.Iso.Format(catalog.EffectiveDate)}) does not have: {string.Join(", ", log.FindUnknownColumns(catalog))}.",
            nameof(log));
}
