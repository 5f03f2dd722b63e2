using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Disclosure.WebApi.Tests;

public sealed class DueEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task GetDue_July15WithTheConfiguredLog_OfficeIsLateWithJunesRequestCatalog()
    {
        var json = await client.GetFromJsonAsync<JsonElement>("/due?asOf=2024-07-15", TestContext.Current.CancellationToken);

        Assert.Equal("2024-07-15", json.GetProperty("asOf").GetString());
        Assert.Equal(2, json.GetProperty("overdue").GetInt32());
        var office = json.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == "办公室");
        // Its own request-catalog, and the 各科室 column it shares with every section.
        Assert.Equal(["decision-implementation", "request-catalog"], office.GetProperty("overdue").EnumerateArray().Select(c => c.GetProperty("columnId").GetString()).Order(StringComparer.Ordinal));
        var late = office.GetProperty("overdue").EnumerateArray().Single(c => c.GetProperty("columnId").GetString() == "request-catalog");
        Assert.Equal("request-catalog", late.GetProperty("columnId").GetString());
        Assert.Equal(["2024-06"], late.GetProperty("periods").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("2024-07-01", late.GetProperty("dueOn").GetString());
        Assert.Equal(10, late.GetProperty("overdueWorkingDays").GetInt32());
        Assert.Contains("2024-07", office.GetProperty("due").EnumerateArray().Where(c => c.GetProperty("columnId").GetString() == "request-catalog")
            .SelectMany(c => c.GetProperty("periods").EnumerateArray().Select(p => p.GetString())));
    }

    [Theory]
    [InlineData("2024-12-31", null)]
    [InlineData("2025-03-01", 2024)]
    public async Task GetDue_PastThePlansYear_SaysWhichPlanYearEnded(string asOf, int? pastPlanYear)
    {
        var json = await client.GetFromJsonAsync<JsonElement>($"/due?asOf={asOf}", TestContext.Current.CancellationToken);

        var past = json.GetProperty("pastPlanYear");
        Assert.Equal(pastPlanYear, past.ValueKind == JsonValueKind.Null ? null : past.GetInt32());
    }

    [Fact]
    public async Task GetDue_NoAsOf_UsesTheInjectedClock()
    {
        var json = await client.GetFromJsonAsync<JsonElement>("/due", TestContext.Current.CancellationToken);

        Assert.Equal("2024-07-01", json.GetProperty("asOf").GetString());
    }

    [Theory]
    [InlineData("office", "办公室")]
    [InlineData("办公室", "办公室")]
    [InlineData("儿童福利科", "未成年人保护和儿童福利科")]
    public async Task GetDue_UnitByIdNameOrAlias_KeepsOnlyThatUnit(string unit, string name)
    {
        var json = await client.GetFromJsonAsync<JsonElement>($"/due?asOf=2024-07-15&unit={Uri.EscapeDataString(unit)}", TestContext.Current.CancellationToken);

        Assert.Equal([name], json.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unit").GetString()));
    }

    [Fact]
    public async Task GetDue_EveryUnit_HasARowWithEveryDutyItShares()
    {
        var json = await client.GetFromJsonAsync<JsonElement>("/due?asOf=2024-07-15", TestContext.Current.CancellationToken);
        var setup = factory.Services.GetRequiredService<Disclosure.WebApi.Bureaus.BureauDirectory>().Default.Setup;
        var report = new DueDateCalculator(setup.Calendar).Evaluate(setup.Catalog, setup.ConfiguredPublications, new LocalDate(2024, 7, 15));

        var rows = json.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(setup.OrgChart.Units.Select(u => u.Name), rows.Select(r => r.GetProperty("unit").GetString()));
        foreach (var unit in setup.OrgChart.Units)
        {
            // The same answer as `disclosure due --unit` and the reminders: DueReport.Involving.
            var expected = report.Involving(setup.OrgChart, unit.Id).Obligations
                .Where(o => o.Status != ObligationStatus.Satisfied)
                .Select(o => $"{o.Column.Id}/{o.Key}").Order(StringComparer.Ordinal);
            var row = rows.Single(r => r.GetProperty("unit").GetString() == unit.Name);
            var actual = new[] { "overdue", "due" }
                .SelectMany(kind => row.GetProperty(kind).EnumerateArray())
                .SelectMany(c => c.GetProperty("periods").EnumerateArray().Select(p => $"{c.GetProperty("columnId").GetString()}/{p.GetString()}"))
                .Order(StringComparer.Ordinal);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public async Task GetDue_SocialAssistance_SeesTheDutiesItSharesWithEverySection()
    {
        var json = await client.GetFromJsonAsync<JsonElement>("/due?asOf=2024-07-15&unit=social-assistance", TestContext.Current.CancellationToken);

        var row = Assert.Single(json.GetProperty("units").EnumerateArray());
        var responsible = new[] { "overdue", "due" }.SelectMany(k => row.GetProperty(k).EnumerateArray()).Select(c => c.GetProperty("responsible").GetString()).ToHashSet();
        // Its own columns (社会救助科) are timely and owe nothing without an event; what it owes on the day it shares.
        Assert.Equal(["各相关科室", "各科室"], responsible.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/due?asOf=15.07.2024", "asOf")]
    [InlineData("/due?asOf=2031-01-06", "asOf")]
    [InlineData("/due?asOf=2024-07-15&unit=finance", "unit")]
    public async Task GetDue_BadInput_Returns400NamingTheParameter(string url, string parameter)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal([parameter], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }
}
