using Disclosure.Domain.Calendars;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Tests.Requests;

/// <summary>
/// Hand-worked deadlines across the 2024 Spring Festival and 2025 National Day blocks, from REFERENCE.md §6:
/// 2024 春节 02-10..02-17 off, 02-04 (Sun) and 02-18 (Sun) worked; 2025 国庆+中秋 10-01..10-08 off, 09-28 (Sun) and 10-11 (Sat) worked.
/// </summary>
public sealed partial class RequestDeadlineCalculatorTests
{
    private static readonly RequestDeadlineCalculator Calculator = new(WorkingDayCalendar.ChinaMainland, DisclosureOffice.HeadedBy(PersonId.Parse("office-head")));

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    // 2025-09-25 (Thu) received online, confirmed the same day. Working days after it:
    // 09-26 Fri 1 · 09-27 Sat off · 09-28 Sun 调休上班 2 · 09-29 Mon 3 · 09-30 Tue 4 · 10-01..10-08 holiday block ·
    // 10-09 Thu 5 · 10-10 Fri 6 · 10-11 Sat 调休上班 7 · 10-13..10-17 8-12 · 10-20..10-24 13-17 · 10-27 18 · 10-28 19 · 10-29 20.
    private static InformationRequest NationalDay2025() =>
        InformationRequest.Receive(RequestReceived.Online(D(2025, 9, 25), D(2025, 9, 25)));

    // 2024-02-08 (Thu) handed in. 02-09 Fri 1 · 02-10..02-17 春节 · 02-18 Sun 调休上班 2 · 02-19..02-23 3-7 · 02-26..03-01 8-12 ·
    // 03-04..03-08 13-17 · 03-11 18 · 03-12 19 · 03-13 20.
    private static InformationRequest SpringFestival2024() => InformationRequest.Receive(RequestReceived.InPerson(D(2024, 2, 8)));

    [Fact]
    public void Evaluate_NationalDay2025NoEvents_DueTwentyWorkingDaysLater()
    {
        var deadline = Calculator.Evaluate(NationalDay2025(), D(2025, 10, 9));

        Assert.Equal(D(2025, 10, 29), deadline.DueOn);
        Assert.Equal(D(2025, 9, 25), deadline.ClockStartsOn);
        Assert.Equal(RequestStatus.Open, deadline.Status);
        // As of 10-09: 09-26, 09-28, 09-29, 09-30, 10-09 counted = 5.
        Assert.Equal(5, deadline.WorkingDaysUsed);
        Assert.Equal(15, deadline.WorkingDaysRemaining);
        Assert.False(deadline.IsOverdue);
        Assert.False(deadline.IsProvisional);
        Assert.Empty(deadline.Violations);
    }

    [Fact]
    public void Evaluate_SpringFestival2024NoEvents_DueOnMarch13()
    {
        var deadline = Calculator.Evaluate(SpringFestival2024(), D(2024, 2, 18));

        Assert.Equal(D(2024, 3, 13), deadline.DueOn);
        // As of 02-18 (Sunday worked): 02-09 and 02-18 = 2.
        Assert.Equal(2, deadline.WorkingDaysUsed);
        Assert.Equal(18, deadline.WorkingDaysRemaining);
    }

    [Fact]
    public void Evaluate_AfterDueDateWithoutAnswer_Overdue()
    {
        // Due 10-29; as of 10-31: 10-30 and 10-31 are working days past it.
        var deadline = Calculator.Evaluate(NationalDay2025(), D(2025, 10, 31));

        Assert.Equal(RequestStatus.Overdue, deadline.Status);
        Assert.True(deadline.IsOverdue);
        Assert.Equal(20, deadline.WorkingDaysUsed);
        Assert.Equal(0, deadline.WorkingDaysRemaining);
        Assert.Equal(2, deadline.WorkingDaysOverdue);
    }

    [Fact]
    public void Evaluate_AnsweredOnDueDate_AnsweredOnTime()
    {
        var request = NationalDay2025().Record(new RequestAnswered(D(2025, 10, 29)));

        var deadline = Calculator.Evaluate(request, D(2025, 12, 1));

        Assert.Equal(RequestStatus.AnsweredOnTime, deadline.Status);
        Assert.Equal(D(2025, 10, 29), deadline.ClosedOn);
        Assert.Equal(20, deadline.WorkingDaysUsed);
        Assert.Equal(0, deadline.WorkingDaysOverdue);
    }

    [Fact]
    public void Evaluate_AnsweredDayAfterDueDate_AnsweredLate()
    {
        var request = NationalDay2025().Record(new RequestAnswered(D(2025, 10, 30), AnswerOutcome.PartlyDisclosed));

        var deadline = Calculator.Evaluate(request, D(2025, 12, 1));

        Assert.Equal(RequestStatus.AnsweredLate, deadline.Status);
        Assert.True(deadline.IsOverdue);
        Assert.Equal(1, deadline.WorkingDaysOverdue);
    }

    [Fact]
    public void Evaluate_AsOfBeforeAnswer_IgnoresLaterEvents()
    {
        var request = NationalDay2025().Record(new RequestAnswered(D(2025, 10, 20)));

        var deadline = Calculator.Evaluate(request, D(2025, 10, 10));

        Assert.Equal(RequestStatus.Open, deadline.Status);
        Assert.Null(deadline.ClosedOn);
        Assert.Equal(6, deadline.WorkingDaysUsed);
    }

    [Fact]
    public void Evaluate_AsOfBeforeReceipt_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calculator.Evaluate(NationalDay2025(), D(2025, 9, 24)));
    }

    [Fact]
    public void Evaluate_AnsweredOnTheSpot_DueAndClosedOnReceiptDay()
    {
        var request = InformationRequest.Receive(RequestReceived.InPerson(D(2025, 10, 9))).Record(new AnsweredOnTheSpot(D(2025, 10, 9)));

        var deadline = Calculator.Evaluate(request, D(2025, 10, 20));

        Assert.Equal(RequestStatus.AnsweredOnTheSpot, deadline.Status);
        Assert.Equal(D(2025, 10, 9), deadline.DueOn);
        Assert.Equal(D(2025, 10, 9), deadline.ClosedOn);
        Assert.Equal(0, deadline.WorkingDaysUsed);
    }

    [Fact]
    public void Evaluate_CorrectionAcrossSpringFestival_ClockRestartsFromCorrectedApplication()
    {
        // Received 2024-02-01 (Thu). Correction notice 02-05 (Mon): 02-02 1, 02-04 (Sun worked) 2, 02-05 3 — within 7.
        // Corrected application arrives 02-08 (Thu): the clock counts from 02-08, exactly as SpringFestival2024 → 03-13.
        var request = InformationRequest.Receive(RequestReceived.InPerson(D(2024, 2, 1)))
            .Record(new CorrectionRequested(D(2024, 2, 5), D(2024, 2, 29)))
            .Record(new CorrectionReceived(D(2024, 2, 8)));

        var deadline = Calculator.Evaluate(request, D(2024, 2, 19));

        Assert.Equal(D(2024, 2, 8), deadline.ClockStartsOn);
        Assert.Equal(D(2024, 3, 13), deadline.DueOn);
        // As of 02-19: 02-09, 02-18, 02-19 = 3 (days before 02-08 never count).
        Assert.Equal(3, deadline.WorkingDaysUsed);
        // The notice was owed by 02-09: 02-02 1, 02-04 2, 02-05 3, 02-06 4, 02-07 5, 02-08 6, 02-09 7.
        var notice = Assert.Single(deadline.OwedDeadlines, o => o.Kind == OwedDeadlineKind.CorrectionNotice);
        Assert.Equal(D(2024, 2, 9), notice.DueOn);
        Assert.Equal(OwedDeadlineState.Met, notice.State);
        Assert.Equal(D(2024, 2, 5), notice.SettledOn);
        var correction = Assert.Single(deadline.OwedDeadlines, o => o.Kind == OwedDeadlineKind.Correction);
        Assert.Equal(OwedDeadlineState.Met, correction.State);
        Assert.Equal("applicant", correction.OwedBy);
    }

    [Fact]
    public void Evaluate_CorrectionPending_AwaitingCorrectionWithoutDueDate()
    {
        var request = InformationRequest.Receive(RequestReceived.InPerson(D(2024, 2, 1)))
            .Record(new CorrectionRequested(D(2024, 2, 5), D(2024, 2, 29)));

        var deadline = Calculator.Evaluate(request, D(2024, 2, 20));

        Assert.Equal(RequestStatus.AwaitingCorrection, deadline.Status);
        Assert.Null(deadline.DueOn);
        Assert.Null(deadline.ClockStartsOn);
        Assert.Equal(0, deadline.WorkingDaysUsed);
        Assert.Contains(deadline.OwedDeadlines, o => o.Kind == OwedDeadlineKind.Correction && o.State == OwedDeadlineState.Pending && o.DueOn == D(2024, 2, 29));
    }

    [Fact]
    public void Evaluate_CorrectionPeriodPassed_Abandoned()
    {
        var request = InformationRequest.Receive(RequestReceived.InPerson(D(2024, 2, 1)))
            .Record(new CorrectionRequested(D(2024, 2, 5), D(2024, 2, 29)));

        var onLastDay = Calculator.Evaluate(request, D(2024, 2, 29));
        var dayAfter = Calculator.Evaluate(request, D(2024, 3, 1));

        Assert.Equal(RequestStatus.AwaitingCorrection, onLastDay.Status);
        Assert.Equal(RequestStatus.Abandoned, dayAfter.Status);
        Assert.Equal(D(2024, 2, 29), dayAfter.ClosedOn);
        Assert.Null(dayAfter.DueOn);
        Assert.Contains(dayAfter.OwedDeadlines, o => o.Kind == OwedDeadlineKind.Correction && o.State == OwedDeadlineState.Lapsed);
    }

    [Fact]
    public void Evaluate_CorrectionNoticeOnSeventhWorkingDayInHoliday_Lawful()
    {
        // Received 2024-02-01: the 7th working day after it is 02-09; 02-17 (a holiday) still has count 7, so a notice that day is lawful.
        var request = InformationRequest.Receive(RequestReceived.InPerson(D(2024, 2, 1)))
            .Record(new CorrectionRequested(D(2024, 2, 17), D(2024, 3, 1)));

        Assert.Empty(Calculator.Validate(request));
    }

    [Fact]
    public void Evaluate_TwoOverlappingConsultationsAcrossNationalDay_PausedDaysCountedOnce()
    {
        // C1 (third party) sent 09-29 (count 3 so far: 09-26, 09-28, 09-29), reply 10-10 → paused 09-30..10-10.
        // C2 (other agency) sent 10-09, reply 10-15 → paused 10-10..10-15. Union 09-30..10-15.
        // Paused working days: 09-30, 10-09, 10-10, 10-11 (Sat worked), 10-13, 10-14, 10-15 = 7.
        // Resume: 10-16 4, 10-17 5, 10-20..24 6-10, 10-27..31 11-15, 11-03..07 16-20 → due 11-07
        // (= 10-29 moved 7 working days: 10-30, 10-31, 11-03, 11-04, 11-05, 11-06, 11-07).
        var request = NationalDay2025()
            .Record(new ConsultationSent(D(2025, 9, 29), "C1", ConsultationParty.ThirdParty))
            .Record(new ConsultationSent(D(2025, 10, 9), "C2", ConsultationParty.OtherAgency))
            .Record(new ConsultationAnswered(D(2025, 10, 10), "C1"))
            .Record(new ConsultationAnswered(D(2025, 10, 15), "C2"));

        var deadline = Calculator.Evaluate(request, D(2025, 10, 20));

        Assert.Equal(D(2025, 11, 7), deadline.DueOn);
        Assert.Equal(7, deadline.PausedWorkingDays);
        Assert.Equal(RequestStatus.Open, deadline.Status);
        // As of 10-20: 09-26, 09-28, 09-29, 10-16, 10-17, 10-20 = 6.
        Assert.Equal(6, deadline.WorkingDaysUsed);
        Assert.Equal(
            [new ConsultationPause("C1", ConsultationParty.ThirdParty, D(2025, 9, 30), D(2025, 10, 10), false),
             new ConsultationPause("C2", ConsultationParty.OtherAgency, D(2025, 10, 10), D(2025, 10, 15), false)],
            deadline.Pauses);
        // Party deadlines: C1 09-29 + 15 = 09-30 1, 10-09..10-11 2-4, 10-13..17 5-9, 10-20..24 10-14, 10-27 15.
        // C2 10-09 + 15 = 10-10 1, 10-11 2, 10-13..17 3-7, 10-20..24 8-12, 10-27 13, 10-28 14, 10-29 15.
        Assert.Contains(deadline.OwedDeadlines, o => o is { Kind: OwedDeadlineKind.ThirdPartyOpinion, ConsultationId: "C1", State: OwedDeadlineState.Met } && o.DueOn == D(2025, 10, 27));
        Assert.Contains(deadline.OwedDeadlines, o => o is { Kind: OwedDeadlineKind.OtherAgencyOpinion, ConsultationId: "C2", State: OwedDeadlineState.Met } && o.DueOn == D(2025, 10, 29));
    }

    [Fact]
    public void Evaluate_ConsultationOngoing_PausedUntilAsOfAndDueMovesLaterEachDay()
    {
        // C1 sent 09-29, no reply by 10-13: paused 09-30, 10-09, 10-10, 10-11, 10-13 = 5 → due 10-29 + 5 = 11-05.
        var request = NationalDay2025().Record(new ConsultationSent(D(2025, 9, 29), "C1", ConsultationParty.ThirdParty));

        var on13 = Calculator.Evaluate(request, D(2025, 10, 13));
        var on14 = Calculator.Evaluate(request, D(2025, 10, 14));

        Assert.Equal(RequestStatus.Paused, on13.Status);
        Assert.Equal(D(2025, 11, 5), on13.DueOn);
        Assert.Equal(3, on13.WorkingDaysUsed);
        Assert.True(on13.Pauses[0].IsOngoing);
        Assert.Equal(D(2025, 11, 6), on14.DueOn);
    }

    [Fact]
    public void Evaluate_ThirdPartySilent_PauseEndsAtItsFifteenthWorkingDay()
    {
        // C1 sent 09-29, never answered: its 15 working days end 10-27, so 15 working days are paused.
        // Counted 3 before; then 10-28 4, 10-29 5, 10-30 6, 10-31 7, 11-03..07 8-12, 11-10..14 13-17, 11-17 18, 11-18 19, 11-19 20.
        var request = NationalDay2025().Record(new ConsultationSent(D(2025, 9, 29), "C1", ConsultationParty.ThirdParty));

        var deadline = Calculator.Evaluate(request, D(2025, 11, 20));

        Assert.Equal(D(2025, 11, 19), deadline.DueOn);
        Assert.Equal(15, deadline.PausedWorkingDays);
        Assert.Equal(RequestStatus.Overdue, deadline.Status);
        Assert.Equal(1, deadline.WorkingDaysOverdue);
        Assert.Contains(deadline.OwedDeadlines, o => o.ConsultationId == "C1" && o.State == OwedDeadlineState.Lapsed);
    }

    [Fact]
    public void Evaluate_LateReply_PauseCappedAtPartyDeadline()
    {
        var late = NationalDay2025()
            .Record(new ConsultationSent(D(2025, 9, 29), "C1", ConsultationParty.OtherAgency))
            .Record(new ConsultationAnswered(D(2025, 11, 3), "C1"));

        var deadline = Calculator.Evaluate(late, D(2025, 11, 4));

        Assert.Equal(D(2025, 11, 19), deadline.DueOn);
        Assert.Contains(deadline.OwedDeadlines, o => o.ConsultationId == "C1" && o.State == OwedDeadlineState.MetLate && o.SettledOn == D(2025, 11, 3));
    }

    [Fact]
    public void Evaluate_ReplyOnSendingDay_PausesNothing()
    {
        var request = NationalDay2025()
            .Record(new ConsultationSent(D(2025, 10, 9), "C1", ConsultationParty.OtherAgency))
            .Record(new ConsultationAnswered(D(2025, 10, 9), "C1"));

        var deadline = Calculator.Evaluate(request, D(2025, 10, 10));

        Assert.Equal(D(2025, 10, 29), deadline.DueOn);
        Assert.Empty(deadline.Pauses);
        Assert.Equal(0, deadline.PausedWorkingDays);
    }

    [Fact]
    public void Evaluate_DeliveredLater_PartyDeadlineRunsFromDelivery()
    {
        // Sent 10-09, delivered 10-13: the agency's 15 working days run from 10-13 → 10-14 1 … 10-31 14, 11-03 15.
        var request = NationalDay2025().Record(new ConsultationSent(D(2025, 10, 9), "C1", ConsultationParty.ThirdParty, D(2025, 10, 13)));

        var deadline = Calculator.Evaluate(request, D(2025, 10, 10));

        Assert.Contains(deadline.OwedDeadlines, o => o.ConsultationId == "C1" && o.DueOn == D(2025, 11, 3));
    }

    [Fact]
    public void Evaluate_ExtensionOfTen_DueTenWorkingDaysAfterOriginal()
    {
        // 10-29 + 10: 10-30 1, 10-31 2, 11-03..07 3-7, 11-10 8, 11-11 9, 11-12 10.
        var request = NationalDay2025().Record(new ExtensionApproved(D(2025, 10, 20), 10, PersonId.Parse("office-head")));

        var deadline = Calculator.Evaluate(request, D(2025, 10, 31));

        Assert.Equal(D(2025, 11, 12), deadline.DueOn);
        Assert.Equal(D(2025, 10, 29), deadline.OriginalDueOn);
        Assert.Equal(30, deadline.WorkingDays);
        Assert.Equal(10, deadline.ExtensionWorkingDays);
        Assert.Equal(22, deadline.WorkingDaysUsed);
        Assert.Equal(8, deadline.WorkingDaysRemaining);
        Assert.Equal(RequestStatus.Open, deadline.Status);
    }

    [Fact]
    public void Evaluate_ExtensionOnOriginalDueDate_Lawful()
    {
        var request = NationalDay2025().Record(new ExtensionApproved(D(2025, 10, 29), 20, PersonId.Parse("office-head")));

        Assert.Empty(Calculator.Validate(request));
    }

    [Fact]
    public void Evaluate_ReceiptDatesByChannel_FollowArticle31()
    {
        // Online, confirmed 10-09 after the 09-30 submission: the clock runs from 10-09 → 10-10 1, 10-11 2, 10-13..17 3-7,
        // 10-20..24 8-12, 10-27..31 13-17, 11-03 18, 11-04 19, 11-05 20.
        var online = InformationRequest.Receive(RequestReceived.Online(D(2025, 9, 30), D(2025, 10, 9)));
        var registered = InformationRequest.Receive(RequestReceived.ByRegisteredPost(D(2025, 10, 9)));
        var fax = InformationRequest.Receive(RequestReceived.ByFax(D(2025, 9, 30), D(2025, 10, 9)));

        Assert.Equal(D(2025, 11, 5), Calculator.Evaluate(online, D(2025, 10, 9)).DueOn);
        Assert.Equal(D(2025, 11, 5), Calculator.Evaluate(registered, D(2025, 10, 9)).DueOn);
        Assert.Equal(D(2025, 11, 5), Calculator.Evaluate(fax, D(2025, 10, 9)).DueOn);
    }

    [Fact]
    public void Evaluate_BeyondPublishedYears_ThrowsCalendarCoverageException()
    {
        // 2026-12-15 + 20 working days reaches 2027, which no notice has published.
        var request = InformationRequest.Receive(RequestReceived.InPerson(D(2026, 12, 15)));

        var error = Assert.Throws<CalendarCoverageException>(() => Calculator.Evaluate(request, D(2026, 12, 16)));

        Assert.Equal(2027, error.Year);
    }

    [Fact]
    public void Evaluate_ProjectingCalendarBeyondPublishedYears_Provisional()
    {
        var projecting = new RequestDeadlineCalculator(WorkingDayCalendar.ChinaMainland.WithProjection(), DisclosureOffice.HeadedBy(PersonId.Parse("office-head")));
        var request = InformationRequest.Receive(RequestReceived.InPerson(D(2026, 12, 15)));

        var deadline = projecting.Evaluate(request, D(2026, 12, 16));

        Assert.True(deadline.IsProvisional);
        Assert.Equal(2027, deadline.DueOn!.Value.Year);
        Assert.Contains(projecting.Explain(request, D(2026, 12, 16)).Entries, e => e.IsProvisional);
        Assert.False(Calculator.Evaluate(NationalDay2025(), D(2025, 10, 9)).IsProvisional);
    }

    [Fact]
    public void Evaluate_WithdrawnBeforeDue_WithdrawnAndClosed()
    {
        var request = NationalDay2025().Record(new RequestWithdrawn(D(2025, 10, 10)));

        var deadline = Calculator.Evaluate(request, D(2025, 11, 30));

        Assert.Equal(RequestStatus.Withdrawn, deadline.Status);
        Assert.Equal(D(2025, 10, 10), deadline.ClosedOn);
        Assert.Equal(6, deadline.WorkingDaysUsed);
        Assert.Equal(0, deadline.WorkingDaysRemaining);
        Assert.False(deadline.IsOverdue);
    }

    [Fact]
    public void Evaluate_UnlawfulHistory_InvalidWithoutDates()
    {
        var request = NationalDay2025().Record(new ExtensionApproved(D(2025, 10, 20), 21, PersonId.Parse("office-head")));

        var deadline = Calculator.Evaluate(request, D(2025, 10, 21));

        Assert.Equal(RequestStatus.Invalid, deadline.Status);
        Assert.Null(deadline.DueOn);
        Assert.Null(deadline.ClockStartsOn);
        Assert.Equal(RequestViolationCodes.ExtensionTooLong, Assert.Single(deadline.Violations).Code);
    }

    [Fact]
    public void Evaluate_OnThirdPartysLastDayWithoutReply_StillPaused()
    {
        // C1 sent 09-29: the third party's 15th working day is 10-27; that day is still paused, 10-28 is not.
        var request = NationalDay2025().Record(new ConsultationSent(D(2025, 9, 29), "C1", ConsultationParty.ThirdParty));

        Assert.Equal(RequestStatus.Paused, Calculator.Evaluate(request, D(2025, 10, 27)).Status);
        Assert.Equal(RequestStatus.Open, Calculator.Evaluate(request, D(2025, 10, 28)).Status);
        Assert.Equal(D(2025, 11, 19), Calculator.Evaluate(request, D(2025, 10, 27)).DueOn);
    }

    [Fact]
    public void Evaluate_ConsultationSentToday_TodayStillCounts()
    {
        var request = NationalDay2025().Record(new ConsultationSent(D(2025, 10, 9), "C1", ConsultationParty.OtherAgency));

        var deadline = Calculator.Evaluate(request, D(2025, 10, 9));

        Assert.Equal(RequestStatus.Open, deadline.Status);
        Assert.Equal(5, deadline.WorkingDaysUsed);
        Assert.Equal(D(2025, 10, 29), deadline.DueOn);
    }
}
