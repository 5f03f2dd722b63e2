using Disclosure.Domain.Reports;
using Disclosure.Domain.Requests;
using static Disclosure.Domain.Tests.Reports.AnnualRegisters;

namespace Disclosure.Domain.Tests.Reports;

public sealed class AnnualReportCalculatorTests
{
    private static readonly ReportTable T = ReportTable.Requests;

    private static decimal? Cell(AnnualReport report, string row, string column) =>
        report[ReportTable.All.Select(t => t.FindRow(row)).First(r => r is not null)!, ReportTable.All.Select(t => t.FindColumn(column)).First(c => c is not null)!];

    [Fact]
    public void Compute_HandBuiltRegister2025_GivesTheKnownCounts()
    {
        var report = AnnualReportCalculator.Compute(2025, Sample(), Proactive(), Appeals());

        // 一: C, D, E, F, H, I and the 17 ground requests; 二: A and J (B was concluded in 2024); 四: C, H (correction period ends 31 December), J.
        Assert.Equal(23, Cell(report, "new", "total"));
        Assert.Equal(2, Cell(report, "carried-over", "total"));
        Assert.Equal(2, Cell(report, "carried-over", "natural-person"));
        Assert.Equal(3, Cell(report, "carried-forward", "total"));
        Assert.Equal(1, Cell(report, "carried-forward", "public-interest-organization"));
        Assert.Equal(2, Cell(report, "disclosed", "total"));
        Assert.Equal(1, Cell(report, "disclosed", "other-organization"));
        Assert.Equal(1, Cell(report, "partly-disclosed", "natural-person"));
        Assert.Equal(1, Cell(report, "other-handling-3", "research-institution"));
        Assert.Equal(1, Cell(report, "other-handling-1", "legal-service-provider"));
        Assert.Equal(22, Cell(report, "concluded-total", "total"));
        Assert.All(T.Rows.Where(r => r.Id.StartsWith("not-", StringComparison.Ordinal) || r.Id.StartsWith("cannot-", StringComparison.Ordinal) || r.Id.StartsWith("other-handling-", StringComparison.Ordinal)),
            row => Assert.Equal(1, report[row, ReportTable.Requests.FindColumn("total")!]));

        // The ground requests cycle through the columns: G1 自然人 (state secret), G2 商业企业, … G7 自然人 (enforcement case file).
        Assert.Equal(1, Cell(report, "not-disclosed-1", "natural-person"));
        Assert.Equal(1, Cell(report, "not-disclosed-2", "commercial-enterprise"));
        Assert.Equal(1, Cell(report, "not-disclosed-7", "natural-person"));
        Assert.Equal(0, Cell(report, "not-disclosed-7", "commercial-enterprise"));
    }

    [Fact]
    public void Compute_HandBuiltRegister2026_CarriesOverTheOpenRequestsOf2025()
    {
        var report = AnnualReportCalculator.Compute(2026, Sample());

        // 二: C, H, J; H is deemed abandoned on 2026-01-01 (the day after its correction period), J answered 2026-02-02; Z is new.
        Assert.Equal(3, Cell(report, "carried-over", "total"));
        Assert.Equal(1, Cell(report, "other-handling-1", "public-interest-organization"));
        Assert.Equal(1, Cell(report, "disclosed", "natural-person"));
        Assert.Equal(1, Cell(report, "new", "total"));
        Assert.Equal(2, Cell(report, "carried-forward", "natural-person"));
    }

    [Fact]
    public void Compute_HandBuiltRegisters_CountProactiveAndAppeals()
    {
        var report = AnnualReportCalculator.Compute(2025, Sample(), Proactive(), Appeals());

        Assert.Equal([0m, 0m, 1m], new[] { "issued", "repealed", "in-force" }.Select(c => Cell(report, "rules", c)!.Value));
        Assert.Equal([2m, 2m, 1m], new[] { "issued", "repealed", "in-force" }.Select(c => Cell(report, "normative-documents", c)!.Value));
        Assert.Equal(12, Cell(report, "licensing", "decisions"));
        Assert.Equal(0, Cell(report, "penalty", "decisions"));
        Assert.Null(Cell(report, "coercion", "decisions")); // only 2024 is recorded: blank, not a guessed 0
        Assert.Equal(1.5m, Cell(report, "fees", "fee-amount"));

        Assert.Equal([1m, 0m, 0m, 1m, 2m], new[] { "upheld", "corrected", "other", "pending", "total" }.Select(c => Cell(report, "cases", "reconsideration-" + c)!.Value));
        Assert.Equal([0m, 0m, 0m, 1m, 1m], new[] { "upheld", "corrected", "other", "pending", "total" }.Select(c => Cell(report, "cases", "litigation-direct-" + c)!.Value));
        Assert.Equal([0m, 1m, 1m, 0m, 2m], new[] { "upheld", "corrected", "other", "pending", "total" }.Select(c => Cell(report, "cases", "litigation-after-reconsideration-" + c)!.Value));
    }

    [Fact]
    public void Compute_WithoutProactiveOrAppealRegisters_LeavesThoseTablesBlank()
    {
        var report = AnnualReportCalculator.Compute(2025, Sample());

        Assert.All(report.Cells.Where(c => ReportTable.Proactive.Rows.Contains(c.Row) || c.Row.Id == "cases"), c => Assert.Null(c.Value));
        Assert.Contains(AnnualReportValidator.Check(report), p => p.Code == AnnualReportProblemCodes.BlankCell && p.Location.Section == "appeals");
    }

    [Fact]
    public void Compute_ComputedReport_PassesTheValidatorExceptForMissingProse()
    {
        var report = AnnualReportCalculator.Compute(2025, Sample(), Proactive() with { Decisions = [new DecisionCount(DecisionKind.Licensing, 2025, 1), new DecisionCount(DecisionKind.Penalty, 2025, 0), new DecisionCount(DecisionKind.Coercion, 2025, 0)] }, Appeals());

        Assert.Equal([AnnualReportProblemCodes.MissingProse, AnnualReportProblemCodes.MissingProse, AnnualReportProblemCodes.MissingProse], AnnualReportValidator.Check(report).Select(p => p.Code));
        Assert.Empty(AnnualReportValidator.Check(report.WithProse(Prose())));
    }

    [Fact]
    public void Compute_RecordsThatCannotBeCounted_ListEveryProblem()
    {
        List<RegisteredRequest> register =
        [
            Request("x1", null, D(2025, 3, 1)),
            Request("x2", ApplicantCategory.NaturalPerson, D(2025, 3, 1), new RequestAnswered(D(2025, 3, 10), AnswerOutcome.NotDisclosed)),
            Request("x3", ApplicantCategory.NaturalPerson, D(2025, 3, 1), new RequestAnswered(D(2025, 3, 10)), new RequestWithdrawn(D(2025, 3, 11))),
            Request("x3", ApplicantCategory.NaturalPerson, D(2025, 3, 1)),
        ];
        List<AppealCase> appeals = [new("fy", "nobody", AppealKind.Reconsideration, D(2025, 4, 1), null, null), new("fy2", "x2", AppealKind.Reconsideration, D(2025, 4, 1), AppealResult.Upheld, null)];

        var e = Assert.Throws<AnnualReportException>(() => AnnualReportCalculator.Compute(2025, register, null, appeals));

        Assert.Equal(
            ["ANNUAL101 x1 applicant", "ANNUAL102 x2 ground", "ANNUAL103 x3 events", "ANNUAL104 x3 ", "ANNUAL105 fy request", "ANNUAL106 fy2 decided"],
            e.Problems.Select(p => $"{p.Code.Id} {p.Location.EntryId} {p.Location.Field}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Compute_RequestConcludedBeforeTheYear_IsNotCheckedOrCounted()
    {
        // A 2023 request without applicant category does not stop the report on 2025.
        var report = AnnualReportCalculator.Compute(2025, [Request("old", null, D(2023, 3, 1), new RequestAnswered(D(2023, 3, 10)))]);

        Assert.All(report.Cells.Where(c => c.Row.Columns.Length == 7), c => Assert.Equal(0, c.Value));
    }

    [Fact]
    public void AnswerGround_OfAnotherOutcome_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new RequestAnswered(D(2025, 1, 1), AnswerOutcome.NotDisclosed) { Ground = AnswerGround.NotHeld });
        Assert.Equal(AnswerOutcome.CannotBeProvided, AnswerGround.NotHeld.Outcome());
        Assert.Equal(19, Enum.GetValues<AnswerGround>().Length);
        Assert.Equal(19, ReportTable.Requests.Rows.Count(r => r.Path.Length == 2));
    }
}
