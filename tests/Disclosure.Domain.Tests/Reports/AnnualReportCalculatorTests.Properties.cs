using CsCheck;
using Disclosure.Domain.Reports;
using Disclosure.Domain.Requests;
using static Disclosure.Domain.Tests.Reports.AnnualRegisters;

namespace Disclosure.Domain.Tests.Reports;

/// <summary>The computed tables against a naive count over random registers spanning 2023–2026.</summary>
public sealed class AnnualReportCalculatorPropertyTests
{
    /// <summary>How a random request ends: 0 open, 1 answered (with an outcome and ground), 2 withdrawn, 3 abandoned after a correction notice.</summary>
    internal sealed record Spec(int ReceivedDay, int Category, int End, int AfterDays, int Outcome, int Ground)
    {
        private static readonly LocalDate First = D(2023, 1, 1);

        public LocalDate Received => First.PlusDays(ReceivedDay);

        public LocalDate EndDay => Received.PlusDays(AfterDays);

        public ApplicantCategory Applicant => (ApplicantCategory)Category;

        /// <summary>The day the naive rules say the request is concluded: the answer or withdrawal day, or the day after the correction period.</summary>
        public LocalDate? ConcludedOn => End switch { 1 or 2 => EndDay, 3 => EndDay.PlusDays(1), _ => null };

        /// <summary>The template row label the naive rules put a concluded request in.</summary>
        public string RowLabel => End switch
        {
            2 => "3.其他",
            3 => "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            _ => Outcome switch
            {
                0 => "（一）予以公开",
                1 => "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                _ => GroundRowLabels[Ground],
            },
        };

        public RegisteredRequest Build(string id) => End switch
        {
            1 when Outcome < 2 => Request(id, Applicant, Received, new RequestAnswered(EndDay, Outcome == 0 ? AnswerOutcome.Disclosed : AnswerOutcome.PartlyDisclosed)),
            1 => Request(id, Applicant, Received, Answer(EndDay, (AnswerGround)Ground)),
            2 => Request(id, Applicant, Received, new RequestWithdrawn(EndDay)),
            3 => Request(id, Applicant, Received, new CorrectionRequested(Received.PlusDays(1), EndDay)),
            _ => Request(id, Applicant, Received),
        };
    }

    // The 19 numbered sub-row labels, typed from the template in AnswerGround order (not taken from ReportTable).
    private static readonly string[] GroundRowLabels =
    [
        "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息",
        "7.属于行政执法案卷", "8.属于行政查询事项", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
        "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他",
    ];

    private static readonly Gen<Spec> GenSpec =
        Gen.Select(Gen.Int[0, (4 * 365) - 1], Gen.Int[0, 5], Gen.Int[0, 3], Gen.Int[1, 120], Gen.Int[0, 2], Gen.Int[0, 18], (r, c, e, a, o, g) => new Spec(r, c, e, a, o, g));

    [Fact]
    public void Compute_RandomRegisters_BalancesAndMatchesTheNaiveCount()
    {
        Gen.Select(GenSpec.List[0, 60], Gen.Int[2024, 2026]).Sample((specs, year) =>
        {
            var report = AnnualReportCalculator.Compute(year, specs.Select((s, i) => s.Build($"r{i}")));
            var start = D(year, 1, 1);
            var end = D(year, 12, 31);
            var table = ReportTable.Requests;
            foreach (var column in table.Columns)
            {
                bool InColumn(Spec s) => column.Id == "total" || (int)s.Applicant == table.Columns.IndexOf(column);
                var relevant = specs.Where(s => InColumn(s) && s.Received <= end && !(s.ConcludedOn < start)).ToList();
                var concluded = relevant.Where(s => s.ConcludedOn <= end).ToList();
                decimal? V(string row) => report[table.FindRow(row)!, column];

                Assert.Equal(relevant.Count(s => s.Received >= start), V("new"));
                Assert.Equal(relevant.Count(s => s.Received < start), V("carried-over"));
                Assert.Equal(relevant.Count - concluded.Count, V("carried-forward"));
                Assert.Equal(concluded.Count, V("concluded-total"));
                Assert.Equal(V("new") + V("carried-over"), V("concluded-total") + V("carried-forward"));
                foreach (var row in table.Rows.Where(r => r.Path.Length > 0 && r.Id != "concluded-total"))
                {
                    // 3.其他 exists once; the naive label is matched within its group (the row's last path label).
                    var expected = concluded.Count(s => s.RowLabel == row.Label && (s.End != 1 || s.Outcome < 2 || ((AnswerGround)s.Ground).Outcome() == GroupOf(row)));
                    Assert.Equal(expected, V(row.Id));
                }
            }

            Assert.DoesNotContain(AnnualReportValidator.Check(report), p => p.Location.Section == "requests");
        });
    }

    private static AnswerOutcome GroupOf(ReportRow row) => row.Path.Length < 2 ? AnswerOutcome.Disclosed : row.Path[1] switch
    {
        "（三）不予公开" => AnswerOutcome.NotDisclosed,
        "（四）无法提供" => AnswerOutcome.CannotBeProvided,
        "（五）不予处理" => AnswerOutcome.NotProcessed,
        _ => AnswerOutcome.OtherHandling,
    };
}
