namespace Disclosure.Domain.Reports;

/// <summary>The kind of challenge to an answer, in the column groups of 四、政府信息公开行政复议、行政诉讼情况.</summary>
public enum AppealKind
{
    /// <summary>行政复议 (administrative reconsideration).</summary>
    Reconsideration = 0,

    /// <summary>行政诉讼 — 未经复议直接起诉 (a lawsuit filed without reconsideration).</summary>
    LitigationDirect = 1,

    /// <summary>行政诉讼 — 复议后起诉 (a lawsuit filed after reconsideration).</summary>
    LitigationAfterReconsideration = 2,
}
