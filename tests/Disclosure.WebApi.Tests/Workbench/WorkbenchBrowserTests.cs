using System.Net.Http.Json;
using Microsoft.Playwright;
using static Disclosure.WebApi.Tests.Workbench.WorkbenchClient;

namespace Disclosure.WebApi.Tests.Workbench;

/// <summary>
/// A clerk in a real browser (Debian's chromium): read the board in Chinese, then in English by the switch, and back; sign in,
/// record a publication, watch the board's overdue cell clear, sign out; register a request, record its correction and answer, read its ledger, see it counted in the annual report and open
/// the report's Word document.
/// </summary>
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

        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = factory.ServerAddress.ToString(), Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        const string Cell = "tr[data-unit='社会救助科'] td[data-column='overdue']";

        await page.GotoAsync("/?asOf=2024-07-15");
        await page.WaitForSelectorAsync("body[data-loaded='2024-07-15']");
        Assert.Equal("overdue", await page.GetAttributeAsync(Cell, "class"));
        Assert.Contains("决策部署落实情况", await page.InnerTextAsync(Cell), StringComparison.Ordinal);

        // The board speaks the reader's language, one at a time: Chinese for this browser, its script's lines and errors too …
        Assert.Equal("zh-Hans", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("宣城市民政局 · 到期看板", await page.InnerTextAsync("h1"));
        Assert.Equal(["科室", "已逾期", "待公开", "依申请公开"], await page.Locator("#board thead th").AllInnerTextsAsync());
        Assert.Matches("^2024-07-15：栏目逾期 [1-9][0-9]* 项，待公开 [0-9]+ 项；依申请在办 [0-9]+ 件，逾期 [0-9]+ 件$", await page.InnerTextAsync("#summary"));
        Assert.Matches("决策部署落实情况（逾期 [1-9][0-9]* 个工作日）", await page.InnerTextAsync(Cell));
        Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2} 2024-011 .+（逾期 [1-9][0-9]* 个工作日）$", await page.InnerTextAsync("tr[data-unit='社会救助科'] td[data-column='requests'] li:has-text('2024-011')"));
        var clear = await page.Locator("td.clear").AllInnerTextsAsync();
        Assert.NotEmpty(clear);
        Assert.All(clear, t => Assert.Contains(t, new[] { "无", "无逾期" }));
        await page.FillAsync("#as-of", "2031-01-06");
        await page.ClickAsync("#show");
        await page.WaitForSelectorAsync("#error:not([hidden])");
        Assert.Contains("年不在日历范围内", await page.InnerTextAsync("#error"), StringComparison.Ordinal);

        // … English by the switch (the page, the script's lines, the API's problems), with no Chinese but the data's own names …
        await page.ClickAsync("#lang");
        await page.WaitForSelectorAsync("body[data-loaded='2024-07-15']");
        Assert.Contains("lang=en", page.Url, StringComparison.Ordinal);
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("宣城市民政局 · Status board", await page.InnerTextAsync("h1"));
        Assert.Equal(["Unit", "Overdue", "Due", "Information requests"], await page.Locator("#board thead th").AllInnerTextsAsync());
        Assert.Equal("中文", await page.InnerTextAsync("#lang"));
        Assert.Matches("^2024-07-15: [1-9][0-9]* columns overdue, [0-9]+ due; [0-9]+ requests open, [0-9]+ overdue$", await page.InnerTextAsync("#summary"));
        Assert.Matches("决策部署落实情况 \\([1-9][0-9]* working days overdue\\)", await page.InnerTextAsync(Cell));
        Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2} 2024-011 .+ \\([1-9][0-9]* working days overdue\\)$", await page.InnerTextAsync("tr[data-unit='社会救助科'] td[data-column='requests'] li:has-text('2024-011')"));
        Assert.Equal("Overdue", await page.GetAttributeAsync("tr[data-unit='社会救助科'] td[data-column='requests'] li:has-text('2024-011')", "title"));
        clear = await page.Locator("td.clear").AllInnerTextsAsync();
        Assert.NotEmpty(clear);
        Assert.All(clear, t => Assert.Contains(t, new[] { "None", "None overdue" }));
        await page.FillAsync("#as-of", "2031-01-06");
        await page.ClickAsync("#show");
        await page.WaitForSelectorAsync("#error:not([hidden])");
        Assert.Contains("is not covered by the calendar", await page.InnerTextAsync("#error"), StringComparison.Ordinal);

        // … and back to Chinese on the day last shown (the switch follows the date picked in the form).
        await page.FillAsync("#as-of", "2024-07-16");
        await page.ClickAsync("#show");
        await page.WaitForSelectorAsync("body[data-loaded='2024-07-16']");
        await page.ClickAsync("#lang");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("lang=zh-CN"));
        await page.WaitForSelectorAsync("body[data-loaded='2024-07-16']");
        Assert.Equal("宣城市民政局 · 到期看板", await page.InnerTextAsync("h1"));
        Assert.StartsWith("2024-07-16：栏目逾期 ", await page.InnerTextAsync("#summary"), StringComparison.Ordinal);

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

        // A Chinese clerk's browser (Locale zh-CN) and the visible switch: English from then on (the cookie), and back.
        await page.ClickAsync("#lang");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("lang=en"));
        Assert.Equal("Record a publication", await page.InnerTextAsync("h1"));
        await page.GotoAsync("/record");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        await page.ClickAsync("#lang");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("lang=zh-CN"));
        Assert.Equal("记录发布", await page.InnerTextAsync("h1"));

        await page.GotoAsync("/?asOf=2024-07-15");
        await page.WaitForSelectorAsync("body[data-loaded='2024-07-15']");
        Assert.Equal("clear", await page.GetAttributeAsync(Cell, "class"));

        await page.GotoAsync("/record");
        await page.ClickAsync("#signout button");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/$"));
        // Signed out: the record page sends the person back to sign in.
        await page.GotoAsync("/record");
        Assert.Contains("/signin?returnurl=%2frecord", page.Url, StringComparison.OrdinalIgnoreCase);

        // The freshness page needs no account either: from the navigation, a day picked in its form, the blank veto marked.
        await page.GotoAsync("/");
        await page.ClickAsync("nav a[href='/report/freshness']");
        await page.FillAsync("#as-of", "2024-07-15");
        await page.ClickAsync("#show");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("asOf=2024-07-15"));
        Assert.StartsWith("单项否决（国办秘函〔2019〕19号）——空白栏目", await page.InnerTextAsync("#vetoes li.error[data-veto='freshness.blank']"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clerk_RegistersARequestAndAnswersIt_TheLedgerAndTheAnnualReportCountIt()
    {
        using (var api = new HttpClient { BaseAddress = factory.ServerAddress })
        {
            var session = await (await api.PostAsJsonAsync("/api/session", new { user = ApiFactory.AdminUser, password = ApiFactory.AdminPassword }, Cancel)).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Cancel);
            api.DefaultRequestHeaders.Authorization = new("Bearer", session.GetProperty("token").GetString());
            var created = await api.PostAsJsonAsync("/api/users", new { id = "sun.ba", displayName = "孙八", unit = "office", password = "sun.ba-password" }, Cancel);
            Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        }

        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = factory.ServerAddress.ToString(), AcceptDownloads = true, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync("/signin?returnUrl=/register");
        await page.FillAsync("#user", "sun.ba");
        await page.FillAsync("#password", "sun.ba-password");
        await page.ClickAsync("#submit");
        await page.WaitForURLAsync("**/register");

        await page.FillAsync("#id", "2024-301");
        await page.SelectOptionAsync("#channel", "in-person");
        await page.FillAsync("#submittedOn", "2024-06-03");
        await page.SelectOptionAsync("#applicant", "CommercialEnterprise");
        await page.SelectOptionAsync("#unit", "office");
        await page.ClickAsync("#register-request");
        await page.WaitForURLAsync("**/register/2024-301");
        Assert.Equal("办理中", await page.InnerTextAsync("#status"));
        Assert.Equal("2024-07-02", await page.InnerTextAsync("#due"));

        // A correction notice on 5 June, the corrected application on 12 June: the clock stops, then runs anew (第三十条).
        await page.FillAsync("#correction-requested-on", "2024-06-05");
        await page.FillAsync("#correction-requested-by", "2024-06-20");
        await page.ClickAsync("#correction-requested-save");
        await page.WaitForSelectorAsync("tr[data-date='2024-06-06'][data-reason='awaiting-correction']");
        await page.FillAsync("#correction-received-on", "2024-06-12");
        await page.ClickAsync("#correction-received-save");
        await page.WaitForSelectorAsync("tr[data-date='2024-06-12'][data-reason='clock-restarted']");
        Assert.Equal("2024-07-10", await page.InnerTextAsync("#due"));
        // The ledger speaks Chinese: the library's texts for why a day does not count and for what happened on it.
        var zh = System.Globalization.CultureInfo.GetCultureInfo("zh-Hans");
        Assert.Contains(Disclosure.Domain.Requests.LedgerReason.AwaitingCorrection.GetDescription(zh), await page.InnerTextAsync("tr[data-date='2024-06-07']"), StringComparison.Ordinal);
        var notice = new Disclosure.Domain.Requests.CorrectionRequested(new NodaTime.LocalDate(2024, 6, 5), new NodaTime.LocalDate(2024, 6, 20));
        Assert.Contains(notice.GetDescription(zh), await page.InnerTextAsync("tr[data-date='2024-06-05']"), StringComparison.Ordinal);

        // The status board counts the recorded request under its handling unit while it is open.
        await page.GotoAsync("/?asOf=2024-07-01");
        await page.WaitForSelectorAsync("body[data-loaded='2024-07-01']");
        Assert.Contains("2024-301", await page.InnerTextAsync("tr[data-unit='办公室'] td[data-column='requests']"), StringComparison.Ordinal);
        await page.GotoAsync("/register/2024-301");

        await page.SelectOptionAsync("#answered-outcome", "PartlyDisclosed");
        await page.FillAsync("#answered-on", "2024-06-28");
        await page.ClickAsync("#answered-save");
        await page.WaitForSelectorAsync("#status:has-text('按期答复')");
        Assert.Equal(0, await page.Locator("#answered").CountAsync());

        await page.GotoAsync("/register");
        Assert.Equal("按期答复", await page.InnerTextAsync("tr[data-request='2024-301'] .status"));

        // The request is counted in its applicant's column (商业企业) of 新收 and 部分公开; 总计 is the last column.
        await page.GotoAsync("/report/annual?year=2024");
        async Task<IReadOnlyList<string>> Row(string label) =>
            await page.Locator("article.annual-report tr", new() { Has = page.Locator("th", new() { HasTextString = label }) }).Last.Locator("td").AllInnerTextsAsync();
        Assert.Equal(["0", "1", "0", "0", "0", "0", "1"], await Row("一、本年新收"));
        Assert.Equal(["0", "1", "0", "0", "0", "0", "1"], await Row("（二）部分公开"));
        Assert.Equal(["0", "0", "0", "0", "0", "0", "0"], await Row("四、结转下年度继续办理"));

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-docx"));
        Assert.Equal("annual-report-2024.docx", download.SuggestedFilename);
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(await download.PathAsync(), false);
        var body = word.MainDocumentPart!.Document!.Body!;
        Assert.Contains("宣城市民政局2024年政府信息公开工作年度报告", body.InnerText, StringComparison.Ordinal);
        var partly = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Single(r => r.InnerText.Contains("（二）部分公开", StringComparison.Ordinal));
        Assert.Equal(["0", "1", "0", "0", "0", "0", "1"], partly.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().TakeLast(7).Select(c => c.InnerText));
    }
}
