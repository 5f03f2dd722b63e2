using System.Globalization;

namespace Disclosure.Domain.RulePacks;

/// <summary>
/// One problem found in a rule-pack file: its code, where it is (file, JSON path, line and column) and a message that
/// says what was expected.
/// </summary>
/// <param name="Code">The stable code.</param>
/// <param name="Severity">Error (the pack does not load) or warning.</param>
/// <param name="Source">The file name (or description) of the pack the problem is in.</param>
/// <param name="Path">The JSON path of the offending value, for example <c>$.catalog[3].parent</c>.</param>
/// <param name="Line">The 1-based line of the offending value; 0 when the problem has no single place.</param>
/// <param name="Column">The 1-based column (in UTF-16 characters) of the offending value; 0 when unknown.</param>
/// <param name="Message">What is wrong and what was expected, in English.</param>
/// <remarks>Immutable and thread-safe; value equality.</remarks>
public sealed record RulePackError(
    RulePackErrorCode Code,
    RulePackSeverity Severity,
    string Source,
    string Path,
    int Line,
    int Column,
    string Message)
{
    /// <summary>Formats the problem as <c>file:line:col: CODE severity: message (at path)</c>, the compiler convention.</summary>
    /// <returns>The formatted problem.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Source}:{Line}:{Column}: {Code.Id} {(Severity == RulePackSeverity.Error ? "error" : "warning")}: {Message} (at {Path})");
}
