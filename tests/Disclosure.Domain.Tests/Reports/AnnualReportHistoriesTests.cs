using System.Text;
using System.Text.Json.Nodes;
using Disclosure.Domain.Histories;
using Disclosure.Domain.Requests;
using Json.Schema;

namespace Disclosure.Domain.Tests.Reports;

/// <summary>The request-history format (Histories) carries what the annual report needs: the applicant and the answer's ground.</summary>
public sealed class AnnualReportHistoriesTests
{
    private static InformationRequest Request() =>
        InformationRequest.Receive(RequestReceived.InPerson(new LocalDate(2025, 3, 3)).WithApplicant(ApplicantCategory.PublicInterestOrganization))
            .Record(new RequestAnswered(new LocalDate(2025, 3, 20), AnswerOutcome.NotProcessed) { Ground = AnswerGround.ExcessiveRequests });

    [Fact]
    public void RequestHistory_WithApplicantAndGround_RoundTripsAndFollowsTheSchema()
    {
        var bytes = RequestHistory.Of("2025-009", Request()).ToUtf8Json();

        var back = RequestHistory.Read(bytes, "h.json");

        Assert.Empty(back.Warnings);
        Assert.Equal(ApplicantCategory.PublicInterestOrganization, ((RequestReceived)back.Value.Events[0]).Applicant);
        Assert.Equal(AnswerGround.ExcessiveRequests, ((RequestAnswered)back.Value.Events[1]).Ground);
        Assert.Equal(bytes, back.Value.ToUtf8Json());
        Assert.Matches("\"applicant\":\\s*\"publicInterestOrganization\"", Encoding.UTF8.GetString(bytes));
        Assert.True(JsonSchema.FromText(RequestHistory.GetJsonSchema()).Evaluate(JsonNode.Parse(bytes)).IsValid);
    }

    [Fact]
    public void RequestHistory_WithoutThem_KeepsTheCanonicalFormOfOlderHistories()
    {
        var plain = InformationRequest.Receive(RequestReceived.InPerson(new LocalDate(2025, 3, 3))).Record(new RequestAnswered(new LocalDate(2025, 3, 20)));

        var canonical = RequestHistory.Of("old", plain).Entries[0].Json;

        Assert.DoesNotContain("applicant", canonical, StringComparison.Ordinal);
        Assert.DoesNotContain("ground", Encoding.UTF8.GetString(RequestHistory.Of("old", plain).ToUtf8Json()), StringComparison.Ordinal);
    }
}
