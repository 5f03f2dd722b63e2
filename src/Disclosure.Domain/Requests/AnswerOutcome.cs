namespace Disclosure.Domain.Requests;

/// <summary>
/// The kind of answer given to a request, in the six top-level rows of the "办理结果" part of the annual report's
/// table of requests received and handled (政府信息公开工作年度报告 — 收到和处理政府信息公开申请情况).
/// </summary>
/// <remarks>
/// The row names follow the national annual-report template (国办公开办函〔2021〕30号); its numbered sub-rows (the grounds
/// of 不予公开, 无法提供, 不予处理 and 其他处理) are <see cref="AnswerGround"/> values recorded on the answer. Withdrawn and
/// abandoned requests are counted under <see cref="OtherHandling"/> by <see cref="RequestStatistics"/>.
/// </remarks>
public enum AnswerOutcome
{
    /// <summary>Disclosed (予以公开).</summary>
    Disclosed = 0,

    /// <summary>Partly disclosed (部分公开): when the information was split, only this row counts.</summary>
    PartlyDisclosed = 1,

    /// <summary>Not disclosed (不予公开).</summary>
    NotDisclosed = 2,

    /// <summary>Cannot be provided (无法提供), for example because the agency does not hold it.</summary>
    CannotBeProvided = 3,

    /// <summary>Not processed (不予处理), for example a complaint or a request for published information.</summary>
    NotProcessed = 4,

    /// <summary>Other handling (其他处理).</summary>
    OtherHandling = 5,
}
