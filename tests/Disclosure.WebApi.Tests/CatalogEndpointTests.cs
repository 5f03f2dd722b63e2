using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Disclosure.WebApi.Tests;

public sealed class CatalogEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task GetCatalog_Embedded_Lists75ColumnsOfXuancheng()
    {
        var json = await client.GetFromJsonAsync<JsonElement>("/catalog", TestContext.Current.CancellationToken);

        Assert.Equal("宣城市民政局", json.GetProperty("bureau").GetString());
        Assert.Equal("Asia/Shanghai", json.GetProperty("timeZone").GetString());
        var columns = json.GetProperty("columns").EnumerateArray().ToList();
        Assert.Equal(75, columns.Count);
        Assert.Equal(Enumerable.Range(1, 75), columns.Select(c => c.GetProperty("seedRow").GetInt32()).Order());
        var annualReport = columns.Single(c => c.GetProperty("seedRow").GetInt32() == 53);
        Assert.Equal("annual", annualReport.GetProperty("frequency").GetString());
    }

    [Fact]
    public async Task GetCatalog_ResponsibleOffice_KeepsOnlyTheOfficesColumns()
    {
        var json = await client.GetFromJsonAsync<JsonElement>("/catalog?responsible=office", TestContext.Current.CancellationToken);

        var columns = json.GetProperty("columns").EnumerateArray().ToList();
        Assert.NotEmpty(columns);
        Assert.All(columns, c => Assert.Contains("office", c.GetProperty("units").EnumerateArray().Select(u => u.GetString())));
    }

    [Fact]
    public async Task GetCatalog_UnknownResponsible_Returns400NamingResponsible()
    {
        var response = await client.GetAsync("/catalog?responsible=nobody", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Contains("nobody", problem.GetProperty("errors").GetProperty("responsible")[0].GetString(), StringComparison.Ordinal);
    }
}
