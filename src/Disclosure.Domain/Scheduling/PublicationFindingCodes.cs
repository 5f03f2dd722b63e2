using System.Collections.Immutable;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Scheduling;

/// <summary>
/// The codes of what the due report finds in a publication log beyond obligations: a publication withdrawn before its
/// display period ended. Titles and descriptions in English and Chinese come from <see cref="ProblemCode.GetTitle"/> and
/// <see cref="ProblemCode.GetDescription"/>. Ids are stable.
/// </summary>
public static class PublicationFindingCodes
{
    /// <summary>
    /// Gets PUB001: an item of a column with a display period (公示7个工作日) was withdrawn before it had been posted that
    /// many working days (<see cref="DisplayPeriodBreach"/>).
    /// </summary>
    public static ProblemCode DisplayPeriodCut { get; } = new("PUB001", "display-period-cut", "A publication was withdrawn before its display period (公示期) ended: it was posted fewer working days than the column requires.");

    /// <summary>Gets every code of this table, in id order.</summary>
    public static ImmutableArray<ProblemCode> All { get; } = [DisplayPeriodCut];
}
