using System.Resources;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Review;

/// <summary>
/// The messages of this namespace for people: <c>Review/ReviewTexts.resx</c> (English) and <c>ReviewTexts.zh-Hans.resx</c>
/// (Simplified Chinese), read through <see cref="LocalizedText"/>. String lookups only (trimming and AOT keep them).
/// </summary>
internal static class ReviewTexts
{
    /// <summary>Gets the resource manager of <c>Review/ReviewTexts*.resx</c>.</summary>
    internal static ResourceManager Resources { get; } = new("Disclosure.Domain.Review.ReviewTexts", typeof(ReviewTexts).Assembly);

    /// <summary>The entry <paramref name="key"/> with its arguments.</summary>
    internal static LocalizedText Of(string key, params ReadOnlySpan<object?> arguments) => new(Resources, key, arguments);

    /// <summary>The name of an item status, for example <c>审核中</c>.</summary>
    internal static LocalizedText Status(ReviewItemStatus status) => Of("Status." + status.ToString());

    /// <summary>The name of an item kind, for example <c>政策文件</c>.</summary>
    internal static LocalizedText Kind(ReviewItemKind kind) => Of("Kind." + kind.ToString());

    /// <summary>The flags, each by name (<c>含个人隐私、涉密</c>); in English the enum's own spelling.</summary>
    internal static LocalizedText.TextList Flags(SensitivityFlags flags) =>
        LocalizedText.List(Enum.GetValues<SensitivityFlags>().Where(f => f != SensitivityFlags.None && flags.HasFlag(f)).Select(f => Of("Flag." + f.ToString())));

    /// <summary>A scope: <c>全面公开</c> or <c>在特定范围内公开：本局干部职工</c>; in English its <c>ToString</c>.</summary>
    internal static LocalizedText Scope(DisclosureScope scope) => scope.Audience is { } audience ? Of("Scope.Restricted", audience) : Of("Scope.Public");

    /// <summary>What a command does, as a refusal names it (<c>Action.{key}</c>).</summary>
    internal static LocalizedText Action(string key, params ReadOnlySpan<object?> arguments) => Of("Action." + key, arguments);
}
