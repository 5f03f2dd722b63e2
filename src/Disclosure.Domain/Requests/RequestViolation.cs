using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Requests;

/// <summary>A rule broken by one event of a request's history: a code, the event and a message naming both.</summary>
/// <remarks>
/// A violation is a value, not an exception: the request keeps the event as evidence. One with <see cref="Severity"/>
/// <see cref="ProblemSeverity.Error"/> makes the history invalid, and a <see cref="RequestDeadline"/> with such violations has
/// no due date; one with <see cref="ProblemSeverity.Warning"/> is a finding (<see cref="RequestViolationCodes.FindingCodes"/>): the
/// office broke a rule, the law still says when the answer is due, and the deadline is computed beside it. Immutable and thread-safe. Equality is reference equality;
/// compare <see cref="Code"/> and <see cref="EventIndex"/>.
/// </remarks>
public sealed class RequestViolation
{
    internal RequestViolation(ProblemCode code, int eventIndex, RequestEvent @event, string detail)
    {
        Code = code;
        EventIndex = eventIndex;
        Event = @event;
        Message = $"{code.Id} ({code.LegalSource ?? "—"}): {Iso.Format(@event.On)} {@event.Description}: {detail}";
    }

    /// <summary>Gets the code of the broken rule.</summary>
    public ProblemCode Code { get; }

    /// <summary>
    /// Gets <see cref="ProblemSeverity.Warning"/> for a finding (the deadline is computed; see <see cref="RequestDeadline.Findings"/>)
    /// and <see cref="ProblemSeverity.Error"/> for a violation that invalidates the history.
    /// </summary>
    public ProblemSeverity Severity => RequestViolationCodes.IsFinding(Code) ? ProblemSeverity.Warning : ProblemSeverity.Error;

    /// <summary>Gets the index of the offending event in <see cref="InformationRequest.Events"/> (0 is the receipt).</summary>
    public int EventIndex { get; }

    /// <summary>Gets the offending event.</summary>
    public RequestEvent Event { get; }

    /// <summary>Gets the message: the code, the article, the event and what is wrong with it.</summary>
    public string Message { get; }

    /// <summary>Returns the <see cref="Message"/>.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;
}
