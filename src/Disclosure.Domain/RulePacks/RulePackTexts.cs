using System.Resources;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.RulePacks;

/// <summary>The messages of this namespace: <c>RulePacks/RulePackTexts.resx</c> (English) and its zh-Hans satellite; string lookups only.</summary>
internal static class RulePackTexts
{
    /// <summary>Gets the resource manager of <c>RulePacks/RulePackTexts*.resx</c>.</summary>
    internal static ResourceManager Resources { get; } = new("Disclosure.Domain.RulePacks.RulePackTexts", typeof(RulePackTexts).Assembly);

    /// <summary>A message of <c>RulePackTexts.resx</c> with its arguments.</summary>
    internal static LocalizedText Text(string key, params ReadOnlySpan<object?> arguments) => new(Resources, key, arguments);
}
