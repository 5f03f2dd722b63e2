using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using static Disclosure.WebApi.Tests.Workbench.WorkbenchClient;

namespace Disclosure.WebApi.Tests.Workbench;

/// <summary>
/// The page <c>/report/freshness</c> on the configured log the freshness endpoint's tests use (8 columns updated in 2024, the other
/// 67 blank): open without signing in, Chinese by default and English by Accept-Language, the veto lines in the library's wording
/// with the triggered one marked, then the columns at risk. Asserted on the text a reader sees (tags stripped, entities decoded).
/// </summary>
public sealed partial class FreshnessPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<(HttpStatusCode Status, string Html)> Get(string url, string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        using var response = await client.SendAsync(request, Cancel);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task Page_ChineseByDefault_BlankVetoTriggeredFirst_ThenTheBlankColumns_NoSignIn()
    {
        var (status, html) = await Get("/report/freshness?asOf=2024-07-15");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"zh-Hans\">", html, StringComparison.Ordinal);
        Assert.Equal("宣城市民政局 · 栏目更新检查", Text(html, "h1"));
        Assert.Contains("<a href=\"/report/freshness\">栏目更新检查</a>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2024-07-15\"", html, StringComparison.Ordinal);
        Assert.Equal("2024年7月15日：空白栏目67个，不更新栏目0个，长期未更新栏目0个；单项否决：空白栏目。", Text(html, "p id=\"summary\""));
        Assert.Equal(
            [("freshness.not-updated", "clear", "未触发单项否决——不更新栏目0个，不足5个。"),
             ("freshness.long-unupdated", "clear", "未触发单项否决——长期未更新栏目0个，不足10个。"),
             ("freshness.blank", "error", "单项否决（国办秘函〔2019〕19号）——空白栏目67个，超过（含）5个。")],
            Vetoes(html));
        // The veto lines come before the table.
        Assert.True(html.IndexOf("id=\"vetoes\"", StringComparison.Ordinal) < html.IndexOf("id=\"at-risk\"", StringComparison.Ordinal));
        Assert.Equal(["序号", "栏目", "类别", "问题", "最后更新", "距今", "时限", "负责科室"], Cells(Between(html, "<thead>", "</thead>"), "th"));

        var rows = Rows(html);
        Assert.Equal(67, rows.Count);
        Assert.Equal(["1", "部门文件", "通知公告、政策文件类", "空白栏目", "从未更新", "—", "6个月", "各科室"], rows["department-documents"]);
        Assert.DoesNotContain("request-catalog", rows.Keys);
        Assert.DoesNotContain("rural-revitalization", rows.Keys);
    }

    [Fact]
    public async Task Page_EnglishByAcceptLanguage_AYearLater_LongUnupdatedRowsWithDaysAndWindow()
    {
        var (status, html) = await Get("/report/freshness?asOf=2025-07-15", "en-GB,en;q=0.9");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("宣城市民政局 · Freshness check", Text(html, "h1"));
        Assert.Equal("2025-07-15: 67 blank, 0 not updated, 8 long not updated; vetoes: blank.", Text(html, "p id=\"summary\""));
        Assert.Equal(
            [("freshness.not-updated", "clear", "no veto — not updated: 0 column(s), fewer than 5."),
             ("freshness.long-unupdated", "clear", "no veto — long not updated: 8 column(s), fewer than 10."),
             ("freshness.blank", "error", "single veto (单项否决, 国办秘函〔2019〕19号) — blank: 67 column(s), 5 or more veto the site.")],
            Vetoes(html));
        Assert.Equal(["Row", "Column", "Category", "Finding", "Last update", "Days since", "Window", "Responsible"], Cells(Between(html, "<thead>", "</thead>"), "th"));

        var rows = Rows(html);
        Assert.Equal(75, rows.Count);
        // Last on 2024-06-28: 382 days before 2025-07-15 (365 to 2025-06-28, then 17).
        var rural = rows["rural-revitalization"];
        Assert.Equal(("other", "long not updated", "2024-06-28", "382 days", "1 year"), (rural[2], rural[3], rural[4], rural[5], rural[6]));
        Assert.Equal(["1", "部门文件", "notices/policy", "blank", "Never", "—", "6 months", "各科室"], rows["department-documents"]);
        // Chinese only in the data's own names and the cited source, not in the page's words (the veto's condition, a tooltip, cites it too).
        Assert.DoesNotContain("空白栏目", Visible(html), StringComparison.Ordinal);
        Assert.DoesNotContain("从未更新", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_NoDate_IsTodayByTheInjectedClock_AndABadDateIs400WithWhatToWrite()
    {
        var (today, todayHtml) = await Get("/report/freshness");
        var (bad, badHtml) = await Get("/report/freshness?asOf=2024-07-32");

        Assert.Equal(HttpStatusCode.OK, today);
        Assert.Contains("value=\"2024-07-01\"", todayHtml, StringComparison.Ordinal);
        Assert.StartsWith("2024年7月1日：", Text(todayHtml, "p id=\"summary\""), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Equal("“2024-07-32”不是日期，请按 yyyy-MM-dd 填写，例如 2024-07-01。", Text(badHtml, "p class=\"error\" id=\"error\""));
        Assert.DoesNotContain("id=\"vetoes\"", badHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_EveryColumnUpdatedDaysBefore_NoVetoAndNoColumnAtRisk()
    {
        await using var fresh = new ApiFactory();
        using var clerk = await fresh.AdminAsync();
        foreach (var column in fresh.Services.GetRequiredService<Bureaus.BureauDirectory>().Default.Setup.Catalog.Columns)
        {
            var recorded = await clerk.PostAsJsonAsync("/api/publications", new { column = column.Id.Value, on = "2024-06-28" }, Cancel);
            Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        }

        var html = await fresh.CreateClient().GetStringAsync("/report/freshness?asOf=2024-07-01", Cancel);

        Assert.Equal("2024年7月1日：空白栏目0个，不更新栏目0个，长期未更新栏目0个；单项否决：无。", Text(html, "p id=\"summary\""));
        Assert.Equal(["clear", "clear", "clear"], Vetoes(html).Select(v => v.Class));
        Assert.Equal("没有空白、未按时更新或长期未更新的栏目。", Text(html, "p id=\"none-at-risk\""));
        Assert.DoesNotContain("id=\"at-risk\"", html, StringComparison.Ordinal);
    }

    /// <summary>The text of the first element whose start tag begins with <paramref name="openTag"/> (tag name and attributes).</summary>
    private static string Text(string html, string openTag)
    {
        var tag = openTag.Split(' ')[0];
        var start = html.IndexOf($"<{openTag}", StringComparison.Ordinal);
        Assert.True(start >= 0, $"<{openTag} is not on the page.");
        var body = html.IndexOf('>', start) + 1;
        return Visible(html[body..html.IndexOf($"</{tag}>", body, StringComparison.Ordinal)]);
    }

    private static List<(string Code, string Class, string Line)> Vetoes(string html) =>
        [.. VetoLine().Matches(Between(html, "<ul id=\"vetoes\">", "</ul>")).Select(m => (m.Groups["code"].Value, m.Groups["class"].Value, Visible(m.Groups["text"].Value)))];

    private static Dictionary<string, List<string>> Rows(string html) =>
        Row().Matches(Between(html, "<tbody>", "</tbody>")).ToDictionary(m => m.Groups["id"].Value, m => Cells(m.Groups["cells"].Value, "td"));

    private static List<string> Cells(string html, string tag) =>
        [.. Regex.Matches(html, $"<{tag}[^>]*>(.*?)</{tag}>").Select(m => Visible(m.Groups[1].Value))];

    private static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"{start} is not on the page.");
        from += start.Length;
        return html[from..html.IndexOf(end, from, StringComparison.Ordinal)];
    }

    private static string Visible(string markup) => WebUtility.HtmlDecode(Tag().Replace(markup, "")).Trim();

    [GeneratedRegex("<li data-veto=\"(?<code>[^\"]+)\" class=\"(?<class>[^\"]+)\"[^>]*>(?<text>.*?)</li>")]
    private static partial Regex VetoLine();

    [GeneratedRegex("<tr data-column=\"(?<id>[^\"]+)\">(?<cells>.*?)</tr>")]
    private static partial Regex Row();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
