using System.Collections.Immutable;

namespace Disclosure.Domain.RulePacks;

/// <summary>
/// Thrown when a rule pack does not load: it carries every problem found (errors and warnings). Loading is all or
/// nothing — when this is thrown no part of the pack is available.
/// </summary>
/// <remarks>The only exception type the rule-pack loader lets escape for bad input.</remarks>
public sealed class RulePackException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="RulePackException"/> class.</summary>
    /// <param name="problems">The problems; at least one is an error.</param>
    public RulePackException(IEnumerable<RulePackError> problems)
        : this([.. problems ?? throw new ArgumentNullException(nameof(problems))])
    {
    }

    private RulePackException(ImmutableArray<RulePackError> problems)
        : base(BuildMessage(problems)) => Problems = problems;

    /// <summary>Gets every problem found, errors first in file order, then warnings.</summary>
    public ImmutableArray<RulePackError> Problems { get; }

    /// <summary>Gets only the errors.</summary>
    public ImmutableArray<RulePackError> Errors => [.. Problems.Where(p => p.Severity == RulePackSeverity.Error)];

    private static string BuildMessage(ImmutableArray<RulePackError> problems)
    {
        var errors = problems.Count(p => p.Severity == RulePackSeverity.Error);
        return $"The rule pack does not load ({errors} error{(errors == 1 ? string.Empty : "s")}):" + Environment.NewLine
            + string.Join(Environment.NewLine, problems.Select(p => p.ToString()));
    }
}
