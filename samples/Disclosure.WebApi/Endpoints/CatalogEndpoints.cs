using Disclosure.Domain.Catalog;

namespace Disclosure.WebApi.Endpoints;

/// <summary><c>GET /catalog</c>: the bureau's disclosure catalog, one row per column.</summary>
internal static class CatalogEndpoints
{
    internal static void MapCatalog(this IEndpointRouteBuilder app) =>
        app.MapGet("/catalog", GetCatalog)
            .WithName("GetCatalog")
            .WithSummary("The disclosure catalog")
            .WithDescription("Every column of the bureau's catalog with its path, update frequency and responsible unit. Filter with responsible=<label or unit id>.")
            .Produces<CatalogDto>()
            .ProducesValidationProblem();

    internal static IResult GetCatalog(DisclosureSetup setup, string? responsible = null)
    {
        var catalog = setup.Catalog;
        IEnumerable<Column> columns = catalog.Columns;
        if (!string.IsNullOrWhiteSpace(responsible))
        {
            var wanted = responsible.Trim();
            columns = columns.Where(c => c.ResponsibleLabel == wanted || c.Responsible.Units.Any(u => u.Value == wanted)).ToList();
            if (!columns.Any())
            {
                return ApiInput.Invalid("responsible", UiLanguage.Format("公开目录中没有由“{0}”负责的栏目。", "no column of the catalog is the responsibility of '{0}'.", wanted));
            }
        }

        return TypedResults.Ok(new CatalogDto(
            catalog.BureauName,
            catalog.BureauEnglishName,
            CalendarEndpoints.Iso(catalog.EffectiveDate),
            catalog.TimeZone.Id,
            [.. columns.Select(ToDto)]));
    }

    private static ColumnDto ToDto(Column c) => new(
        c.Id.Value,
        c.SeedRow,
        c.Name,
        c.EnglishName,
        c.Path,
        c.Frequency.Name,
        c.FrequencyLabel,
        c.ResponsibleLabel,
        [.. c.Responsible.Units.Select(u => u.Value)],
        c.Note);
}

/// <summary>The catalog.</summary>
internal sealed record CatalogDto(string Bureau, string? BureauEnglishName, string EffectiveDate, string TimeZone, IReadOnlyList<ColumnDto> Columns);

/// <summary>A column of the catalog.</summary>
internal sealed record ColumnDto(
    string Id,
    int SeedRow,
    string Name,
    string? EnglishName,
    IReadOnlyList<string> Path,
    string Frequency,
    string FrequencyLabel,
    string Responsible,
    IReadOnlyList<string> Units,
    string? Note);
