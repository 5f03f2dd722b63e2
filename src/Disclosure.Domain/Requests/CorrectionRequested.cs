using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Requests;

/// <summary>
/// A notice asking the applicant to correct or complete the application (补正告知). 第三十条: "…并自收到申请之日起7个工作日内一次性告知申请人作出补正，
/// 说明需要补正的事项和合理的补正期限。答复期限自行政机关收到补正的申请之日起计算。申请人无正当理由逾期不补正的，视为放弃申请…"
/// </summary>
/// <remarks>
/// <para>The notice must be sent within 7 working days after the day of receipt (the receipt day itself not counted), else
/// <see cref="RequestViolationCodes.CorrectionRequestTooLate"/>; it may be sent only once ("一次性"), else
/// <see cref="RequestViolationCodes.SecondCorrectionRequest"/>. While the corrected application has not arrived, the answer clock
/// does not run; when <see cref="CorrectBy"/> passes without it, the request is deemed abandoned (视为放弃申请).</para>
/// <para>Immutable and thread-safe; reference equality.</para>
/// </remarks>
public sealed class CorrectionRequested : RequestEvent
{
    /// <summary>Initializes a new instance of the <see cref="CorrectionRequested"/> class.</summary>
    /// <param name="on">The day the notice was sent to the applicant.</param>
    /// <param name="correctBy">The last day of the reasonable correction period the agency set (合理的补正期限), inclusive.</param>
    public CorrectionRequested(LocalDate on, LocalDate correctBy)
        : base(on) => CorrectBy = correctBy;

    /// <summary>Gets the last day, inclusive, on which the corrected application may arrive.</summary>
    public LocalDate CorrectBy { get; }

    internal override LocalizedText Text => RequestTexts.Of("Event.CorrectionRequested", CorrectBy);
}
