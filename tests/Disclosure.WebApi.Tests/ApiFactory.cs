using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using NodaTime.Testing;

namespace Disclosure.WebApi.Tests;

/// <summary>Hosts the web sample in memory with a fake clock fixed on 2024-07-01 08:00 in Shanghai.</summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    /// <summary>The instant the fake clock starts at: Monday 2024-07-01, 08:00 Asia/Shanghai.</summary>
    public static readonly Instant Start = Instant.FromUtc(2024, 7, 1, 0, 0);

    public FakeClock Clock { get; } = new(Start);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IClock>();
            services.AddSingleton<IClock>(Clock);
        });
    }
}
