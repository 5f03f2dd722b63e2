using Disclosure.Domain.Catalog;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Scheduling;

/// <summary>
/// Puts a catalog's column obligations on a unit's agenda (<see cref="UnitAgenda"/>): every period or information event
/// whose due date falls in the range, for the columns whose responsibility involves the unit, with its state as of the
/// agenda's as-of date from the <see cref="DueDateCalculator"/> (<see cref="ObligationStatus.Satisfied"/>,
/// <see cref="ObligationStatus.Due"/> or <see cref="ObligationStatus.Overdue"/>, the same values as the due report).
/// </summary>
/// <remarks>
/// Obligations whose period or event lies after the as-of date are listed without a status (they cannot be judged
/// yet). Immutable and thread-safe if the calculator, catalog and log are.
/// </remarks>
public sealed class CatalogAgendaSource : IAgendaSource
{
    private readonly DueDateCalculator calculator;
    private readonly DisclosureCatalog catalog;
    private readonly PublicationLog log;

    /// <summary>Initializes a new instance of the <see cref="CatalogAgendaSource"/> class.</summary>
    /// <param name="calculator">The due-date calculator (it holds the working-day calendar).</param>
    /// <param name="catalog">The catalog whose columns are owed.</param>
    /// <param name="log">The publication history and information events; <see cref="PublicationLog.Empty"/> for none.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public CatalogAgendaSource(DueDateCalculator calculator, DisclosureCatalog catalog, PublicationLog log)
    {
        ArgumentNullException.ThrowIfNull(calculator);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(log);
        this.calculator = calculator;
        this.catalog = catalog;
        this.log = log;
    }

    /// <inheritdoc/>
    /// <exception cref="Calendars.CalendarCoverageException">A due date needs a year the calendar does not cover.</exception>
    public IEnumerable<AgendaItem> ItemsFor(OrgChart chart, UnitId unit, DateInterval range, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(range);

        // Enumerate the obligations up to the range's end; judge them as of the agenda's date.
        var horizon = range.End > asOf ? range.End : asOf;
        var statuses = calculator.Evaluate(catalog, log, asOf).Obligations
            .ToDictionary(o => (o.Column.Id, o.Key), o => o.Status);
        var items = new List<AgendaItem>();
        foreach (var obligation in calculator.Evaluate(catalog, log, horizon).Obligations)
        {
            if (!range.Contains(obligation.DueOn))
            {
                continue;
            }

            var involvement = chart.Involvement(obligation.Responsible, unit);
            if (involvement == UnitInvolvement.None)
            {
                continue;
            }

            var column = obligation.Column;
            items.Add(AgendaItem.Localized(
                unit,
                obligation.DueOn,
                AgendaItemKind.CatalogColumn,
                column.Id.Value,
                SchedulingTexts.Of("Agenda.Column", obligation.Key, column.Node, column.FrequencyLabel, column.ResponsibleLabel, column.SeedRow),
                involvement,
                statuses.TryGetValue((column.Id, obligation.Key), out var status) ? status : null,
                obligation.IsProvisional));
        }

        return items;
    }
}
