namespace Disclosure.Domain.Review;

/// <summary>One level of a policy's ordered review (for the seed: 信息发布同志, 政务公开机构负责同志, 分管负责同志).</summary>
/// <remarks>Instances are created by <see cref="ReviewPolicyBuilder"/> only. Equality is by reference. Immutable and thread-safe.</remarks>
public sealed class ReviewLevel
{
    internal ReviewLevel(int number, string name, ReviewRole role, string description)
    {
        Number = number;
        Name = name;
        Role = role;
        Description = description;
    }

    /// <summary>Gets the 1-based position of the level; approvals are given in increasing order of this number.</summary>
    public int Number { get; }

    /// <summary>Gets the name of the level.</summary>
    public string Name { get; }

    /// <summary>Gets the role an approver at this level must hold.</summary>
    public ReviewRole Role { get; }

    /// <summary>Gets the description of the level, as listed by <see cref="ReviewPolicy.Rules"/>.</summary>
    public string Description { get; }

    /// <summary>Returns the number, name and role, for example <c>3. 分管负责同志 [leader-in-charge]</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Number}. {Name} [{Role.Id}]";
}
