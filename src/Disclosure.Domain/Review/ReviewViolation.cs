using System.Diagnostics.Contracts;
using System.Globalization;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Review;

/// <summary>A broken review rule, returned as a value by the commands of <see cref="ReviewCase"/> and <see cref="CleanupCampaign"/>.</summary>
/// <remarks>
/// <see cref="Message"/> is neutral English (logs, tests); people read <see cref="GetMessage"/>, in their language.
/// Equality is by value (code, item id, message). Immutable and thread-safe.
/// </remarks>
/// <param name="Code">The stable code.</param>
/// <param name="ItemId">The item the violation is about.</param>
/// <param name="Message">The message, in neutral English.</param>
public sealed record ReviewViolation(ProblemCode Code, string ItemId, string Message)
{
    internal ReviewViolation(ProblemCode code, string itemId, LocalizedText text)
        : this(code, itemId, text.ToString()) => Text = text;

    /// <summary>Gets the message for people to read, in the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">
    /// The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>. Chinese cultures (zh-CN,
    /// zh-Hans, zh-SG) get Simplified Chinese, every other culture English.
    /// </param>
    /// <returns>The message, for example <c>事项“notice”当前为草稿状态，现在不能发布。</c></returns>
    [Pure]
    public string GetMessage(CultureInfo? culture = null) => Text?.Format(culture) ?? Message;

    private LocalizedText? Text { get; }

    /// <summary>Returns the code and message, for example <c>REVIEW008: …</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Code.Id}: {Message}";
}
