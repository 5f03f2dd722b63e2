using Disclosure.WebApi.Endpoints;

namespace Disclosure.WebApi;

/// <summary>Registers the sample's services and maps its endpoints, the OpenAPI document and the status page.</summary>
internal static class DisclosureApi
{
    internal static IServiceCollection AddDisclosureApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProblemDetails();
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Disclosure.Domain web sample";
            document.Info.Description = "Working-day calendar, disclosure catalog and due dates of a Chinese government bureau (政务公开).";
            return Task.CompletedTask;
        }));
        services.Configure<DisclosureOptions>(configuration.GetSection(DisclosureOptions.Section));
        services.AddSingleton<DisclosureSetup>();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.WriteIndented = false);
        return services;
    }

    internal static WebApplication UseDisclosureApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapOpenApi();
        app.MapCalendar();
        app.MapCatalog();
        app.MapRequests();
        app.MapAgenda();
        app.MapPolicy();
        app.MapDue();
        return app;
    }
}
