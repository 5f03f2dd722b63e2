using Disclosure.Domain.Calendars;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Scheduling;
using NodaTime;

namespace Disclosure.WebApi.Endpoints;

/// <summary><c>GET /due?asOf=&amp;unit=</c>: the catalog's due and overdue columns on a day, grouped by responsible unit.</summary>
internal static class DueEndpoints
{
    internal static void MapDue(this IEndpointRouteBuilder app) =>
        app.MapGet("/due", GetDue)
            .WithName("GetDue")
            .WithSummary("Due and overdue catalog columns on a day")
            .WithDescription("Evaluates every column of the catalog against the publication log on asOf (default: today in the bureau's time zone) "
                + "and groups the open obligations by responsible unit (the catalog's label, for example 办公室 or 各相关科室). "
                + "unit keeps one unit: a label or a unit id (office).")
            .Produces<DueDto>()
            .ProducesValidationProblem();

    internal static IResult GetDue(DisclosureSetup setup, IClock clock, string? asOf = null, string? unit = null)
    {
        if (!ApiInput.TryAsOf(asOf, setup, clock, out var day, out var problem))
        {
            return problem!;
        }

        DueReport report;
        try
        {
            report = new DueDateCalculator(setup.Calendar).Evaluate(setup.Catalog, setup.Publications, day);
        }
        catch (CalendarCoverageException e)
        {
            return ApiInput.Invalid("asOf", $"{e.Year} is not covered by the calendar ({e.Coverage}).");
        }

        if (!string.IsNullOrWhiteSpace(unit))
        {
            var wanted = unit.Trim();
            var known = setup.Catalog.Columns.Select(c => c.ResponsibleLabel)
                .Concat(setup.Catalog.Columns.SelectMany(c => c.Responsible.Units.Select(u => u.Value)))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (!known.Contains(wanted, StringComparer.Ordinal))
            {
                return ApiInput.Invalid("unit", $"'{wanted}' is responsible for no column; use one of {string.Join(", ", known)}.");
            }

            report = report.WhereResponsible(wanted);
        }

        var order = setup.Catalog.Columns.Select(c => c.ResponsibleLabel).Distinct(StringComparer.Ordinal).ToList();
        var units = report.Obligations
            .Where(o => o.Status != ObligationStatus.Satisfied)
            .GroupBy(o => o.ResponsibleLabel, StringComparer.Ordinal)
            .OrderBy(g => order.IndexOf(g.Key))
            .Select(g => new UnitDueDto(
                g.Key,
                [.. g.SelectMany(o => o.Responsible.Units).Select(u => u.Value).Distinct(StringComparer.Ordinal)],
                Columns(g.Where(o => o.Status == ObligationStatus.Overdue)),
                Columns(g.Where(o => o.Status == ObligationStatus.Due))))
            .ToList();

        return TypedResults.Ok(new DueDto(
            CalendarEndpoints.Iso(day),
            setup.Catalog.BureauName,
            CalendarEndpoints.Iso(report.TrackingStart),
            report.IsProvisional,
            report.Count(ObligationStatus.Due),
            report.Count(ObligationStatus.Overdue),
            report.Count(ObligationStatus.Satisfied),
            units));
    }

    private static List<ColumnDueDto> Columns(IEnumerable<Obligation> obligations) =>
        [.. obligations
            .GroupBy(o => o.Column.Id)
            .Select(g => g.OrderBy(o => o.DueOn).ToList())
            .Select(list => new ColumnDueDto(
                list[0].Column.Id.Value,
                list[0].Column.Name,
                list[0].Column.SeedRow,
                list[0].Column.FrequencyLabel,
                [.. list.Select(o => o.Key)],
                CalendarEndpoints.Iso(list[0].DueOn),
                list.Max(o => o.OverdueWorkingDays),
                list.Any(o => o.IsProvisional)))
            .OrderBy(c => c.DueOn, StringComparer.Ordinal)
            .ThenBy(c => c.SeedRow)];
}

/// <summary>The due report of a day.</summary>
internal sealed record DueDto(
    string AsOf,
    string Bureau,
    string TrackingStart,
    bool IsProvisional,
    int Due,
    int Overdue,
    int Satisfied,
    IReadOnlyList<UnitDueDto> Units);

/// <summary>One responsible unit's open columns.</summary>
internal sealed record UnitDueDto(string Unit, IReadOnlyList<string> UnitIds, IReadOnlyList<ColumnDueDto> Overdue, IReadOnlyList<ColumnDueDto> Due);

/// <summary>A column with open obligations: its periods (keys), the earliest due date and the most working days overdue.</summary>
internal sealed record ColumnDueDto(
    string ColumnId,
    string Column,
    int SeedRow,
    string Frequency,
    IReadOnlyList<string> Periods,
    string DueOn,
    int OverdueWorkingDays,
    bool IsProvisional);
