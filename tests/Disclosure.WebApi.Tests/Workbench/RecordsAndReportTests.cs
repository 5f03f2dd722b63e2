using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Disclosure.Domain.Histories;
using Disclosure.Domain.Office.Reports;
using Disclosure.Domain.Reports;
using Microsoft.Data.Sqlite;
using static Disclosure.WebApi.Tests.Workbench.WorkbenchClient;

namespace Disclosure.WebApi.Tests.Workbench;

/// <summary>
/// Requests with the annual report's fields, activities and the annual report, recorded through the API on a real SQLite
/// file and read back by a second host on it (a restart).
/// </summary>
public sealed class RecordsAndReportTests
{
    [Fact]
    public async Task Requests_ApplicantsAndGrounds_AreCountedInTheAnnualReport_AfterARestart()
    {
        var path = Path.Combine(Path.GetTempPath(), $"workbench-report-{Guid.NewGuid():N}.db");
        try
        {
            await using (var first = new ApiFactory { DatabasePath = path, KeepDatabase = true })
            {
                using var clerk = await first.UserAsync("clerk.report", "office");
                await Register(clerk, "2024-001", "NaturalPerson", "2024-03-04");
                await Event(clerk, "2024-001", new { type = "answered", on = "2024-03-20", outcome = "Disclosed" });
                await Register(clerk, "2024-002", "CommercialEnterprise", "2024-04-08");
                await Event(clerk, "2024-002", new { type = "answered", on = "2024-04-25", outcome = "NotDisclosed", ground = "StateSecret" });
                await Register(clerk, "2024-003", "NaturalPerson", "2024-06-17");
                await Register(clerk, "2024-004", "LegalServiceProvider", "2024-05-06");
                await Event(clerk, "2024-004", new { type = "withdrawn", on = "2024-05-10" });
                // A ground of another outcome's row is refused before anything is stored.
                var wrong = await clerk.PostAsJsonAsync("/api/requests/2024-003/events", new { type = "answered", on = "2024-06-20", outcome = "NotDisclosed", ground = "NotHeld" }, Cancel);
                Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
                Assert.Contains("ground", await wrong.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

                // The registers of 二 and 四 in the library's formats; a register that does not follow its format is refused.
                Assert.Equal(HttpStatusCode.BadRequest, (await Put(clerk, "proactive", """{"format": "disclosure-proactive-register/1", "documents": [{"id": "x", "kind": "decree", "title": "x", "issued": "2024-01-01"}]}""")).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await Put(clerk, "proactive", """
                    {"format": "disclosure-proactive-register/1",
                     "documents": [{"id": "宣民〔2023〕5号", "kind": "normative-document", "title": "甲", "issued": "2023-03-01"},
                                   {"id": "宣民〔2024〕2号", "kind": "normative-document", "title": "乙", "issued": "2024-02-01"},
                                   {"id": "宣民〔2022〕9号", "kind": "normative-document", "title": "丙", "issued": "2022-05-01", "repealed": "2024-09-30"}],
                     "decisions": [{"kind": "licensing", "year": 2024, "count": 12}, {"kind": "penalty", "year": 2024, "count": 0}, {"kind": "coercion", "year": 2024, "count": 0}],
                     "fees": [{"year": 2024, "amountWanYuan": 0}]}
                    """)).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await Put(clerk, "appeals", """
                    {"format": "disclosure-appeal-register/1",
                     "appeals": [{"id": "fy-2024-1", "request": "2024-002", "kind": "reconsideration", "filed": "2024-05-10", "result": "upheld", "decided": "2024-06-20"}]}
                    """)).StatusCode);
            }

            await using var second = new ApiFactory { DatabasePath = path, KeepDatabase = true };
            using var admin = await second.AdminAsync();
            var list = await admin.JsonAsync("/api/requests?asOf=2024-07-01");
            Assert.Equal(["2024-001", "2024-002", "2024-003", "2024-004"], list.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
            Assert.Equal("CommercialEnterprise", list[1].GetProperty("applicant").GetString());
            Assert.Equal("Withdrawn", list[3].GetProperty("status").GetString());

            var json = await (await admin.GetAsync("/report/annual.json?year=2024", Cancel)).Content.ReadAsStringAsync(Cancel);
            var report = AnnualReport.Read(json).Report;
            var requests = ReportTable.Requests;
            decimal? Cell(string row, string column) => report[requests.FindRow(row)!, requests.FindColumn(column)!];
            Assert.Equal(2, Cell("new", "natural-person"));
            Assert.Equal(1, Cell("new", "commercial-enterprise"));
            Assert.Equal(1, Cell("new", "legal-service-provider"));
            Assert.Equal(4, Cell("new", "total"));
            Assert.Equal(1, Cell("disclosed", "natural-person"));
            Assert.Equal(1, Cell("not-disclosed-1", "commercial-enterprise"));
            Assert.Equal(1, Cell("other-handling-3", "legal-service-provider"));
            Assert.Equal(1, Cell("carried-forward", "natural-person"));
            Assert.Equal(0, Cell("carried-over", "total"));
            decimal? Other(ReportTable table, string row, string column) => report[table.FindRow(row)!, table.FindColumn(column)!];
            Assert.Equal(1, Other(ReportTable.Proactive, "normative-documents", "issued"));
            Assert.Equal(1, Other(ReportTable.Proactive, "normative-documents", "repealed"));
            Assert.Equal(2, Other(ReportTable.Proactive, "normative-documents", "in-force"));
            Assert.Equal(12, Other(ReportTable.Proactive, "licensing", "decisions"));
            Assert.Equal(1, Other(ReportTable.Appeals, "cases", "reconsideration-upheld"));
            Assert.Equal(1, Other(ReportTable.Appeals, "cases", "reconsideration-total"));
            Assert.Equal(0, Other(ReportTable.Appeals, "cases", "litigation-direct-total"));
            // Every table balances and is filled; only the prose, which the clerk writes, is missing.
            Assert.All(AnnualReportValidator.Check(report), p => Assert.Equal(AnnualReportProblemCodes.MissingProse, p.Code));
            Assert.Contains("\"fy-2024-1\"", await (await admin.GetAsync("/api/registers/appeals", Cancel)).Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

            // The spreadsheet is the same report, read back from the file.
            var xlsx = await (await admin.GetAsync("/report/annual.xlsx?year=2024", Cancel)).Content.ReadAsByteArrayAsync(Cancel);
            var read = AnnualReportXlsx.Read(new MemoryStream(xlsx)).Report;
            Assert.Equal(report.Cells.Where(c => c.Value is not null).Select(c => (c.Row.Id, c.Column.Id, c.Value)), read.Cells.Where(c => c.Value is not null).Select(c => (c.Row.Id, c.Column.Id, c.Value)));
        }
        finally
        {
            Delete(path);
        }
    }

    [Fact]
    public async Task Report_ARequestWithoutApplicantCategory_Is422NamingTheRequest()
    {
        await using var factory = new ApiFactory();
        using var clerk = await factory.UserAsync("clerk.noapplicant", "office");
        var received = await clerk.PostAsJsonAsync("/api/requests", new { id = "2024-050", channel = "in-person", submittedOn = "2024-03-04" }, Cancel);
        Assert.Equal(HttpStatusCode.Created, received.StatusCode);

        var response = await clerk.GetAsync("/report/annual.docx?year=2024", Cancel);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("2024-050", body, StringComparison.Ordinal);
        Assert.Contains(AnnualReportProblemCodes.UnknownApplicant.Id, body, StringComparison.Ordinal);
        // The page lists the request with a link to it and the code's Chinese title, and shows no tables.
        var page = await clerk.GetAsync("/report/annual?year=2024", Cancel);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Cancel));
        Assert.Contains("<a href=\"/register/2024-050\">2024-050</a> " + AnnualReportProblemCodes.UnknownApplicant.GetTitle(Disclosure.WebApi.Pages.PageText.Culture), html, StringComparison.Ordinal);
        Assert.DoesNotContain("annual-report", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Event_BreakingARule_Is422WithItsCode_AndNothingIsStored()
    {
        await using var factory = new ApiFactory();
        using var clerk = await factory.UserAsync("clerk.rule", "office");
        await Register(clerk, "2024-060", "NaturalPerson", "2024-06-03");
        await Event(clerk, "2024-060", new { type = "correction-requested", on = "2024-06-05", correctBy = "2024-06-20" });

        // 第三十条: everything to correct is asked for at once (一次性告知).
        var second = await clerk.PostAsJsonAsync("/api/requests/2024-060/events", new { type = "correction-requested", on = "2024-06-06", correctBy = "2024-06-21" }, Cancel);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Contains("second-correction-request", await second.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        var stored = await clerk.JsonAsync("/api/requests/2024-060?asOf=2024-06-10");
        Assert.Equal(2, stored.GetProperty("version").GetInt32());
        Assert.Equal("AwaitingCorrection", stored.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AnswerOnTheSpot_OnTheDayOfReceipt_Closes_OnALaterDay_Is422()
    {
        await using var factory = new ApiFactory();
        using var clerk = await factory.UserAsync("clerk.spot", "office");
        await Register(clerk, "2024-070", "NaturalPerson", "2024-06-03");
        await Register(clerk, "2024-071", "NaturalPerson", "2024-06-03");

        await Event(clerk, "2024-070", new { type = "answered-on-the-spot", on = "2024-06-03", outcome = "NotProcessed", ground = "PublishedMaterial" });
        var late = await clerk.PostAsJsonAsync("/api/requests/2024-071/events", new { type = "answered-on-the-spot", on = "2024-06-04" }, Cancel);

        Assert.Equal("AnsweredOnTheSpot", (await clerk.JsonAsync("/api/requests/2024-070")).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.Contains("on-the-spot-answer-not-immediate", await late.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        var history = RequestHistory.Read(await (await clerk.GetAsync("/api/requests/2024-070/history", Cancel)).Content.ReadAsByteArrayAsync(Cancel), "2024-070.json").Value;
        var spot = Assert.IsType<Disclosure.Domain.Requests.AnsweredOnTheSpot>(history.Events[^1]);
        Assert.Equal(Disclosure.Domain.Requests.AnswerGround.PublishedMaterial, spot.Ground);
    }

    [Fact]
    public async Task Activity_Recorded_TheAgendaCountsIt_AfterARestart()
    {
        var path = Path.Combine(Path.GetTempPath(), $"workbench-activity-{Guid.NewGuid():N}.db");
        // 办公室 owes the quarterly publication of key tasks (一(二)1); nothing was recorded for Q2 2024.
        const string Agenda = "/agenda?unit=office&from=2024-06-01&to=2024-06-30&asOf=2024-07-01";
        static string Status(JsonElement agenda) => agenda.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("reference").GetString() == "key-tasks-publication").GetProperty("status").GetString()!;
        try
        {
            await using (var first = new ApiFactory { DatabasePath = path, KeepDatabase = true })
            {
                using var clerk = await first.UserAsync("clerk.activity", "office");
                Assert.Equal("overdue", Status(await clerk.JsonAsync(Agenda)));

                Assert.Equal(HttpStatusCode.BadRequest, (await clerk.PostAsJsonAsync("/api/activities", new { activity = "key-tasks-publication", date = "2024-07-02" }, Cancel)).StatusCode);
                Assert.Equal(HttpStatusCode.BadRequest, (await clerk.PostAsJsonAsync("/api/activities", new { activity = "picnic", date = "2024-06-10" }, Cancel)).StatusCode);
                var recorded = await clerk.PostAsJsonAsync("/api/activities", new { activity = "key-tasks-publication", date = "2024-06-10", unit = "office" }, Cancel);
                Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
                Assert.Equal("satisfied", Status(await clerk.JsonAsync(Agenda)));
            }

            await using var second = new ApiFactory { DatabasePath = path, KeepDatabase = true };
            using var admin = await second.AdminAsync();
            Assert.Equal("satisfied", Status(await admin.JsonAsync(Agenda)));
            var export = ActivityRecordsJson.Read(await (await admin.GetAsync("/api/activities", Cancel)).Content.ReadAsByteArrayAsync(Cancel), "activities.json").Value;
            var record = Assert.Single(export);
            Assert.Equal(("key-tasks-publication", new NodaTime.LocalDate(2024, 6, 10), "office"), (record.ActivityKind, record.Date, record.Unit?.Value));
            var history = await admin.JsonAsync("/api/activities/history");
            Assert.True(history.GetProperty("chainIntact").GetBoolean());
            Assert.Equal("clerk.activity", history.GetProperty("events")[0].GetProperty("recordedBy").GetString());
        }
        finally
        {
            Delete(path);
        }
    }

    private static async Task Register(HttpClient client, string id, string applicant, string submittedOn)
    {
        var response = await client.PostAsJsonAsync("/api/requests", new { id, channel = "in-person", submittedOn, unit = "office", applicant }, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancel)}");
    }

    private static Task<HttpResponseMessage> Put(HttpClient client, string kind, string json) =>
        client.PutAsync($"/api/registers/{kind}", new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Cancel);

    private static async Task Event(HttpClient client, string id, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/requests/{id}/events", body, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancel)}");
    }

    private static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
