using System.Diagnostics.Contracts;
using System.Globalization;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Review;

/// <summary>One level of a policy's ordered review (for the seed: 信息发布同志, 政务公开机构负责同志, 分管负责同志).</summary>
/// <remarks>Instances are created by <see cref="ReviewPolicyBuilder"/> only. Equality is by reference. Immutable and thread-safe.</remarks>
public sealed class ReviewLevel
{
    internal ReviewLevel(int number, string name, ReviewRole role, string? description, string? englishDescription, LocalizedText standard)
    {
        Number = number;
        Name = name;
        Role = role;
        Text = description is null ? standard : LocalizedText.Given(description, englishDescription);
        Description = Text.ToString();
    }

    /// <summary>Gets the 1-based position of the level; approvals are given in increasing order of this number.</summary>
    public int Number { get; }

    /// <summary>Gets the name of the level.</summary>
    public string Name { get; }

    /// <summary>Gets the role an approver at this level must hold.</summary>
    public ReviewRole Role { get; }

    /// <summary>
    /// Gets the description of the level in neutral English, as listed by <see cref="ReviewPolicy.Rules"/>: the configured
    /// English description, else the configured description as written, else the standard one; people read
    /// <see cref="GetDescription"/>.
    /// </summary>
    public string Description { get; }

    /// <summary>Gets the description as people read it: the standard resource entry, or the configured text and its English translation.</summary>
    internal LocalizedText Text { get; }

    /// <summary>Gets the description for people, in the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">
    /// The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>. Chinese cultures (zh-CN,
    /// zh-Hans, zh-SG) read the configured description (a rule pack's <c>description</c>), every other culture its English
    /// translation (<c>englishDescription</c>), or the configured description when it has none; without a configured
    /// description, the standard one in the culture's language.
    /// </param>
    /// <returns>
    /// The description, for example <c>三级审核制第1级（共3级）：信息发布同志——由发布信息的工作人员对拟公开的信息进行审核。</c> (the seed's,
    /// in Chinese) or <c>第1级（共3级）：信息发布同志——由具备 information-publisher（信息发布同志）角色的人员审核批准。</c> (the standard one).
    /// </returns>
    [Pure]
    public string GetDescription(CultureInfo? culture = null) => Text.Format(culture);

    /// <summary>Returns the number, name and role, for example <c>3. 分管负责同志 [leader-in-charge]</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Number}. {Name} [{Role.Id}]";
}
