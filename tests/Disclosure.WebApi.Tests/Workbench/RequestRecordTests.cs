using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Disclosure.Domain.Histories;
using Disclosure.Domain.Requests;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using static Disclosure.WebApi.Tests.Workbench.WorkbenchClient;

namespace Disclosure.WebApi.Tests.Workbench;

/// <summary>An information request recorded through the API, stored as the library's request history.</summary>
public sealed class RequestRecordTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Request_ReceiptCorrectionAnswer_LedgerAndExportInTheLibrarysFormat()
    {
        using var clerk = await factory.UserAsync("clerk.req", "social-assistance");
        var received = await clerk.PostAsJsonAsync("/api/requests", new { id = "2024-101", channel = "online", submittedOn = "2024-06-03", confirmedOn = "2024-06-04", unit = "social-assistance" }, Cancel);
        Assert.Equal(HttpStatusCode.Created, received.StatusCode);
        await Event(new { type = "correction-requested", on = "2024-06-05", correctBy = "2024-06-20" });
        await Event(new { type = "correction-received", on = "2024-06-12" });
        var open = await clerk.JsonAsync("/api/requests/2024-101?asOf=2024-06-20");

        // The same events through the library directly: the stored request gives the same due date.
        var setup = factory.Services.GetRequiredService<Disclosure.WebApi.Bureaus.BureauDirectory>().Default.Setup;
        var calculator = new RequestDeadlineCalculator(setup.Calendar, setup.Office);
        var direct = InformationRequest.Receive(RequestReceived.Online(new LocalDate(2024, 6, 3), new LocalDate(2024, 6, 4)))
            .Record(new CorrectionRequested(new LocalDate(2024, 6, 5), new LocalDate(2024, 6, 20)))
            .Record(new CorrectionReceived(new LocalDate(2024, 6, 12)));
        var expected = calculator.Evaluate(direct, new LocalDate(2024, 6, 20));
        Assert.Equal(Disclosure.WebApi.Endpoints.CalendarEndpoints.Iso(expected.DueOn!.Value), open.GetProperty("dueOn").GetString());
        Assert.Equal(3, open.GetProperty("version").GetInt32());
        Assert.NotEqual(JsonValueKind.Undefined, open.GetProperty("ledger").ValueKind);

        var answered = await Event(new { type = "answered", on = "2024-07-01", outcome = "Disclosed" });
        var answeredDirect = direct.Record(new RequestAnswered(new LocalDate(2024, 7, 1)));
        Assert.Equal(calculator.Evaluate(answeredDirect, ApiFactory.Start.InUtc().Date).Status.ToString(), answered.GetProperty("status").GetString());

        var export = await (await clerk.GetAsync("/api/requests/2024-101/history", Cancel)).Content.ReadAsByteArrayAsync(Cancel);
        var read = RequestHistory.Read(export, "export.json");
        Assert.Equal(4, read.Value.Events.Length);
        Assert.True(read.Value.Replay().IsAccepted);

        async Task<JsonElement> Event(object body)
        {
            var response = await clerk.PostAsJsonAsync("/api/requests/2024-101/events", body, Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancel)}");
            return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        }
    }

    [Fact]
    public async Task Request_ExtensionApprovedByAClerk_TheFindingNamesTheSignedInApprover()
    {
        using var clerk = await factory.UserAsync("clerk.ext", "office");
        await clerk.PostAsJsonAsync("/api/requests", new { id = "2024-102", channel = "in-person", submittedOn = "2024-06-03" }, Cancel);

        var response = await clerk.PostAsJsonAsync("/api/requests/2024-102/events", new { type = "extension-approved", on = "2024-06-20", workingDays = 20, approver = "office-head" }, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var findings = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("findings").EnumerateArray().Select(f => f.GetString()!).ToList();
        Assert.Contains(findings, f => f.Contains("clerk.ext", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Request_RegisteredTwice_Is409_UnknownIs404()
    {
        using var clerk = await factory.UserAsync("clerk.dup", "office");
        await clerk.PostAsJsonAsync("/api/requests", new { id = "2024-103", channel = "in-person", submittedOn = "2024-06-03" }, Cancel);

        Assert.Equal(HttpStatusCode.Conflict, (await clerk.PostAsJsonAsync("/api/requests", new { id = "2024-103", channel = "in-person", submittedOn = "2024-06-04" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync("/api/requests/2024-999", Cancel)).StatusCode);
    }
}
