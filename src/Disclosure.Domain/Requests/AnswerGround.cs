namespace Disclosure.Domain.Requests;

/// <summary>
/// The ground of an answer: the numbered sub-row of the annual report's 本年度办理结果 under 不予公开 (1–8), 无法提供 (1–3),
/// 不予处理 (1–5) and 其他处理 (1–3). Labels are those of 《中华人民共和国政府信息公开工作年度报告格式》 (国办公开办函〔2021〕30号);
/// <see cref="AnswerGrounds.Outcome"/> names the row each ground belongs to.
/// </summary>
public enum AnswerGround
{
    /// <summary>不予公开 1.属于国家秘密.</summary>
    StateSecret = 0,

    /// <summary>不予公开 2.其他法律行政法规禁止公开.</summary>
    ProhibitedByLaw = 1,

    /// <summary>不予公开 3.危及“三安全一稳定” (national, public and economic security, social stability).</summary>
    EndangersSecurityOrStability = 2,

    /// <summary>不予公开 4.保护第三方合法权益.</summary>
    ThirdPartyRights = 3,

    /// <summary>不予公开 5.属于三类内部事务信息.</summary>
    InternalAffairs = 4,

    /// <summary>不予公开 6.属于四类过程性信息.</summary>
    ProcessInformation = 5,

    /// <summary>不予公开 7.属于行政执法案卷.</summary>
    EnforcementCaseFile = 6,

    /// <summary>不予公开 8.属于行政查询事项.</summary>
    AdministrativeQuery = 7,

    /// <summary>无法提供 1.本机关不掌握相关政府信息.</summary>
    NotHeld = 8,

    /// <summary>无法提供 2.没有现成信息需要另行制作.</summary>
    WouldNeedCreating = 9,

    /// <summary>无法提供 3.补正后申请内容仍不明确.</summary>
    UnclearAfterCorrection = 10,

    /// <summary>不予处理 1.信访举报投诉类申请.</summary>
    PetitionOrComplaint = 11,

    /// <summary>不予处理 2.重复申请.</summary>
    RepeatedRequest = 12,

    /// <summary>不予处理 3.要求提供公开出版物.</summary>
    PublishedMaterial = 13,

    /// <summary>不予处理 4.无正当理由大量反复申请.</summary>
    ExcessiveRequests = 14,

    /// <summary>不予处理 5.要求行政机关确认或重新出具已获取信息.</summary>
    ConfirmOrReissue = 15,

    /// <summary>
    /// 其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 — the ground of a request deemed abandoned
    /// (第三十条 "视为放弃申请"); the annual report assigns it to such requests without an answer event.
    /// </summary>
    CorrectionNotMade = 16,

    /// <summary>其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请.</summary>
    FeeNotPaid = 17,

    /// <summary>其他处理 3.其他 — the annual report also places withdrawn requests (撤回申请) here.</summary>
    Other = 18,
}

/// <summary>Facts about <see cref="AnswerGround"/> values.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class AnswerGrounds
{
    /// <summary>Gets the outcome row a ground is a sub-row of.</summary>
    /// <param name="ground">The ground.</param>
    /// <returns><see cref="AnswerOutcome.NotDisclosed"/>, <see cref="AnswerOutcome.CannotBeProvided"/>, <see cref="AnswerOutcome.NotProcessed"/> or <see cref="AnswerOutcome.OtherHandling"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ground"/> is not a defined value.</exception>
    [System.Diagnostics.Contracts.Pure]
    public static AnswerOutcome Outcome(this AnswerGround ground) => ground switch
    {
        >= AnswerGround.StateSecret and <= AnswerGround.AdministrativeQuery => AnswerOutcome.NotDisclosed,
        >= AnswerGround.NotHeld and <= AnswerGround.UnclearAfterCorrection => AnswerOutcome.CannotBeProvided,
        >= AnswerGround.PetitionOrComplaint and <= AnswerGround.ConfirmOrReissue => AnswerOutcome.NotProcessed,
        >= AnswerGround.CorrectionNotMade and <= AnswerGround.Other => AnswerOutcome.OtherHandling,
        _ => throw new ArgumentOutOfRangeException(nameof(ground), ground, "Not an answer ground."),
    };

    /// <summary>Tells whether an outcome is reported by ground (不予公开, 无法提供, 不予处理, 其他处理) rather than as one row.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns><see langword="true"/> for the four outcomes with numbered sub-rows.</returns>
    [System.Diagnostics.Contracts.Pure]
    public static bool HasGrounds(this AnswerOutcome outcome) => outcome is not (AnswerOutcome.Disclosed or AnswerOutcome.PartlyDisclosed);

    internal static AnswerGround? Check(AnswerOutcome outcome, AnswerGround? ground, string parameter)
    {
        if (ground is { } g && (!Enum.IsDefined(g) || g.Outcome() != outcome))
        {
            throw new ArgumentException($"The ground {g} is a sub-row of {(Enum.IsDefined(g) ? g.Outcome().ToString() : "nothing")}, not of {outcome}.", parameter);
        }

        return ground;
    }
}
