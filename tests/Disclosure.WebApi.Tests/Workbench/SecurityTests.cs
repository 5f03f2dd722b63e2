using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using static Disclosure.WebApi.Tests.Workbench.WorkbenchClient;

namespace Disclosure.WebApi.Tests.Workbench;

/// <summary>Who may do what: unauthenticated and disabled callers, roles, forged forms, big bodies, password guessing.</summary>
public sealed partial class SecurityTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task RecordPublication_NoTokenOrAForgedOne_Is401()
    {
        var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var forged = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "CfDJ8not-a-token");

        foreach (var client in new[] { anonymous, forged })
        {
            var response = await client.PostAsJsonAsync("/api/publications", new { column = "request-catalog", on = "2024-06-28" }, Cancel);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Fact]
    public async Task CreateUser_NotAnAdministrator_Is403()
    {
        using var clerk = await factory.UserAsync("clerk.403", "office");

        var response = await clerk.PostAsJsonAsync("/api/users", new { id = "mallory", displayName = "M", unit = "office", password = "mallory-password" }, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task RecordPublication_BodyNamesAnotherRecorder_TheSignedInUserIsRecorded()
    {
        using var clerk = await factory.UserAsync("clerk.body", "office");

        var response = await clerk.PostAsJsonAsync("/api/publications", new { column = "request-catalog", on = "2024-06-28", recordedBy = "admin" }, Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("clerk.body", (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Cancel)).GetProperty("recordedBy").GetString());
    }

    [Fact]
    public async Task DisableUser_ItsTokenAndItsPassword_StopWorking()
    {
        using var clerk = await factory.UserAsync("clerk.gone", "office");
        using var admin = await factory.AdminAsync();

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/users/clerk.gone/disable", null, Cancel)).StatusCode);

        var write = await clerk.PostAsJsonAsync("/api/publications", new { column = "request-catalog", on = "2024-06-28" }, Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
        var signIn = await factory.CreateClient().PostAsJsonAsync("/api/session", new { user = "clerk.gone", password = "clerk.gone-password" }, Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
    }

    [Fact]
    public async Task AnyRequest_BodyOver64KiB_Is413()
    {
        using var admin = await factory.AdminAsync();
        var body = new ByteArrayContent(new byte[65 * 1024]);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await admin.PostAsync("/api/publications", body, Cancel);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        using var _ = await factory.UserAsync("clerk.locked", "office");
        var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/session", new { user = "clerk.locked", password = $"guess-{i}-wrong" }, Cancel)).StatusCode);
        }

        var right = await client.PostAsJsonAsync("/api/session", new { user = "clerk.locked", password = "clerk.locked-password" }, Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("账号已锁定", (await right.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Cancel)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_MoreAttemptsPerMinuteThanAllowed_Is429()
    {
        await using var throttled = new ApiFactory { SignInPerMinute = 3 };
        var client = throttled.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/session", new { user = "nobody", password = "whatever-1234" }, Cancel)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task RecordPage_PostWithoutTheAntiforgeryToken_IsRefused_WithIt_RecordsAsTheSignedInUser()
    {
        using var _ = await factory.UserAsync("clerk.form", "office");
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var signInPage = await browser.GetStringAsync("/signin", Cancel);
        var signedIn = await browser.PostAsync("/signin", Form(signInPage, ("user", "clerk.form"), ("password", "clerk.form-password"), ("returnUrl", "/record")), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var recordPage = await browser.GetStringAsync("/record", Cancel);

        var forged = await browser.PostAsync("/record", new FormUrlEncodedContent([new("column", "request-catalog"), new("on", "2024-06-28")]), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var real = await browser.PostAsync("/record", Form(recordPage, ("column", "emergency-plans"), ("on", "2024-06-27")), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, real.StatusCode);
        using var admin = await factory.AdminAsync();
        var events = (await admin.JsonAsync("/api/publications/history")).GetProperty("events").EnumerateArray().ToList();
        Assert.Single(events, e => e.GetProperty("recordedBy").GetString() == "clerk.form" && e.GetProperty("json").GetString()!.Contains("2024-06-27", StringComparison.Ordinal));
    }

    /// <summary>A form post with the page's antiforgery token.</summary>
    private static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields)
    {
        var token = TokenField().Match(page);
        Assert.True(token.Success, "the page has no antiforgery field");
        return new FormUrlEncodedContent([new(token.Groups[1].Value, WebUtility.HtmlDecode(token.Groups[2].Value)), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(__RequestVerificationToken)\" value=\"([^\"]+)\">")]
    private static partial Regex TokenField();
}
