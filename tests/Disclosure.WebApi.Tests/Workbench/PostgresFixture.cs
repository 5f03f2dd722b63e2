using System.Diagnostics;
using Npgsql;

namespace Disclosure.WebApi.Tests.Workbench;

/// <summary>
/// A real PostgreSQL server for the tests: <c>.ci/postgres</c> installs Debian's package when missing, starts a private
/// cluster on 127.0.0.1:55432 (or reuses the running one) and prints its connection string. Every test gets a database of
/// its own from <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private string _server = "";

    public async ValueTask InitializeAsync()
    {
        var script = FindScript();
        using var process = Process.Start(new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} failed ({process.ExitCode}): {error}");
        }

        _server = output.Trim().Split('\n')[^1];
    }

    /// <summary>Creates an empty database and answers its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"workbench_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(_server) { Database = name }.ConnectionString;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static string FindScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var script = Path.Combine(dir.FullName, ".ci", "postgres");
            if (File.Exists(script))
            {
                return script;
            }
        }

        throw new InvalidOperationException($".ci/postgres was not found above {AppContext.BaseDirectory}.");
    }
}
