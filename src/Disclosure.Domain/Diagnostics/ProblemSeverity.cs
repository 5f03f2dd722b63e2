namespace Disclosure.Domain.Diagnostics;

/// <summary>How serious a <see cref="Problem"/> is.</summary>
public enum ProblemSeverity
{
    /// <summary>The input cannot be used: nothing is built or loaded.</summary>
    Error = 0,

    /// <summary>The input is used; the problem (for example an unknown field) is reported and ignored.</summary>
    Warning = 1,
}
