using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using static Disclosure.WebApi.Tests.Workbench.WorkbenchClient;

namespace Disclosure.WebApi.Tests.Workbench;

/// <summary>The workbench on a real SQLite file: what is recorded is what /due counts, before and after a restart.</summary>
public sealed class WorkbenchStorageTests
{
    [Fact]
    public async Task RecordPublication_ClerkSignedIn_ClearsTheUnitsOverdueColumnAndSurvivesARestart()
    {
        var path = Path.Combine(Path.GetTempPath(), $"workbench-restart-{Guid.NewGuid():N}.db");
        string before;
        try
        {
            await using (var first = new ApiFactory { DatabasePath = path, KeepDatabase = true })
            {
                using var clerk = await first.UserAsync("li.si", "social-assistance");
                // 各科室 owe 部门执行决定 every quarter; nobody published it in Q2 2024.
                Assert.Contains("decision-implementation", await clerk.OverdueAsync("2024-07-15", "social-assistance"));

                var recorded = await clerk.PostAsJsonAsync("/api/publications", new { column = "decision-implementation", on = "2024-06-28" }, Cancel);

                Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
                Assert.DoesNotContain("decision-implementation", await clerk.OverdueAsync("2024-07-15", "social-assistance"));
                before = (await clerk.JsonAsync("/due?asOf=2024-07-15")).GetRawText();
            }

            await using var second = new ApiFactory { DatabasePath = path, KeepDatabase = true };
            using var admin = await second.AdminAsync();
            Assert.Equal(before, (await admin.JsonAsync("/due?asOf=2024-07-15")).GetRawText());
            var history = await admin.JsonAsync("/api/publications/history");
            var last = history.GetProperty("events").EnumerateArray().Last();
            Assert.Equal("li.si", last.GetProperty("recordedBy").GetString());
            Assert.Contains("\"on\":\"2024-06-28\"", last.GetProperty("json").GetString(), StringComparison.Ordinal);
            // The configured log was imported once, on the first start only.
            Assert.Equal(history.GetProperty("events").GetArrayLength(), history.GetProperty("version").GetInt32());
            Assert.Single(history.GetProperty("events").EnumerateArray(), e => e.GetProperty("recordedBy").GetString() == "li.si");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public async Task PublicationLog_Export_DisclosureDueReadsItAndCountsAsTheBoard()
    {
        await using var factory = new ApiFactory();
        using var clerk = await factory.UserAsync("clerk.log", "social-assistance");
        await clerk.PostAsJsonAsync("/api/publications", new { column = "decision-implementation", on = "2024-06-28" }, Cancel);
        await clerk.PostAsJsonAsync("/api/information-events", new { column = "department-documents", formedOn = "2024-06-03" }, Cancel);
        var board = await clerk.JsonAsync("/due?asOf=2024-07-15");

        var export = await clerk.GetByteArrayAsync("/api/publications/log", Cancel);
        var (exit, output, error) = await DisclosureCommand.RunOnFileAsync(export, "due", "--log", "{file}", "--as-of", "2024-07-15", "--format", "json");

        Assert.Equal("publication-log", System.Text.Json.JsonDocument.Parse(export).RootElement.GetProperty("kind").GetString());
        Assert.True(exit == 0, $"disclosure due: {exit} {error}");
        var obligations = System.Text.Json.JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(board.GetProperty("overdue").GetInt32(), obligations.Count(o => o.GetProperty("status").GetString() == "overdue"));
        Assert.Equal(board.GetProperty("due").GetInt32(), obligations.Count(o => o.GetProperty("status").GetString() == "due"));
        Assert.Equal(board.GetProperty("satisfied").GetInt32(), obligations.Count(o => o.GetProperty("status").GetString() == "satisfied"));
        // The stored information event is in the export: its obligation is there, open.
        Assert.Contains(obligations, o => o.GetProperty("column").GetString() == "department-documents" && o.GetProperty("kind").GetString() == "event");
    }

    [Fact]
    public async Task History_ARowEditedInTheDatabase_IsNoLongerIntact()
    {
        await using var factory = new ApiFactory();
        using var admin = await factory.AdminAsync();
        await admin.PostAsJsonAsync("/api/publications", new { column = "request-catalog", on = "2024-06-19" }, Cancel);
        Assert.True((await admin.JsonAsync("/api/publications/history")).GetProperty("chainIntact").GetBoolean());

        await using (var db = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=false"))
        {
            await db.OpenAsync(Cancel);
            var edit = db.CreateCommand();
            edit.CommandText = "UPDATE events SET Json = replace(Json, '2024-06-19', '2024-06-18') WHERE StreamId = 'publications' AND RecordedBy = 'admin'";
            Assert.Equal(1, await edit.ExecuteNonQueryAsync(Cancel));
        }

        Assert.False((await admin.JsonAsync("/api/publications/history")).GetProperty("chainIntact").GetBoolean());
    }

    [Fact]
    public async Task RecordPublication_ColumnNotInTheCatalog_Is400NamingTheField()
    {
        await using var factory = new ApiFactory();
        using var admin = await factory.AdminAsync();

        var response = await admin.PostAsJsonAsync("/api/publications", new { column = "no-such-column", on = "2024-06-28" }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("column", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }
}
