namespace Disclosure.Domain.RulePacks;

/// <summary>The limits the rule-pack loader enforces before and while parsing.</summary>
/// <remarks>Immutable and thread-safe; value equality.</remarks>
public sealed record RulePackLimits
{
    /// <summary>The largest nesting depth that can be configured.</summary>
    public const int MaxDepthLimit = 64;

    /// <summary>Initializes the limits, checking each one.</summary>
    /// <param name="MaxBytes">The largest file accepted, in bytes (at least 1); larger input is refused before it is parsed.</param>
    /// <param name="MaxDepth">The deepest nesting of objects and arrays accepted: 1 to <see cref="MaxDepthLimit"/>.</param>
    /// <param name="MaxExtendsChain">The longest chain of <c>extends</c> accepted (a pack, its base, the base's base…), at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of its range.</exception>
    public RulePackLimits(long MaxBytes, int MaxDepth, int MaxExtendsChain)
    {
        this.MaxBytes = MaxBytes;
        this.MaxDepth = MaxDepth;
        this.MaxExtendsChain = MaxExtendsChain;
    }

    /// <summary>Gets the default limits: 4 MiB, depth 16, a chain of 8 packs (the Xuancheng pack is about 33 KB, depth 5).</summary>
    public static RulePackLimits Default { get; } = new(4 * 1024 * 1024, 16, 8);

    /// <summary>Gets the largest file accepted, in bytes; larger input is refused before it is parsed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 1.</exception>
    public long MaxBytes
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxBytes), value, "MaxBytes must be at least 1.");
    }

    /// <summary>Gets the deepest nesting of objects and arrays accepted.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 1 or above <see cref="MaxDepthLimit"/>.</exception>
    public int MaxDepth
    {
        get;
        init => field = value is >= 1 and <= MaxDepthLimit ? value : throw new ArgumentOutOfRangeException(nameof(MaxDepth), value, $"MaxDepth must be 1 to {MaxDepthLimit}.");
    }

    /// <summary>Gets the longest chain of <c>extends</c> accepted (a pack, its base, the base's base…).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 1.</exception>
    public int MaxExtendsChain
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxExtendsChain), value, "MaxExtendsChain must be at least 1.");
    }
}
