using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace Disclosure.WebApi.Tests;

/// <summary>The app configured with <c>Disclosure:RulePack</c> pointing at a county's pack file.</summary>
public sealed class CountyPackFactory : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Disclosure:RulePack", Path.Combine(AppContext.BaseDirectory, "Packs", "county.pack.json"));
    }
}

public sealed class RulePackConfigurationTests(CountyPackFactory factory) : IClassFixture<CountyPackFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Catalog_CountyPack_IsTheCountysCatalogWithoutTheRemovedColumn()
    {
        var json = await client.GetFromJsonAsync<JsonElement>("/catalog", TestContext.Current.CancellationToken);

        Assert.Equal("测试县民政局", json.GetProperty("bureau").GetString());
        var ids = json.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Equal(74, ids.Count);
        Assert.DoesNotContain("capability-year-progress", ids);
    }

    [Fact]
    public async Task Policy_CountyPack_HasTheCountysTwoLevels()
    {
        var json = await client.GetFromJsonAsync<JsonElement>("/policy", TestContext.Current.CancellationToken);

        Assert.Equal(["经办人", "分管负责同志"], json.GetProperty("levels").EnumerateArray().Select(l => l.GetProperty("name").GetString()));
        Assert.Equal("P6M", json.GetProperty("cleanupInterval").GetString());
    }

    [Fact]
    public async Task Agenda_CountyPack_UsesTheCountyLevelsDuties()
    {
        var json = await client.GetFromJsonAsync<JsonElement>("/agenda?unit=office&from=2024-01-01&to=2024-12-31&asOf=2024-07-01", TestContext.Current.CancellationToken);

        var references = json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reference").GetString()).ToHashSet();
        Assert.DoesNotContain("open-day-city", references);
    }
}

/// <summary>The app on a pack that adds a column with no deadline (持续推进).</summary>
public sealed class UntrackedPackFactory : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Disclosure:RulePack", Path.Combine(AppContext.BaseDirectory, "Packs", "untracked-column.pack.json"));
    }
}

public sealed class UntrackedColumnTests(UntrackedPackFactory factory) : IClassFixture<UntrackedPackFactory>
{
    [Fact]
    public async Task Due_ColumnWithoutDeadline_IsListedAsUntrackedAndOwesNothing()
    {
        var client = factory.CreateClient();

        var json = await client.GetFromJsonAsync<JsonElement>("/due?asOf=2024-07-01", TestContext.Current.CancellationToken);

        var untracked = Assert.Single(json.GetProperty("untracked").EnumerateArray());
        Assert.Equal(("grassroots-standardisation", "基层政务公开标准化规范化", 76, "持续推进", "办公室"), (
            untracked.GetProperty("columnId").GetString(), untracked.GetProperty("column").GetString(), untracked.GetProperty("seedRow").GetInt32(),
            untracked.GetProperty("frequency").GetString(), untracked.GetProperty("responsible").GetString()));
        var open = json.GetProperty("units").EnumerateArray().SelectMany(u => u.GetProperty("overdue").EnumerateArray().Concat(u.GetProperty("due").EnumerateArray()));
        Assert.DoesNotContain(open, c => c.GetProperty("columnId").GetString() == "grassroots-standardisation");

    }
}
