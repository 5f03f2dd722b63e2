using System.Collections.Immutable;
using System.Diagnostics.Contracts;

namespace Disclosure.Domain.Responsibilities;

/// <summary>
/// The numbered work points of a disclosure work plan (工作要点和分工) and who is responsible for each.
/// </summary>
/// <remarks>
/// The embedded one is <c>RulePack.XuanchengCivilAffairs2024.WorkPlan</c>: the 23 work points of sections 一 to 四 of
/// the seed. Instances are immutable and thread-safe; equality is reference equality.
/// </remarks>
public sealed class WorkPlan
{
    /// <summary>The earliest plan year accepted.</summary>
    public const int MinYear = 2000;

    /// <summary>The latest plan year accepted.</summary>
    public const int MaxYear = 2100;

    /// <summary>Creates a work plan.</summary>
    /// <param name="title">The title, for example 宣城市民政局2024年度政务公开工作要点和分工.</param>
    /// <param name="points">The work points, in document order, with distinct numbers.</param>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty or two points share a number.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="points"/> or one of its elements is <see langword="null"/>.</exception>
    public WorkPlan(string title, IEnumerable<WorkPoint> points)
        : this(title, points, null)
    {
    }

    /// <summary>Creates a work plan for a calendar year.</summary>
    /// <param name="title">The title, for example 宣城市民政局2024年度政务公开工作要点和分工.</param>
    /// <param name="points">The work points, in document order, with distinct numbers.</param>
    /// <param name="year">The plan's year (2000 to 2100), or <see langword="null"/> for a plan without one.</param>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty or two points share a number.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="points"/> or one of its elements is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 2000 to 2100.</exception>
    public WorkPlan(string title, IEnumerable<WorkPoint> points, int? year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Expected a plan year from {MinYear} to {MaxYear}.");
        }

        Year = year;
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(points);
        Title = title;
        Points = [.. points];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var point in Points)
        {
            ArgumentNullException.ThrowIfNull(point, nameof(points));
            if (!seen.Add(point.Number))
            {
                throw new ArgumentException($"Work point number {point.Number} is used twice.", nameof(points));
            }
        }
    }

    /// <summary>
    /// Gets the plan's calendar year, or <see langword="null"/> when the plan names none. Past it the catalog stays
    /// in force, but the plan's recurring obligations owe no further period (see <see cref="RecurringObligation.LastDay"/>).
    /// </summary>
    public int? Year { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the work points, in document order.</summary>
    public ImmutableArray<WorkPoint> Points { get; }

    /// <summary>Finds a work point by its numbering.</summary>
    /// <param name="number">The numbering, for example 三(一)3.</param>
    /// <returns>The point, or <see langword="null"/>.</returns>
    [Pure]
    public WorkPoint? Find(string number) => Points.FirstOrDefault(p => p.Number == number);

    /// <summary>
    /// Lists the work points that involve a unit, directly (named) or through a rule that resolves to it in
    /// <paramref name="chart"/>, in document order.
    /// </summary>
    /// <param name="chart">The org chart that resolves the rules.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="minimum">
    /// The weakest involvement to include: <see cref="UnitInvolvement.WhenInContext"/> (the default) includes
    /// points where the unit is responsible whenever it drafts, hosts, handles or publishes;
    /// <see cref="UnitInvolvement.ByRule"/> leaves those out; <see cref="UnitInvolvement.Named"/> keeps only points naming the unit.
    /// </param>
    /// <returns>The involving points with their strongest involvement; empty when none, or when the unit is not in the chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is <see cref="UnitInvolvement.None"/> or undefined.</exception>
    [Pure]
    public ImmutableArray<WorkPointInvolvement> PointsInvolving(OrgChart chart, UnitId unit, UnitInvolvement minimum = UnitInvolvement.WhenInContext)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (minimum is not (UnitInvolvement.Named or UnitInvolvement.ByRule or UnitInvolvement.WhenInContext))
        {
            throw new ArgumentOutOfRangeException(nameof(minimum), minimum, "Use Named, ByRule or WhenInContext.");
        }

        var result = ImmutableArray.CreateBuilder<WorkPointInvolvement>();
        foreach (var point in Points)
        {
            WorkPointInvolvement? best = null;
            foreach (var party in point.Parties)
            {
                var involvement = chart.Involvement(party.Responsibility, unit);
                if (involvement != UnitInvolvement.None && Rank(involvement) <= Rank(minimum) && (best is null || Rank(involvement) < Rank(best.Value.Involvement)))
                {
                    best = new WorkPointInvolvement(point, involvement, party);
                }
            }

            if (best is { } found)
            {
                result.Add(found);
            }
        }

        return result.DrainToImmutable();
    }

    private static int Rank(UnitInvolvement involvement) => involvement switch
    {
        UnitInvolvement.Named => 0,
        UnitInvolvement.ByRule => 1,
        _ => 2,
    };
}
