using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Disclosure.WebApi.Tests;

public sealed class AgendaEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task GetAgenda_OfficeSecondHalf2024_ListsQuarterlyKeyTasksDueOnQuarterEnds()
    {
        var json = await client.GetFromJsonAsync<JsonElement>("/agenda?unit=office&from=2024-07-01&to=2024-12-31&asOf=2024-07-01", TestContext.Current.CancellationToken);

        Assert.Equal("办公室", json.GetProperty("unitName").GetString());
        var keyTasks = json.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("reference").GetString() == "key-tasks-publication")
            .Select(i => (i.GetProperty("due").GetString(), i.GetProperty("status").GetString()))
            .ToList();
        Assert.Equal([("2024-09-30", "due"), ("2024-12-31", "due")], keyTasks);
    }

    [Fact]
    public async Task GetAgenda_OfficeInJuly_IncludesTheCatalogDeadlinesWithTheirStatus()
    {
        var json = await client.GetFromJsonAsync<JsonElement>("/agenda?unit=office&from=2024-07-01&to=2024-07-31&asOf=2024-07-15", TestContext.Current.CancellationToken);

        var columns = json.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("kind").GetString() == "catalogColumn" && i.GetProperty("reference").GetString() == "request-catalog")
            .Select(i => (i.GetProperty("due").GetString(), i.GetProperty("status").GetString()))
            .ToList();
        Assert.Equal([("2024-07-01", "overdue"), ("2024-07-31", "due")], columns);
    }

    [Fact]
    public async Task GetAgenda_UnitByChineseName_FindsTheUnit()
    {
        var json = await client.GetFromJsonAsync<JsonElement>($"/agenda?unit={Uri.EscapeDataString("社会救助科")}&asOf=2024-07-01", TestContext.Current.CancellationToken);

        Assert.Equal("social-assistance", json.GetProperty("unit").GetString());
        Assert.Equal("2024-07-31", json.GetProperty("to").GetString());
    }

    [Theory]
    [InlineData("/agenda", "unit")]
    [InlineData("/agenda?unit=finance", "unit")]
    [InlineData("/agenda?unit=office&from=2024-07-32", "from")]
    [InlineData("/agenda?unit=office&from=2024-07-10&to=2024-07-01", "to")]
    [InlineData("/agenda?unit=office&level=province", "level")]
    public async Task GetAgenda_BadInput_Returns400NamingTheParameter(string url, string parameter)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal([parameter], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }
}
