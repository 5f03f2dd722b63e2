using Disclosure.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;

var builder = Host.CreateApplicationBuilder(args);

// The only place that reads the system clock and really waits: the worker takes both as services.
builder.Services.AddSingleton<IClock>(SystemClock.Instance);
builder.Services.AddSingleton<IDelay, TaskDelay>();
builder.Services.AddReminders(builder.Configuration);

await builder.Build().RunAsync();
