using System.Diagnostics.Contracts;
using System.Globalization;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Requests;

/// <summary>
/// Something that happened to an information request (依申请公开), on a date. The set of events is closed: the derived types
/// are <see cref="RequestReceived"/>, <see cref="AnsweredOnTheSpot"/>, <see cref="CorrectionRequested"/>,
/// <see cref="CorrectionReceived"/>, <see cref="ConsultationSent"/>, <see cref="ConsultationAnswered"/>,
/// <see cref="ExtensionApproved"/>, <see cref="RequestAnswered"/> and <see cref="RequestWithdrawn"/>.
/// </summary>
/// <remarks>
/// Events are immutable and thread-safe. Equality is reference equality: two events with the same values recorded twice
/// are two events. Creating an event checks only its own arguments; whether it may happen in a request's history is
/// decided by <see cref="InformationRequest"/> and <see cref="RequestDeadlineCalculator"/>, which report broken rules as
/// <see cref="RequestViolation"/> values.
/// </remarks>
public abstract class RequestEvent
{
    private protected RequestEvent(LocalDate on) => On = on;

    /// <summary>Gets the day the event happened (for a receipt, the day of receipt under 第三十一条).</summary>
    public LocalDate On { get; }

    /// <summary>
    /// Gets a short description of the event in neutral English, for logs and tests, for example <c>correction requested
    /// (correct by 2025-10-20)</c>; people read <see cref="GetDescription"/>.
    /// </summary>
    public string Description => Text.ToString();

    /// <summary>Gets the description as a resource entry with its arguments.</summary>
    internal abstract LocalizedText Text { get; }

    /// <summary>Gets the description for people, in the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">
    /// The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>. Chinese cultures (zh-CN,
    /// zh-Hans, zh-SG) get Simplified Chinese, every other culture English.
    /// </param>
    /// <returns>The description, for example <c>告知补正（补正期限至2025年10月20日）</c>.</returns>
    [Pure]
    public string GetDescription(CultureInfo? culture = null) => Text.Format(culture);

    /// <summary>Returns the date and <see cref="Description"/>.</summary>
    /// <returns>The text, for example <c>2025-10-09 answered (Disclosed)</c>.</returns>
    public override string ToString() => $"{Iso.Format(On)} {Description}";
}
