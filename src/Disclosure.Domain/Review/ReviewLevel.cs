using System.Diagnostics.Contracts;
using System.Globalization;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Review;

/// <summary>One level of a policy's ordered review (for the seed: 信息发布同志, 政务公开机构负责同志, 分管负责同志).</summary>
/// <remarks>Instances are created by <see cref="ReviewPolicyBuilder"/> only. Equality is by reference. Immutable and thread-safe.</remarks>
public sealed class ReviewLevel
{
    internal ReviewLevel(int number, string name, ReviewRole role, string? description, LocalizedText standard)
    {
        Number = number;
        Name = name;
        Role = role;
        Text = description is null ? standard : null;
        Description = description ?? standard.ToString();
    }

    /// <summary>Gets the 1-based position of the level; approvals are given in increasing order of this number.</summary>
    public int Number { get; }

    /// <summary>Gets the name of the level.</summary>
    public string Name { get; }

    /// <summary>Gets the role an approver at this level must hold.</summary>
    public ReviewRole Role { get; }

    /// <summary>
    /// Gets the description of the level, as listed by <see cref="ReviewPolicy.Rules"/>: the one configured, or the
    /// standard one in neutral English; people read <see cref="GetDescription"/>.
    /// </summary>
    public string Description { get; }

    /// <summary>Gets the standard description as a resource entry; <see langword="null"/> when a description was configured.</summary>
    internal LocalizedText? Text { get; }

    /// <summary>Gets the description for people, in the language of <paramref name="culture"/>; a configured description as configured.</summary>
    /// <param name="culture">The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The description, for example <c>第1级（共3级）：信息发布同志——由具备 information-publisher（信息发布同志）角色的人员审核批准。</c></returns>
    [Pure]
    public string GetDescription(CultureInfo? culture = null) => Text?.Format(culture) ?? Description;

    /// <summary>Returns the number, name and role, for example <c>3. 分管负责同志 [leader-in-charge]</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Number}. {Name} [{Role.Id}]";
}
