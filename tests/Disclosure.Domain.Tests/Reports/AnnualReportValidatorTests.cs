using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Reports;
using static Disclosure.Domain.Tests.Reports.AnnualRegisters;

namespace Disclosure.Domain.Tests.Reports;

public sealed class AnnualReportValidatorTests
{
    private static readonly ReportTable R = ReportTable.Requests;

    private static ReportRow Row(string id) => ReportTable.All.Select(t => t.FindRow(id)).First(r => r is not null)!;

    private static ReportColumn Col(string id) => ReportTable.All.Select(t => t.FindColumn(id)).First(c => c is not null)!;

    private static AnnualReport Computed() => AnnualReportCalculator.Compute(2025, Sample(), Proactive() with { Decisions = [new(DecisionKind.Licensing, 2025, 1), new(DecisionKind.Penalty, 2025, 0), new(DecisionKind.Coercion, 2025, 0)] }, Appeals(), Prose());

    /// <summary>Rows of table 三 typed in as a published report shows them: 7 values a row (自然人 … 其他, 总计).</summary>
    private static IEnumerable<ReportCell> Rows(params (string Row, decimal?[] Values)[] rows) =>
        rows.SelectMany(r => R.Columns.Select((c, i) => new ReportCell(Row(r.Row), c, r.Values[i])));

    private static string Where(Problem p) => $"{p.Code.Id} {p.Location.Section}/{p.Location.EntryId}/{p.Location.Field}";

    [Fact]
    public void Check_ComputedReportWithProse_FindsNothing()
    {
        Assert.Empty(AnnualReportValidator.Check(Computed()));
    }

    [Fact]
    public void Check_OneCellChanged_NamesTheBalanceTheTotalColumnAndTheTotalRow()
    {
        var report = Computed().With(Row("disclosed"), Col("natural-person"), 5);

        var found = AnnualReportValidator.Check(report).Select(Where).ToList();

        Assert.Equal(
            ["ANNUAL003 requests/concluded-total/natural-person", "ANNUAL002 requests/disclosed/total"],
            found);
        Assert.Equal(
            ["ANNUAL001 requests/concluded-total/natural-person", "ANNUAL002 requests/new/total"],
            AnnualReportValidator.Check(Computed().With(Row("new"), Col("natural-person"), 99)).Select(Where));
        var message = AnnualReportValidator.Check(report)[0].Message;
        Assert.Contains("三、收到和处理政府信息公开申请情况 › 三、本年度办理结果 （七）总计 › 自然人", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BlankNegativeAndFractionalCells_AreNamed()
    {
        var report = Computed()
            .With(Row("licensing"), Col("decisions"), null)
            .With(Row("penalty"), Col("decisions"), -1)
            .With(Row("cases"), Col("reconsideration-upheld"), 0.5m)
            .With(Row("fees"), Col("fee-amount"), 0.25m);

        var found = AnnualReportValidator.Check(report).Select(Where).ToList();

        Assert.Contains("ANNUAL006 proactive/licensing/decisions", found);
        Assert.Contains("ANNUAL004 proactive/penalty/decisions", found);
        Assert.Contains("ANNUAL004 appeals/cases/reconsideration-upheld", found);
        Assert.Contains("ANNUAL002 appeals/cases/reconsideration-total", found);
        Assert.DoesNotContain(found, f => f.Contains("fee-amount", StringComparison.Ordinal)); // a fee in 万元 may be fractional
    }

    [Fact]
    public void Check_InForceAgainstLastYear_FindsTheMismatch()
    {
        var report = Computed(); // 行政规范性文件 2025: 制发 2, 废止 2, 现行有效 1
        var lastYear = AnnualReport.Create(2024, [new ReportCell(Row("normative-documents"), Col("in-force"), 2), new ReportCell(Row("rules"), Col("in-force"), 1)]);

        var found = AnnualReportValidator.Check(report, lastYear).Where(p => p.Code == AnnualReportProblemCodes.InForceInconsistent).ToList();

        var problem = Assert.Single(found);
        Assert.Equal("ANNUAL005 proactive/normative-documents/in-force", Where(problem));
        Assert.Contains("2 + 本年制发 2 − 本年废止 2 = 2", problem.Message, StringComparison.Ordinal);
        Assert.Empty(AnnualReportValidator.Check(report, lastYear.With(Row("normative-documents"), Col("in-force"), 1)));
        Assert.Equal(AnnualReportProblemCodes.PreviousYearMismatch, Assert.Single(AnnualReportValidator.Check(report, Computed())).Code);
    }

    // 长春市某局2023年政府信息公开工作年度报告, http://js.changchun.gov.cn/zcbm/styjrswj/ndbg/202401/t20240115_3271106.html:
    // "一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3", "二、上年结转… | 0 | 0 | 0 | 0 | 0 | 0 | 0"; the stored page
    // ends at "三、本年度". The body says "本年度，共受理政府信息公开申请2件" — the table says 3.
    [Fact]
    public void Check_ChangchunPublishedRows_BalanceCannotBeCheckedAndTheMissingRowsAreBlank()
    {
        var report = AnnualReport.Create(2023, Rows(("new", [3, 0, 0, 0, 0, 0, 3]), ("carried-over", [0, 0, 0, 0, 0, 0, 0])), ReportProse.None, "长春市某局");

        var found = AnnualReportValidator.Check(report);

        Assert.DoesNotContain(found, p => p.Code == AnnualReportProblemCodes.Unbalanced || p.Code == AnnualReportProblemCodes.TotalColumnMismatch);
        Assert.Contains(found, p => Where(p) == "ANNUAL006 requests/concluded-total/natural-person");
        Assert.DoesNotContain(found, p => p.Location.EntryId is "new" or "carried-over");
    }

    // 雁塔区民政局2023年政府信息公开工作年度报告, http://www.yanta.gov.cn/xxgk/qzfxxgkml/zfxxgknb/bmxxgknb/1744536686408826882.html:
    // 二 complete and all 0; 三 all 0 up to (二)部分公开, where the stored page ends. With the rest completed with zeros it passes.
    [Fact]
    public void Check_YantaAllZeroTablesCompletedWithZeros_PassesExceptProse()
    {
        var report = AnnualReport.Create(2023, ReportTable.All.SelectMany(t => t.Rows).SelectMany(r => r.Columns.Select(c => new ReportCell(r, c, 0))), null, "雁塔区民政局");

        Assert.All(AnnualReportValidator.Check(report), p => Assert.Equal(AnnualReportProblemCodes.MissingProse, p.Code));
    }

    // 寧強縣民政局關於2023年政府信息公開年度報告, http://www.guangxijy.com/nqzd/c104895n/202401/6bc8e41cc57b4cbf99727d5cc341e1bd.shtml:
    // 二 headed "本年新制作數量 | 本年新公開數量 | 對外公開總數量" — the 2019 layout, two years after the 2021 format.
    // 2022年度螅镇政府信息公开工作年度报告, http://www.sxjiaxian.gov.cn/zwgk/zfxxgkzl/xtjdbnb/ct/49959.htm: the 2019 layout too, cells empty.
    [Theory]
    [InlineData(2023, "寧強縣民政局")]
    [InlineData(2022, "螅镇")]
    public void Check_PublishedReportIn2019Layout_IsOutdated(int year, string agency)
    {
        var json = "{\"format\": \"disclosure-annual-report/1\", \"year\": " + year + ", \"layout\": \"2019\", \"agency\": \"" + agency + "\", \"tables\": {\"proactive\": {\"rules\": {\"issued\": 0}}}}";

        var found = AnnualReportValidator.Check(AnnualReport.Read(json).Report);

        Assert.Equal("ANNUAL007 $//", Where(found[0]));
        Assert.Contains("2019 layout", found[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(AnnualReportValidator.Check(AnnualReport.Create(2020, [], null, null, AnnualReportLayout.Format2019)), p => p.Code == AnnualReportProblemCodes.OutdatedLayout);
    }

    // 武汉市民政局2025年政府信息公开工作年度报告, http://mzj.wuhan.gov.cn/zwgk_918/xxgknb/202601/t20260120_2714872.shtml, body: "新收…40件，
    // 上年结转…4件，结转下年度继续办理5件" — so 三（七） must be 39. The table itself was not stored: here it is typed in with （七） = 40.
    [Fact]
    public void Check_WuhanFiguresTypedWithAWrongTotal_DoesNotBalance()
    {
        var outcomes = R.Rows.Where(r => r.Path.Length > 0 && r.Id != "concluded-total").Select(r => (r.Id, r.Id == "disclosed" ? new decimal?[] { 40, 0, 0, 0, 0, 0, 40 } : [0, 0, 0, 0, 0, 0, 0]));
        var report = AnnualReport.Create(2025, Rows([("new", [40, 0, 0, 0, 0, 0, 40]), ("carried-over", [4, 0, 0, 0, 0, 0, 4]), .. outcomes, ("concluded-total", [40, 0, 0, 0, 0, 0, 40]), ("carried-forward", [5, 0, 0, 0, 0, 0, 5])]));

        var unbalanced = AnnualReportValidator.Check(report).Where(p => p.Code == AnnualReportProblemCodes.Unbalanced).Select(Where).ToList();

        Assert.Equal(["ANNUAL001 requests/concluded-total/natural-person", "ANNUAL001 requests/concluded-total/total"], unbalanced);
    }

    [Fact]
    public void Read_CellThatIsNotANumber_IsReportedAndReadAsBlank()
    {
        // 天台县民政局2019年度报告 wrote "+2" in a count cell (本年增/减); here the same text stands in a 2021 cell.
        var reading = AnnualReport.Read("""{"format": "disclosure-annual-report/1", "year": 2025, "tables": {"proactive": {"penalty": {"decisions": "+2"}, "licensing": {"decisions": "12"}}}}""");

        Assert.Equal("ANNUAL202 proactive/penalty/decisions", Where(Assert.Single(reading.Problems)));
        Assert.Null(reading.Report[Row("penalty"), Col("decisions")]);
        Assert.Equal(12, reading.Report[Row("licensing"), Col("decisions")]);
    }

    [Fact]
    public void Read_UnknownRowOrColumn_Throws()
    {
        var e = Assert.Throws<AnnualReportException>(() => AnnualReport.Read("""{"format": "disclosure-annual-report/1", "year": 2025, "tables": {"requests": {"nope": {}, "new": {"martians": 1}}}}"""));

        Assert.Equal(["$.tables.requests.nope", "$.tables.requests.new.martians"], e.Problems.Select(p => p.Location.Path));
    }

    [Fact]
    public void ToJson_Read_RoundTripsEveryCellAndTheProse()
    {
        var report = Computed().With(Row("fees"), Col("fee-amount"), null);

        var back = AnnualReport.Read(report.ToJson()).Report;

        Assert.Equal(report.Cells, back.Cells);
        Assert.Equal(report.Prose, back.Prose);
        Assert.Equal(report.ToJson(), back.ToJson());
    }
}
