using NodaTime;

namespace Disclosure.Domain.Responsibilities;

/// <summary>
/// Supplies dated duties of a unit for <see cref="UnitAgenda"/>. The seam through which catalog column deadlines (computed
/// by the scheduling area's due-date calculator) and custom duties join the recurring obligations.
/// </summary>
/// <remarks>Implementations must be pure: the same arguments give the same items; they must not read the system clock.</remarks>
public interface IAgendaSource
{
    /// <summary>Lists the duties of a unit whose due date falls inside a range.</summary>
    /// <param name="chart">The org chart that resolves responsibilities.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="range">The inclusive range of due dates.</param>
    /// <param name="asOf">The as-of date ("today") for statuses.</param>
    /// <returns>The items, in any order; every item's <see cref="AgendaItem.Unit"/> is <paramref name="unit"/>.</returns>
    IEnumerable<AgendaItem> ItemsFor(OrgChart chart, UnitId unit, DateInterval range, LocalDate asOf);
}
