namespace Disclosure.Domain.Reports;

/// <summary>The result of a concluded reconsideration or lawsuit, in the result columns of 四 (尚未审结 is a case without a result by the year's end).</summary>
public enum AppealResult
{
    /// <summary>结果维持: the answer was upheld.</summary>
    Upheld = 0,

    /// <summary>结果纠正: the answer was corrected (revoked, changed, confirmed unlawful, ordered to answer again).</summary>
    Corrected = 1,

    /// <summary>其他结果: any other conclusion (withdrawn, dismissed, settled, terminated).</summary>
    Other = 2,
}
