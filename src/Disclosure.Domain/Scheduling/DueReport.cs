using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Runtime.InteropServices;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Responsibilities;
using NodaTime.Text;

namespace Disclosure.Domain.Scheduling;

/// <summary>
/// What a catalog owes on a date: the obligations found by <see cref="DueDateCalculator.Evaluate"/>, with ways to
/// sort them by due date and to filter them by responsible party, frequency and status.
/// </summary>
/// <remarks>
/// Sorting and filtering return new reports over the same catalog and date. Instances are immutable and thread-safe;
/// equality is reference identity.
/// </remarks>
public sealed class DueReport
{
    internal DueReport(DisclosureCatalog catalog, LocalDate asOf, LocalDate trackingStart, ImmutableArray<Obligation> obligations, ImmutableArray<DisplayPeriodBreach> displayBreaches)
    {
        Catalog = catalog;
        AsOf = asOf;
        TrackingStart = trackingStart;
        Obligations = obligations;
        DisplayBreaches = displayBreaches;
    }

    /// <summary>Gets the catalog evaluated.</summary>
    public DisclosureCatalog Catalog { get; }

    /// <summary>Gets the date of the evaluation.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the date obligations were tracked from.</summary>
    public LocalDate TrackingStart { get; }

    /// <summary>
    /// Gets the obligations: as evaluated, in seed-row order and, within a column, in period or formation order;
    /// after <see cref="OrderByDueDate"/>, by due date.
    /// </summary>
    public ImmutableArray<Obligation> Obligations { get; }

    /// <summary>
    /// Gets the items withdrawn on or before <see cref="AsOf"/> before their column's display period ended (公示7个工作日;
    /// code <see cref="PublicationFindingCodes.DisplayPeriodCut"/>), in seed-row and publication order. Only items whose
    /// obligation is in the report are checked: information events formed from the tracking start on. The filters keep a
    /// finding when they keep its <see cref="DisplayPeriodBreach.Obligation"/>.
    /// </summary>
    public ImmutableArray<DisplayPeriodBreach> DisplayBreaches { get; }

    /// <summary>
    /// Gets the catalog's untracked columns (持续推进, 长期, 常态化; <see cref="UpdateFrequency.IsTracked"/> is false), in
    /// seed-row order: they owe no obligation, and are listed here so that a report never drops them silently.
    /// </summary>
    public ImmutableArray<Column> UntrackedColumns => [.. Catalog.Columns.Where(c => !c.Frequency.IsTracked)];

    /// <summary>Gets a value indicating whether any obligation depends on a projected calendar year.</summary>
    public bool IsProvisional
    {
        get
        {
            foreach (var o in Obligations)
            {
                if (o.IsProvisional)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Gets the years whose calendar some obligation's due date needs and the calendar does not cover, in ascending order
    /// (see <see cref="Obligation.NeedsCalendarYear"/>); empty when every due date is known.
    /// </summary>
    public ImmutableArray<int> NeedsCalendarYears =>
        [.. Obligations.Where(o => o.NeedsCalendarYear is not null).Select(o => o.NeedsCalendarYear!.Value).Distinct().Order()];

    /// <summary>Counts the obligations with a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The number of obligations.</returns>
    [Pure]
    public int Count(ObligationStatus status)
    {
        var count = 0;
        foreach (var o in Obligations)
        {
            if (o.Status == status)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Sorts the obligations by due date; ties by seed row, then by period or formation date. The sort is stable.
    /// </summary>
    /// <returns>The sorted report.</returns>
    [Pure]
    public DueReport OrderByDueDate()
    {
        var array = Obligations.ToArray();
        var keys = new (LocalDate, int, LocalDate, int)[array.Length];
        for (var i = 0; i < array.Length; i++)
        {
            keys[i] = (array[i].DueOn, array[i].Column.SeedRow, array[i].PeriodStart, i);
        }

        Array.Sort(keys, array);
        return With(array);
    }

    /// <summary>
    /// Keeps the obligations of columns whose responsible label (as the catalog gives it, for example 办公室 or
    /// 各相关科室) equals <paramref name="labelOrUnitId"/>, or whose typed responsibility names a unit with that id (for
    /// example <c>office</c>). Duties a unit shares through a rule such as 各科室 are not kept: use
    /// <see cref="Involving(OrgChart, UnitId)"/> for everything a unit owes.
    /// </summary>
    /// <param name="labelOrUnitId">The label or unit id; compared ordinally after trimming.</param>
    /// <returns>The filtered report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="labelOrUnitId"/> is <see langword="null"/>.</exception>
    [Pure]
    public DueReport WhereResponsible(string labelOrUnitId)
    {
        ArgumentNullException.ThrowIfNull(labelOrUnitId);
        var wanted = labelOrUnitId.Trim();
        return Where(o => o.ResponsibleLabel == wanted || NamesUnit(o.Responsible, wanted));
    }

    /// <summary>
    /// Keeps every obligation a unit shares: those of columns whose responsibility names the unit or resolves to it in
    /// <paramref name="chart"/> by a rule (各科室, 各相关科室 for a topic it serves, a sub-agency rule), and those it owes
    /// whenever it drafts, hosts, handles or publishes (谁承办谁更新). This is the one answer to "what does this unit
    /// owe?" that every surface (command line, web API, status board, reminders) gives.
    /// </summary>
    /// <param name="chart">The org chart that resolves the rules.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The filtered report; empty when the unit is not in the chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is <see langword="null"/>.</exception>
    [Pure]
    public DueReport Involving(OrgChart chart, UnitId unit)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return Where(o => chart.Involvement(o.Responsible, unit) != UnitInvolvement.None);
    }

    /// <summary>Keeps the obligations of columns whose typed responsibility equals <paramref name="responsible"/>.</summary>
    /// <param name="responsible">The responsibility.</param>
    /// <returns>The filtered report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responsible"/> is <see langword="null"/>.</exception>
    [Pure]
    public DueReport WhereResponsible(Responsibility responsible)
    {
        ArgumentNullException.ThrowIfNull(responsible);
        return Where(o => o.Responsible == responsible);
    }

    /// <summary>Keeps the obligations of columns with a kind of frequency.</summary>
    /// <param name="kind">The kind of frequency.</param>
    /// <returns>The filtered report.</returns>
    [Pure]
    public DueReport WhereFrequency(UpdateFrequencyKind kind) => Where(o => o.Column.Frequency.Kind == kind);

    /// <summary>Keeps the obligations with a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The filtered report.</returns>
    [Pure]
    public DueReport WhereStatus(ObligationStatus status) => Where(o => o.Status == status);

    /// <summary>Keeps the obligations that satisfy a predicate.</summary>
    /// <param name="predicate">The predicate.</param>
    /// <returns>The filtered report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is <see langword="null"/>.</exception>
    [Pure]
    public DueReport Where(Func<Obligation, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var builder = ImmutableArray.CreateBuilder<Obligation>();
        foreach (var o in Obligations)
        {
            if (predicate(o))
            {
                builder.Add(o);
            }
        }

        return new DueReport(Catalog, AsOf, TrackingStart, builder.ToImmutable(), [.. DisplayBreaches.Where(b => predicate(b.Obligation))]);
    }

    /// <summary>Summarises the report, for example <c>宣城市民政局 on 2024-07-01: 20 obligations, 18 overdue, 2 due, 0 satisfied</c>.</summary>
    /// <returns>The summary.</returns>
    /// <remarks>A due report never holds <see cref="ObligationStatus.AtRisk"/>, so it is not counted.</remarks>
    public override string ToString() =>
        $"{Catalog.BureauName} on {LocalDatePattern.Iso.Format(AsOf)}: {Obligations.Length} obligations, {Count(ObligationStatus.Overdue)} overdue, {Count(ObligationStatus.Due)} due, {Count(ObligationStatus.Satisfied)} satisfied{(IsProvisional ? " (provisional)" : string.Empty)}";

    private static bool NamesUnit(Responsibility responsible, string unitId)
    {
        foreach (var unit in responsible.Units)
        {
            if (unit.Value == unitId)
            {
                return true;
            }
        }

        return false;
    }

    private DueReport With(Obligation[] obligations) =>
        new(Catalog, AsOf, TrackingStart, ImmutableCollectionsMarshal.AsImmutableArray(obligations), DisplayBreaches);
}
