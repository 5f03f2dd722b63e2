using Disclosure.WebApi;
using NodaTime;

var builder = WebApplication.CreateBuilder(args);

// The only place that reads the system clock: everything else asks the injected IClock, so tests can fake it.
builder.Services.AddSingleton<IClock>(SystemClock.Instance);
builder.Services.AddDisclosureApi(builder.Configuration);

var app = builder.Build();
app.UseDisclosureApi();
await app.StartWorkbenchAsync();
await app.RunAsync();

/// <summary>The workbench's entry point (public so that tests can host it with WebApplicationFactory).</summary>
public partial class Program;
