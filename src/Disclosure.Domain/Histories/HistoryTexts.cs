using System.Resources;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Histories;

/// <summary>The messages of this namespace: <c>Histories/HistoryTexts.resx</c> (English) and its zh-Hans satellite; string lookups only.</summary>
internal static class HistoryTexts
{
    /// <summary>Gets the resource manager of <c>Histories/HistoryTexts*.resx</c>.</summary>
    internal static ResourceManager Resources { get; } = new("Disclosure.Domain.Histories.HistoryTexts", typeof(HistoryTexts).Assembly);

    /// <summary>A message of <c>HistoryTexts.resx</c> with its arguments.</summary>
    internal static LocalizedText Text(string key, params ReadOnlySpan<object?> arguments) => new(Resources, key, arguments);
}
