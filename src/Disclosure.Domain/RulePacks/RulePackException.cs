using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.RulePacks;

/// <summary>
/// Thrown when a rule pack does not load: it carries every problem found (errors and warnings), each located by file,
/// JSON path, line and column — the builders' problems too. Loading is all or nothing: when this is thrown no part of
/// the pack is available.
/// </summary>
/// <remarks>The only exception type the rule-pack loader lets escape for bad input.</remarks>
public sealed class RulePackException : ProblemException
{
    /// <summary>Initializes a new instance of the <see cref="RulePackException"/> class.</summary>
    /// <param name="problems">The problems; at least one is an error.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <see langword="null"/>.</exception>
    public RulePackException(IEnumerable<Problem> problems)
        : base(RulePackTexts.Text("Pack.Invalid"), problems)
    {
    }
}
