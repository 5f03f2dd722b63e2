using Disclosure.WebApi.Bureaus;
using Disclosure.WebApi.Endpoints;
using Disclosure.WebApi.Pages;
using Disclosure.WebApi.People;
using Disclosure.WebApi.Recording;
using Disclosure.WebApi.Storage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;

namespace Disclosure.WebApi;

/// <summary>Registers the workbench's services and maps its endpoints, the OpenAPI document, the pages and the status board.</summary>
internal static class DisclosureApi
{
    /// <summary>The largest request body accepted (the commands are small JSON documents and forms): larger ones get 413.</summary>
    internal const long MaxRequestBody = 64 * 1024;

    internal static IServiceCollection AddDisclosureApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c => c.ProblemDetails.Title = LocalisedTitle(c.ProblemDetails.Status, c.ProblemDetails.Title));
        services.AddWorkbenchOpenApi();
        services.AddHttpContextAccessor();
        services.AddSingleton(sp => new BureauDirectory(sp.GetRequiredService<IConfiguration>()));
        services.AddScoped<BureauContext>();
        // Endpoints that ask for the rules get the request's bureau's.
        services.AddScoped(sp => sp.GetRequiredService<BureauContext>().Setup);
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.WriteIndented = false;
            // Chinese (and ' < > & +) as UTF-8 text, not \u escapes, so that a clerk reading an answer or a ProblemDetails
            // with curl or in the browser reads 审核. ASP.NET already defaults these options to this encoder; said here so
            // that it stays a decision (a test reads the raw bodies). It is safe because these bodies are only served as
            // application/json or application/problem+json with nosniff (below): no browser parses them as HTML, where the
            // default encoder's escaping of < > & would matter; quotes, backslash and control characters are still escaped.
            json.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
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
        // Chinese by default; English by ?lang=en (the pages' visible switch), the culture cookie it sets, or
        // Accept-Language, in that order. Page texts and problem titles and details follow it; codes never do.
        app.UseRequestLocalization(options =>
        {
            options.SetDefaultCulture(UiLanguage.Chinese).AddSupportedCultures(UiLanguage.Chinese, UiLanguage.English).AddSupportedUICultures(UiLanguage.Chinese, UiLanguage.English);
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders.Insert(0, new QueryStringRequestCultureProvider { QueryStringKey = UiLanguage.QueryKey, UIQueryStringKey = UiLanguage.QueryKey });
        });
        app.Use(RememberLanguage);
        app.Use(NoSniff);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(LimitBody);
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
        app.MapAgendaFeed();
        app.MapPolicy();
        app.MapDue();
        app.MapFreshness();
        app.MapPeople();
        app.MapPublications();
        app.MapReviews();
        app.MapRequestRecords();
        app.MapActivities();
        app.MapReportRegisters();
        app.MapBoardPage();
        app.MapFreshnessPage();
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

    /// <summary>
    /// The framework's English status titles (Not Found, Unauthorized …), which problems without a title of their own get,
    /// in the request's language; any other title is already the endpoint's own, in that language.
    /// </summary>
    private static string? LocalisedTitle(int? status, string? title) =>
        status is { } code && StatusTitles.TryGetValue(code, out var t) && (title is null || title == t.English) ? UiLanguage.Pick(t.Chinese, t.English) : title;

    private static readonly Dictionary<int, (string Chinese, string English)> StatusTitles = new()
    {
        [StatusCodes.Status400BadRequest] = ("请求有误", "Bad Request"),
        [StatusCodes.Status401Unauthorized] = ("未登录", "Unauthorized"),
        [StatusCodes.Status403Forbidden] = ("无权进行此操作", "Forbidden"),
        [StatusCodes.Status404NotFound] = ("未找到", "Not Found"),
        [StatusCodes.Status405MethodNotAllowed] = ("不支持此请求方法", "Method Not Allowed"),
        [StatusCodes.Status409Conflict] = ("与当前数据冲突", "Conflict"),
        [StatusCodes.Status413PayloadTooLarge] = ("请求内容过大", "Payload Too Large"),
        [StatusCodes.Status415UnsupportedMediaType] = ("不支持的内容类型", "Unsupported Media Type"),
        [StatusCodes.Status422UnprocessableEntity] = ("无法处理该请求", "Unprocessable Entity"),
        [StatusCodes.Status429TooManyRequests] = ("请求过于频繁", "Too Many Requests"),
        [StatusCodes.Status500InternalServerError] = ("服务器处理请求时出错", "An error occurred while processing your request."),
    };

    /// <summary>A request with <c>?lang=</c> of a supported language keeps that choice in the culture cookie (a year).</summary>
    private static Task RememberLanguage(HttpContext context, RequestDelegate next)
    {
        var asked = context.Request.Query[UiLanguage.QueryKey].ToString();
        if (asked.Equals(UiLanguage.Chinese, StringComparison.OrdinalIgnoreCase) || asked.Equals(UiLanguage.English, StringComparison.OrdinalIgnoreCase))
        {
            var culture = asked.Equals(UiLanguage.English, StringComparison.OrdinalIgnoreCase) ? UiLanguage.English : UiLanguage.Chinese;
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, IsEssential = true, HttpOnly = true });
        }

        return next(context);
    }

    /// <summary>Every answer is read as its declared type, never sniffed: the JSON bodies do not escape <c>&lt;</c> (see the encoder).</summary>
    private static Task NoSniff(HttpContext context, RequestDelegate next)
    {
        // When the headers go out, so that an error page, for which the exception handler clears the response, has it too.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return Task.CompletedTask;
        });
        return next(context);
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
