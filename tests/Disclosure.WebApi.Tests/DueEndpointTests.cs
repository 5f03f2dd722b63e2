using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Disclosure.WebApi.Tests;

public sealed class DueEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task GetDue_July15WithTheConfiguredLog_OfficeIsLateWithJunesRequestCatalog()
    {
        var json = await client.GetFromJsonAsync<JsonElement>("/due?asOf=2024-07-15", TestContext.Current.CancellationToken);

        Assert.Equal("2024-07-15", json.GetProperty("asOf").GetString());
        Assert.Equal(2, json.GetProperty("overdue").GetInt32());
        var office = json.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == "办公室");
        var late = Assert.Single(office.GetProperty("overdue").EnumerateArray());
        Assert.Equal("request-catalog", late.GetProperty("columnId").GetString());
        Assert.Equal(["2024-06"], late.GetProperty("periods").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("2024-07-01", late.GetProperty("dueOn").GetString());
        Assert.Equal(10, late.GetProperty("overdueWorkingDays").GetInt32());
        Assert.Contains("2024-07", office.GetProperty("due").EnumerateArray().Where(c => c.GetProperty("columnId").GetString() == "request-catalog")
            .SelectMany(c => c.GetProperty("periods").EnumerateArray().Select(p => p.GetString())));
    }

    [Fact]
    public async Task GetDue_NoAsOf_UsesTheInjectedClock()
    {
        var json = await client.GetFromJsonAsync<JsonElement>("/due", TestContext.Current.CancellationToken);

        Assert.Equal("2024-07-01", json.GetProperty("asOf").GetString());
    }

    [Theory]
    [InlineData("office")]
    [InlineData("办公室")]
    public async Task GetDue_UnitByIdOrLabel_KeepsOnlyThatUnit(string unit)
    {
        var json = await client.GetFromJsonAsync<JsonElement>($"/due?asOf=2024-07-15&unit={Uri.EscapeDataString(unit)}", TestContext.Current.CancellationToken);

        Assert.Equal(["办公室"], json.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unit").GetString()));
    }

    [Theory]
    [InlineData("/due?asOf=15.07.2024", "asOf")]
    [InlineData("/due?asOf=2031-01-06", "asOf")]
    [InlineData("/due?asOf=2024-07-15&unit=finance", "unit")]
    public async Task GetDue_BadInput_Returns400NamingTheParameter(string url, string parameter)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal([parameter], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }
}
