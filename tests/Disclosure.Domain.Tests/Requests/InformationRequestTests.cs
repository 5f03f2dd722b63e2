using Disclosure.Domain.Calendars;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Tests.Requests;

/// <summary>The aggregate's sequence rules, and one test per violation code.</summary>
public sealed class InformationRequestTests
{
    private static readonly RequestDeadlineCalculator Calculator = new(WorkingDayCalendar.ChinaMainland, DisclosureOffice.HeadedBy(PersonId.Parse("office-head")));

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static InformationRequest Received() => InformationRequest.Receive(RequestReceived.InPerson(D(2025, 9, 25)));

    private static RequestViolation Only(InformationRequest request) => Assert.Single(Calculator.Validate(request));

    [Fact]
    public void Receive_InPerson_ReceivedOnSubmissionDay()
    {
        var request = InformationRequest.Receive(RequestReceived.InPerson(D(2025, 9, 25)), UnitId.Parse("office"));

        Assert.Equal(D(2025, 9, 25), request.ReceivedOn);
        Assert.Same(RequestChannel.InPerson, request.Channel);
        Assert.Equal(UnitId.Parse("office"), request.HandlingUnit);
        Assert.Single(request.Events);
        Assert.Empty(request.Violations);
    }

    [Fact]
    public void Record_LawfulSequence_KeepsEveryEventWithoutViolations()
    {
        var request = Received()
            .Record(new CorrectionRequested(D(2025, 9, 29), D(2025, 10, 20)))
            .Record(new CorrectionReceived(D(2025, 10, 9)))
            .Record(new ConsultationSent(D(2025, 10, 10), "C1", ConsultationParty.ThirdParty))
            .Record(new ConsultationAnswered(D(2025, 10, 20), "C1"))
            .Record(new ExtensionApproved(D(2025, 11, 3), 20, PersonId.Parse("office-head")))
            .Record(new RequestAnswered(D(2025, 11, 20), AnswerOutcome.NotDisclosed));

        Assert.Equal(7, request.Events.Length);
        Assert.Empty(request.Violations);
        Assert.Empty(Calculator.Validate(request));
    }

    [Fact]
    public void Record_UnlawfulEvent_KeptAsEvidenceButWithoutEffect()
    {
        var request = Received()
            .Record(new ExtensionApproved(D(2025, 10, 9), 10, PersonId.Parse("office-head")))
            .Record(new CorrectionReceived(D(2025, 10, 10)));

        Assert.Equal(3, request.Events.Length);
        var violation = Assert.Single(request.Violations);
        Assert.Same(RequestViolationCodes.CorrectionWithoutRequest, violation.Code);
        Assert.Equal(2, violation.EventIndex);
        // Without effect: the correction did not restart the clock, so the extension is not voided.
        Assert.Empty(request.Findings);
        Assert.Null(request.Current.CorrectionArrival);
        Assert.Single(request.Current.Extensions);
    }

    [Fact]
    public void Validate_SecondExtensionByTheHead_SecondExtensionNamingTheFirst()
    {
        var request = Received()
            .Record(new ExtensionApproved(D(2025, 10, 9), 10, PersonId.Parse("office-head")))
            .Record(new ExtensionApproved(D(2025, 10, 10), 10, PersonId.Parse("office-head")));

        // The aggregate cannot tell: who heads the office is the calculator's to know.
        Assert.Empty(request.Violations);
        Assert.Empty(request.Check(new ExtensionApproved(D(2025, 10, 10), 10, PersonId.Parse("office-head"))));
        var violation = Only(request);
        Assert.Same(RequestViolationCodes.SecondExtension, violation.Code);
        Assert.Equal(2, violation.EventIndex);
        Assert.Equal(
            "second-extension (第三十三条): 2025-10-10 extension of 10 working days approved by office-head: an extension of 10 working days was approved on 2025-10-09.",
            violation.Message);
        Assert.Equal(RequestStatus.Invalid, Calculator.Evaluate(request, D(2025, 10, 10)).Status);
    }

    [Fact]
    public void Calculator_ClerksExtensionThenTheHeads_TheHeadsIsTheFirstValidExtension()
    {
        // Received 2025-09-25, due 10-29. The clerk's 10 days do not count (第三十三条: "经政府信息公开工作机构负责人同意"), so the
        // head's 5 days, approved later, are the one extension: 10-30, 10-31, 11-03, 11-04, 11-05.
        var request = Received()
            .Record(new ExtensionApproved(D(2025, 10, 9), 10, PersonId.Parse("zhang.san")))
            .Record(new ExtensionApproved(D(2025, 10, 20), 5, PersonId.Parse("office-head")));

        Assert.Empty(request.Violations);
        Assert.Empty(Calculator.Validate(request));
        var finding = Assert.Single(Calculator.Findings(request));
        Assert.Same(RequestViolationCodes.ExtensionApproverNotOfficeHead, finding.Code);
        Assert.Equal(1, finding.EventIndex);
        var deadline = Calculator.Evaluate(request, D(2025, 10, 20));
        Assert.Equal(D(2025, 11, 5), deadline.DueOn);
        Assert.Equal(D(2025, 10, 29), deadline.OriginalDueOn);
        Assert.Equal(5, deadline.ExtensionWorkingDays);
        // Before the head approved, only the unextended date holds.
        Assert.Equal(D(2025, 10, 29), Calculator.Evaluate(request, D(2025, 10, 19)).DueOn);

        // After the valid one, a clerk's extension changes nothing; another by the head is the second.
        var clerkAgain = request.Record(new ExtensionApproved(D(2025, 10, 21), 15, PersonId.Parse("zhang.san")));
        Assert.Empty(Calculator.Validate(clerkAgain));
        Assert.Equal([1, 3], Calculator.Findings(clerkAgain).Select(f => f.EventIndex));
        Assert.Equal(D(2025, 11, 5), Calculator.Evaluate(clerkAgain, D(2025, 10, 21)).DueOn);
        var headAgain = clerkAgain.Record(new ExtensionApproved(D(2025, 10, 22), 3, PersonId.Parse("office-head")));
        var second = Assert.Single(Calculator.Validate(headAgain));
        Assert.Same(RequestViolationCodes.SecondExtension, second.Code);
        Assert.Equal(4, second.EventIndex);
        Assert.Contains("an extension of 5 working days was approved on 2025-10-20", second.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculator_TwoClerksExtensions_NeitherCountsAndNoSecondExtension()
    {
        var request = Received()
            .Record(new ExtensionApproved(D(2025, 10, 9), 10, PersonId.Parse("zhang.san")))
            .Record(new ExtensionApproved(D(2025, 10, 10), 10, PersonId.Parse("li.si")));

        Assert.Empty(Calculator.Validate(request));
        Assert.Equal([1, 2], Calculator.Findings(request).Select(f => f.EventIndex));
        Assert.Equal(D(2025, 10, 29), Calculator.Evaluate(request, D(2025, 10, 10)).DueOn);
    }

    [Fact]
    public void Check_DoesNotRecord()
    {
        var request = Received();

        var violations = request.Check(new RequestAnswered(D(2025, 9, 1)));

        Assert.Same(RequestViolationCodes.EventBeforeReceipt, Assert.Single(violations).Code);
        Assert.Single(request.Events);
    }

    [Fact]
    public void FromEvents_StartsWithoutReceipt_Throws()
    {
        Assert.Throws<ArgumentException>(() => InformationRequest.FromEvents([new RequestAnswered(D(2025, 10, 9))]));
        Assert.Throws<ArgumentException>(() => InformationRequest.FromEvents([]));
    }

    [Fact]
    public void FromEvents_History_SameAsRecording()
    {
        var request = InformationRequest.FromEvents(
            [RequestReceived.InPerson(D(2025, 9, 25)), new ExtensionApproved(D(2025, 10, 9), 5, PersonId.Parse("office-head")), new RequestWithdrawn(D(2025, 10, 10))]);

        Assert.Equal(3, request.Events.Length);
        Assert.Empty(request.Violations);
        Assert.Equal(RequestStatus.Withdrawn, Calculator.Evaluate(request, D(2025, 10, 10)).Status);
    }

    // One test per violation code.

    [Fact]
    public void Receive_ConfirmedBeforeSubmission_ReceiptConfirmedBeforeSubmission()
    {
        var request = InformationRequest.Receive(RequestReceived.Online(D(2025, 10, 9), D(2025, 10, 8)));

        Assert.Same(RequestViolationCodes.ReceiptConfirmedBeforeSubmission, Only(request).Code);
        Assert.Equal(0, Only(request).EventIndex);
    }

    [Fact]
    public void Receive_OrdinaryPostConfirmedNextDay_OrdinaryPostNotConfirmedSameDay()
    {
        // 第三十一条(二): the confirmation day is the day of receipt even when late. The history stays valid; the lateness is a finding.
        // Clock from 10-10 (Fri): 10-11 Sat 调休上班 1 · 10-13..17 2-6 · 10-20..24 7-11 · 10-27..31 12-16 · 11-03..06 17-20.
        var request = InformationRequest.Receive(RequestReceived.ByOrdinaryPost(D(2025, 10, 9), D(2025, 10, 10)));

        Assert.Empty(request.Violations);
        Assert.Empty(Calculator.Validate(request));
        var finding = Assert.Single(request.Findings);
        Assert.Same(RequestViolationCodes.OrdinaryPostNotConfirmedSameDay, finding.Code);
        Assert.Equal(ProblemSeverity.Warning, finding.Severity);
        Assert.Contains("arrived on 2025-10-09", finding.Message, StringComparison.Ordinal);
        Assert.Contains("confirmed on 2025-10-10", finding.Message, StringComparison.Ordinal);

        var deadline = Calculator.Evaluate(request, D(2025, 10, 20));
        Assert.Equal(RequestStatus.Open, deadline.Status);
        Assert.Equal(D(2025, 10, 10), deadline.ClockStartsOn);
        Assert.Equal(D(2025, 11, 6), deadline.DueOn);
        Assert.Same(finding, Assert.Single(deadline.Findings));
        Assert.Empty(deadline.Violations);
    }

    [Fact]
    public void Record_CorrectionArrivesAfterAnExtension_ExtensionBeforeCorrection()
    {
        // 第三十条: the period runs anew from the corrected application (10-13), so the extension of 09-26 does not carry.
        // 10-14..17 1-4 · 10-20..24 5-9 · 10-27..31 10-14 · 11-03..07 15-19 · 11-10 20 (with the extension it would be 11-24).
        var request = Received()
            .Record(new ExtensionApproved(D(2025, 9, 26), 10, PersonId.Parse("office-head")))
            .Record(new CorrectionRequested(D(2025, 9, 29), D(2025, 10, 20)))
            .Record(new CorrectionReceived(D(2025, 10, 13)));

        Assert.Empty(request.Violations);
        var finding = Assert.Single(request.Findings);
        Assert.Same(RequestViolationCodes.ExtensionBeforeCorrection, finding.Code);
        Assert.Equal(1, finding.EventIndex);
        var deadline = Calculator.Evaluate(request, D(2025, 10, 20));
        Assert.Equal(D(2025, 11, 10), deadline.DueOn);
        Assert.Equal(20, deadline.WorkingDays);
        Assert.Equal(0, deadline.ExtensionWorkingDays);

        // A new extension within the new period is the first of that period, not a second one.
        var extended = request.Record(new ExtensionApproved(D(2025, 11, 3), 5, PersonId.Parse("office-head")));
        Assert.Empty(extended.Violations);
        Assert.Equal(D(2025, 11, 17), Calculator.Evaluate(extended, D(2025, 11, 3)).DueOn);
    }

    [Fact]
    public void Calculator_ExtensionApprovedByAClerk_ExtensionApproverNotOfficeHead()
    {
        // Received 2025-09-25: due 10-29; the clerk's 10 days would make it 11-12, but only a head of the office can extend (第三十三条).
        var request = Received().Record(new ExtensionApproved(D(2025, 10, 20), 10, PersonId.Parse("zhang.san")));

        Assert.Empty(Calculator.Validate(request));
        var finding = Assert.Single(Calculator.Findings(request));
        Assert.Same(RequestViolationCodes.ExtensionApproverNotOfficeHead, finding.Code);
        Assert.Equal(1, finding.EventIndex);
        Assert.Contains("'zhang.san' is not a head of the disclosure office (heads: office-head)", finding.Message, StringComparison.Ordinal);
        var deadline = Calculator.Evaluate(request, D(2025, 10, 30));
        Assert.Equal(D(2025, 10, 29), deadline.DueOn);
        Assert.Equal(0, deadline.ExtensionWorkingDays);
        Assert.Equal(RequestStatus.Overdue, deadline.Status);
        Assert.Same(RequestViolationCodes.ExtensionApproverNotOfficeHead, Assert.Single(deadline.Findings).Code);

        var byTheHead = new RequestDeadlineCalculator(WorkingDayCalendar.ChinaMainland, DisclosureOffice.HeadedBy(PersonId.Parse("zhang.san")));
        Assert.Empty(byTheHead.Findings(request));
        Assert.Equal(D(2025, 11, 12), byTheHead.Evaluate(request, D(2025, 10, 30)).DueOn);
    }

    [Fact]
    public void Receive_OrdinaryPostConfirmedSameDay_Lawful()
    {
        var request = InformationRequest.Receive(RequestReceived.ByOrdinaryPost(D(2025, 10, 9), D(2025, 10, 9)));

        Assert.Empty(Calculator.Validate(request));
        Assert.Equal(D(2025, 10, 9), request.ReceivedOn);
    }

    [Fact]
    public void Record_SecondReceipt_DuplicateReceipt() =>
        Assert.Same(RequestViolationCodes.DuplicateReceipt, Only(Received().Record(RequestReceived.InPerson(D(2025, 9, 26)))).Code);

    [Fact]
    public void Record_EventBeforeReceipt_EventBeforeReceipt() =>
        Assert.Same(RequestViolationCodes.EventBeforeReceipt, Only(Received().Record(new CorrectionRequested(D(2025, 9, 24), D(2025, 10, 9)))).Code);

    [Fact]
    public void Record_EventBeforePreviousEvent_EventOutOfOrder()
    {
        var request = Received()
            .Record(new ConsultationSent(D(2025, 10, 9), "C1", ConsultationParty.ThirdParty))
            .Record(new ExtensionApproved(D(2025, 9, 30), 5, PersonId.Parse("office-head")));

        Assert.Same(RequestViolationCodes.EventOutOfOrder, Only(request).Code);
    }

    [Fact]
    public void Record_EventAfterAnswer_EventAfterClosure() =>
        Assert.Same(RequestViolationCodes.EventAfterClosure, Only(Received().Record(new RequestAnswered(D(2025, 10, 9))).Record(new ExtensionApproved(D(2025, 10, 10), 5, PersonId.Parse("office-head")))).Code);

    [Fact]
    public void Record_EventAfterAbandonment_EventAfterClosure()
    {
        var request = Received()
            .Record(new CorrectionRequested(D(2025, 9, 26), D(2025, 10, 10)))
            .Record(new RequestAnswered(D(2025, 10, 13)));

        Assert.Same(RequestViolationCodes.EventAfterClosure, Only(request).Code);
    }

    [Fact]
    public void Record_AnswerAfterWithdrawal_AnswerAfterWithdrawal() =>
        Assert.Same(RequestViolationCodes.AnswerAfterWithdrawal, Only(Received().Record(new RequestWithdrawn(D(2025, 10, 9))).Record(new RequestAnswered(D(2025, 10, 10)))).Code);

    [Fact]
    public void Record_OnTheSpotAnswerNextDay_OnTheSpotAnswerNotImmediate() =>
        Assert.Same(RequestViolationCodes.OnTheSpotAnswerNotImmediate, Only(Received().Record(new AnsweredOnTheSpot(D(2025, 9, 26)))).Code);

    [Fact]
    public void Record_OnTheSpotAnswerAfterOtherEvents_OnTheSpotAnswerNotImmediate()
    {
        var request = Received()
            .Record(new ConsultationSent(D(2025, 9, 25), "C1", ConsultationParty.OtherAgency))
            .Record(new AnsweredOnTheSpot(D(2025, 9, 25)));

        Assert.Same(RequestViolationCodes.OnTheSpotAnswerNotImmediate, Only(request).Code);
    }

    [Fact]
    public void Record_SecondCorrectionNotice_SecondCorrectionRequest()
    {
        var request = Received()
            .Record(new CorrectionRequested(D(2025, 9, 26), D(2025, 10, 20)))
            .Record(new CorrectionReceived(D(2025, 9, 29)))
            .Record(new CorrectionRequested(D(2025, 9, 30), D(2025, 10, 20)));

        Assert.Same(RequestViolationCodes.SecondCorrectionRequest, Only(request).Code);
    }

    [Fact]
    public void Validate_CorrectionNoticeOnEighthWorkingDay_CorrectionRequestTooLate()
    {
        // Received 2024-02-01: 02-02 1, 02-04 (Sun worked) 2, 02-05..02-09 3-7, 02-10..02-17 春节, 02-18 (Sun worked) 8.
        var request = InformationRequest.Receive(RequestReceived.InPerson(D(2024, 2, 1)))
            .Record(new CorrectionRequested(D(2024, 2, 18), D(2024, 3, 1)));

        Assert.Empty(request.Violations);
        var violation = Only(request);
        Assert.Same(RequestViolationCodes.CorrectionRequestTooLate, violation.Code);
        Assert.Contains("working day 8", violation.Message, StringComparison.Ordinal);
        Assert.Contains("2024-02-09", violation.Message, StringComparison.Ordinal);
        Assert.True(RequestViolationCodes.NeedsCalendar(violation.Code));
    }

    [Fact]
    public void Record_PeriodEndsBeforeNotice_CorrectionPeriodBeforeRequest() =>
        Assert.Same(RequestViolationCodes.CorrectionPeriodBeforeRequest, Only(Received().Record(new CorrectionRequested(D(2025, 9, 26), D(2025, 9, 25)))).Code);

    [Fact]
    public void Record_CorrectionWithoutNotice_CorrectionWithoutRequest() =>
        Assert.Same(RequestViolationCodes.CorrectionWithoutRequest, Only(Received().Record(new CorrectionReceived(D(2025, 9, 26)))).Code);

    [Fact]
    public void Record_SecondCorrectedApplication_CorrectionWithoutRequest()
    {
        var request = Received()
            .Record(new CorrectionRequested(D(2025, 9, 26), D(2025, 10, 20)))
            .Record(new CorrectionReceived(D(2025, 9, 29)))
            .Record(new CorrectionReceived(D(2025, 9, 30)));

        Assert.Same(RequestViolationCodes.CorrectionWithoutRequest, Only(request).Code);
    }

    [Fact]
    public void Record_CorrectionAfterPeriod_CorrectionAfterPeriod()
    {
        var request = Received()
            .Record(new CorrectionRequested(D(2025, 9, 26), D(2025, 10, 10)))
            .Record(new CorrectionReceived(D(2025, 10, 11)));

        Assert.Same(RequestViolationCodes.CorrectionAfterPeriod, Only(request).Code);
    }

    [Fact]
    public void Record_ConsultationIdTwice_ConsultationIdReused()
    {
        var request = Received()
            .Record(new ConsultationSent(D(2025, 9, 26), "C1", ConsultationParty.ThirdParty))
            .Record(new ConsultationSent(D(2025, 9, 29), "C1", ConsultationParty.OtherAgency));

        Assert.Same(RequestViolationCodes.ConsultationIdReused, Only(request).Code);
    }

    [Fact]
    public void Record_DeliveredBeforeSent_ConsultationDeliveredBeforeSent() =>
        Assert.Same(RequestViolationCodes.ConsultationDeliveredBeforeSent, Only(Received().Record(new ConsultationSent(D(2025, 9, 29), "C1", ConsultationParty.ThirdParty, D(2025, 9, 28)))).Code);

    [Fact]
    public void Record_ReplyWithoutLetter_ConsultationReplyWithoutLetter() =>
        Assert.Same(RequestViolationCodes.ConsultationReplyWithoutLetter, Only(Received().Record(new ConsultationAnswered(D(2025, 9, 29), "C9"))).Code);

    [Fact]
    public void Record_SecondReply_DuplicateConsultationReply()
    {
        var request = Received()
            .Record(new ConsultationSent(D(2025, 9, 26), "C1", ConsultationParty.ThirdParty))
            .Record(new ConsultationAnswered(D(2025, 9, 29), "C1"))
            .Record(new ConsultationAnswered(D(2025, 9, 30), "C1"));

        Assert.Same(RequestViolationCodes.DuplicateConsultationReply, Only(request).Code);
    }

    [Fact]
    public void Record_ReplyBeforeDelivery_ConsultationReplyBeforeDelivery()
    {
        var request = Received()
            .Record(new ConsultationSent(D(2025, 9, 26), "C1", ConsultationParty.ThirdParty, D(2025, 9, 30)))
            .Record(new ConsultationAnswered(D(2025, 9, 29), "C1"));

        Assert.Same(RequestViolationCodes.ConsultationReplyBeforeDelivery, Only(request).Code);
    }

    [Fact]
    public void Record_ExtensionOf21_ExtensionTooLong() =>
        Assert.Same(RequestViolationCodes.ExtensionTooLong, Only(Received().Record(new ExtensionApproved(D(2025, 10, 9), 21, PersonId.Parse("office-head")))).Code);

    [Fact]
    public void Record_SecondExtension_SecondExtension()
    {
        // 10 + 10 would stay within 20 in total, but the law allows one extension.
        var request = Received()
            .Record(new ExtensionApproved(D(2025, 10, 9), 10, PersonId.Parse("office-head")))
            .Record(new ExtensionApproved(D(2025, 10, 20), 10, PersonId.Parse("office-head")));

        Assert.Same(RequestViolationCodes.SecondExtension, Only(request).Code);
    }

    [Fact]
    public void Record_ExtensionBeforeCorrectedApplication_ExtensionWhileAwaitingCorrection()
    {
        var request = Received()
            .Record(new CorrectionRequested(D(2025, 9, 26), D(2025, 10, 20)))
            .Record(new ExtensionApproved(D(2025, 9, 29), 10, PersonId.Parse("office-head")));

        Assert.Same(RequestViolationCodes.ExtensionWhileAwaitingCorrection, Only(request).Code);
    }

    [Fact]
    public void Validate_ExtensionDayAfterDueDate_ExtensionAfterDeadline()
    {
        // Received 2025-09-25: due 10-29; an extension approved 10-30 comes too late.
        var request = Received().Record(new ExtensionApproved(D(2025, 10, 30), 10, PersonId.Parse("office-head")));

        Assert.Empty(request.Violations);
        var violation = Only(request);
        Assert.Same(RequestViolationCodes.ExtensionAfterDeadline, violation.Code);
        Assert.Contains("2025-10-29", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ExtensionAfterOriginalDueButWithinPausedDeadline_Lawful()
    {
        // C1 paused 09-30..10-10, whose working days are 09-30, 10-09, 10-10 = 3 → due 10-29 + 3 = 10-30, 10-31, 11-03.
        var request = Received()
            .Record(new ConsultationSent(D(2025, 9, 29), "C1", ConsultationParty.ThirdParty))
            .Record(new ConsultationAnswered(D(2025, 10, 10), "C1"))
            .Record(new ExtensionApproved(D(2025, 11, 3), 5, PersonId.Parse("office-head")));

        Assert.Empty(Calculator.Validate(request));
        Assert.Equal(D(2025, 11, 3), Calculator.Evaluate(request, D(2025, 11, 3)).OriginalDueOn);
    }

    [Fact]
    public void Calculator_ARequestOfMay2019BeforeThe15th_ReceivedBefore2019Regulation()
    {
        var request = InformationRequest.Receive(RequestReceived.InPerson(new LocalDate(2019, 5, 10)));

        var violation = Assert.Single(new RequestDeadlineCalculator(Disclosure.Domain.Calendars.WorkingDayCalendar.ChinaMainland, DisclosureOffice.HeadedBy(PersonId.Parse("office-head"))).Validate(request));

        Assert.Same(RequestViolationCodes.ReceivedBeforeRegulation, violation.Code);
        Assert.Equal(0, violation.EventIndex);
    }

    [Fact]
    public void All_EveryCodeHasAUniqueKebabCaseIdAndIsCoveredHere()
    {
        var ids = RequestViolationCodes.All.Select(c => c.Id).ToList();

        Assert.Equal(25, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[a-z]+(-[a-z0-9]+)*$", id));
        foreach (var code in RequestViolationCodes.All)
        {
            Assert.True(RequestViolationCodes.TryParse(code.Id, out var parsed));
            Assert.Same(code, parsed);
            Assert.Contains(typeof(InformationRequestTests).GetMethods(), m => m.Name.EndsWith("_" + Pascal(code.Id), StringComparison.Ordinal));
        }

        Assert.Equal([.. RequestViolationCodes.FindingCodes], RequestViolationCodes.All.Where(RequestViolationCodes.IsFinding));
        Assert.False(RequestViolationCodes.TryParse("no-such-code", out _));
    }

    private static string Pascal(string kebab) => string.Concat(kebab.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
