using Disclosure.Domain.Catalog;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Scheduling;
using NodaTime;

namespace Disclosure.Cli.Commands;

/// <summary>
/// An interim <see cref="IAgendaSource"/> for the agenda command: the periodic columns of a catalog (每月, 季度, 年度更新)
/// whose responsibility reaches the unit, one item per period, due on the period's last day (annual columns with a fixed
/// deadline: that date of the next year). It knows no publication log, so items carry no state, and timely columns
/// (及时更新) are left out because their deadlines hang on information events. To be replaced by the scheduling area's
/// due-date calculator.
/// </summary>
internal sealed class CatalogAgendaSource(DisclosureCatalog catalog) : IAgendaSource
{
    public IEnumerable<AgendaItem> ItemsFor(OrgChart chart, UnitId unit, DateInterval range, LocalDate asOf)
    {
        foreach (var column in catalog.Columns.Where(c => c.Frequency.IsPeriodic))
        {
            var involvement = chart.Involvement(column.Responsible, unit);
            if (involvement == UnitInvolvement.None)
            {
                continue;
            }

            // Periods whose due date can fall in the range start at most a year before it (annual deadlines fall in the next year).
            for (var period = Containing(column.Frequency, range.Start.PlusYears(-1)); period.Start <= range.End; period = Containing(column.Frequency, period.End.PlusDays(1)))
            {
                var due = column.Frequency.AnnualDeadline is { } deadline ? deadline.InYear(period.Start.Year + 1) : period.End;
                if (range.Contains(due))
                {
                    yield return new AgendaItem(
                        unit,
                        due,
                        AgendaItemKind.CatalogColumn,
                        column.Id.Value,
                        $"{Label(column.Frequency, period)} 栏目 {column.Node} — {column.FrequencyLabel} ({column.ResponsibleLabel}, row {column.SeedRow})",
                        involvement);
                }
            }
        }
    }

    private static DateInterval Containing(UpdateFrequency frequency, LocalDate date) => frequency.Kind switch
    {
        UpdateFrequencyKind.Monthly => new DateInterval(new LocalDate(date.Year, date.Month, 1), new LocalDate(date.Year, date.Month, 1).PlusMonths(1).PlusDays(-1)),
        UpdateFrequencyKind.Quarterly => ObligationPeriod.Quarter.Containing(date),
        _ => ObligationPeriod.Year.Containing(date),
    };

    private static string Label(UpdateFrequency frequency, DateInterval period) => frequency.Kind switch
    {
        UpdateFrequencyKind.Monthly => period.Start.ToString("uuuu-MM", null),
        UpdateFrequencyKind.Quarterly => ObligationPeriod.Quarter.Label(period),
        _ => ObligationPeriod.Year.Label(period),
    };
}
