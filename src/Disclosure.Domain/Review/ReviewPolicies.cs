using NodaTime;

namespace Disclosure.Domain.Review;

/// <summary>The embedded review policies.</summary>
/// <remarks>Thread-safe: every member returns an immutable, shared instance.</remarks>
public static class ReviewPolicies
{
    /// <summary>
    /// Gets the policy of the seed, 宣城市民政局2024年度政务公开工作要点 section 三(一) and 二(一)(三)(四):
    /// 先审后发, 一事一审, 三级审核制 (信息发布同志 → 政务公开机构负责同志 → 分管负责同志), 保密审查, 分类施策,
    /// synchronised interpretation, public consultation for major public interest with feedback, the consultation
    /// channel, and 公开后定期清理 under 谁公开、谁清理.
    /// </summary>
    /// <remarks>
    /// The seed fixes no clean-up interval; this policy reviews every published item once a year (our choice,
    /// documented). The confidentiality review is performed by <see cref="ReviewRole.ConfidentialityReviewer"/>
    /// and items are published by <see cref="ReviewRole.InformationPublisher"/> (信息发布同志).
    /// </remarks>
    public static ReviewPolicy XuanchengCivilAffairs2024 { get; } = ReviewPolicy.Create("宣城市民政局 2024 review policy")
        .WithSource("宣城市民政局2024年度政务公开工作要点和分工 三(一)1–3, 二(一)1, 二(三)1, 二(四)1")
        .Level("信息发布同志", ReviewRole.InformationPublisher, "Level 1 of 3 (三级审核制): 信息发布同志 — the staff member who publishes checks the item.")
        .Level("政务公开机构负责同志", ReviewRole.DisclosureOfficeHead, "Level 2 of 3 (三级审核制): 政务公开机构负责同志 — the head of the disclosure office approves.")
        .Level("分管负责同志", ReviewRole.LeaderInCharge, "Level 3 of 3 (三级审核制): 分管负责同志 — the leader in charge approves (for a policy document: its adoption).")
        .ConfidentialityReviewBy(ReviewRole.ConfidentialityReviewer)
        .PublishedBy(ReviewRole.InformationPublisher)
        .RequireInterpretation()
        .RequirePublicConsultation()
        .RequireConsultationChannel()
        .CleanUpEvery(Period.FromYears(1))
        .Build();
}
