using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Disclosure.WebApi.Tests.Workbench;

/// <summary>What the workbench tests do over HTTP: sign in for a token, create accounts, record.</summary>
internal static class WorkbenchClient
{
    internal static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Signs in through <c>POST /api/session</c> and answers a client that sends the bearer token.</summary>
    internal static async Task<HttpClient> SignInAsync(this ApiFactory factory, string user, string password)
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/session", new { user, password }, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    internal static Task<HttpClient> AdminAsync(this ApiFactory factory) => factory.SignInAsync(ApiFactory.AdminUser, ApiFactory.AdminPassword);

    /// <summary>Creates an account as the administrator and signs it in.</summary>
    internal static async Task<HttpClient> UserAsync(this ApiFactory factory, string id, string unit, params string[] roles)
    {
        using var admin = await factory.AdminAsync();
        var created = await admin.PostAsJsonAsync("/api/users", new { id, displayName = $"用户{id}", unit, roles, password = $"{id}-password" }, Cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return await factory.SignInAsync(id, $"{id}-password");
    }

    internal static async Task<JsonElement> JsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Cancel);
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancel)}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }

    /// <summary>The overdue column ids of a unit on a day, from <c>GET /due</c>.</summary>
    internal static async Task<List<string>> OverdueAsync(this HttpClient client, string asOf, string unit) =>
        [.. (await client.JsonAsync($"/due?asOf={asOf}&unit={unit}")).GetProperty("units")[0].GetProperty("overdue").EnumerateArray().Select(c => c.GetProperty("columnId").GetString()!)];
}
