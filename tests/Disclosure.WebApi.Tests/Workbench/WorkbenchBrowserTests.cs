using System.Net.Http.Json;
using Microsoft.Playwright;
using static Disclosure.WebApi.Tests.Workbench.WorkbenchClient;

namespace Disclosure.WebApi.Tests.Workbench;

/// <summary>A clerk in a real browser (Debian's chromium): sign in, record a publication, watch the board's overdue cell clear, sign out.</summary>
public sealed class WorkbenchBrowserTests(KestrelApiFactory factory, BrowserFixture browser) : IClassFixture<KestrelApiFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Clerk_SignsInAndRecordsAPublication_TheBoardsOverdueCellClears()
    {
        using (var api = new HttpClient { BaseAddress = factory.ServerAddress })
        {
            var session = await (await api.PostAsJsonAsync("/api/session", new { user = ApiFactory.AdminUser, password = ApiFactory.AdminPassword }, Cancel)).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Cancel);
            api.DefaultRequestHeaders.Authorization = new("Bearer", session.GetProperty("token").GetString());
            var created = await api.PostAsJsonAsync("/api/users", new { id = "zhao.liu", displayName = "赵六", unit = "social-assistance", password = "zhao.liu-password" }, Cancel);
            Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        }

        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = factory.ServerAddress.ToString() });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        const string Cell = "tr[data-unit='社会救助科'] td[data-column='overdue']";

        await page.GotoAsync("/?asOf=2024-07-15");
        await page.WaitForSelectorAsync("body[data-loaded='2024-07-15']");
        Assert.Equal("overdue", await page.GetAttributeAsync(Cell, "class"));
        Assert.Contains("决策部署落实情况", await page.InnerTextAsync(Cell), StringComparison.Ordinal);

        await page.ClickAsync("#nav-signin");
        await page.FillAsync("#user", "zhao.liu");
        await page.FillAsync("#password", "zhao.liu-password");
        await page.ClickAsync("#submit");
        await page.WaitForURLAsync("**/record");
        Assert.Contains("赵六", await page.InnerTextAsync("#who"), StringComparison.Ordinal);
        await page.SelectOptionAsync("#column", "decision-implementation");
        await page.FillAsync("#on", "2024-06-28");
        // The form's POST answers a redirect to the page with the confirmation; its status says what went wrong if not.
        var posted = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#save"), r => r.Request.Method == "POST" && r.Url.EndsWith("/record", StringComparison.Ordinal));
        Assert.True(posted.Status == 302, $"POST /record answered {posted.Status}: {await page.ContentAsync()}");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/record\\?done="));
        Assert.Contains("决策部署落实情况", await page.InnerTextAsync("#done"), StringComparison.Ordinal);

        await page.GotoAsync("/?asOf=2024-07-15");
        await page.WaitForSelectorAsync("body[data-loaded='2024-07-15']");
        Assert.Equal("clear", await page.GetAttributeAsync(Cell, "class"));

        await page.GotoAsync("/record");
        await page.ClickAsync("#signout button");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/$"));
        // Signed out: the record page sends the person back to sign in.
        await page.GotoAsync("/record");
        Assert.Contains("/signin?returnurl=%2frecord", page.Url, StringComparison.OrdinalIgnoreCase);
    }
}
