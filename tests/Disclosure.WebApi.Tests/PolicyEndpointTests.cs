using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Disclosure.WebApi.Tests;

public sealed class PolicyEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task GetPolicy_Xuancheng_HasThreeLevelsAndYearlyCleanup()
    {
        var json = await client.GetFromJsonAsync<JsonElement>("/policy", TestContext.Current.CancellationToken);

        var levels = json.GetProperty("levels").EnumerateArray().Select(l => l.GetProperty("name").GetString()).ToList();
        Assert.Equal(["信息发布同志", "政务公开机构负责同志", "分管负责同志"], levels);
        Assert.Equal("confidentiality-reviewer", json.GetProperty("confidentialityReviewer").GetString());
        Assert.Equal("P1Y", json.GetProperty("cleanupInterval").GetString());
        var codes = json.GetProperty("rules").EnumerateArray().SelectMany(r => r.GetProperty("codes").EnumerateArray().Select(c => c.GetString())).ToHashSet();
        Assert.Contains("REVIEW005", codes);
    }

    [Fact]
    public async Task GetPolicy_TitleAndLevelDescriptions_InChineseByDefault_EnglishByAcceptLanguage()
    {
        var chinese = await client.GetFromJsonAsync<JsonElement>("/policy", TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/policy");
        request.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");
        var english = await (await client.SendAsync(request, TestContext.Current.CancellationToken)).Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

        var seed = Disclosure.Domain.RulePacks.RulePack.XuanchengCivilAffairs2024.Review;
        var zh = CultureInfo.GetCultureInfo("zh-CN");
        var en = CultureInfo.GetCultureInfo("en");
        Assert.Equal("宣城市民政局2024年政务公开信息发布审核制度", chinese.GetProperty("title").GetString());
        Assert.Equal("Xuancheng Civil Affairs Bureau 2024 review policy", english.GetProperty("title").GetString());
        Assert.Equal(seed.Name, chinese.GetProperty("name").GetString());
        Assert.Equal(seed.Name, english.GetProperty("name").GetString());
        Assert.Equal(seed.Levels.Select(l => l.GetDescription(zh)), chinese.GetProperty("levels").EnumerateArray().Select(l => l.GetProperty("description").GetString()));
        Assert.Equal(seed.Levels.Select(l => l.GetDescription(en)), english.GetProperty("levels").EnumerateArray().Select(l => l.GetProperty("description").GetString()));
        Assert.StartsWith("三级审核制第1级（共3级）：信息发布同志——", chinese.GetProperty("levels")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Level 1 of 3 (三级审核制): 信息发布同志 — ", english.GetProperty("levels")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPolicy_Mermaid_IsAStateDiagramInChineseByDefault_EnglishByAcceptLanguage()
    {
        var response = await client.GetAsync("/policy?format=mermaid", TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/policy?format=mermaid");
        request.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");
        var english = await (await client.SendAsync(request, TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var chinese = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var seed = Disclosure.Domain.RulePacks.RulePack.XuanchengCivilAffairs2024.Review;
        Assert.Equal(seed.ToMermaid(CultureInfo.GetCultureInfo("zh-CN")), chinese);
        Assert.Equal(seed.ToMermaid(CultureInfo.GetCultureInfo("en")), english);
        Assert.Contains("state \"第1级审核通过：信息发布同志\" as L1", chinese, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPolicy_UnknownFormat_Returns400NamingFormat()
    {
        var response = await client.GetAsync("/policy?format=xml", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(problem.GetProperty("errors").TryGetProperty("format", out _));
    }
}
