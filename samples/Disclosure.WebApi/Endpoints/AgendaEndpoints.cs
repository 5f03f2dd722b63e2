using Disclosure.Domain.Calendars;
using Disclosure.Domain.Responsibilities;
using NodaTime;

namespace Disclosure.WebApi.Endpoints;

/// <summary><c>GET /agenda?unit=&amp;from=&amp;to=&amp;asOf=&amp;level=</c>: what a unit owes between two dates, with statuses as of a day.</summary>
internal static class AgendaEndpoints
{
    private const int DefaultDays = 30;

    internal static void MapAgenda(this IEndpointRouteBuilder app) =>
        app.MapGet("/agenda", GetAgenda)
            .WithName("GetAgenda")
            .WithSummary("A unit's agenda")
            .WithDescription("The recurring duties of the work plan, counted against the stored activity log (POST /api/activities), and the catalog's deadlines against the stored publication log, that fall due between from and to (default: the next 30 days), "
                + "for a unit of the org chart given by id (social-assistance) or name (社会救助科).")
            .Produces<AgendaDto>()
            .ProducesValidationProblem();

    internal static async Task<IResult> GetAgenda(DisclosureSetup setup, IClock clock, Recording.PublicationHistory publications, Recording.ActivityHistory activities, string? unit, string? from = null, string? to = null, string? asOf = null, string? level = null)
    {
        if (string.IsNullOrWhiteSpace(unit))
        {
            return ApiInput.Invalid("unit", UiLanguage.Format("请指定科室：{0}。", "give a unit: {0}.", string.Join(", ", setup.OrgChart.Units.Select(u => u.Id.Value))));
        }

        var found = (UnitId.IsValid(unit) ? setup.OrgChart.Find(UnitId.Parse(unit)) : null) ?? setup.OrgChart.FindByName(unit.Trim());
        if (found is null)
        {
            return ApiInput.Invalid("unit", UiLanguage.Format("“{0}”不是组织架构中的科室；请用其中之一：{1}。", "'{0}' is not a unit of the org chart; use one of {1}.", unit, string.Join(", ", setup.OrgChart.Units.Select(u => u.Id.Value))));
        }

        if (!ApiInput.TryAsOf(asOf, setup, clock, out var today, out var problem))
        {
            return problem!;
        }

        var first = today;
        if (from is not null && !ApiInput.TryDate(from, "from", out first, out problem))
        {
            return problem!;
        }

        var last = first.PlusDays(DefaultDays);
        if (to is not null && !ApiInput.TryDate(to, "to", out last, out problem))
        {
            return problem!;
        }

        if (last < first)
        {
            return ApiInput.Invalid("to", UiLanguage.Format("截止日 {0} 早于起始日 from {1}。", "{0} is before from {1}.", CalendarEndpoints.Iso(last), CalendarEndpoints.Iso(first)));
        }

        GovernmentLevel? governmentLevel = setup.Level;
        if (level is not null && !GovernmentLevel.TryParse(level, out governmentLevel))
        {
            return ApiInput.Invalid("level", UiLanguage.Format("“{0}”不是政府层级；请用 city（市级）或 county（县级）。", "'{0}' is not a level of government; use city or county.", level));
        }

        try
        {
            var sources = setup.AgendaSources(governmentLevel!, (await publications.CurrentAsync()).Log, await activities.CurrentAsync());
            var items = UnitAgenda.Build(setup.OrgChart, found.Id, new DateInterval(first, last), today, sources);
            return TypedResults.Ok(new AgendaDto(
                found.Id.Value,
                found.Name,
                CalendarEndpoints.Iso(first),
                CalendarEndpoints.Iso(last),
                CalendarEndpoints.Iso(today),
                [.. items.Select(i => new AgendaItemDto(
                    CalendarEndpoints.Iso(i.DueDate),
                    Camel(i.Kind.ToString()),
                    i.Reference,
                    i.Description,
                    Camel(i.Involvement.ToString()),
                    i.Status is { } status ? Camel(status.ToString()) : null,
                    i.IsProvisional))]));
        }
        catch (CalendarCoverageException e)
        {
            return ApiInput.Uncovered("asOf", e);
        }
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

/// <summary>A unit's agenda.</summary>
internal sealed record AgendaDto(string Unit, string UnitName, string From, string To, string AsOf, IReadOnlyList<AgendaItemDto> Items);

/// <summary>One thing a unit owes.</summary>
internal sealed record AgendaItemDto(string Due, string Kind, string Reference, string Description, string Involvement, string? Status, bool IsProvisional);
