using System.Text.Json.Nodes;
using Disclosure.Domain.Reports;
using Disclosure.Domain.Requests;
using Json.Schema;

namespace Disclosure.Domain.Tests.Reports;

public sealed class AnnualReportInputsTests
{
    private static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reports", "Samples", name));

    [Theory]
    [InlineData("requests.json", AnnualReportInputs.RequestRegisterFormat)]
    [InlineData("proactive.json", AnnualReportInputs.ProactiveRegisterFormat)]
    [InlineData("appeals.json", AnnualReportInputs.AppealRegisterFormat)]
    public void Samples_FollowTheirSchema(string file, string format)
    {
        var schema = JsonSchema.FromText(AnnualReportInputs.GetJsonSchema(format));

        Assert.True(schema.Evaluate(JsonNode.Parse(Sample(file))).IsValid);
        Assert.False(schema.Evaluate(JsonNode.Parse("{\"format\": \"something-else/1\"}")).IsValid);
    }

    [Fact]
    public void ParseSamples_ComputeTheReportTheReadmeShows()
    {
        var report = AnnualReportCalculator.Compute(
            2025, AnnualReportInputs.ParseRequests(Sample("requests.json")), AnnualReportInputs.ParseProactive(Sample("proactive.json")), AnnualReportInputs.ParseAppeals(Sample("appeals.json")));
        var schema = JsonSchema.FromText(AnnualReportInputs.GetJsonSchema("disclosure-annual-report/1"));

        Assert.True(schema.Evaluate(JsonNode.Parse(report.ToJson())).IsValid);
        var table = ReportTable.Requests;
        Assert.Equal(6, report[table.FindRow("new")!, table.FindColumn("total")!]);
        Assert.Equal(1, report[table.FindRow("not-disclosed-4")!, table.FindColumn("commercial-enterprise")!]);
        Assert.Equal(1, report[table.FindRow("other-handling-1")!, table.FindColumn("natural-person")!]);
        Assert.Equal(1, report[table.FindRow("carried-forward")!, table.FindColumn("research-institution")!]);
        Assert.Equal(1, report[ReportTable.Appeals.Rows[0], ReportTable.Appeals.FindColumn("reconsideration-upheld")!]);
        Assert.Equal(2, report[ReportTable.Proactive.FindRow("normative-documents")!, ReportTable.Proactive.FindColumn("in-force")!]);
    }

    [Fact]
    public void ParseRequests_BadFile_ListsEveryProblemAtItsPath()
    {
        const string json = """
            {"format": "disclosure-request-register/1", "requests": [
              {"id": "a", "applicant": "martian", "submitted": "2025-13-01"},
              {"id": "b", "submitted": "2025-01-02", "events": [{"type": "answered", "on": "2025-01-03", "outcome": "not-disclosed", "ground": "not-held"}, {"type": "teleported", "on": "2025-01-04"}]}
            ]}
            """;

        var e = Assert.Throws<AnnualReportException>(() => AnnualReportInputs.ParseRequests(json));

        Assert.Equal(["$.requests[0].applicant", "$.requests[0].submitted", "$.requests[1].events[0]", "$.requests[1].events[1].type"], e.Problems.Select(p => p.Location.Path));
    }

    [Fact]
    public void ParseRequests_EventsAndGrounds_AreKept()
    {
        var request = Assert.Single(AnnualReportInputs.ParseRequests("""
            {"format": "disclosure-request-register/1", "requests": [{"id": "x", "applicant": "legal-service-provider", "channel": "online", "submitted": "2025-05-06", "confirmed": "2025-05-07",
              "events": [{"type": "answered", "on": "2025-05-20", "outcome": "not-processed", "ground": "repeated-request"}]}]}
            """)).Request;

        Assert.Equal((ApplicantCategory.LegalServiceProvider, new LocalDate(2025, 5, 7)), (request.Received.Applicant!.Value, request.ReceivedOn));
        var answer = Assert.IsType<RequestAnswered>(request.Events[1]);
        Assert.Equal((AnswerOutcome.NotProcessed, AnswerGround.RepeatedRequest), (answer.Outcome, answer.Ground!.Value));
    }
}
