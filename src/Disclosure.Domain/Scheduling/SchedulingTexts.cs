using System.Resources;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Scheduling;

/// <summary>
/// The messages of this namespace for people: <c>Scheduling/SchedulingTexts.resx</c> (English) and
/// <c>SchedulingTexts.zh-Hans.resx</c> (Simplified Chinese), read through <see cref="LocalizedText"/>. String lookups only.
/// </summary>
internal static class SchedulingTexts
{
    /// <summary>Gets the resource manager of <c>Scheduling/SchedulingTexts*.resx</c>.</summary>
    internal static ResourceManager Resources { get; } = new("Disclosure.Domain.Scheduling.SchedulingTexts", typeof(SchedulingTexts).Assembly);

    /// <summary>The entry <paramref name="key"/> with its arguments.</summary>
    internal static LocalizedText Of(string key, params ReadOnlySpan<object?> arguments) => new(Resources, key, arguments);
}
