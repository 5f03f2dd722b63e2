using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using NodaTime;
using static Disclosure.WebApi.Tests.Workbench.WorkbenchClient;

namespace Disclosure.WebApi.Tests.Workbench;

/// <summary><c>/units/{id}/agenda.ics</c>: a calendar app subscribes with the feed token in the address.</summary>
public sealed partial class AgendaFeedTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task AgendaFeed_FetchedTwice_ParsesAsTheUnitsAgendaWithStableUids()
    {
        using var head = await factory.UserAsync("feed.head", "office");
        var feed = await (await head.PostAsync("/api/feeds/agenda", null, Cancel)).Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var url = feed.GetProperty("url").GetString()!;
        Assert.StartsWith("/units/office/agenda.ics?token=", url, StringComparison.Ordinal);
        var calendarApp = factory.CreateClient();

        var first = Ical.Net.Calendar.Load(await calendarApp.GetStringAsync(url, Cancel))!;
        factory.Clock.Advance(Duration.FromMinutes(30));
        var second = Ical.Net.Calendar.Load(await calendarApp.GetStringAsync(url, Cancel))!;

        // The same items as the JSON agenda of the feed's window: 31 days back, a year ahead (2024-07-01 is today).
        var agenda = (await head.JsonAsync("/agenda?unit=office&from=2024-05-31&to=2025-07-01&asOf=2024-07-01")).GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(agenda);
        Assert.Equal(agenda.Count, first.Events.Count);
        Assert.Equal(agenda.Select(i => i.GetProperty("due").GetString()).Order(), first.Events.Select(e => e.DtStart!.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Order());
        var uids = first.Events.Select(e => e.Uid).ToList();
        Assert.Equal(uids.Count, uids.Distinct().Count());
        Assert.Equal(uids, second.Events.Select(e => e.Uid));
        Assert.NotEqual(first.Events.First().DtStamp!.AsUtc, second.Events.First().DtStamp!.AsUtc);
        Assert.All(first.Events, e => Assert.False(e.DtStart!.HasTime));
        Assert.Equal("办公室 应办事项", first.Properties["X-WR-CALNAME"]?.Value);

        // The quarterly key tasks are due on Monday 2024-09-30; three working days before it, across the National Day
        // block's make-up working day on Sunday 2024-09-29 (国办发明电〔2023〕7号), is Thursday 2024-09-26, 09:00 in Shanghai.
        var keyTasks = Assert.Single(first.Events, e => e.Uid == "agenda.office.RecurringObligation.key-tasks-publication.20240930@disclosure-domain");
        Assert.StartsWith("应完成：", keyTasks.Summary, StringComparison.Ordinal);
        Assert.Equal(new DateTime(2024, 9, 26, 1, 0, 0, DateTimeKind.Utc), Assert.Single(keyTasks.Alarms).Trigger!.DateTime!.AsUtc);

        var english = Ical.Net.Calendar.Load(await calendarApp.GetStringAsync(url + "&lang=en", Cancel))!;
        Assert.Equal("办公室 agenda", english.Properties["X-WR-CALNAME"]?.Value);
        Assert.StartsWith("Due: ", english.Events.Single(e => e.Uid == keyTasks.Uid).Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgendaFeed_BadRevokedOrDisabledToken_Is401_UnknownUnit_Is404()
    {
        using var clerk = await factory.UserAsync("feed.clerk", "social-assistance");
        var calendarApp = factory.CreateClient();
        async Task<string> Token() => (await (await clerk.PostAsync("/api/feeds/agenda", null, Cancel)).Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("token").GetString()!;
        async Task<HttpStatusCode> Fetch(string address) => (await calendarApp.GetAsync(address, Cancel)).StatusCode;
        var token = await Token();

        Assert.Equal(HttpStatusCode.OK, await Fetch($"/units/social-assistance/agenda.ics?token={token}"));
        Assert.Equal(HttpStatusCode.OK, await Fetch($"/units/{Uri.EscapeDataString("社会救助科")}/agenda.ics?token={token}"));
        Assert.Equal(HttpStatusCode.NotFound, await Fetch($"/units/finance/agenda.ics?token={token}"));
        Assert.Equal(HttpStatusCode.Unauthorized, await Fetch("/units/social-assistance/agenda.ics"));
        Assert.Equal(HttpStatusCode.Unauthorized, await Fetch($"/units/finance/agenda.ics?token={token[..^1]}x"));
        // Neither the bearer session token nor the password opens the feed.
        Assert.Equal(HttpStatusCode.Unauthorized, await Fetch($"/units/social-assistance/agenda.ics?token={Uri.EscapeDataString(clerk.DefaultRequestHeaders.Authorization!.Parameter!)}"));
        Assert.Equal(HttpStatusCode.Unauthorized, await Fetch("/units/social-assistance/agenda.ics?token=feed.clerk-password"));

        var renewed = await Token();
        Assert.Equal(HttpStatusCode.Unauthorized, await Fetch($"/units/social-assistance/agenda.ics?token={token}"));
        Assert.Equal(HttpStatusCode.OK, await Fetch($"/units/social-assistance/agenda.ics?token={renewed}"));

        Assert.Equal(HttpStatusCode.NoContent, (await clerk.DeleteAsync("/api/feeds/agenda", Cancel)).StatusCode);
        var revoked = await calendarApp.GetAsync($"/units/social-assistance/agenda.ics?token={renewed}", Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Contains("订阅令牌无效", await revoked.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        var last = await Token();
        using var admin = await factory.AdminAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/users/feed.clerk/disable", null, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await Fetch($"/units/social-assistance/agenda.ics?token={last}"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await clerk.PostAsync("/api/feeds/agenda", null, Cancel)).StatusCode);
    }

    [Fact]
    public async Task FeedPage_IssuesAnAddressOnce_ThatACalendarFetches_RevokeStopsIt()
    {
        using var _ = await factory.UserAsync("feed.page", "social-assistance");
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await browser.PostAsync("/signin", await Form(browser, "/signin", ("user", "feed.page"), ("password", "feed.page-password"), ("returnUrl", "/feed")), Cancel);
        var before = await browser.GetStringAsync("/feed", Cancel);
        Assert.DoesNotContain("agenda.ics", before, StringComparison.Ordinal);

        var issued = WebUtility.HtmlDecode(await (await browser.PostAsync("/feed", await Form(browser, "/feed"), Cancel)).Content.ReadAsStringAsync(Cancel));

        // The user's own unit first; the address is absolute, for a calendar app.
        var first = FeedAddress().Match(issued);
        Assert.True(first.Success, issued);
        Assert.Equal("social-assistance", first.Groups["unit"].Value);
        var calendarApp = factory.CreateClient();
        var feed = Ical.Net.Calendar.Load(await calendarApp.GetStringAsync(new Uri(first.Groups["url"].Value).PathAndQuery, Cancel))!;
        Assert.Equal("社会救助科 应办事项", feed.Properties["X-WR-CALNAME"]?.Value);
        Assert.DoesNotContain(first.Groups["url"].Value, await browser.GetStringAsync("/feed", Cancel), StringComparison.Ordinal);

        var revoked = await browser.PostAsync("/feed/revoke", await Form(browser, "/feed"), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await calendarApp.GetAsync(new Uri(first.Groups["url"].Value).PathAndQuery, Cancel)).StatusCode);
    }

    private static async Task<FormUrlEncodedContent> Form(HttpClient browser, string page, params (string Name, string Value)[] fields)
    {
        var token = TokenField().Match(await browser.GetStringAsync(page, Cancel));
        Assert.True(token.Success, $"no antiforgery field on {page}");
        return new FormUrlEncodedContent([new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("<li data-unit=\"(?<unit>[^\"]+)\"><span>[^<]+</span> <code>(?<url>[^<]+)</code></li>")]
    private static partial Regex FeedAddress();
}
