using System.Resources;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Responsibilities;

/// <summary>
/// The messages of this namespace for people: <c>Responsibilities/ResponsibilityTexts.resx</c> (English) and
/// <c>ResponsibilityTexts.zh-Hans.resx</c> (Simplified Chinese), read through <see cref="LocalizedText"/>. String lookups only.
/// </summary>
internal static class ResponsibilityTexts
{
    /// <summary>Gets the resource manager of <c>Responsibilities/ResponsibilityTexts*.resx</c>.</summary>
    internal static ResourceManager Resources { get; } = new("Disclosure.Domain.Responsibilities.ResponsibilityTexts", typeof(ResponsibilityTexts).Assembly);

    /// <summary>The entry <paramref name="key"/> with its arguments.</summary>
    internal static LocalizedText Of(string key, params ReadOnlySpan<object?> arguments) => new(Resources, key, arguments);

    /// <summary>A responsibility as people name it: <c>各相关科室（主题：…）</c>; in English its <c>ToString</c>.</summary>
    internal static LocalizedText Name(Responsibility responsibility) => responsibility.Kind switch
    {
        ResponsibilityKind.Units => Of("Responsibility.Units", LocalizedText.List(responsibility.Units)),
        ResponsibilityKind.RelevantSections => Of("Responsibility.RelevantSections", responsibility.Topic),
        _ => Of("Responsibility." + responsibility.Kind.ToString()),
    };
}
