using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Disclosure.WebApi.Tests;

public sealed class CalendarEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task GetYear_2024_ListsEveryDayWithNationalDayAndAdjustedWorkdays()
    {
        var json = await client.GetFromJsonAsync<JsonElement>("/calendar/2024", TestContext.Current.CancellationToken);

        Assert.Equal(2024, json.GetProperty("year").GetInt32());
        Assert.Equal("2023-10-25", json.GetProperty("issuedOn").GetString());
        var days = json.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(366, days.Count);
        var nationalDay = days.Single(d => d.GetProperty("date").GetString() == "2024-10-01");
        Assert.Equal("statutoryHoliday", nationalDay.GetProperty("kind").GetString());
        Assert.Equal("国庆节", nationalDay.GetProperty("festivalName").GetString());
        Assert.False(nationalDay.GetProperty("isWorkingDay").GetBoolean());
        var sunday = days.Single(d => d.GetProperty("date").GetString() == "2024-09-29");
        Assert.Equal("adjustedWorkday", sunday.GetProperty("kind").GetString());
        Assert.True(sunday.GetProperty("isWorkingDay").GetBoolean());
        Assert.Equal(days.Count(d => d.GetProperty("isWorkingDay").GetBoolean()), json.GetProperty("workingDays").GetInt32());
        Assert.Equal(251, json.GetProperty("workingDays").GetInt32());
    }

    [Theory]
    [InlineData("20x4")]
    [InlineData("1492")]
    [InlineData("2031")]
    public async Task GetYear_BadOrUncoveredYear_Returns400NamingYear(string year)
    {
        var response = await client.GetAsync($"/calendar/{year}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty("year", out var errors));
        Assert.Contains(year.TrimStart('0'), errors[0].GetString(), StringComparison.Ordinal);
    }
}
