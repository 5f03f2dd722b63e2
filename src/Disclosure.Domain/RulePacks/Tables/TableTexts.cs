using System.Resources;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.RulePacks.Tables;

/// <summary>The messages of this namespace: <c>RulePacks/Tables/TableTexts.resx</c> (English) and its zh-Hans satellite; string lookups only.</summary>
internal static class TableTexts
{
    /// <summary>Gets the resource manager of <c>RulePacks/Tables/TableTexts*.resx</c>.</summary>
    internal static ResourceManager Resources { get; } = new("Disclosure.Domain.RulePacks.Tables.TableTexts", typeof(TableTexts).Assembly);

    /// <summary>A message of <c>TableTexts.resx</c> with its arguments.</summary>
    internal static LocalizedText Text(string key, params ReadOnlySpan<object?> arguments) => new(Resources, key, arguments);
}
