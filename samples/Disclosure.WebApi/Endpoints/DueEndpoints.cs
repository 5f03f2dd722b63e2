using Disclosure.Domain.Calendars;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Scheduling;
using NodaTime;

namespace Disclosure.WebApi.Endpoints;

/// <summary><c>GET /due?asOf=&amp;unit=</c>: the catalog's due and overdue columns on a day, for every unit of the org chart.</summary>
internal static class DueEndpoints
{
    internal static void MapDue(this IEndpointRouteBuilder app) =>
        app.MapGet("/due", GetDue)
            .WithName("GetDue")
            .WithSummary("Due and overdue catalog columns on a day")
            .WithDescription("Evaluates every column of the catalog against the stored publication log on asOf (default: today in the bureau's time zone) "
                + "and lists, for each unit of the org chart, every open obligation it shares: columns naming it and columns it owes by a rule "
                + "(各科室, 各相关科室 for a topic it serves, 谁承办谁更新). A shared column appears under each unit it involves. "
                + "unit keeps one unit: its id (social-assistance), name (社会救助科) or alias (儿童福利科).")
            .Produces<DueDto>()
            .ProducesValidationProblem();

    internal static async Task<IResult> GetDue(DisclosureSetup setup, IClock clock, Recording.PublicationHistory publications, string? asOf = null, string? unit = null)
    {
        if (!ApiInput.TryAsOf(asOf, setup, clock, out var day, out var problem))
        {
            return problem!;
        }

        DueReport report;
        var (log, _) = await publications.CurrentAsync();
        try
        {
            report = new DueDateCalculator(setup.Calendar).Evaluate(setup.Catalog, log, day);
        }
        catch (CalendarCoverageException e)
        {
            return ApiInput.Uncovered("asOf", e);
        }

        var chart = setup.OrgChart;
        IEnumerable<Unit> selected = chart.Units;
        if (!string.IsNullOrWhiteSpace(unit))
        {
            var wanted = unit.Trim();
            var found = (UnitId.TryParse(wanted, out var id) ? chart.Find(id) : null) ?? chart.FindByName(wanted);
            if (found is null)
            {
                return ApiInput.Invalid("unit", UiLanguage.Format("“{0}”不是{1}的科室；请用标识或名称：{2}。", "'{0}' is not a unit of {1}; use an id or a name: {2}.", wanted, setup.Catalog.BureauName, string.Join(", ", chart.Units.Select(u => $"{u.Id} ({u.Name})"))));
            }

            selected = [found];
        }

        // One answer to "what does this unit owe?" everywhere: DueReport.Involving, as the command line and the reminders use it.
        var units = selected
            .Select(u => (Unit: u, Open: report.Involving(chart, u.Id).Obligations.Where(o => o.Status != ObligationStatus.Satisfied).ToList()))
            .Select(x => new UnitDueDto(
                x.Unit.Name,
                [x.Unit.Id.Value],
                Columns(x.Open.Where(o => o.Status == ObligationStatus.Overdue)),
                Columns(x.Open.Where(o => o.Status == ObligationStatus.Due))))
            .ToList();

        return TypedResults.Ok(new DueDto(
            CalendarEndpoints.Iso(day),
            setup.Catalog.BureauName,
            CalendarEndpoints.Iso(report.TrackingStart),
            report.IsProvisional,
            report.NeedsCalendarYears,
            setup.Pack.WorkPlan?.Year is { } planYear && day.Year > planYear ? planYear : null,
            report.Count(ObligationStatus.Due),
            report.Count(ObligationStatus.Overdue),
            report.Count(ObligationStatus.Satisfied),
            units,
            [.. report.UntrackedColumns.Select(c => new UntrackedColumnDto(c.Id.Value, c.Name, c.SeedRow, c.FrequencyLabel, c.ResponsibleLabel))]));
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
                list[0].ResponsibleLabel,
                [.. list.Select(o => o.Key)],
                CalendarEndpoints.Iso(list[0].DueOn),
                list[0].NeedsCalendarYear,
                list.Max(o => o.OverdueWorkingDays),
                list.Any(o => o.IsProvisional)))
            .OrderBy(c => c.DueOn, StringComparer.Ordinal)
            .ThenBy(c => c.SeedRow)];
}

/// <summary>
/// The due report of a day; <c>NeedsCalendarYears</c> lists the unloaded years some due date needs (such a column shows the
/// earliest date it can be due); <c>PastPlanYear</c> is the work plan's year when the day is past it (the catalog stays in
/// force, the plan's year-bound duties ended with that year), otherwise null. <c>Untracked</c> lists the catalog's columns with
/// no deadline (持续推进, 长期 …), whatever <c>unit</c> asks: they owe nothing, and are listed so they are not lost.
/// </summary>
internal sealed record DueDto(
    string AsOf,
    string Bureau,
    string TrackingStart,
    bool IsProvisional,
    IReadOnlyList<int> NeedsCalendarYears,
    int? PastPlanYear,
    int Due,
    int Overdue,
    int Satisfied,
    IReadOnlyList<UnitDueDto> Units,
    IReadOnlyList<UntrackedColumnDto> Untracked);

/// <summary>A column of the catalog with no deadline: its id, name, row, the table's own words and who is responsible.</summary>
internal sealed record UntrackedColumnDto(string ColumnId, string Column, int SeedRow, string Frequency, string Responsible);

/// <summary>One unit of the org chart and the open columns it shares (named, or by a rule such as 各科室).</summary>
internal sealed record UnitDueDto(string Unit, IReadOnlyList<string> UnitIds, IReadOnlyList<ColumnDueDto> Overdue, IReadOnlyList<ColumnDueDto> Due);

/// <summary>
/// A column with open obligations: who the catalog says is responsible (办公室, 各科室 …), its periods (keys), the earliest
/// due date (with the unloaded calendar year it needs, if any) and the most working days overdue.
/// </summary>
internal sealed record ColumnDueDto(
    string ColumnId,
    string Column,
    int SeedRow,
    string Frequency,
    string Responsible,
    IReadOnlyList<string> Periods,
    string DueOn,
    int? NeedsCalendarYear,
    int OverdueWorkingDays,
    bool IsProvisional);
