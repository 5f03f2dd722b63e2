using System.Diagnostics.Contracts;
using System.Globalization;

namespace Disclosure.Domain.Diagnostics;

/// <summary>
/// One problem found in input data (a rule pack, a builder's configuration, calendar data): its stable code, its
/// severity, where it is and a message that says what was expected.
/// </summary>
/// <param name="Code">The stable code.</param>
/// <param name="Severity">Error (nothing is built) or warning.</param>
/// <param name="Location">Where the problem is.</param>
/// <param name="Message">What is wrong and what was expected, in neutral English (for logs and tests; people read <see cref="GetMessage"/>).</param>
/// <remarks>
/// The library's problems also carry their message as a resource entry with arguments, so <see cref="GetMessage"/>
/// renders it in the reader's language (see the localisation rule in the remarks of <see cref="ProblemCode"/>); a
/// problem made with this constructor has only its English text. Immutable and thread-safe; value equality.
/// </remarks>
public sealed record Problem(ProblemCode Code, ProblemSeverity Severity, ProblemLocation Location, string Message)
{
    /// <summary>
    /// Formats the problem in the compiler convention: <c>file:line:col: CODE error: message (at path)</c>, or
    /// <c>CODE error: message (at entry.field)</c> while it has no file.
    /// </summary>
    /// <returns>The formatted problem.</returns>
    public override string ToString() => Format(CultureInfo.InvariantCulture);

    /// <summary>Formats the problem in the compiler convention, as <see cref="ToString()"/> does, in the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The formatted problem, for example <c>pack.json:3:14: RP0102 错误: 单位“office”列出了两次；每个单位只能列一次。（位置：$.units[1].id）</c>; the location path itself keeps its form in every language.</returns>
    [Pure]
    public string ToString(CultureInfo? culture) => Format(culture ?? CultureInfo.CurrentUICulture);

    /// <summary>Gets the message for people to read, in the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">
    /// The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>. Chinese cultures (zh-CN,
    /// zh-Hans, zh-SG) get Simplified Chinese, every other culture English.
    /// </param>
    /// <returns>The message; <see cref="Message"/> for a problem that has no resource entry (one made by the public constructor).</returns>
    [Pure]
    public string GetMessage(CultureInfo? culture = null) => Text?.Format(culture) ?? Message;

    /// <summary>Gets the message as a resource entry, or <see langword="null"/> when only the English text is known.</summary>
    internal LocalizedText? Text { get; private init; }

    internal static Problem Error(ProblemCode code, ProblemLocation location, string message) => new(code, ProblemSeverity.Error, location, message);

    internal static Problem Error(ProblemCode code, ProblemLocation location, LocalizedText message) => Of(code, ProblemSeverity.Error, location, message);

    internal static Problem Of(ProblemCode code, ProblemSeverity severity, ProblemLocation location, LocalizedText message) =>
        new(code, severity, location, message.ToString()) { Text = message };

    /// <summary>The compiler-convention line in a language (English for <see cref="ToString()"/>).</summary>
    internal string Format(CultureInfo culture)
    {
        var invariant = ReferenceEquals(culture, CultureInfo.InvariantCulture);
        var severity = invariant ? (Severity == ProblemSeverity.Error ? "error" : "warning") : LocalizedText.Common(Severity == ProblemSeverity.Error ? "Severity.Error" : "Severity.Warning", culture);
        var message = invariant ? Message : GetMessage(culture);
        var at = string.Format(CultureInfo.InvariantCulture, invariant ? " (at {0})" : LocalizedText.Common("Problem.At", culture), Location);
        return Location.Source is { } source
            ? string.Create(CultureInfo.InvariantCulture, $"{source}:{Location.Line}:{Location.Column}: {Code.Id} {severity}: {message}{at}")
            : $"{Code.Id} {severity}: {message}{at}";
    }
}
