using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using static Disclosure.WebApi.Tests.Workbench.WorkbenchClient;

namespace Disclosure.WebApi.Tests.Workbench;

/// <summary>Chinese by default; English by Accept-Language or the pages' visible switch (<c>?lang=en</c> and its cookie); codes never change.</summary>
public sealed class LanguageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("/calendar/20x4", "year", "不是年份", "is not a year")]
    [InlineData("/policy?format=pdf", "format", "不是可用的格式", "is not a format")]
    [InlineData("/agenda?unit=nobody", "unit", "不是组织架构中的科室", "is not a unit of the org chart")]
    [InlineData("/agenda?unit=social-assistance&level=province", "level", "不是政府层级", "is not a level of government")]
    [InlineData("/requests/deadline?received=2024-07-01&channel=pigeon", "channel", "不是提交方式", "is not a channel")]
    [InlineData("/requests/deadline?received=2024-07-01&channel=online&consultation=2024-07-09:2024-07-05", "consultation", "早于发函之日", "is before the letter was sent")]
    [InlineData("/catalog?responsible=nobody", "responsible", "没有由“nobody”负责的栏目", "responsibility of 'nobody'")]
    [InlineData("/due?asOf=2031-01-06", "asOf", "年不在日历范围内", "is not covered by the calendar")]
    public async Task ValidationProblems_SayWhatIsWrong_InTheReadersLanguage(string url, string parameter, string chinese, string english)
    {
        var client = factory.CreateClient();
        async Task<string> Error(string language)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptLanguage.ParseAdd(language);
            var response = await client.SendAsync(request, Cancel);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").GetProperty(parameter)[0].GetString()!;
        }

        Assert.Contains(chinese, await Error("zh-CN"), StringComparison.Ordinal);
        Assert.Contains(english, await Error("en"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_ChineseByDefault_EnglishByAcceptLanguage()
    {
        var client = factory.CreateClient();
        var chinese = await client.GetStringAsync("/signin", Cancel);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/signin");
        request.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");
        var english = await (await client.SendAsync(request, Cancel)).Content.ReadAsStringAsync(Cancel);

        Assert.Contains("<html lang=\"zh-Hans\">", chinese, StringComparison.Ordinal);
        Assert.Contains("<title>登录 · 政务公开工作台</title>", chinese, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/signin?lang=en\" id=\"lang\" lang=\"en\">English</a>", chinese, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("<title>Sign in · Disclosure workbench</title>", english, StringComparison.Ordinal);
        Assert.Contains(">Password <input", english, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/signin?lang=zh-CN\" id=\"lang\" lang=\"zh-Hans\">中文</a>", english, StringComparison.Ordinal);
        Assert.DoesNotContain("密码", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitch_SetsTheCookie_WhichOutranksAcceptLanguage()
    {
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var switched = await browser.GetAsync("/signin?lang=en&returnUrl=/record", Cancel);
        var page = await switched.Content.ReadAsStringAsync(Cancel);

        Assert.Contains(".AspNetCore.Culture=", string.Join(";", switched.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);
        Assert.Contains("<title>Sign in · Disclosure workbench</title>", page, StringComparison.Ordinal);
        // The switch back keeps the page's other query values.
        Assert.Contains("href=\"/signin?returnUrl=%2Frecord&amp;lang=zh-CN\"", page, StringComparison.Ordinal);
        Assert.Contains("Sign in", await browser.GetStringAsync("/signin", Cancel), StringComparison.Ordinal);
        Assert.Contains("Wrong account or password.", await (await browser.PostAsync("/signin", await SignInForm(browser, "nobody", "wrong-password-1"), Cancel)).Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        await browser.GetAsync("/signin?lang=zh-CN", Cancel);
        Assert.Contains("<title>登录 · 政务公开工作台</title>", await browser.GetStringAsync("/signin", Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Problems_TitleAndDetailInTheReadersLanguage_CodeAndErrorKeysStable()
    {
        var client = factory.CreateClient();
        async Task<JsonElement> Problem(string url, string language)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptLanguage.ParseAdd(language);
            var response = await client.SendAsync(request, Cancel);
            Assert.False(response.IsSuccessStatusCode, url);
            return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        }

        var chinese = await Problem("/due?asOf=2024-13-01", "zh-CN");
        var english = await Problem("/due?asOf=2024-13-01", "en");

        Assert.Equal("参数 asOf 无效", chinese.GetProperty("title").GetString());
        Assert.Equal("Invalid asOf", english.GetProperty("title").GetString());
        Assert.Contains("不是日期", chinese.GetProperty("errors").GetProperty("asOf")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("is not a date", english.GetProperty("errors").GetProperty("asOf")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(chinese.GetProperty("type").GetString(), english.GetProperty("type").GetString());
        Assert.Equal(400, chinese.GetProperty("status").GetInt32());

        // A problem without a title of its own gets the framework's status title, translated.
        Assert.Equal("未登录", (await Problem("/api/publications/history", "zh-CN")).GetProperty("title").GetString());
        Assert.Equal("未找到", (await Problem("/no-such-page", "zh-CN")).GetProperty("title").GetString());
        Assert.Equal("Not Found", (await Problem("/no-such-page", "en")).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Json_WritesChineseAsText_NotAsEscapes()
    {
        var client = factory.CreateClient();
        async Task<string> Raw(string url, string language, HttpStatusCode status, string mediaType)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptLanguage.ParseAdd(language);
            var response = await client.SendAsync(request, Cancel);
            Assert.Equal(status, response.StatusCode);
            Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
            // JSON is UTF-8 by definition (RFC 8259); plain text read in a browser needs the charset said.
            Assert.True(mediaType.EndsWith("json", StringComparison.Ordinal) || response.Content.Headers.ContentType?.CharSet == "utf-8", $"{url}: {response.Content.Headers.ContentType}");
            // Unescaped '<' is safe only where no browser sniffs the body as HTML.
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            var text = await response.Content.ReadAsStringAsync(Cancel);
            Assert.DoesNotMatch(@"\\u[0-9A-Fa-f]{4}", text);
            return text;
        }

        // A validation problem, the framework's status problem, and the English detail with its quotes and the input echoed.
        var invalid = await Raw("/due?asOf=2024-13-01", "zh-CN", HttpStatusCode.BadRequest, "application/problem+json");
        Assert.Contains("\"title\":\"参数 asOf 无效\"", invalid, StringComparison.Ordinal);
        Assert.Contains("不是日期", invalid, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"未找到\"", await Raw("/no-such-page", "zh-CN", HttpStatusCode.NotFound, "application/problem+json"), StringComparison.Ordinal);
        Assert.Contains("'<b>' is not a unit", await Raw("/agenda?unit=%3Cb%3E", "en", HttpStatusCode.BadRequest, "application/problem+json"), StringComparison.Ordinal);

        // Answers with Chinese names, the review policy's diagram, a deadline with its ledger, and the Chinese OpenAPI document.
        Assert.Contains("\"bureau\":\"宣城市民政局\"", await Raw("/catalog", "zh-CN", HttpStatusCode.OK, "application/json"), StringComparison.Ordinal);
        Assert.Contains("\"unit\":\"社会救助科\"", await Raw("/due?asOf=2024-07-15", "zh-CN", HttpStatusCode.OK, "application/json"), StringComparison.Ordinal);
        Assert.Contains("政务公开机构负责同志", await Raw("/policy?format=mermaid", "zh-CN", HttpStatusCode.OK, "text/plain"), StringComparison.Ordinal);
        Assert.Contains("\"festivalName\": \"国庆节\"", await Raw("/requests/deadline?received=2024-09-20&channel=online&asOf=2024-10-31&ledger=true", "zh-CN", HttpStatusCode.OK, "application/json"), StringComparison.Ordinal);
        Assert.Contains("政务公开工作台", await Raw("/openapi/v1.zh-CN.json", "zh-CN", HttpStatusCode.OK, "application/json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Board_HandsItsScriptEveryTextItReads_InEachLanguage_WithTheSamePlaceholders()
    {
        var client = factory.CreateClient();
        var script = await client.GetStringAsync("/status.js", Cancel);
        var read = System.Text.RegularExpressions.Regex.Matches(script, @"\btexts\.([A-Za-z]+)").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Contains("summary", read);

        async Task<JsonElement> Texts(string language)
        {
            var page = await client.GetStringAsync($"/?lang={language}", Cancel);
            var block = System.Text.RegularExpressions.Regex.Match(page, "<script type=\"application/json\" id=\"board-texts\">(.*?)</script>");
            Assert.True(block.Success, page);
            return JsonDocument.Parse(block.Groups[1].Value).RootElement;
        }

        var chinese = await Texts("zh-CN");
        var english = await Texts("en");
        static string Placeholders(string text) => string.Join(",", System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal));
        foreach (var key in read)
        {
            Assert.True(chinese.TryGetProperty(key, out var zh), $"the board's texts have no '{key}'");
            var en = english.GetProperty(key);
            if (zh.ValueKind == JsonValueKind.String)
            {
                Assert.Equal(Placeholders(zh.GetString()!), Placeholders(en.GetString()!));
            }
        }

        Assert.Equal("zh-CN", chinese.GetProperty("language").GetString());
        Assert.Equal("en", english.GetProperty("language").GetString());
        Assert.Equal("等待补正", chinese.GetProperty("statuses").GetProperty("awaitingCorrection").GetString());
        Assert.Equal("Awaiting correction", english.GetProperty("statuses").GetProperty("awaitingCorrection").GetString());
    }

    private static async Task<FormUrlEncodedContent> SignInForm(HttpClient browser, string user, string password)
    {
        var html = await browser.GetStringAsync("/signin", Cancel);
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"");
        Assert.True(token.Success, "no antiforgery field");
        return new FormUrlEncodedContent([new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)), new("user", user), new("password", password), new("returnUrl", "/")]);
    }
}
