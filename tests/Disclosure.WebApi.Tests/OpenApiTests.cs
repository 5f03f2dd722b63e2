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
        Assert.Equal("Disclosure.Domain web sample", json.GetProperty("info").GetProperty("title").GetString());
        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "/calendar/{year}", "/catalog", "/requests/deadline", "/requests", "/agenda", "/policy", "/due" }, paths);
        var calendar = json.GetProperty("paths").GetProperty("/calendar/{year}").GetProperty("get");
        Assert.True(calendar.GetProperty("responses").TryGetProperty("400", out _));
    }
}
