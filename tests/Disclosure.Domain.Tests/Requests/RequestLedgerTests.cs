using System.Text.Json;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Requests;
using Snapshooter;
using Snapshooter.Xunit3;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Tests.Requests;

public sealed class RequestLedgerTests
{
    private static readonly RequestDeadlineCalculator Calculator = new(WorkingDayCalendar.ChinaMainland, DisclosureOffice.HeadedBy(PersonId.Parse("office-head")));

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    // Received online 2025-09-25, C1 (third party) 09-29 → 10-10, C2 (other agency) 10-09 → 10-15, extension of 3 approved 10-20:
    // 20 working days end 11-07 (see RequestDeadlineCalculatorTests), + 3: 11-10, 11-11, 11-12 → due 11-12.
    internal static InformationRequest Sample() =>
        InformationRequest.Receive(RequestReceived.Online(D(2025, 9, 24), D(2025, 9, 25)))
            .Record(new ConsultationSent(D(2025, 9, 29), "C1", ConsultationParty.ThirdParty))
            .Record(new ConsultationSent(D(2025, 10, 9), "C2", ConsultationParty.OtherAgency))
            .Record(new ConsultationAnswered(D(2025, 10, 10), "C1"))
            .Record(new ConsultationAnswered(D(2025, 10, 15), "C2"))
            .Record(new ExtensionApproved(D(2025, 10, 20), 3, PersonId.Parse("office-head")));

    [Fact]
    public void Explain_ConsultationsAndExtension_ReasonsDayByDay()
    {
        var ledger = Calculator.Explain(Sample(), D(2025, 10, 20));

        Assert.Equal(D(2025, 11, 12), ledger.Deadline.DueOn);
        Assert.Equal(D(2025, 9, 25), ledger.Entries[0].Date);
        Assert.Equal(D(2025, 11, 12), ledger.Entries[^1].Date);
        Assert.Equal(23, ledger.Entries[^1].RunningCount);
        Assert.Equal(23, ledger.CountedDays);

        LedgerEntry At(int m, int d) => ledger.Entries.Single(e => e.Date == D(2025, m, d));
        Assert.Same(LedgerReason.ReceiptDay, At(9, 25).Reason);
        Assert.Same(LedgerReason.Workday, At(9, 26).Reason);
        Assert.Same(LedgerReason.Weekend, At(9, 27).Reason);
        Assert.Same(LedgerReason.AdjustedWorkday, At(9, 28).Reason);
        Assert.Equal(2, At(9, 28).RunningCount);
        Assert.Same(LedgerReason.PausedForConsultation, At(9, 30).Reason);
        Assert.Same(LedgerReason.StatutoryHoliday, At(10, 1).Reason);
        Assert.Equal(Festival.NationalDay, At(10, 1).Festival);
        Assert.True(At(10, 1).IsPaused);
        Assert.Same(LedgerReason.AdjustedRestDay, At(10, 8).Reason);
        Assert.Same(LedgerReason.PausedForConsultation, At(10, 11).Reason);
        Assert.Equal("paused for consultation (第三十三条): C1, C2", At(10, 10).Explanation);
        Assert.Same(LedgerReason.Workday, At(10, 16).Reason);
        Assert.Equal(4, At(10, 16).RunningCount);
        Assert.Same(LedgerReason.Workday, At(11, 7).Reason);
        Assert.Equal(20, At(11, 7).RunningCount);
        Assert.Same(LedgerReason.Extension, At(11, 10).Reason);
        Assert.Contains("original due date, before the extension", At(11, 7).Notes);
        Assert.Contains("answer due (第三十三条: 23 working days)", At(11, 12).Notes);
        Assert.Contains("consultation 'C1' sent (third party)", At(9, 29).Notes);
    }

    [Fact]
    public void Explain_CorrectionRestart_DaysBeforeArrivalNotCounted()
    {
        var request = InformationRequest.Receive(RequestReceived.InPerson(D(2024, 2, 1)))
            .Record(new CorrectionRequested(D(2024, 2, 5), D(2024, 2, 29)))
            .Record(new CorrectionReceived(D(2024, 2, 8)));

        var ledger = Calculator.Explain(request, D(2024, 2, 8));

        Assert.Same(LedgerReason.ReceiptDay, ledger.Entries[0].Reason);
        Assert.All(ledger.Entries.Where(e => e.Date > D(2024, 2, 1) && e.Date < D(2024, 2, 8)), e => Assert.Same(LedgerReason.AwaitingCorrection, e.Reason));
        var restart = ledger.Entries.Single(e => e.Date == D(2024, 2, 8));
        Assert.Same(LedgerReason.ClockRestarted, restart.Reason);
        Assert.Equal(0, restart.RunningCount);
        Assert.Same(LedgerReason.StatutoryHoliday, ledger.Entries.Single(e => e.Date == D(2024, 2, 10)).Reason);
        Assert.Equal(Festival.SpringFestival, ledger.Entries.Single(e => e.Date == D(2024, 2, 10)).Festival);
        Assert.Same(LedgerReason.AdjustedWorkday, ledger.Entries.Single(e => e.Date == D(2024, 2, 18)).Reason);
        Assert.Equal(D(2024, 3, 13), ledger.Entries[^1].Date);
        Assert.Equal(20, ledger.CountedDays);
    }

    [Fact]
    public void Explain_Overdue_RunsToAsOfWithOverdueDays()
    {
        var request = InformationRequest.Receive(RequestReceived.InPerson(D(2025, 9, 25)));

        var ledger = Calculator.Explain(request, D(2025, 11, 3));

        Assert.Equal(D(2025, 11, 3), ledger.Entries[^1].Date);
        Assert.Equal(
            [LedgerReason.Overdue, LedgerReason.Overdue, LedgerReason.Weekend, LedgerReason.Weekend, LedgerReason.Overdue],
            ledger.Entries.Where(e => e.Date > D(2025, 10, 29)).Select(e => e.Reason));
        Assert.Equal(20, ledger.CountedDays);
    }

    [Fact]
    public void Explain_InvalidHistory_NoEntries()
    {
        var request = InformationRequest.Receive(RequestReceived.InPerson(D(2025, 9, 25))).Record(new ExtensionApproved(D(2025, 9, 26), 30, PersonId.Parse("office-head")));

        var ledger = Calculator.Explain(request, D(2025, 9, 26));

        Assert.Empty(ledger.Entries);
        Assert.Contains("extension-too-long", ledger.ToText(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_Entry_IsoDatesUnescapedChineseAndReasonIds()
    {
        var json = Calculator.Explain(Sample(), D(2025, 10, 20)).ToJson();

        Assert.Contains("\"receivedOn\": \"2025-09-25\"", json, StringComparison.Ordinal);
        Assert.Contains("\"dueOn\": \"2025-11-12\"", json, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"open\"", json, StringComparison.Ordinal);
        Assert.Contains("\"festivalName\": \"国庆节\"", json, StringComparison.Ordinal);
        Assert.Contains("approved by office-head", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);
        var first = doc.RootElement.GetProperty("ledger")[0];
        Assert.Equal("2025-09-25", first.GetProperty("date").GetString());
        Assert.False(first.GetProperty("counted").GetBoolean());
        Assert.Equal("receipt-day", first.GetProperty("reason").GetString());
        Assert.Equal(49, doc.RootElement.GetProperty("ledger").GetArrayLength()); // 09-25 .. 11-12 inclusive: 6 + 31 + 12
        Assert.Equal(17, doc.RootElement.GetProperty("workingDaysRemaining").GetInt32()); // 23 - 6 used (09-26, 09-28, 09-29, 10-16, 10-17, 10-20)
        Assert.Equal(0, doc.RootElement.GetProperty("violations").GetArrayLength());
    }

    [Fact]
    public void ToJson_AnsweredOnTheSpot_ExactText()
    {
        var request = InformationRequest.Receive(RequestReceived.InPerson(D(2025, 10, 9))).Record(new AnsweredOnTheSpot(D(2025, 10, 9)));

        var json = Calculator.Explain(request, D(2025, 10, 9)).ToJson();

        Assert.Equal(
            """
            {
              "receivedOn": "2025-10-09",
              "channel": "in-person",
              "handlingUnit": null,
              "asOf": "2025-10-09",
              "clockStartsOn": "2025-10-09",
              "dueOn": "2025-10-09",
              "originalDueOn": "2025-10-09",
              "workingDays": 0,
              "extensionWorkingDays": 0,
              "workingDaysUsed": 0,
              "workingDaysRemaining": 0,
              "workingDaysOverdue": 0,
              "pausedWorkingDays": 0,
              "status": "answeredOnTheSpot",
              "overdue": false,
              "closedOn": "2025-10-09",
              "provisional": false,
              "pauses": [],
              "owedDeadlines": [],
              "violations": [],
              "findings": [],
              "ledger": [
                {
                  "date": "2025-10-09",
                  "weekday": "Thursday",
                  "kind": "workday",
                  "festival": null,
                  "festivalName": null,
                  "counted": false,
                  "reason": "receipt-day",
                  "explanation": "day of receipt: not counted (民法典 第二百零一条)",
                  "runningCount": 0,
                  "paused": false,
                  "provisional": false,
                  "notes": [
                    "received (in person)",
                    "answered on the spot (Disclosed)"
                  ]
                }
              ]
            }
            """.ReplaceLineEndings("\n"),
            json.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void ToJson_DeadlineWithoutLedger_HasCliFieldsAndNoLedger()
    {
        var deadline = Calculator.Evaluate(Sample(), D(2025, 10, 20));

        using var doc = JsonDocument.Parse(deadline.ToJson());
        var root = doc.RootElement;

        foreach (var field in new[] { "receivedOn", "dueOn", "workingDaysUsed", "workingDaysRemaining", "status", "provisional", "violations" })
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }

        Assert.False(root.TryGetProperty("ledger", out _));
        Assert.Equal(6, root.GetProperty("workingDaysUsed").GetInt32());
        Assert.Equal("correctionNotice", root.GetProperty("owedDeadlines")[0].GetProperty("kind").GetString());
        Assert.Equal("lapsed", root.GetProperty("owedDeadlines")[0].GetProperty("state").GetString());
        Assert.Equal("thirdPartyOpinion", root.GetProperty("owedDeadlines")[1].GetProperty("kind").GetString());
    }

    [Fact]
    public void ToJson_Violations_CodeAndDate()
    {
        var request = InformationRequest.Receive(RequestReceived.InPerson(D(2025, 9, 25))).Record(new ExtensionApproved(D(2025, 10, 30), 5, PersonId.Parse("office-head")));

        using var doc = JsonDocument.Parse(Calculator.Evaluate(request, D(2025, 10, 30)).ToJson());
        var violation = doc.RootElement.GetProperty("violations")[0];

        Assert.Equal("extension-after-deadline", violation.GetProperty("code").GetString());
        Assert.Equal("2025-10-30", violation.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("dueOn").ValueKind);
        Assert.Equal("invalid", doc.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public void ToText_Sample_MatchesSnapshot()
    {
        var text = Calculator.Explain(Sample(), D(2025, 10, 20)).ToText(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Contains("2025-10-01  Wed  statutoryHoliday   no           3  statutory holiday 国庆节 (National Day); within the pause of C1", text, StringComparison.Ordinal);
        Snapshot.Match(text);
    }

    [Fact]
    public void ToJson_Sample_MatchesSnapshot()
    {
        Snapshot.Match(Calculator.Explain(Sample(), D(2025, 10, 20)).ToJson());
    }

    [Fact]
    public void LedgerReason_All_UniqueKebabIdsAndOnlyWorkingReasonsCount()
    {
        var ids = LedgerReason.All.Select(r => r.Id).ToList();

        Assert.Equal(11, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[a-z]+(-[a-z]+)*$", id));
        Assert.Equal(
            [LedgerReason.Workday, LedgerReason.AdjustedWorkday, LedgerReason.Extension],
            LedgerReason.All.Where(r => r.Counted));
    }
}
