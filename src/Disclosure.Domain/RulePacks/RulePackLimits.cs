namespace Disclosure.Domain.RulePacks;

/// <summary>The limits the rule-pack loader enforces before and while parsing.</summary>
/// <remarks>Immutable and thread-safe; value equality.</remarks>
/// <param name="MaxBytes">The largest file accepted, in bytes; larger input is refused before it is parsed.</param>
/// <param name="MaxDepth">The deepest nesting of objects and arrays accepted.</param>
/// <param name="MaxExtendsChain">The longest chain of <c>extends</c> accepted (a pack, its base, the base's base…).</param>
public sealed record RulePackLimits(long MaxBytes, int MaxDepth, int MaxExtendsChain)
{
    /// <summary>The largest nesting depth that can be configured.</summary>
    public const int MaxDepthLimit = 64;

    /// <summary>Gets the default limits: 4 MiB, depth 16, a chain of 8 packs (the Xuancheng pack is about 60 KB, depth 5).</summary>
    public static RulePackLimits Default { get; } = new(4 * 1024 * 1024, 16, 8);
}
