using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using static Disclosure.WebApi.Tests.Workbench.WorkbenchClient;

namespace Disclosure.WebApi.Tests.Workbench;

/// <summary><c>Idempotency-Key</c>: a retried write is answered again and stored once; a reused key with another body is 422.</summary>
public sealed class IdempotencyTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task RecordPublication_SameKeyTwiceThenAnotherBody_StoredOnceReplayedThen422()
    {
        using var clerk = await factory.UserAsync("clerk.idem", "office");
        var start = await VersionAsync(clerk, "/api/publications/history");

        var first = await PostAsync(clerk, "/api/publications", "k-1", new { column = "request-catalog", on = "2024-06-28" });
        var retry = await PostAsync(clerk, "/api/publications", "k-1", new { column = "request-catalog", on = "2024-06-28" });
        var other = await PostAsync(clerk, "/api/publications", "k-1", new { column = "request-catalog", on = "2024-06-27" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(Cancel), await retry.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(["true"], retry.Headers.GetValues("Idempotent-Replayed"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        // Chinese by default, like every message of the workbench (English by Accept-Language).
        Assert.Contains("已用 Idempotency-Key“k-1”发送过另一个请求", await other.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(start + 1, await VersionAsync(clerk, "/api/publications/history"));

        // Keys are per user: another account's k-1 is its own write.
        using var other2 = await factory.UserAsync("clerk.idem2", "office");
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(other2, "/api/publications", "k-1", new { column = "request-catalog", on = "2024-06-27" })).StatusCode);
        Assert.Equal(start + 2, await VersionAsync(clerk, "/api/publications/history"));
    }

    [Fact]
    public async Task ReviewAndRequestCommands_RetriedWithTheirKeys_StoredOnce()
    {
        using var author = await factory.UserAsync("author.idem", "office");
        const string Case = "/api/reviews/idem-case";
        var drafted = await PostAsync(author, $"{Case}/items", "draft-1", new { item = "n", text = "公告" });
        var again = await PostAsync(author, $"{Case}/items", "draft-1", new { item = "n", text = "公告" });
        Assert.Equal(HttpStatusCode.OK, drafted.StatusCode);
        // Without the key the retry would be refused (the item exists); with it, the first answer comes back.
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, await VersionAsync(author, Case));

        Assert.Equal(HttpStatusCode.Created, (await PostAsync(author, "/api/requests", "receive-1", new { id = "2024-301", channel = "in-person", submittedOn = "2024-06-03" })).StatusCode);
        var answer = new { type = "answered", on = "2024-06-10" };
        var answered = await PostAsync(author, "/api/requests/2024-301/events", "answer-1", answer);
        var answeredAgain = await PostAsync(author, "/api/requests/2024-301/events", "answer-1", answer);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(await answered.Content.ReadAsStringAsync(Cancel), await answeredAgain.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(2, await VersionAsync(author, "/api/requests/2024-301"));
    }

    [Fact]
    public async Task RecordPublication_ConcurrentRetriesWithOneKey_OneStored()
    {
        using var clerk = await factory.UserAsync("clerk.race", "office");
        var start = await VersionAsync(clerk, "/api/publications/history");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PostAsync(clerk, "/api/publications", "race-1", new { column = "department-documents", on = "2024-05-06" })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(responses, r => !r.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(start + 1, await VersionAsync(clerk, "/api/publications/history"));
    }

    [Fact]
    public async Task IdempotencyKey_Invalid_Is400AndNothingStored()
    {
        using var clerk = await factory.UserAsync("clerk.badkey", "office");
        var start = await VersionAsync(clerk, "/api/publications/history");

        var response = await PostAsync(clerk, "/api/publications", "has space", new { column = "request-catalog", on = "2024-06-28" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(start, await VersionAsync(clerk, "/api/publications/history"));
    }

    [Fact]
    public async Task RecordPublication_RetriedAfterARestart_ReplayedFromTheDatabase()
    {
        var path = Path.Combine(Path.GetTempPath(), $"workbench-idem-{Guid.NewGuid():N}.db");
        try
        {
            string first;
            await using (var before = new ApiFactory { DatabasePath = path, KeepDatabase = true })
            {
                using var clerk = await before.UserAsync("clerk.restart", "office");
                first = await (await PostAsync(clerk, "/api/publications", "restart-1", new { column = "request-catalog", on = "2024-06-28" })).Content.ReadAsStringAsync(Cancel);
            }

            await using var after = new ApiFactory { DatabasePath = path, KeepDatabase = true };
            using var again = await after.SignInAsync("clerk.restart", "clerk.restart-password");
            var version = await VersionAsync(again, "/api/publications/history");
            var retry = await PostAsync(again, "/api/publications", "restart-1", new { column = "request-catalog", on = "2024-06-28" });

            Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
            Assert.Equal(first, await retry.Content.ReadAsStringAsync(Cancel));
            Assert.Equal(version, await VersionAsync(again, "/api/publications/history"));
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

    internal static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return client.SendAsync(request, Cancel);
    }

    internal static async Task<int> VersionAsync(HttpClient client, string url) => (await client.JsonAsync(url)).GetProperty("version").GetInt32();
}
