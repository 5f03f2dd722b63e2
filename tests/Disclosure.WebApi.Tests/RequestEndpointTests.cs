using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Disclosure.WebApi.Tests;

public sealed class RequestEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task GetDeadline_InPersonOnJune3_IsDueJuly2AfterDragonBoat()
    {
        var json = await client.GetFromJsonAsync<JsonElement>("/requests/deadline?received=2024-06-03&asOf=2024-07-01", TestContext.Current.CancellationToken);

        Assert.Equal("2024-07-02", json.GetProperty("dueOn").GetString());
        Assert.Equal("open", json.GetProperty("status").GetString());
        Assert.Equal(1, json.GetProperty("workingDaysRemaining").GetInt32());
        Assert.False(json.TryGetProperty("ledger", out var entries) && entries.ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public async Task GetDeadline_NoAsOf_UsesTheInjectedClocksDayInShanghai()
    {
        var json = await client.GetFromJsonAsync<JsonElement>("/requests/deadline?received=2024-06-03&ledger=true", TestContext.Current.CancellationToken);

        Assert.Equal("2024-07-01", json.GetProperty("asOf").GetString());
        Assert.True(json.GetProperty("ledger").GetArrayLength() > 20);
    }

    [Fact]
    public async Task GetDeadline_ExtensionAndAnswer_AnsweredOnTimeWithinTheExtension()
    {
        var json = await client.GetFromJsonAsync<JsonElement>(
            "/requests/deadline?received=2024-06-03&extension=20&extensionApproved=2024-06-28&answered=2024-07-15&asOf=2024-07-20",
            TestContext.Current.CancellationToken);

        Assert.Equal("answeredOnTime", json.GetProperty("status").GetString());
        Assert.Equal(20, json.GetProperty("extensionWorkingDays").GetInt32());
        Assert.Equal("2024-07-02", json.GetProperty("originalDueOn").GetString());
    }

    [Fact]
    public async Task GetDeadline_ExtensionByANonHead_IsAFindingAndDoesNotExtend()
    {
        // The office heads are the default disclosure-office-head; zhang.san cannot extend (第三十三条). 2024-06-03 + 20 = 07-02.
        var json = await client.GetFromJsonAsync<JsonElement>(
            "/requests/deadline?received=2024-06-03&extension=20&extensionApproved=2024-06-28&approver=zhang.san&asOf=2024-07-01",
            TestContext.Current.CancellationToken);

        Assert.Equal("2024-07-02", json.GetProperty("dueOn").GetString());
        Assert.Equal(0, json.GetProperty("extensionWorkingDays").GetInt32());
        Assert.Equal(0, json.GetProperty("violations").GetArrayLength());
        Assert.Equal("extension-approver-not-office-head", json.GetProperty("findings")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task GetDeadline_OrdinaryPostConfirmedLate_DueFromTheConfirmationWithAFinding()
    {
        // Arrived 2025-10-09, confirmed 10-10: due 2025-11-06 (20 working days after 10-10; 10-11 is a 调休 working Saturday).
        var json = await client.GetFromJsonAsync<JsonElement>(
            "/requests/deadline?received=2025-10-09&channel=post&confirmed=2025-10-10&asOf=2025-10-20", TestContext.Current.CancellationToken);

        Assert.Equal("2025-11-06", json.GetProperty("dueOn").GetString());
        Assert.Equal("open", json.GetProperty("status").GetString());
        Assert.Equal("ordinary-post-not-confirmed-same-day", json.GetProperty("findings")[0].GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("/requests/deadline?received=2024-13-01", "received")]
    [InlineData("/requests/deadline", "received")]
    [InlineData("/requests/deadline?received=2024-06-03&channel=pigeon", "channel")]
    [InlineData("/requests/deadline?received=2024-06-03&asOf=yesterday", "asOf")]
    [InlineData("/requests/deadline?received=2024-06-03&asOf=2024-06-01", "asOf")]
    [InlineData("/requests/deadline?received=2024-06-03&unit=Social%20Assistance", "unit")]
    [InlineData("/requests/deadline?received=2024-06-03&extension=10", "extensionApproved")]
    [InlineData("/requests/deadline?received=2025-09-25&consultation=2025-10-10:2025-10-01", "consultation")]
    [InlineData("/requests?asOf=2024-02-30", "asOf")]
    public async Task BadInput_Returns400NamingTheParameter(string url, string parameter)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var errors = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name);
        Assert.Equal([parameter], errors);
    }

    [Fact]
    public async Task GetRequests_July1_ShowsTheOverdueOpenAndAnsweredRequestsOfTheRegister()
    {
        var json = await client.GetFromJsonAsync<JsonElement>("/requests?asOf=2024-07-01", TestContext.Current.CancellationToken);

        var rows = json.GetProperty("requests").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.Equal(4, rows.Count);
        Assert.True(rows["2024-011"].GetProperty("isOverdue").GetBoolean());
        Assert.Equal("社会救助科", rows["2024-011"].GetProperty("unitName").GetString());
        Assert.Equal("open", rows["2024-014"].GetProperty("status").GetString());
        Assert.Equal("2024-07-02", rows["2024-014"].GetProperty("dueOn").GetString());
        Assert.True(rows["2024-015"].GetProperty("isClosed").GetBoolean());
    }
}
