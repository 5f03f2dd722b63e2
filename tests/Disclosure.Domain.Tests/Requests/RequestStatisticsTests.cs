using Disclosure.Domain.Calendars;
using Disclosure.Domain.Reports;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Tests.Requests;

public sealed class RequestStatisticsTests
{
    private static readonly RequestDeadlineCalculator Calculator = new(WorkingDayCalendar.ChinaMainland, DisclosureOffice.HeadedBy(PersonId.Parse("office-head")));

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Compute_Year2025_CountsCarriedOverNewConcludedAndCarriedForward()
    {
        InformationRequest[] requests =
        [
            // Carried over from 2024 (received 2024-12-20, answered 2025-01-10 on time: due 2025-01-20).
            InformationRequest.Receive(RequestReceived.InPerson(D(2024, 12, 20))).Record(new RequestAnswered(D(2025, 1, 10), AnswerOutcome.Disclosed)),
            // Concluded in 2024: neither carried over nor concluded in 2025.
            InformationRequest.Receive(RequestReceived.InPerson(D(2024, 3, 1))).Record(new RequestAnswered(D(2024, 3, 5))),
            // On the spot, counts as on time with 0 working days.
            InformationRequest.Receive(RequestReceived.InPerson(D(2025, 10, 9))).Record(new AnsweredOnTheSpot(D(2025, 10, 9))),
            // Online, answered late: due 2025-10-29, answered 10-31 (20 + 2 working days).
            InformationRequest.Receive(RequestReceived.Online(D(2025, 9, 25), D(2025, 9, 25))).Record(new RequestAnswered(D(2025, 10, 31), AnswerOutcome.PartlyDisclosed)),
            // Registered post, withdrawn → 其他处理.
            InformationRequest.Receive(RequestReceived.ByRegisteredPost(D(2025, 3, 3))).Record(new RequestWithdrawn(D(2025, 3, 4))),
            // Fax, abandoned after the correction period → 其他处理.
            InformationRequest.Receive(RequestReceived.ByFax(D(2025, 4, 1), D(2025, 4, 1))).Record(new CorrectionRequested(D(2025, 4, 2), D(2025, 4, 30))),
            // Still open on 2025-12-31 → carried forward.
            InformationRequest.Receive(RequestReceived.ByOrdinaryPost(D(2025, 12, 22), D(2025, 12, 22))),
            // Unlawful history → left out.
            InformationRequest.Receive(RequestReceived.InPerson(D(2025, 5, 6))).Record(new ExtensionApproved(D(2025, 5, 7), 25, PersonId.Parse("office-head"))),
            // Received after the period → ignored.
            InformationRequest.Receive(RequestReceived.InPerson(D(2026, 1, 5))),
        ];

        var stats = RequestStatistics.Compute(requests, D(2025, 1, 1), D(2025, 12, 31), Calculator);

        Assert.Equal(1, stats.CarriedOver);
        Assert.Equal(5, stats.NewlyReceived);
        Assert.Equal(1, stats.ReceivedByChannel[RequestChannel.InPerson]);
        Assert.Equal(1, stats.ReceivedByChannel[RequestChannel.Online]);
        Assert.Equal(1, stats.ReceivedByChannel[RequestChannel.RegisteredPost]);
        Assert.Equal(1, stats.ReceivedByChannel[RequestChannel.Fax]);
        Assert.Equal(1, stats.ReceivedByChannel[RequestChannel.OrdinaryPost]);
        Assert.Equal(5, stats.Concluded);
        Assert.Equal(2, stats.ConcludedByOutcome[AnswerOutcome.Disclosed]);
        Assert.Equal(1, stats.ConcludedByOutcome[AnswerOutcome.PartlyDisclosed]);
        Assert.Equal(2, stats.ConcludedByOutcome[AnswerOutcome.OtherHandling]);
        Assert.Equal(0, stats.ConcludedByOutcome[AnswerOutcome.NotDisclosed]);
        Assert.Equal(1, stats.CarriedForward);
        Assert.Equal(2, stats.AnsweredOnTime);
        Assert.Equal(1, stats.AnsweredLate);
        Assert.Equal(2.0 / 3, stats.OnTimeRate!.Value, 10);
        // 2024-12-20 → 2025-01-10: 12-23..27 5, 12-30 6, 12-31 7, 01-01 holiday, 01-02 8, 01-03 9, 01-06..10 10-14 → 14;
        // on the spot 0; late 22. Average (14 + 0 + 22) / 3 = 12.
        Assert.Equal(12.0, stats.AverageWorkingDaysToAnswer!.Value, 10);
        Assert.Equal(1, stats.Invalid);
    }

    [Fact]
    public void Compute_AbandonedWhenTheCorrectionPeriodEndsOn31December_AgreesWithTheAnnualReportOnBothYears()
    {
        RequestReceived Person(LocalDate on) => RequestReceived.InPerson(on).WithApplicant(ApplicantCategory.NaturalPerson);
        RegisteredRequest[] register =
        [
            // Correction period ends 2025-12-31 and nothing arrives: deemed abandoned on 2026-01-01 (第三十条), so open on 31 December.
            new("A", InformationRequest.Receive(Person(D(2025, 12, 10))).Record(new CorrectionRequested(D(2025, 12, 11), D(2025, 12, 31)))),
            // Abandoned within 2025 (period ends 12-30, deemed abandoned 12-31).
            new("B", InformationRequest.Receive(Person(D(2025, 12, 1))).Record(new CorrectionRequested(D(2025, 12, 2), D(2025, 12, 30)))),
            new("C", InformationRequest.Receive(Person(D(2025, 11, 3))).Record(new RequestAnswered(D(2025, 11, 20), AnswerOutcome.Disclosed))),
            new("D", InformationRequest.Receive(Person(D(2025, 12, 22))).Record(new RequestAnswered(D(2026, 1, 9), AnswerOutcome.Disclosed))),
            new("E", InformationRequest.Receive(Person(D(2026, 2, 2))).Record(new RequestAnswered(D(2026, 2, 10), AnswerOutcome.Disclosed))),
        ];

        foreach (var (year, carriedOver, received, concluded, carriedForward) in new[] { (2025, 0, 4, 2, 2), (2026, 2, 1, 3, 0) })
        {
            var stats = RequestStatistics.Compute(register.Select(r => r.Request), D(year, 1, 1), D(year, 12, 31), Calculator);
            var report = AnnualReportCalculator.Compute(year, register);
            decimal? Total(string row) => report[ReportTable.Requests.FindRow(row)!, ReportTable.Requests.FindColumn("total")!];

            Assert.Equal((carriedOver, received, concluded, carriedForward), (stats.CarriedOver, stats.NewlyReceived, stats.Concluded, stats.CarriedForward));
            Assert.Equal([stats.CarriedOver, stats.NewlyReceived, stats.Concluded, stats.CarriedForward], new[] { "carried-over", "new", "concluded-total", "carried-forward" }.Select(r => (int)Total(r)!.Value));
            Assert.Equal(stats.ConcludedByOutcome[AnswerOutcome.OtherHandling], (int)report[ReportTable.Requests.FindRow("other-handling-1")!, ReportTable.Requests.FindColumn("total")!]!.Value);
        }
    }

    [Fact]
    public void Compute_ClerksThenHeadsExtensionAndTwoHeadsExtensions_AgreesWithTheAnnualReportGivenTheOffice()
    {
        RequestReceived Person(LocalDate on) => RequestReceived.InPerson(on).WithApplicant(ApplicantCategory.NaturalPerson);
        var head = PersonId.Parse("office-head");
        // Received 2025-09-25, due 10-29; the head's 5 days (the clerk's do not count) make it 11-05: answered 11-04 on time.
        var clerkThenHead = new RegisteredRequest("K", InformationRequest.Receive(Person(D(2025, 9, 25)))
            .Record(new ExtensionApproved(D(2025, 10, 9), 10, PersonId.Parse("zhang.san")))
            .Record(new ExtensionApproved(D(2025, 10, 20), 5, head))
            .Record(new RequestAnswered(D(2025, 11, 4), AnswerOutcome.Disclosed)));
        var twice = new RegisteredRequest("T", InformationRequest.Receive(Person(D(2025, 9, 25)))
            .Record(new ExtensionApproved(D(2025, 10, 9), 10, head))
            .Record(new ExtensionApproved(D(2025, 10, 20), 5, head))
            .Record(new RequestAnswered(D(2025, 11, 4), AnswerOutcome.Disclosed)));

        var stats = RequestStatistics.Compute([clerkThenHead.Request, twice.Request], D(2025, 1, 1), D(2025, 12, 31), Calculator);
        Assert.Equal((1, 1, 1, 0), (stats.Invalid, stats.Concluded, stats.AnsweredOnTime, stats.AnsweredLate));

        // The annual report refuses the same history the statistics leave out, and counts the other the same way.
        var refused = Assert.Throws<AnnualReportException>(() => AnnualReportCalculator.Compute(2025, [clerkThenHead, twice], office: Calculator.Office));
        var problem = Assert.Single(refused.Errors);
        Assert.Equal(AnnualReportProblemCodes.InvalidHistory, problem.Code);
        Assert.Equal("T", problem.Location.EntryId);
        Assert.Contains("second-extension", problem.Message, StringComparison.Ordinal);
        var report = AnnualReportCalculator.Compute(2025, [clerkThenHead], office: Calculator.Office);
        Assert.Equal(stats.Concluded, (int)report[ReportTable.Requests.FindRow("concluded-total")!, ReportTable.Requests.FindColumn("total")!]!.Value);

        // Without the office every approver counts as a head: the clerk's extension then makes the head's a second one.
        Assert.Equal("K", Assert.Single(Assert.Throws<AnnualReportException>(() => AnnualReportCalculator.Compute(2025, [clerkThenHead])).Errors).Location.EntryId);
    }

    [Fact]
    public void Compute_NothingAnswered_RatesAreNull()
    {
        var stats = RequestStatistics.Compute([], D(2025, 1, 1), D(2025, 12, 31), Calculator);

        Assert.Null(stats.OnTimeRate);
        Assert.Null(stats.AverageWorkingDaysToAnswer);
        Assert.Equal(0, stats.NewlyReceived);
        Assert.Equal(RequestChannel.All.Length, stats.ReceivedByChannel.Count);
    }

    [Fact]
    public void Compute_PeriodEndsBeforeStart_Throws() =>
        Assert.Throws<ArgumentException>(() => RequestStatistics.Compute([], D(2025, 2, 1), D(2025, 1, 1), Calculator));
}
