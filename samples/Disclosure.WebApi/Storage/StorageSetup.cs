using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Disclosure.WebApi.Storage;

/// <summary>
/// Chooses the database from configuration: SQLite unless <c>Disclosure:Database</c> is <c>postgres</c>; the connection
/// string <c>ConnectionStrings:Disclosure</c>, by default a SQLite file in the user's data folder
/// (<see cref="DefaultSqlitePath"/>). The schema is migrated when the application starts.
/// </summary>
internal static class StorageSetup
{
    internal const string ConnectionName = "Disclosure";

    /// <summary>Where the SQLite file lives when no connection string is given: <c>~/.local/share/disclosure-workbench/workbench.db</c> on Linux, <c>%LOCALAPPDATA%\disclosure-workbench\workbench.db</c> on Windows.</summary>
    internal static string DefaultSqlitePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "disclosure-workbench", "workbench.db");

    internal static IServiceCollection AddWorkbenchStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration["Disclosure:Database"] ?? "sqlite";
        var connection = configuration.GetConnectionString(ConnectionName);
        switch (provider)
        {
            case "sqlite":
                if (string.IsNullOrWhiteSpace(connection))
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(DefaultSqlitePath)!);
                    connection = $"Data Source={DefaultSqlitePath}";
                }

                services.AddDbContext<WorkbenchDbContext, SqliteWorkbenchDbContext>(o => o.UseSqlite(connection));
                break;
            case "postgres":
                if (string.IsNullOrWhiteSpace(connection))
                {
                    throw new InvalidOperationException("Disclosure:Database is postgres but ConnectionStrings:Disclosure is empty; set it, for example Host=127.0.0.1;Database=disclosure;Username=disclosure;Password=….");
                }

                services.AddDbContext<WorkbenchDbContext, PostgresWorkbenchDbContext>(o => o.UseNpgsql(connection));
                break;
            default:
                throw new InvalidOperationException($"Disclosure:Database is '{provider}'; use sqlite (the default) or postgres.");
        }

        services.AddScoped<EventStore>();
        // Keys that sign cookies and bearer tokens live in the database, so every instance on it accepts the others' tokens.
        services.AddDataProtection().SetApplicationName("disclosure-workbench").PersistKeysToDbContext<WorkbenchDbContext>();
        return services;
    }

    /// <summary>Creates the database when missing and applies the pending migrations of its provider.</summary>
    internal static async Task MigrateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkbenchDbContext>();
        await db.Database.MigrateAsync();
    }
}

/// <summary>Lets <c>dotnet ef migrations add X --context SqliteWorkbenchDbContext</c> build the SQLite context.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteWorkbenchDbContext>
{
    public SqliteWorkbenchDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWorkbenchDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add X --context PostgresWorkbenchDbContext</c> build the PostgreSQL context (no server needed).</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresWorkbenchDbContext>
{
    public PostgresWorkbenchDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWorkbenchDbContext>().UseNpgsql("Host=127.0.0.1;Database=design").Options);
}
