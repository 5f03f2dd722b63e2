using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Disclosure.WebApi.Tests.Workbench.WorkbenchClient;

namespace Disclosure.WebApi.Tests.Workbench;

/// <summary>A review case from draft to publication, each step by the signed-in account that holds the step's role.</summary>
public sealed class ReviewTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Review_ThreeLevelsByThreeAccounts_AFourthWithoutTheRoleIsRefused_ThenPublished()
    {
        using var author = await factory.UserAsync("author.a", "office");
        using var first = await factory.UserAsync("level1.a", "office", "information-publisher");
        using var second = await factory.UserAsync("level2.a", "office", "disclosure-office-head");
        using var third = await factory.UserAsync("level3.a", "office", "leader-in-charge");
        using var fourth = await factory.UserAsync("nobody.a", "office", "confidentiality-reviewer");
        const string Case = "/api/reviews/2024-07-a";

        Assert.Equal(HttpStatusCode.OK, (await author.PostAsJsonAsync($"{Case}/items", new { item = "notice-1", text = "关于2024年临时救助标准的公告", column = "department-documents" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await author.PostAsJsonAsync($"{Case}/items/notice-1/submit", new { }, Cancel)).StatusCode);
        await Step(first, "approve", new { level = 1, version = 1 });
        // The first-level approver cannot approve again at the second level (三级审核: three distinct people).
        var twice = await first.PostAsJsonAsync($"{Case}/items/notice-1/approve", new { level = 2, version = 1 }, Cancel);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);
        Assert.Contains("REVIEW0", await twice.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        await Step(second, "approve", new { level = 2, version = 1 });

        // A fourth account without 分管负责同志's role is refused, even naming the right reviewer in the body.
        var refused = await fourth.PostAsJsonAsync($"{Case}/items/notice-1/approve", new { level = 3, version = 1, by = "level3.a", reviewer = "level3.a" }, Cancel);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var refusal = await refused.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var codes = refusal.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("code").GetString()).ToList();
        Assert.Contains("REVIEW006", codes);
        // Titles are Chinese by default and English on request; the code stays the same.
        Assert.Equal("审核制度不允许此步骤", refusal.GetProperty("title").GetString());
        Assert.Equal("缺少角色", refusal.GetProperty("violations").EnumerateArray().Single(v => v.GetProperty("code").GetString() == "REVIEW006").GetProperty("title").GetString());
        Assert.Contains("不具备对事项“notice-1”第3级审核批准所需的角色", refusal.GetProperty("violations").EnumerateArray().Single(v => v.GetProperty("code").GetString() == "REVIEW006").GetProperty("message").GetString(), StringComparison.Ordinal);
        using var english = new HttpRequestMessage(HttpMethod.Post, $"{Case}/items/notice-1/approve") { Content = JsonContent.Create(new { level = 3, version = 1 }) };
        english.Headers.AcceptLanguage.ParseAdd("en-US,en;q=0.9");
        var refusedInEnglish = await (await fourth.SendAsync(english, Cancel)).Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("The review policy refuses this step", refusedInEnglish.GetProperty("title").GetString());
        Assert.Equal("Missing role", refusedInEnglish.GetProperty("violations").EnumerateArray().Single(v => v.GetProperty("code").GetString() == "REVIEW006").GetProperty("title").GetString());
        Assert.Contains("required to approve at level 3 item 'notice-1'", refusedInEnglish.GetProperty("violations").EnumerateArray().Single(v => v.GetProperty("code").GetString() == "REVIEW006").GetProperty("message").GetString(), StringComparison.Ordinal);

        await Step(third, "approve", new { level = 3, version = 1 });
        await Step(fourth, "clear", new { version = 1 });
        var published = await Step(first, "publish", new { });

        var item = published.GetProperty("items")[0];
        Assert.Equal("Published", item.GetProperty("status").GetString());
        Assert.Equal(["level1.a", "level2.a", "level3.a"], item.GetProperty("approvals").EnumerateArray().Select(a => a.GetProperty("by").GetString()));
        Assert.Equal("nobody.a", item.GetProperty("clearedBy").GetString());
        // The export is the library's review-case history: `disclosure review replay` verifies its chain and replays it
        // under the policy; every command names the account that gave it.
        var export = await author.GetByteArrayAsync($"{Case}/history", Cancel);
        var history = JsonDocument.Parse(export).RootElement;
        Assert.Equal("review-case-history", history.GetProperty("kind").GetString());
        Assert.Equal(["author.a", "author.a", "level1.a", "level2.a", "level3.a", "nobody.a", "level1.a"], history.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("by").GetProperty("id").GetString()));
        var (exit, output, error) = await DisclosureCommand.RunOnFileAsync(export, "review", "replay", "--history", "{file}");
        Assert.True(exit == 0, $"disclosure review replay: {exit} {output} {error}");
        Assert.Contains("case 2024-07-a under", output, StringComparison.Ordinal);
        Assert.Contains("7 trail entries", output, StringComparison.Ordinal);
        Assert.Contains("published notice-1 v1 by level1.a", output, StringComparison.OrdinalIgnoreCase);

        async Task<JsonElement> Step(HttpClient who, string step, object body)
        {
            var response = await who.PostAsJsonAsync($"{Case}/items/notice-1/{step}", body, Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{step}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancel)}");
            return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        }
    }

    [Fact]
    public async Task Review_StaleExpectedVersion_Is409()
    {
        using var author = await factory.UserAsync("author.b", "office");
        await author.PostAsJsonAsync("/api/reviews/2024-07-b/items", new { item = "x", text = "t" }, Cancel);

        var stale = await author.PostAsJsonAsync("/api/reviews/2024-07-b/items/x/submit", new { expectedVersion = 0 }, Cancel);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("changed", await stale.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_NotSignedIn_Is401()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/reviews/2024-07-c/items", new { item = "x", text = "t" }, Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
