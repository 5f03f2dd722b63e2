namespace Disclosure.Domain.RulePacks;

/// <summary>Options for loading a rule pack.</summary>
/// <param name="Limits">The size, depth and extends-chain limits; null means <see cref="RulePackLimits.Default"/>.</param>
/// <param name="BaseDirectory">
/// The directory a relative <c>extends</c> path is resolved against when the pack is not read from a file; null means
/// such a path is an error. Packs read with <see cref="RulePack.LoadFile"/> resolve against their own directory.
/// </param>
/// <remarks>Immutable and thread-safe; value equality.</remarks>
public sealed record RulePackLoadOptions(RulePackLimits? Limits = null, string? BaseDirectory = null)
{
    /// <summary>Gets the default options.</summary>
    public static RulePackLoadOptions Default { get; } = new();

    /// <summary>Gets the effective limits.</summary>
    internal RulePackLimits EffectiveLimits => Limits ?? RulePackLimits.Default;
}
