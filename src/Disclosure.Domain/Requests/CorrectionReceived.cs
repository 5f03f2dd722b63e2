using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Requests;

/// <summary>
/// The arrival of the corrected application (收到补正的申请). The answer period restarts: it is counted from this day
/// (第三十条: "答复期限自行政机关收到补正的申请之日起计算"), the day itself not counted (《民法典》 第二百零一条).
/// </summary>
/// <remarks>Immutable and thread-safe; reference equality.</remarks>
public sealed class CorrectionReceived : RequestEvent
{
    /// <summary>Initializes a new instance of the <see cref="CorrectionReceived"/> class.</summary>
    /// <param name="on">The day the corrected application arrived.</param>
    public CorrectionReceived(LocalDate on)
        : base(on)
    {
    }

    internal override LocalizedText Text => RequestTexts.Of("Event.CorrectionReceived");
}
