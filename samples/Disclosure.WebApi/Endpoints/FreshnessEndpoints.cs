using Disclosure.Domain.Scheduling;
using NodaTime;

namespace Disclosure.WebApi.Endpoints;

/// <summary>
/// <c>GET /freshness?asOf=</c>: the national freshness check of 国办秘函〔2019〕19号 (<see cref="FreshnessCheck"/>) on the stored
/// publication log, withdrawals included, as <c>disclosure freshness</c> runs it; names and lines in the request's language.
/// </summary>
internal static class FreshnessEndpoints
{
    internal static void MapFreshness(this IEndpointRouteBuilder app) =>
        app.MapGet("/freshness", GetFreshness)
            .WithName("GetFreshness")
            .WithSummary("The national freshness check of government websites on a day")
            .WithDescription("Runs the optional check of 《政府网站与政务新媒体检查指标》 on the stored publication log on asOf (default: today in the bureau's time zone), "
                + "as an inspector sees the site at the end of that day (an item withdrawn by then no longer counts): the columns at risk — blank, "
                + "dynamics/news not updated within 2 weeks, notices/policy within 6 months, long not updated (1 year) — and each single veto "
                + "(单项否决) with its count over the whole site, its threshold and whether it is triggered. Names, summary and veto lines are in "
                + "the request's language (Chinese by default, English by Accept-Language); codes and keys are not. The same answer as `disclosure freshness`.")
            .Produces<FreshnessDto>()
            .ProducesValidationProblem();

    internal static async Task<IResult> GetFreshness(DisclosureSetup setup, IClock clock, Recording.PublicationHistory publications, string? asOf = null)
    {
        if (!ApiInput.TryAsOf(asOf, setup, clock, out var day, out var problem))
        {
            return problem!;
        }

        var (log, _) = await publications.CurrentAsync();
        var report = FreshnessCheck.Evaluate(setup.Catalog, log, day);
        return TypedResults.Ok(new FreshnessDto(
            CalendarEndpoints.Iso(day),
            setup.Catalog.BureauName,
            !report.TriggeredVetoes.IsEmpty,
            report.GetSummary(),
            [.. FreshnessVeto.All.Select(v => new FreshnessVetoDto(
                v.Code, v.GetName(), v.GetDescription(), report.Count(v), report.Rules.GetThreshold(v), report.TriggeredVetoes.Contains(v), report.GetVetoMessage(v)))],
            [.. AtRisk(report).Select(c => new ColumnFreshnessDto(
                c.Column.Id.Value,
                c.Column.Name,
                c.Column.SeedRow,
                Category(c.Category),
                FreshnessCategoryNames.GetName(c.Category),
                c.IsBlank,
                c.IsNotUpdated,
                c.IsLongUnupdated,
                c.LastUpdatedOn is { } last ? CalendarEndpoints.Iso(last) : null,
                DaysSince(c, day),
                report.Rules.GetWindow(c.Category).ToString(),
                c.Column.ResponsibleLabel))]));
    }

    /// <summary>The columns that count toward a veto, in seed-row order: what the endpoint and the page list.</summary>
    internal static IEnumerable<ColumnFreshness> AtRisk(FreshnessReport report) => report.Columns.Where(c => FreshnessVeto.All.Any(c.CountsToward));

    /// <summary>The days from a column's last update to the check date; <see langword="null"/> for a blank column.</summary>
    internal static int? DaysSince(ColumnFreshness column, LocalDate day) =>
        column.LastUpdatedOn is { } since ? Period.Between(since, day, PeriodUnits.Days).Days : null;

    private static string Category(FreshnessCategory category) => category switch
    {
        FreshnessCategory.DynamicsNews => "dynamicsNews",
        FreshnessCategory.NoticesPolicy => "noticesPolicy",
        FreshnessCategory.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a freshness category."),
    };
}

/// <summary>
/// The freshness check of a day: <c>Vetoed</c> when any single veto is triggered; <c>Summary</c> one line in the request's
/// language; <c>Vetoes</c> every veto in the indicators' order; <c>Columns</c> the columns at risk, in seed-row order.
/// </summary>
internal sealed record FreshnessDto(
    string AsOf,
    string Bureau,
    bool Vetoed,
    string Summary,
    IReadOnlyList<FreshnessVetoDto> Vetoes,
    IReadOnlyList<ColumnFreshnessDto> Columns);

/// <summary>
/// One single veto: its stable code (<c>freshness.not-updated</c>, <c>freshness.long-unupdated</c>, <c>freshness.blank</c>),
/// name and condition in the request's language, the offending columns over the whole site, the threshold, whether it is
/// triggered, and the inspector's line (单项否决（国办秘函〔2019〕19号）——空白栏目5个，超过（含）5个。).
/// </summary>
internal sealed record FreshnessVetoDto(string Code, string Name, string Description, int Count, int Threshold, bool Triggered, string Message);

/// <summary>
/// A column at risk: <c>Category</c> <c>dynamicsNews|noticesPolicy|other</c> and its name in the request's language, which
/// vetoes it counts toward, the last update still up (ISO date, null when blank) and the days since, the window (ISO-8601
/// period, <c>P14D</c>; the long-unupdated window for other columns) and who the catalog says is responsible.
/// </summary>
internal sealed record ColumnFreshnessDto(
    string ColumnId,
    string Column,
    int SeedRow,
    string Category,
    string CategoryName,
    bool Blank,
    bool NotUpdated,
    bool LongUnupdated,
    string? LastUpdatedOn,
    int? DaysSinceUpdate,
    string Window,
    string Responsible);
