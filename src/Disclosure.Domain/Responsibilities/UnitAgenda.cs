using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using NodaTime;

namespace Disclosure.Domain.Responsibilities;

/// <summary>Builds a unit's agenda: the dated duties of one unit between two dates, from one or more <see cref="IAgendaSource"/>s.</summary>
/// <remarks>This class is stateless and thread-safe.</remarks>
public static class UnitAgenda
{
    /// <summary>Builds the agenda of a unit.</summary>
    /// <param name="chart">The org chart.</param>
    /// <param name="unit">The unit; must be in the chart.</param>
    /// <param name="range">The inclusive range of due dates.</param>
    /// <param name="asOf">The as-of date for statuses.</param>
    /// <param name="sources">The sources, for example <see cref="AgendaSources.RecurringObligations(IEnumerable{RecurringObligation}, IEnumerable{ActivityRecord}, GovernmentLevel)"/>.</param>
    /// <returns>The items ordered by due date, then kind, then reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/>, <paramref name="range"/> or <paramref name="sources"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="unit"/> is not in the chart; the message lists the known units.</exception>
    /// <exception cref="InvalidOperationException">A source returned an item of another unit or outside the range.</exception>
    [Pure]
    public static ImmutableArray<AgendaItem> Build(OrgChart chart, UnitId unit, DateInterval range, LocalDate asOf, params IEnumerable<IAgendaSource> sources)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(sources);
        _ = chart.Get(unit);
        var items = new List<AgendaItem>();
        foreach (var source in sources)
        {
            foreach (var item in source.ItemsFor(chart, unit, range, asOf))
            {
                if (item.Unit != unit || !range.Contains(item.DueDate))
                {
                    throw new InvalidOperationException($"Agenda source {source.GetType().Name} returned {item} for {item.Unit}, outside the request ({unit}, {range}).");
                }

                items.Add(item);
            }
        }

        return [.. items.OrderBy(i => i.DueDate).ThenBy(i => i.Kind).ThenBy(i => i.Reference, StringComparer.Ordinal)];
    }
}
