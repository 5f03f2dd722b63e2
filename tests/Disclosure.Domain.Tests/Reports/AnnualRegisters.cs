using Disclosure.Domain.Reports;
using Disclosure.Domain.Requests;

namespace Disclosure.Domain.Tests.Reports;

/// <summary>A hand-built register with known answers for the reports on 2025 and 2026.</summary>
internal static class AnnualRegisters
{
    internal static LocalDate D(int y, int m, int d) => new(y, m, d);

    internal static RegisteredRequest Request(string id, ApplicantCategory? applicant, LocalDate received, params RequestEvent[] events)
    {
        var receipt = RequestReceived.InPerson(received);
        return new RegisteredRequest(id, InformationRequest.FromEvents([applicant is { } a ? receipt.WithApplicant(a) : receipt, .. events]));
    }

    internal static RequestAnswered Answer(LocalDate on, AnswerGround ground) => new(on, ground.Outcome()) { Ground = ground };

    /// <summary>
    /// 2025: A carried over and disclosed; B concluded in 2024 (not counted); C open at year end; D partly disclosed on 31 December;
    /// E withdrawn; F abandoned after a correction notice; H's correction period ends on 31 December (abandoned on 2026-01-01);
    /// I answered on the spot; J carried over from 2024 through 2025 into 2026; one request per other ground (17, columns cycling);
    /// Z received in 2026.
    /// </summary>
    internal static List<RegisteredRequest> Sample()
    {
        var register = new List<RegisteredRequest>
        {
            Request("A", ApplicantCategory.NaturalPerson, D(2024, 12, 10), new RequestAnswered(D(2025, 1, 8))),
            Request("B", ApplicantCategory.CommercialEnterprise, D(2024, 11, 1), new RequestAnswered(D(2024, 12, 1))),
            Request("C", ApplicantCategory.NaturalPerson, D(2025, 12, 20)),
            Request("D", ApplicantCategory.NaturalPerson, D(2025, 12, 1), new RequestAnswered(D(2025, 12, 31), AnswerOutcome.PartlyDisclosed)),
            Request("E", ApplicantCategory.ResearchInstitution, D(2025, 3, 3), new RequestWithdrawn(D(2025, 3, 5))),
            Request("F", ApplicantCategory.LegalServiceProvider, D(2025, 4, 1), new CorrectionRequested(D(2025, 4, 3), D(2025, 4, 18))),
            Request("H", ApplicantCategory.PublicInterestOrganization, D(2025, 12, 15), new CorrectionRequested(D(2025, 12, 17), D(2025, 12, 31))),
            Request("I", ApplicantCategory.OtherOrganization, D(2025, 6, 3), new AnsweredOnTheSpot(D(2025, 6, 3))),
            Request("J", ApplicantCategory.NaturalPerson, D(2024, 12, 28), new RequestAnswered(D(2026, 2, 2))),
            Request("Z", ApplicantCategory.NaturalPerson, D(2026, 1, 5)),
        };
        var grounds = Enum.GetValues<AnswerGround>().Where(g => g is not (AnswerGround.CorrectionNotMade or AnswerGround.Other)).ToList();
        for (var i = 0; i < grounds.Count; i++)
        {
            var received = D(2025, 5, 5).PlusDays(7 * i);
            register.Add(Request($"G{i + 1}", (ApplicantCategory)(i % 6), received, Answer(received.PlusDays(10), grounds[i])));
        }

        return register;
    }

    internal static ProactiveRegister Proactive() => new(
        [
            new NormativeDocument("r-2020-1", DocumentKind.Rule, "宣城市某某管理办法", D(2020, 5, 1), null),
            new NormativeDocument("n-2019-1", DocumentKind.NormativeDocument, "关于某某的通知", D(2019, 3, 1), D(2025, 6, 30)),
            new NormativeDocument("n-2025-1", DocumentKind.NormativeDocument, "宣城市老年助餐服务机构运营管理规范", D(2025, 3, 10), null),
            new NormativeDocument("n-2025-2", DocumentKind.NormativeDocument, "临时办法", D(2025, 2, 1), D(2025, 10, 1)),
            new NormativeDocument("n-2026-1", DocumentKind.NormativeDocument, "下年文件", D(2026, 1, 10), null),
        ],
        [new DecisionCount(DecisionKind.Licensing, 2025, 12), new DecisionCount(DecisionKind.Penalty, 2025, 0), new DecisionCount(DecisionKind.Coercion, 2024, 3)],
        [new FeeTotal(2025, 1.5m)]);

    internal static List<AppealCase> Appeals() =>
    [
        new("fy-1", "A", AppealKind.Reconsideration, D(2025, 2, 1), AppealResult.Upheld, D(2025, 4, 1)),
        new("fy-2", "G1", AppealKind.Reconsideration, D(2025, 11, 1), null, null),
        new("ss-1", "D", AppealKind.LitigationDirect, D(2025, 12, 31), AppealResult.Corrected, D(2026, 3, 1)),
        new("ss-2", "G2", AppealKind.LitigationAfterReconsideration, D(2025, 7, 1), AppealResult.Corrected, D(2025, 9, 1)),
        new("ss-3", "G3", AppealKind.LitigationAfterReconsideration, D(2025, 7, 1), AppealResult.Other, D(2025, 10, 1)),
        new("old", "B", AppealKind.Reconsideration, D(2024, 12, 5), AppealResult.Upheld, D(2024, 12, 20)),
    ];

    internal static ReportProse Prose() => new(
        "2025年，本局主动公开政府信息。\n依申请公开工作依法办理。",
        "存在的问题：公开时效有待提高。",
        "本年度无其他需要报告的事项。");
}
