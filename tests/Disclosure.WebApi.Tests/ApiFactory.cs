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
/// with the factory unless another host is to reopen it) and with the bootstrap administrator <see cref="AdminUser"/>.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    public const string AdminUser = "admin";
    public const string AdminPassword = "admin-password-1";

    /// <summary>The instant the fake clock starts at: Monday 2024-07-01, 08:00 Asia/Shanghai.</summary>
    public static readonly Instant Start = Instant.FromUtc(2024, 7, 1, 0, 0);

    public FakeClock Clock { get; } = new(Start);

    /// <summary>Gets the SQLite file of this host (a new temporary file unless given).</summary>
    public string DatabasePath { get; init; } = Path.Combine(Path.GetTempPath(), $"workbench-test-{Guid.NewGuid():N}.db");

    /// <summary>Gets the provider: <c>sqlite</c> (the default) or <c>postgres</c> with <see cref="ConnectionString"/>.</summary>
    public string Database { get; init; } = "sqlite";

    /// <summary>Gets the connection string; the SQLite file at <see cref="DatabasePath"/> when not given.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>Gets a value indicating whether the SQLite file stays when the host stops (to start another host on it: a restart).</summary>
    public bool KeepDatabase { get; init; }

    /// <summary>Gets the sign-in attempts allowed per minute and client (high by default so that tests signing in often are not throttled).</summary>
    public int SignInPerMinute { get; init; } = 1000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Disclosure:Database", Database);
        builder.UseSetting("ConnectionStrings:Disclosure", ConnectionString ?? $"Data Source={DatabasePath};Pooling=false");
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
        if (!KeepDatabase && ConnectionString is null)
        {
            foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" })
            {
                File.Delete(file);
            }
        }

        GC.SuppressFinalize(this);
    }
}
