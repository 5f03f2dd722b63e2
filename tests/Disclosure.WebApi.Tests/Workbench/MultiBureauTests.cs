using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using static Disclosure.WebApi.Tests.Workbench.WorkbenchClient;

namespace Disclosure.WebApi.Tests.Workbench;

/// <summary>
/// One server hosting two bureaus: <c>city</c> on the embedded Xuancheng pack (the default: first in key order, with the
/// global bootstrap administrator) and <c>county</c> on the county pack, with its own bootstrap administrator.
/// </summary>
public class TwoBureauFactory : ApiFactory
{
    public const string CountyAdmin = "county.admin";
    public const string CountyPassword = "county-password-1";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Workbench:Bureaus:city:RulePack", "builtin:xuancheng-civil-affairs-2024");
        builder.UseSetting("Workbench:Bureaus:county:RulePack", Path.Combine(AppContext.BaseDirectory, "Packs", "county.pack.json"));
        builder.UseSetting("Workbench:Bureaus:county:Name", "测试县民政局（工作台）");
        builder.UseSetting("Workbench:Bureaus:county:Bootstrap:User", CountyAdmin);
        builder.UseSetting("Workbench:Bureaus:county:Bootstrap:Password", CountyPassword);
    }
}

/// <summary>Cross-bureau checks shared by SQLite and PostgreSQL: nothing of one bureau is visible to or changeable by another.</summary>
internal static class CrossBureau
{
    /// <summary>
    /// A city clerk registers a request, drafts a review case and records a publication; the county's users get 404 for the
    /// city's request and case ids (also when they name the city in <c>?bureau=</c>), their own writes land in the county
    /// and the city's data is unchanged.
    /// </summary>
    internal static async Task RunAsync(ApiFactory factory)
    {
        using var cityClerk = await factory.UserAsync("city.clerk", "office");
        using var countyAdmin = await factory.SignInAsync(TwoBureauFactory.CountyAdmin, TwoBureauFactory.CountyPassword);
        var created = await countyAdmin.PostAsJsonAsync("/api/users", new { id = "county.clerk", displayName = "县办事员", unit = "office", password = "county.clerk-password" }, Cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var countyClerk = await factory.SignInAsync("county.clerk", "county.clerk-password");

        Assert.Equal(HttpStatusCode.Created, (await cityClerk.PostAsJsonAsync("/api/requests", new { id = "2024-201", channel = "in-person", submittedOn = "2024-06-03" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cityClerk.PostAsJsonAsync("/api/reviews/city-case/items", new { item = "n", text = "市局公告" }, Cancel)).StatusCode);
        var cityLog = (await cityClerk.JsonAsync("/api/publications/history")).GetProperty("version").GetInt32();

        // The city's ids do not exist for the county: 404, not 403, so existence does not leak.
        foreach (var url in new[] { "/api/requests/2024-201", "/api/requests/2024-201/history", "/api/reviews/city-case", "/api/requests/2024-201?bureau=city", "/api/reviews/city-case?bureau=city" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await countyClerk.GetAsync(url, Cancel)).StatusCode);
        }

        // The county's register lists none of the city's requests.
        Assert.Equal(0, (await countyClerk.JsonAsync("/api/requests?asOf=2024-06-10")).GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await countyClerk.PostAsJsonAsync("/api/requests/2024-201/events", new { type = "answered", on = "2024-06-10" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await countyClerk.PostAsJsonAsync("/api/publications?bureau=city", new { column = "request-catalog", on = "2024-06-28" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await countyAdmin.PostAsync("/api/users/city.clerk/disable", null, Cancel)).StatusCode);
        Assert.DoesNotContain("city.clerk", (await countyAdmin.JsonAsync("/api/users")).EnumerateArray().Select(u => u.GetProperty("id").GetString()));
        // A step on the city's case id acts on the county's own (empty) case: refused there, the city's case unchanged.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await countyClerk.PostAsJsonAsync("/api/reviews/city-case/items/n/submit", new { }, Cancel)).StatusCode);

        // The county's writes are the county's: the same register number is free there, the publication is in its log.
        Assert.Equal(HttpStatusCode.Created, (await countyClerk.PostAsJsonAsync("/api/requests", new { id = "2024-201", channel = "online", submittedOn = "2024-06-04", confirmedOn = "2024-06-04" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await countyClerk.PostAsJsonAsync("/api/publications", new { column = "request-catalog", on = "2024-06-28" }, Cancel)).StatusCode);
        Assert.Equal(1, (await countyClerk.JsonAsync("/api/publications/history")).GetProperty("version").GetInt32());
        Assert.Equal(cityLog, (await cityClerk.JsonAsync("/api/publications/history")).GetProperty("version").GetInt32());
        Assert.Equal(1, (await cityClerk.JsonAsync("/api/requests/2024-201?asOf=2024-06-10")).GetProperty("version").GetInt32());
        Assert.Equal("in-person", Channel(await cityClerk.JsonAsync("/api/requests/2024-201/history")));
        Assert.Equal("online", Channel(await countyClerk.JsonAsync("/api/requests/2024-201/history")));
        Assert.Equal(1, (await cityClerk.JsonAsync("/api/reviews/city-case")).GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await countyClerk.GetAsync("/api/reviews/city-case", Cancel)).StatusCode);

        // Lists are the bureau's own: each register holds its one 2024-201, the city's activity is not the county's.
        Assert.Equal(HttpStatusCode.Created, (await cityClerk.PostAsJsonAsync("/api/activities", new { activity = "disclosure-training", date = "2024-06-12" }, Cancel)).StatusCode);
        Assert.Equal(["in-person"], await ChannelsAsync(cityClerk));
        Assert.Equal(["online"], await ChannelsAsync(countyClerk));
        Assert.Equal(1, (await cityClerk.JsonAsync("/api/activities")).GetProperty("records").GetArrayLength());
        Assert.Equal(0, (await countyClerk.JsonAsync("/api/activities")).GetProperty("records").GetArrayLength());
    }

    /// <summary>The channel of every request in the bureau's list, read from each one's stored history.</summary>
    private static async Task<List<string?>> ChannelsAsync(HttpClient client)
    {
        var channels = new List<string?>();
        foreach (var row in (await client.JsonAsync("/api/requests?asOf=2024-06-10")).EnumerateArray())
        {
            channels.Add(Channel(await client.JsonAsync($"/api/requests/{row.GetProperty("id").GetString()}/history")));
        }

        return channels;
    }

    private static string? Channel(JsonElement history) => history.GetProperty("events")[0].GetProperty("channel").GetString();
}

public sealed class MultiBureauTests(TwoBureauFactory factory) : IClassFixture<TwoBureauFactory>
{
    [Fact]
    public async Task PublicReads_BureauQuery_ChoosesTheBureauAndItsPack()
    {
        var client = factory.CreateClient();

        var city = await client.JsonAsync("/catalog");
        var county = await client.JsonAsync("/catalog?bureau=county");
        var countyDue = await client.JsonAsync("/due?bureau=county&asOf=2024-07-15");

        Assert.Equal("宣城市民政局", city.GetProperty("bureau").GetString());
        Assert.Equal("测试县民政局", county.GetProperty("bureau").GetString());
        Assert.Equal(74, county.GetProperty("columns").GetArrayLength());
        Assert.Equal("测试县民政局", countyDue.GetProperty("bureau").GetString());
        // The board's heading names the bureau it shows, as /due does; the language switch keeps ?bureau=.
        var board = await client.GetStringAsync("/?bureau=county", Cancel);
        Assert.Contains("<h1>测试县民政局 · 到期看板</h1>", board, StringComparison.Ordinal);
        Assert.Contains("href=\"/?bureau=county&amp;lang=en\"", board, StringComparison.Ordinal);
        Assert.Contains("<h1>宣城市民政局 · 到期看板</h1>", await client.GetStringAsync("/", Cancel), StringComparison.Ordinal);
        var unknown = await client.GetAsync("/catalog?bureau=nowhere", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("city, county", await unknown.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CrossBureau_IdsOfAnotherBureau_Are404AndItsDataIsUntouched() => await CrossBureau.RunAsync(factory);

    [Fact]
    public async Task CreateUser_CountyAdministrator_ValidatesAgainstTheCountysPolicy()
    {
        using var countyAdmin = await factory.SignInAsync(TwoBureauFactory.CountyAdmin, TwoBureauFactory.CountyPassword);
        var countyRoles = (await countyAdmin.JsonAsync("/policy")).GetProperty("levels").EnumerateArray().Select(l => l.GetProperty("role").GetString()).ToList();
        var cityOnly = (await factory.CreateClient().JsonAsync("/policy")).GetProperty("levels").EnumerateArray().Select(l => l.GetProperty("role").GetString()).Except(countyRoles).First();

        var response = await countyAdmin.PostAsJsonAsync("/api/users", new { id = "county.reviewer", displayName = "县审核", unit = "office", roles = new[] { cityOnly }, password = "county.reviewer-password" }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a review role of the policy", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }
}
