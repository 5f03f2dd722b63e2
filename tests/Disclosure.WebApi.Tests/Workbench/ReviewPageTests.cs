using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using static Disclosure.WebApi.Tests.Workbench.WorkbenchClient;

namespace Disclosure.WebApi.Tests.Workbench;

/// <summary>The review page: the signed-in person's step, and the policy's refusal in Chinese.</summary>
public sealed partial class ReviewPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task ReviewPage_AccountWithoutTheLevelsRole_SeesTheRefusalInChinese_NothingStored()
    {
        using var author = await factory.UserAsync("author.page", "office");
        using var _ = await factory.UserAsync("viewer.page", "office", "confidentiality-reviewer");
        await author.PostAsJsonAsync("/api/reviews/page-case/items", new { item = "n1", text = "公告正文" }, Cancel);
        await author.PostAsJsonAsync("/api/reviews/page-case/items/n1/submit", new { }, Cancel);
        var before = (await author.JsonAsync("/api/reviews/page-case")).GetProperty("version").GetInt32();

        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var signIn = await browser.GetStringAsync("/signin", Cancel);
        await browser.PostAsync("/signin", Form(signIn, ("user", "viewer.page"), ("password", "viewer.page-password")), Cancel);
        var page = await browser.GetStringAsync("/review/page-case", Cancel);
        Assert.Contains("审核中", page, StringComparison.Ordinal);

        // The page's own button for the next step (level 1), pressed by someone without 信息发布同志's role.
        var form = ApproveForm().Match(page);
        Assert.True(form.Success, "no approve form on the page");
        var refused = await browser.PostAsync("/review/page-case", Form(form.Value, ("step", "approve"), ("item", "n1"), ("level", "1"), ("version", "1"), ("expectedVersion", before.ToString(System.Globalization.CultureInfo.InvariantCulture))), Cancel);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Cancel));
        Assert.Contains("REVIEW006 viewer.page@office 不具备对事项“n1”第1级审核批准所需的角色：information-publisher (信息发布同志)。", html, StringComparison.Ordinal);
        Assert.Equal(before, (await author.JsonAsync("/api/reviews/page-case")).GetProperty("version").GetInt32());
    }

    private static FormUrlEncodedContent Form(string html, params (string Name, string Value)[] fields)
    {
        var token = TokenField().Match(html);
        Assert.True(token.Success, "no antiforgery field");
        return new FormUrlEncodedContent([new(token.Groups[1].Value, WebUtility.HtmlDecode(token.Groups[2].Value)), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(__RequestVerificationToken)\" value=\"([^\"]+)\">")]
    private static partial Regex TokenField();

    [GeneratedRegex("<form method=\"post\" action=\"/review/page-case\" id=\"approve-n1\">.*?</form>")]
    private static partial Regex ApproveForm();
}
