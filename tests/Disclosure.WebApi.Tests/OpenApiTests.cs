using System.Net.Http.Json;
using System.Text.Json;

namespace Disclosure.WebApi.Tests;

public sealed partial class OpenApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
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

    [Fact]
    public async Task OpenApiDocuments_EnglishAndChinese_DescribeTheSameOperationsInTheirLanguage()
    {
        var client = factory.CreateClient();

        var english = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);
        var chinese = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.zh-CN.json", TestContext.Current.CancellationToken);

        Assert.Equal("政务公开工作台", chinese.GetProperty("info").GetProperty("title").GetString());
        var inEnglish = Operations(english);
        var inChinese = Operations(chinese);
        Assert.Equal(inEnglish.Keys.Order(), inChinese.Keys.Order());
        Assert.True(inEnglish.Count >= 28, $"only {inEnglish.Count} operations");
        foreach (var (id, (summary, description)) in inChinese)
        {
            Assert.True(Han().IsMatch(summary ?? ""), $"{id}: the Chinese summary is '{summary}'");
            Assert.NotEqual(inEnglish[id].Summary, summary);
            // An operation described in English is described in Chinese too.
            Assert.Equal(inEnglish[id].Description is null, description is null);
            Assert.True(description is null || Han().IsMatch(description), $"{id}: the Chinese description is '{description}'");
            Assert.DoesNotMatch(Han(), inEnglish[id].Summary!.Replace("保密审查", "", StringComparison.Ordinal).Replace("及时更新", "", StringComparison.Ordinal));
        }

        // One table, no stale rows: every Chinese entry names an operation that exists.
        Assert.Equal(OpenApiText.Operations.Keys.Order(), inChinese.Keys.Order());
    }

    [Fact]
    public async Task OpenApiDocuments_DescribeEveryParameter_InTheirLanguage()
    {
        var client = factory.CreateClient();

        var english = Parameters(await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken));
        var chinese = Parameters(await client.GetFromJsonAsync<JsonElement>("/openapi/v1.zh-CN.json", TestContext.Current.CancellationToken));

        Assert.True(english.Count >= 60, $"only {english.Count} parameters");
        Assert.Equal(english.Keys.Order(), chinese.Keys.Order());
        Assert.All(english, p => Assert.False(string.IsNullOrWhiteSpace(p.Value), $"{p.Key} has no English description"));
        // English text may quote Chinese names (社会救助科, 条例 第三十一条); it is English when it has English words and is not the Chinese text.
        Assert.All(english, p => Assert.Matches("[A-Za-z]{4,}", p.Value!));
        Assert.All(english, p => Assert.NotEqual(p.Value, chinese[p.Key]));
        Assert.All(chinese, p => Assert.True(Han().IsMatch(p.Value ?? ""), $"{p.Key}: the Chinese description is '{p.Value}'"));
        // The same name can mean different things: the request id, the account's person id, the unit of a feed.
        Assert.NotEqual(english["GetRecordedRequest id"], english["DisableUser id"]);
        Assert.NotEqual(english["GetRecordedRequest id"], english["GetAgendaFeed id"]);
    }

    private static Dictionary<string, string?> Parameters(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()).Select(o => o.Value)
            .SelectMany(o => o.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray().Select(p => (Operation: o.GetProperty("operationId").GetString(), Parameter: p)) : [])
            .ToDictionary(x => $"{x.Operation} {x.Parameter.GetProperty("name").GetString()}", x => x.Parameter.TryGetProperty("description", out var d) ? d.GetString() : null);

    private static Dictionary<string, (string? Summary, string? Description)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()).Select(o => o.Value).ToDictionary(
            o => o.GetProperty("operationId").GetString()!,
            o => (o.TryGetProperty("summary", out var s) ? s.GetString() : null, o.TryGetProperty("description", out var d) ? d.GetString() : null));

    [System.Text.RegularExpressions.GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial System.Text.RegularExpressions.Regex Han();
}
