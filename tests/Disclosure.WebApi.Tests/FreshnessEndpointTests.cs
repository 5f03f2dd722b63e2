using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Disclosure.Domain.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Disclosure.WebApi.Tests;

/// <summary>
/// <c>GET /freshness</c> on the configured log (appsettings.json): 8 columns updated in 2024 (the two annual reports, 依申请公开目录,
/// the three emergency columns, 决策部署落实情况, 乡村振兴), so on 2024-07-15 the other 67 columns are blank and the blank veto is
/// triggered; no dynamics/news or notices/policy column was ever updated, so none is "not updated".
/// </summary>
public sealed class FreshnessEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<JsonElement> Get(string url, string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task GetFreshness_ConfiguredLog_67BlankColumnsTriggerTheBlankVeto_InChineseByDefault()
    {
        var json = await Get("/freshness?asOf=2024-07-15");

        Assert.Equal(("2024-07-15", "宣城市民政局", true), (json.GetProperty("asOf").GetString(), json.GetProperty("bureau").GetString(), json.GetProperty("vetoed").GetBoolean()));
        Assert.Equal("2024年7月15日：空白栏目67个，不更新栏目0个，长期未更新栏目0个；单项否决：空白栏目。", json.GetProperty("summary").GetString());
        Assert.Equal(
            [("freshness.not-updated", "不更新栏目", 0, 5, false), ("freshness.long-unupdated", "长期未更新栏目", 0, 10, false), ("freshness.blank", "空白栏目", 67, 5, true)],
            json.GetProperty("vetoes").EnumerateArray().Select(v => (v.GetProperty("code").GetString(), v.GetProperty("name").GetString(), v.GetProperty("count").GetInt32(), v.GetProperty("threshold").GetInt32(), v.GetProperty("triggered").GetBoolean())));
        Assert.Equal("单项否决（国办秘函〔2019〕19号）——空白栏目67个，超过（含）5个。", json.GetProperty("vetoes")[2].GetProperty("message").GetString());
        var columns = json.GetProperty("columns").EnumerateArray().ToList();
        Assert.Equal(67, columns.Count);
        Assert.All(columns, c => Assert.True(c.GetProperty("blank").GetBoolean()));
        Assert.DoesNotContain("request-catalog", columns.Select(c => c.GetProperty("columnId").GetString()));
        var first = columns[0];
        Assert.Equal(
            ("department-documents", "部门文件", 1, "noticesPolicy", "通知公告、政策文件类", JsonValueKind.Null, JsonValueKind.Null, "P6M", "各科室"),
            (first.GetProperty("columnId").GetString(), first.GetProperty("column").GetString(), first.GetProperty("seedRow").GetInt32(), first.GetProperty("category").GetString(),
             first.GetProperty("categoryName").GetString(), first.GetProperty("lastUpdatedOn").ValueKind, first.GetProperty("daysSinceUpdate").ValueKind, first.GetProperty("window").GetString(), first.GetProperty("responsible").GetString()));

        // The library's answer on the same log, as `disclosure freshness` gives it.
        var setup = factory.Services.GetRequiredService<Disclosure.WebApi.Bureaus.BureauDirectory>().Default.Setup;
        var report = FreshnessCheck.Evaluate(setup.Catalog, setup.ConfiguredPublications, new LocalDate(2024, 7, 15));
        Assert.Equal(report.Columns.Where(c => c.IsBlank || c.IsNotUpdated || c.IsLongUnupdated).Select(c => c.Column.Id.Value), columns.Select(c => c.GetProperty("columnId").GetString()));
    }

    [Fact]
    public async Task GetFreshness_EnglishByAcceptLanguage_AndAYearLaterTheUpdatedColumnsAreLongUnupdated()
    {
        var json = await Get("/freshness?asOf=2025-07-15", "en-GB,en;q=0.9");

        Assert.Equal("2025-07-15: 67 blank, 0 not updated, 8 long not updated; vetoes: blank.", json.GetProperty("summary").GetString());
        Assert.Equal("no veto — long not updated: 8 column(s), fewer than 10.", json.GetProperty("vetoes")[1].GetProperty("message").GetString());
        var rural = json.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("columnId").GetString() == "rural-revitalization");
        // Last on 2024-06-28: 382 days before 2025-07-15 (2024-06-28 → 2025-06-28 is 365, then 17).
        Assert.Equal(("other", "other", false, true, "2024-06-28", 382, "P1Y"), (rural.GetProperty("category").GetString(), rural.GetProperty("categoryName").GetString(), rural.GetProperty("notUpdated").GetBoolean(), rural.GetProperty("longUnupdated").GetBoolean(), rural.GetProperty("lastUpdatedOn").GetString(), rural.GetProperty("daysSinceUpdate").GetInt32(), rural.GetProperty("window").GetString()));
    }

    [Fact]
    public async Task GetFreshness_NoAsOf_UsesTheInjectedClock_AndABadDateIs400()
    {
        var json = await Get("/freshness");
        var response = await client.GetAsync("/freshness?asOf=2024-07-32", TestContext.Current.CancellationToken);

        Assert.Equal("2024-07-01", json.GetProperty("asOf").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(["asOf"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }
}
