namespace Disclosure.Domain.RulePacks;

/// <summary>How serious a rule-pack problem is.</summary>
public enum RulePackSeverity
{
    /// <summary>The pack cannot be loaded.</summary>
    Error = 0,

    /// <summary>The pack loads; the problem (for example an unknown field) is reported and ignored.</summary>
    Warning = 1,
}
