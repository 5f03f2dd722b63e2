using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Disclosure.WebApi.Pages;
using Microsoft.AspNetCore.Mvc.Testing;
using static Disclosure.WebApi.Tests.Workbench.WorkbenchClient;

namespace Disclosure.WebApi.Tests.Workbench;

/// <summary>The request and activity pages over HTTP with a signed-in cookie: who may extend, what the pages count.</summary>
public sealed partial class RequestPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public void PageText_EveryStatusApplicantOutcomeGroundAndParty_HasAChineseText()
    {
        Assert.Equal(Enum.GetNames<Domain.Requests.RequestStatus>().Order(), PageText.RequestStatuses.Keys.Order());
        Assert.Equal(Enum.GetNames<Domain.Requests.ApplicantCategory>().Order(), PageText.Applicants.Keys.Order());
        Assert.Equal(Enum.GetNames<Domain.Requests.AnswerOutcome>().Order(), PageText.Outcomes.Keys.Order());
        Assert.Equal(Enum.GetNames<Domain.Requests.AnswerGround>().Order(), PageText.Grounds.Keys.Order());
        Assert.Equal(Enum.GetNames<Domain.Requests.ConsultationParty>().Order(), PageText.Parties.Keys.Order());
        // The grounds are the template's sub-rows, with its wording (国办公开办函〔2021〕30号, as the library's table has it).
        foreach (var ground in Enum.GetValues<Domain.Requests.AnswerGround>())
        {
            Assert.Contains(Domain.Reports.ReportTable.Requests.Rows, r => r.Label == PageText.Grounds[ground.ToString()] && r.Path[^1] == PageText.Outcomes[Domain.Requests.AnswerGrounds.Outcome(ground).ToString()]);
        }
    }

    [Fact]
    public async Task Extension_OnThePage_RefusedToAClerk_AcceptedFromTheOfficeHead()
    {
        using var admin = await factory.AdminAsync();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/users", new { id = "clerk.page", displayName = "钱七", unit = "office", password = "clerk.page-password" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/users", new { id = DisclosureSetup.DefaultOfficeHead, displayName = "孙主任", unit = "office", password = "office-head-password" }, Cancel)).StatusCode);
        var clerk = await BrowserAsync("clerk.page", "clerk.page-password");
        var register = await clerk.GetStringAsync("/register", Cancel);
        var registered = await clerk.PostAsync("/register", Form(register, ("id", "2024-201"), ("channel", "in-person"), ("submittedOn", "2024-06-03"), ("confirmedOn", ""), ("applicant", "NaturalPerson"), ("unit", "office")), Cancel);
        Assert.True(registered.StatusCode == HttpStatusCode.Redirect, $"{(int)registered.StatusCode} {await registered.Content.ReadAsStringAsync(Cancel)}");

        var page = await clerk.GetStringAsync("/register/2024-201", Cancel);
        Assert.DoesNotContain("id=\"extension-approved\"", page, StringComparison.Ordinal);
        // 20 working days after Monday 2024-06-03: 端午节 (2024-06-10) does not count.
        Assert.Contains("<dd id=\"due\">2024-07-02</dd>", page, StringComparison.Ordinal);
        // A clerk posting the extension form anyway is refused by identity; nothing is stored.
        var refused = await clerk.PostAsync("/register/2024-201", Form(page, ("type", "extension-approved"), ("expectedVersion", "1"), ("on", "2024-06-20"), ("workingDays", "20")), Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, PageText.OfficeHeadsOnly, "clerk.page"), WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);
        Assert.Equal(1, (await admin.JsonAsync("/api/requests/2024-201")).GetProperty("version").GetInt32());

        var head = await BrowserAsync(DisclosureSetup.DefaultOfficeHead, "office-head-password");
        var headPage = await head.GetStringAsync("/register/2024-201", Cancel);
        Assert.Contains("id=\"extension-approved\"", headPage, StringComparison.Ordinal);
        var extended = await head.PostAsync("/register/2024-201", Form(headPage, ("type", "extension-approved"), ("expectedVersion", "1"), ("on", "2024-06-20"), ("workingDays", "20")), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, extended.StatusCode);
        var after = await admin.JsonAsync("/api/requests/2024-201?asOf=2024-06-21");
        // 20 more working days after 2024-07-02.
        Assert.Equal("2024-07-30", after.GetProperty("dueOn").GetString());
        Assert.Empty(after.GetProperty("findings").EnumerateArray());
        var shown = WebUtility.HtmlDecode(await head.GetStringAsync("/register/2024-201?asOf=2024-06-21", Cancel));
        Assert.Contains("<dd id=\"due\">2024-07-30</dd>", shown, StringComparison.Ordinal);
        // The ledger's note of the day is the library's Chinese description of the event, naming the signed-in head.
        var approval = new Domain.Requests.ExtensionApproved(new NodaTime.LocalDate(2024, 6, 20), 20, Domain.Responsibilities.PersonId.Parse(DisclosureSetup.DefaultOfficeHead));
        Assert.Contains(approval.GetDescription(PageText.Culture), shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActivityPage_RecordsATraining_TheObligationIsMet()
    {
        using var _ = await factory.UserAsync("clerk.training", "office");
        var clerk = await BrowserAsync("clerk.training", "clerk.training-password");
        var page = await clerk.GetStringAsync("/activities", Cancel);
        Assert.Matches(TrainingRow("0 / 1"), page);

        var future = await clerk.PostAsync("/activities", Form(page, ("activity", "disclosure-training"), ("date", "2024-07-05"), ("unit", "office")), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        var recorded = await clerk.PostAsync("/activities", Form(page, ("activity", "disclosure-training"), ("date", "2024-05-16"), ("unit", "office")), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);

        Assert.Matches(TrainingRow("1 / 1"), await clerk.GetStringAsync("/activities", Cancel));
    }

    private async Task<HttpClient> BrowserAsync(string user, string password)
    {
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var signIn = await browser.GetStringAsync("/signin", Cancel);
        var response = await browser.PostAsync("/signin", Form(signIn, ("user", user), ("password", password)), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    private static FormUrlEncodedContent Form(string html, params (string Name, string Value)[] fields)
    {
        var token = TokenField().Match(html);
        Assert.True(token.Success, "no antiforgery field");
        return new FormUrlEncodedContent([new(token.Groups[1].Value, WebUtility.HtmlDecode(token.Groups[2].Value)), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
    }

    private static Regex TrainingRow(string count) => new($"<tr data-obligation=\"disclosure-training\">(?:(?!</tr>).)*<td class=\"count\">{Regex.Escape(count)}</td>");

    [GeneratedRegex("<input type=\"hidden\" name=\"(__RequestVerificationToken)\" value=\"([^\"]+)\">")]
    private static partial Regex TokenField();
}
