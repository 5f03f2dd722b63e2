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

    /// <summary>Gets a short English description of the event for ledgers and messages, for example <c>correction requested (correct by 2025-10-20)</c>.</summary>
    public abstract string Description { get; }

    /// <summary>Returns the date and <see cref="Description"/>.</summary>
    /// <returns>The text, for example <c>2025-10-09 answered (Disclosed)</c>.</returns>
    public override string ToString() => $"{Iso.Format(On)} {Description}";
}
