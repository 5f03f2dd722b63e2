using System.Globalization;

namespace Disclosure.Domain.Diagnostics;

/// <summary>
/// One problem found in input data (a rule pack, a builder's configuration, calendar data): its stable code, its
/// severity, where it is and a message that says what was expected.
/// </summary>
/// <param name="Code">The stable code.</param>
/// <param name="Severity">Error (nothing is built) or warning.</param>
/// <param name="Location">Where the problem is.</param>
/// <param name="Message">What is wrong and what was expected, in English.</param>
/// <remarks>Immutable and thread-safe; value equality.</remarks>
public sealed record Problem(ProblemCode Code, ProblemSeverity Severity, ProblemLocation Location, string Message)
{
    /// <summary>
    /// Formats the problem in the compiler convention: <c>file:line:col: CODE error: message (at path)</c>, or
    /// <c>CODE error: message (at entry.field)</c> while it has no file.
    /// </summary>
    /// <returns>The formatted problem.</returns>
    public override string ToString()
    {
        var severity = Severity == ProblemSeverity.Error ? "error" : "warning";
        return Location.Source is { } source
            ? string.Create(CultureInfo.InvariantCulture, $"{source}:{Location.Line}:{Location.Column}: {Code.Id} {severity}: {Message} (at {Location})")
            : $"{Code.Id} {severity}: {Message} (at {Location})";
    }

    internal static Problem Error(ProblemCode code, ProblemLocation location, string message) => new(code, ProblemSeverity.Error, location, message);
}
