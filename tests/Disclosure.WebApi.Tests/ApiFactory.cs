using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using NodaTime.Testing;

namespace Disclosure.WebApi.Tests;

/// <summary>
/// Hosts the workbench in memory with a fake clock fixed on 2024-07-01 08:00 in Shanghai, on its own SQLite file (deleted
/// with the factory) and with a bootstrap administrator <see cref="AdminUser"/>.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    public const string AdminUser = "admin";
    public const string AdminPassword = "admin-password-1";

    /// <summary>Gets the SQLite file of this host.</summary>
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"workbench-test-{Guid.NewGuid():N}.db");

    /// <summary>Gets or sets the sign-in attempts allowed per minute and client (high by default so that tests signing in often are not throttled).</summary>
    public int SignInPerMinute { get; init; } = 1000;

    /// <summary>The instant the fake clock starts at: Monday 2024-07-01, 08:00 Asia/Shanghai.</summary>
    public static readonly Instant Start = Instant.FromUtc(2024, 7, 1, 0, 0);

    public FakeClock Clock { get; } = new(Start);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Disclosure", $"Data Source={DatabasePath};Pooling=false");
        builder.UseSetting("Workbench:Bootstrap:User", AdminUser);
        builder.UseSetting("Workbench:Bootstrap:Password", AdminPassword);
        builder.UseSetting("Workbench:SignInPerMinute", SignInPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IClock>();
            services.AddSingleton<IClock>(Clock);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" })
        {
            File.Delete(file);
        }

        GC.SuppressFinalize(this);
    }
}
