using System.Net.Http.Json;
using System.Text.Json;

namespace Disclosure.WebApi.Tests;

public sealed class OpenApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task OpenApiDocument_DescribesEveryEndpoint()
    {
        var client = factory.CreateClient();

        var json = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.StartsWith("3.", json.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("Disclosure workbench", json.GetProperty("info").GetProperty("title").GetString());
        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "/calendar/{year}", "/catalog", "/requests/deadline", "/requests", "/agenda", "/policy", "/due", "/api/session", "/api/users", "/api/users/{id}/disable", "/api/publications", "/api/information-events", "/api/publications/history", "/api/publications/log", "/api/reviews/{caseId}/history", "/api/reviews/{caseId}/items/{item}/approve", "/api/requests", "/api/requests/{id}/events", "/api/requests/{id}/history", "/api/activities", "/api/activities/history", "/api/registers/{kind}" }, paths);
        // The pages are for people, not API clients.
        Assert.DoesNotContain("/signin", paths);
        Assert.DoesNotContain("/register", paths);
        Assert.DoesNotContain("/report/annual", paths);
        foreach (var operation in json.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()))
        {
            Assert.True(operation.Value.TryGetProperty("summary", out _), $"{operation.Name} has no summary");
        }
        // Every recording POST documents the Idempotency-Key header.
        var key = json.GetProperty("paths").GetProperty("/api/reviews/{caseId}/items/{item}/approve").GetProperty("post").GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Idempotency-Key");
        Assert.Equal("header", key.GetProperty("in").GetString());
        Assert.Contains("same key", key.GetProperty("description").GetString(), StringComparison.Ordinal);
        var calendar = json.GetProperty("paths").GetProperty("/calendar/{year}").GetProperty("get");
        Assert.True(calendar.GetProperty("responses").TryGetProperty("400", out _));
    }
}
