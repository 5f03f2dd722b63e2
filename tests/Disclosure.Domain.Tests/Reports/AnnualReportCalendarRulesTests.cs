using System.Globalization;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Reports;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;
using static Disclosure.Domain.Tests.Reports.AnnualRegisters;

namespace Disclosure.Domain.Tests.Reports;

/// <summary>The annual report, given the working-day calendar, refuses the histories that break a rule counting working days.</summary>
public sealed class AnnualReportCalendarRulesTests
{
    private static readonly PersonId Head = PersonId.Parse("office-head");
    private static readonly DisclosureOffice Office = DisclosureOffice.HeadedBy(Head);
    private static readonly RequestDeadlineCalculator Deadlines = new(WorkingDayCalendar.ChinaMainland, Office);

    /// <summary>
    /// Everything received Monday 2025-03-03, answer due 2025-03-31 (20 working days) and correction notice due 2025-03-12 (7):
    /// "late-correction" sent its notice on 03-20 (13 working days); "late-extension" approved its extension on 04-08, after the due
    /// date; "twice" has two extensions a head approved; "on-time" and "extended" are valid.
    /// </summary>
    internal static List<RegisteredRequest> Register() =>
    [
        Request("on-time", ApplicantCategory.NaturalPerson, D(2025, 3, 3), new RequestAnswered(D(2025, 3, 20))),
        Request("late-correction", ApplicantCategory.NaturalPerson, D(2025, 3, 3),
            new CorrectionRequested(D(2025, 3, 20), D(2025, 4, 3)), new CorrectionReceived(D(2025, 3, 25)), new RequestAnswered(D(2025, 4, 10))),
        Request("extended", ApplicantCategory.CommercialEnterprise, D(2025, 3, 3),
            new ExtensionApproved(D(2025, 3, 28), 20, Head), new RequestAnswered(D(2025, 4, 20))),
        Request("late-extension", ApplicantCategory.CommercialEnterprise, D(2025, 3, 3),
            new ExtensionApproved(D(2025, 4, 8), 20, Head), new RequestAnswered(D(2025, 4, 25))),
        Request("twice", ApplicantCategory.ResearchInstitution, D(2025, 3, 3),
            new ExtensionApproved(D(2025, 3, 20), 10, Head), new ExtensionApproved(D(2025, 3, 25), 5, Head), new RequestAnswered(D(2025, 4, 20))),
    ];

    [Fact]
    public void Compute_WithCalendar_LateCorrectionNoticeAndLateExtension_NameBothRequestsAndRules()
    {
        var refused = Assert.Throws<AnnualReportException>(() => AnnualReportCalculator.Compute(2025, Register(), office: Office, calendar: WorkingDayCalendar.ChinaMainland));

        Assert.Equal(
            [("late-correction", "correction-request-too-late"), ("late-extension", "extension-after-deadline"), ("twice", "second-extension")],
            refused.Errors.Select(p => (p.Location.EntryId, RuleOf(p.Message))));
        Assert.All(refused.Errors, p => Assert.Equal((AnnualReportProblemCodes.InvalidHistory, "events"), (p.Code, p.Location.Field)));
        Assert.Contains("2025-03-31", refused.Errors[1].Message, StringComparison.Ordinal); // the due date the extension came after
        var zh = refused.GetMessage(CultureInfo.GetCultureInfo("zh-Hans"));
        Assert.Contains("申请“late-correction”", zh, StringComparison.Ordinal);
        Assert.Contains("申请“late-extension”", zh, StringComparison.Ordinal);
        Assert.Contains("第13个工作日才发出", zh, StringComparison.Ordinal); // the rule's own words, in the reader's language
        Assert.Contains("答复期限已于2025年3月31日届满", zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_WithoutCalendar_CountsTheCalendarRuleBreachesAsBefore()
    {
        var register = Register().Where(r => r.Id != "twice").ToList();

        var report = AnnualReportCalculator.Compute(2025, register, office: Office);

        Assert.Equal(4, Total(report, "disclosed"));
        Assert.Throws<AnnualReportException>(() => AnnualReportCalculator.Compute(2025, register, office: Office, calendar: WorkingDayCalendar.ChinaMainland));
    }

    [Fact]
    public void Compute_WithCalendar_RefusesExactlyWhatTheStatisticsLeaveOut()
    {
        var from = D(2025, 1, 1);
        var to = D(2025, 12, 31);
        var register = Register();

        // Request by request: the statistics leave it out exactly when the report refuses it.
        foreach (var entry in register)
        {
            var leftOut = RequestStatistics.Compute([entry.Request], from, to, Deadlines).Invalid == 1;
            var refused = Record.Exception(() => AnnualReportCalculator.Compute(2025, [entry], office: Office, calendar: Deadlines.Calendar)) is AnnualReportException;
            Assert.True(leftOut == refused, $"{entry.Id}: statistics leave out {leftOut}, report refuses {refused}");
        }

        // The whole register: as many refused as left out, and the valid rest counted the same.
        var stats = RequestStatistics.Compute(register.Select(r => r.Request), from, to, Deadlines);
        var errors = Assert.Throws<AnnualReportException>(() => AnnualReportCalculator.Compute(2025, register, office: Office, calendar: Deadlines.Calendar)).Errors;
        Assert.Equal(stats.Invalid, errors.Select(p => p.Location.EntryId).Distinct().Count());
        var refusedIds = errors.Select(p => p.Location.EntryId).ToHashSet();
        var report = AnnualReportCalculator.Compute(2025, register.Where(r => !refusedIds.Contains(r.Id)), office: Office, calendar: Deadlines.Calendar);
        Assert.Equal(stats.Concluded, Total(report, "concluded-total"));
    }

    [Fact]
    public void Compute_WithCalendarWithoutOffice_EveryApproverIsAHead()
    {
        // A clerk's extension before the due date and a second one after it: as heads, the clerk's counts and the other is a second one.
        var clerk = Request("clerk", ApplicantCategory.NaturalPerson, D(2025, 3, 3),
            new ExtensionApproved(D(2025, 3, 20), 10, PersonId.Parse("zhang.san")), new ExtensionApproved(D(2025, 4, 8), 5, Head), new RequestAnswered(D(2025, 4, 10)));

        var refused = Assert.Throws<AnnualReportException>(() => AnnualReportCalculator.Compute(2025, [clerk], calendar: WorkingDayCalendar.ChinaMainland));
        Assert.Contains("second-extension", Assert.Single(refused.Errors).Message, StringComparison.Ordinal);

        // Only the head's counts with the office: approved 04-08, after the 03-31 due date.
        var late = Assert.Throws<AnnualReportException>(() => AnnualReportCalculator.Compute(2025, [clerk], office: Office, calendar: WorkingDayCalendar.ChinaMainland));
        Assert.Equal("extension-after-deadline", RuleOf(Assert.Single(late.Errors).Message));

        // With no extension in the register at all, the calendar rules are still checked.
        Assert.Equal("late-correction", Assert.Single(Assert.Throws<AnnualReportException>(
            () => AnnualReportCalculator.Compute(2025, Register().Take(2), calendar: WorkingDayCalendar.ChinaMainland)).Errors).Location.EntryId);
    }

    [Fact]
    public void Compute_WithCalendar_RequestUnderThe2007Regulation_IsStillCounted()
    {
        // Received before 2019-05-15: the statistics have no deadline for it, but the template counts it (carried over into 2021).
        var old = Request("old", ApplicantCategory.NaturalPerson, D(2019, 3, 1), new RequestAnswered(D(2021, 2, 1)));

        var report = AnnualReportCalculator.Compute(2021, [old], office: Office, calendar: WorkingDayCalendar.ChinaMainland);

        Assert.Equal(1, Total(report, "carried-over"));
        Assert.Equal(RequestViolationCodes.ReceivedBeforeRegulation, Assert.Single(Deadlines.Validate(old.Request)).Code);
    }

    [Fact]
    public void Compute_WithCalendar_CheckNeedingAnUncoveredYear_IsAProblemNamingTheRequestAndYear()
    {
        var last = WorkingDayCalendar.ChinaMainland.Coverage.PublishedYears[^1];
        // Received on 20 December of the last published year, extended in January: its due date lies in the year after.
        var late = Request("late-in-year", ApplicantCategory.NaturalPerson, D(last, 12, 20), new ExtensionApproved(D(last + 1, 1, 5), 10, Head));

        var refused = Assert.Throws<AnnualReportException>(() => AnnualReportCalculator.Compute(last, [late, .. Register()], office: Office, calendar: WorkingDayCalendar.ChinaMainland));

        var problem = Assert.Single(refused.Errors, p => p.Code == AnnualReportProblemCodes.CalendarNotCovered);
        Assert.Equal("late-in-year", problem.Location.EntryId);
        Assert.Contains((last + 1).ToString(CultureInfo.InvariantCulture), problem.Message, StringComparison.Ordinal);

        // A projecting calendar answers for that year, provisionally: the history is then valid and counted.
        var report = AnnualReportCalculator.Compute(last, [late], office: Office, calendar: WorkingDayCalendar.ChinaMainland.WithProjection());
        Assert.Equal(1, Total(report, "carried-forward"));
    }

    private static decimal? Total(AnnualReport report, string row) => report[ReportTable.Requests.FindRow(row)!, ReportTable.Requests.FindColumn("total")!];

    private static string RuleOf(string message) =>
        new[] { "correction-request-too-late", "extension-after-deadline", "second-extension" }.Single(code => message.Contains(code, StringComparison.Ordinal));
}
