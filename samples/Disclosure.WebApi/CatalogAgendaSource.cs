using Disclosure.Domain.Calendars;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Scheduling;
using NodaTime;

namespace Disclosure.WebApi;

/// <summary>
/// The catalog's deadlines as agenda items: the open obligations (due or overdue on the as-of date, by the due-date
/// calculator over the publication log) whose due date falls in the range and whose column's responsibility reaches the unit.
/// </summary>
internal sealed class CatalogAgendaSource(DisclosureCatalog catalog, PublicationLog log, WorkingDayCalendar calendar) : IAgendaSource
{
    public IEnumerable<AgendaItem> ItemsFor(OrgChart chart, UnitId unit, DateInterval range, LocalDate asOf)
    {
        var report = new DueDateCalculator(calendar).Evaluate(catalog, log, asOf);
        foreach (var o in report.Obligations)
        {
            if (o.Status == ObligationStatus.Satisfied || !range.Contains(o.DueOn))
            {
                continue;
            }

            var involvement = chart.Involvement(o.Responsible, unit);
            if (involvement == UnitInvolvement.None)
            {
                continue;
            }

            yield return new AgendaItem(
                unit,
                o.DueOn,
                AgendaItemKind.CatalogColumn,
                o.Column.Id.Value,
                $"{o.Key} 栏目 {o.Column.Name} — {o.Column.FrequencyLabel} ({o.ResponsibleLabel}, row {o.Column.SeedRow})",
                involvement,
                o.Status == ObligationStatus.Overdue ? ObligationState.Overdue : ObligationState.Due,
                o.IsProvisional);
        }
    }
}
