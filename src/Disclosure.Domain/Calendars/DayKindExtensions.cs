using System.Diagnostics.Contracts;

namespace Disclosure.Domain.Calendars;

/// <summary>Stable text identifiers of <see cref="DayKind"/> values, as JSON, CSV and tables write them.</summary>
public static class DayKindExtensions
{
    /// <summary>
    /// Gets the stable camel-case identifier of a kind of day: <c>workday</c>, <c>restDay</c>, <c>statutoryHoliday</c>,
    /// <c>adjustedRestDay</c> or <c>adjustedWorkday</c>.
    /// </summary>
    /// <param name="kind">The kind of day.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="DayKind"/>.</exception>
    [Pure]
    public static string ToId(this DayKind kind) => kind switch
    {
        DayKind.Workday => "workday",
        DayKind.RestDay => "restDay",
        DayKind.StatutoryHoliday => "statutoryHoliday",
        DayKind.AdjustedRestDay => "adjustedRestDay",
        DayKind.AdjustedWorkday => "adjustedWorkday",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined DayKind."),
    };
}
