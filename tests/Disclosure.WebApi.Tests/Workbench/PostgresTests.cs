using System.Net;
using System.Net.Http.Json;
using static Disclosure.WebApi.Tests.Workbench.WorkbenchClient;

namespace Disclosure.WebApi.Tests.Workbench;

/// <summary>The workbench on a real PostgreSQL server, as a bureau with several server instances runs it.</summary>
public sealed class PostgresTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task RecordPublication_OnPostgres_ClearsOverdueAndSurvivesARestart()
    {
        var connection = await postgres.CreateDatabaseAsync();
        string before;
        await using (var first = new ApiFactory { Database = "postgres", ConnectionString = connection })
        {
            using var clerk = await first.UserAsync("wang.wu", "social-affairs");
            Assert.Contains("decision-implementation", await clerk.OverdueAsync("2024-07-15", "social-affairs"));

            Assert.Equal(HttpStatusCode.Created, (await clerk.PostAsJsonAsync("/api/publications", new { column = "decision-implementation", on = "2024-06-28" }, Cancel)).StatusCode);

            Assert.DoesNotContain("decision-implementation", await clerk.OverdueAsync("2024-07-15", "social-affairs"));
            before = (await clerk.JsonAsync("/due?asOf=2024-07-15")).GetRawText();
        }

        await using var second = new ApiFactory { Database = "postgres", ConnectionString = connection };
        using var again = await second.SignInAsync("wang.wu", "wang.wu-password");
        Assert.Equal(before, (await again.JsonAsync("/due?asOf=2024-07-15")).GetRawText());
    }

    [Fact]
    public async Task TwoInstances_ConcurrentPublications_EveryOneStoredOnceAndSeenByBoth()
    {
        var connection = await postgres.CreateDatabaseAsync();
        await using var a = new ApiFactory { Database = "postgres", ConnectionString = connection };
        using var onA = await a.AdminAsync();
        await using var b = new ApiFactory { Database = "postgres", ConnectionString = connection };
        // A token issued by one instance is accepted by the other: the key ring is in the shared database.
        var onB = b.CreateClient();
        onB.DefaultRequestHeaders.Authorization = onA.DefaultRequestHeaders.Authorization;
        var start = (await onA.JsonAsync("/api/publications/history")).GetProperty("version").GetInt32();
        var days = Enumerable.Range(1, 30).Select(d => $"2024-05-{d:00}").ToList();

        var responses = await Task.WhenAll(days.Select((day, i) => (i % 2 == 0 ? onA : onB).PostAsJsonAsync("/api/publications", new { column = "department-documents", on = day }, Cancel)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        foreach (var client in new[] { onA, onB })
        {
            var history = await client.JsonAsync("/api/publications/history");
            Assert.True(history.GetProperty("chainIntact").GetBoolean());
            Assert.Equal(start + days.Count, history.GetProperty("version").GetInt32());
            var stored = history.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("json").GetString()!).Where(j => j.Contains("department-documents", StringComparison.Ordinal) && j.Contains("2024-05-", StringComparison.Ordinal)).ToList();
            Assert.Equal(days.Count, stored.Count);
            Assert.All(days, day => Assert.Single(stored, j => j.Contains($"\"on\":\"{day}\"", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task TwoInstances_ConcurrentApprovalsOfOneItem_ExactlyOneSucceedsTheOtherIs409()
    {
        var connection = await postgres.CreateDatabaseAsync();
        await using var a = new ApiFactory { Database = "postgres", ConnectionString = connection };
        using var author = await a.UserAsync("author.pg", "office");
        using var leaderA = await a.UserAsync("leader.one", "office", "information-publisher");
        await using var b = new ApiFactory { Database = "postgres", ConnectionString = connection };
        using var leaderB = await b.UserAsync("leader.two", "office", "information-publisher");
        const string Case = "/api/reviews/pg-case";
        await author.PostAsJsonAsync($"{Case}/items", new { item = "n", text = "公告" }, Cancel);
        await author.PostAsJsonAsync($"{Case}/items/n/submit", new { }, Cancel);
        var version = (await author.JsonAsync(Case)).GetProperty("version").GetInt32();

        // Both saw the case at the same version and approve level 1 at once, through different instances.
        var responses = await Task.WhenAll(
            leaderA.PostAsJsonAsync($"{Case}/items/n/approve", new { level = 1, version = 1, expectedVersion = version }, Cancel),
            leaderB.PostAsJsonAsync($"{Case}/items/n/approve", new { level = 1, version = 1, expectedVersion = version }, Cancel));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var conflict = responses.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Contains("another person acted first", await conflict.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        var approvals = (await author.JsonAsync(Case)).GetProperty("items")[0].GetProperty("approvals");
        Assert.Equal(1, approvals.GetArrayLength());
    }

    [Fact]
    public async Task CrossBureau_OnPostgres_IdsOfAnotherBureauAre404AndItsDataIsUntouched()
    {
        await using var factory = new TwoBureauFactory { Database = "postgres", ConnectionString = await postgres.CreateDatabaseAsync() };
        await CrossBureau.RunAsync(factory);
    }

    [Fact]
    public async Task TwoInstances_OneKeyRetriedOnBothAmongOtherKeyedWrites_EachStoredOnce()
    {
        var connection = await postgres.CreateDatabaseAsync();
        await using var a = new ApiFactory { Database = "postgres", ConnectionString = connection };
        using var onA = await a.UserAsync("clerk.pg.idem", "office");
        await using var b = new ApiFactory { Database = "postgres", ConnectionString = connection };
        var onB = b.CreateClient();
        onB.DefaultRequestHeaders.Authorization = onA.DefaultRequestHeaders.Authorization;
        var start = await IdempotencyTests.VersionAsync(onA, "/api/publications/history");

        // Six retries of one write, and at the same time ten other writes with keys of their own: those race for the
        // stream's next index inside their transactions, and a lost race is retried there.
        var retries = Enumerable.Range(0, 6).Select(i => IdempotencyTests.PostAsync(i % 2 == 0 ? onA : onB, "/api/publications", "pg-1", new { column = "department-documents", on = "2024-05-06" }));
        var others = Enumerable.Range(1, 10).Select(d => IdempotencyTests.PostAsync(d % 2 == 0 ? onA : onB, "/api/publications", $"pg-other-{d}", new { column = "department-documents", on = $"2024-04-{d:00}" }));
        var responses = await Task.WhenAll(retries.Concat(others));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(11, responses.Count(r => !r.Headers.Contains("Idempotent-Replayed")));
        var history = await onB.JsonAsync("/api/publications/history");
        Assert.Equal(start + 11, history.GetProperty("version").GetInt32());
        Assert.True(history.GetProperty("chainIntact").GetBoolean());
    }
}
