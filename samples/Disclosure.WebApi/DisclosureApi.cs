using Disclosure.WebApi.Bureaus;
using Disclosure.WebApi.Endpoints;
using Disclosure.WebApi.Pages;
using Disclosure.WebApi.People;
using Disclosure.WebApi.Recording;
using Disclosure.WebApi.Storage;
using Microsoft.AspNetCore.Http.Features;

namespace Disclosure.WebApi;

/// <summary>Registers the workbench's services and maps its endpoints, the OpenAPI document, the pages and the status board.</summary>
internal static class DisclosureApi
{
    /// <summary>The largest request body accepted (the commands are small JSON documents and forms): larger ones get 413.</summary>
    internal const long MaxRequestBody = 64 * 1024;

    internal static IServiceCollection AddDisclosureApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProblemDetails();
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Disclosure workbench";
            document.Info.Description = "Working-day calendar, disclosure catalog, due dates, publications, reviews and requests of a Chinese government bureau (政务公开), stored and signed.";
            return Task.CompletedTask;
        }).AddOperationTransformer((operation, context, _) =>
        {
            if (Idempotency.Honours(context.Description.ActionDescriptor.EndpointMetadata))
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new Microsoft.OpenApi.OpenApiParameter
                {
                    Name = Idempotency.Header,
                    In = Microsoft.OpenApi.ParameterLocation.Header,
                    Description = Idempotency.Description,
                    Schema = new Microsoft.OpenApi.OpenApiSchema { Type = Microsoft.OpenApi.JsonSchemaType.String, MaxLength = Storage.IdempotencyRecord.MaxKeyLength },
                });
            }

            return Task.CompletedTask;
        }));
        services.AddHttpContextAccessor();
        services.AddSingleton(sp => new BureauDirectory(sp.GetRequiredService<IConfiguration>()));
        services.AddScoped<BureauContext>();
        // Endpoints that ask for the rules get the request's bureau's.
        services.AddScoped(sp => sp.GetRequiredService<BureauContext>().Setup);
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.WriteIndented = false);
        services.AddWorkbenchStorage(configuration);
        services.AddWorkbenchPeople(configuration);
        services.AddAntiforgery(o => o.Cookie.Name = "disclosure.antiforgery");
        services.AddSingleton<PublicationCache>();
        services.AddScoped<PublicationHistory>();
        services.AddScoped<ReviewHistory>();
        services.AddScoped<ActivityHistory>();
        services.AddScoped<ReportRegisters>();
        return services;
    }

    internal static WebApplication UseDisclosureApi(this WebApplication app)
    {
        // Chinese by default; English by Accept-Language, ?ui-culture=en or the culture cookie. Problem titles follow it,
        // codes never do.
        app.UseRequestLocalization(options =>
        {
            options.SetDefaultCulture("zh-CN").AddSupportedCultures("zh-CN", "en").AddSupportedUICultures("zh-CN", "en");
            options.FallBackToParentUICultures = true;
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(LimitBody);
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.Use(BureauResolution.Resolve);
        app.UseAuthorization();
        app.UseAntiforgery();
        app.Use(Idempotency.Invoke);
        app.MapOpenApi();
        app.MapCalendar();
        app.MapCatalog();
        app.MapRequests();
        app.MapAgenda();
        app.MapPolicy();
        app.MapDue();
        app.MapPeople();
        app.MapPublications();
        app.MapReviews();
        app.MapRequestRecords();
        app.MapActivities();
        app.MapReportRegisters();
        app.MapWorkbenchPages();
        app.MapReviewPages();
        app.MapRequestPages();
        app.MapActivityPages();
        app.MapReportPages();
        return app;
    }

    /// <summary>Migrates the database, imports each bureau's configured publication log into its empty one and creates the bootstrap administrators.</summary>
    internal static async Task StartWorkbenchAsync(this WebApplication app)
    {
        await StorageSetup.MigrateAsync(app.Services);
        foreach (var bureau in app.Services.GetRequiredService<BureauDirectory>().All)
        {
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<BureauContext>().Use(bureau);
            var setup = bureau.Setup;
            var store = scope.ServiceProvider.GetRequiredService<EventStore>();
            if (setup.ConfiguredPublications.PublicationCount > 0 && await store.VersionAsync(PublicationHistory.StreamId) == 0)
            {
                var configured = setup.ConfiguredPublications;
                var entries = new List<NewEntry>();
                foreach (var e in configured.Columns.SelectMany(c => configured.GetPublications(c).Select(on => PublicationHistory.Publication(c, on))))
                {
                    entries.Add(PublicationHistory.Entry(entries.Count, e, entries.Count == 0 ? null : entries[^1].Hash));
                }

                // At version 0 only: when another instance imported it at the same moment, the log is there once.
                await store.AppendAsync(PublicationHistory.StreamId, 0, entries, "config");
            }
        }

        await PeopleSetup.BootstrapAsync(app.Services, app.Configuration, app.Logger);
    }

    private static Task LimitBody(HttpContext context, RequestDelegate next)
    {
        if (context.Request.ContentLength > MaxRequestBody)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }

        // Chunked bodies without a length: Kestrel stops reading past the limit.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = MaxRequestBody;
        }

        return next(context);
    }
}
