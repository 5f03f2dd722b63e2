namespace Disclosure.Domain.Scheduling;

/// <summary>
/// The classes of column that 《政府网站与政务新媒体检查指标》(国办秘函〔2019〕19号) checks for freshness.
/// </summary>
public enum FreshnessCategory
{
    /// <summary>Any other column: checked only for being blank or long not updated.</summary>
    Other = 0,

    /// <summary>Dynamics and news (动态、要闻类): must be updated within 2 weeks of the check by default.</summary>
    DynamicsNews = 1,

    /// <summary>Notices and policy documents (通知公告、政策文件类): must be updated within 6 months of the check by default.</summary>
    NoticesPolicy = 2,
}
