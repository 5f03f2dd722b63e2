using System.Diagnostics.Contracts;
using System.Globalization;
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
    internal RequestViolation(ProblemCode code, int eventIndex, RequestEvent @event, LocalizedText detail)
    {
        Code = code;
        EventIndex = eventIndex;
        Event = @event;
        _text = RequestTexts.Of("Violation", code.Id, code.LegalSource ?? (object)RequestTexts.Of("Violation.NoArticle"), @event.On, @event.Text, detail);
        Message = _text.ToString();
    }

    private readonly LocalizedText _text;

    /// <summary>Gets the message in both languages, to quote in another message (the annual report's).</summary>
    internal LocalizedText Text => _text;

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

    /// <summary>Gets the message in neutral English (logs, tests): the code, the article, the event and what is wrong with it; people read <see cref="GetMessage"/>.</summary>
    public string Message { get; }

    /// <summary>Gets the message for people, in the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">
    /// The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>. Chinese cultures (zh-CN,
    /// zh-Hans, zh-SG) get Simplified Chinese, every other culture English.
    /// </param>
    /// <returns>The message, for example <c>extension-too-long（第三十三条）：2025年10月9日批准延期答复20个工作日：20个工作日超过了最长20个工作日。</c></returns>
    [Pure]
    public string GetMessage(CultureInfo? culture = null) => _text.Format(culture);

    /// <summary>Returns the <see cref="Message"/>.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;
}
