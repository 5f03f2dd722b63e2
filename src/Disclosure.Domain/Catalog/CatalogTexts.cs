using System.Resources;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Catalog;

/// <summary>The messages of this namespace: <c>Catalog/CatalogTexts.resx</c> (English) and its zh-Hans satellite; string lookups only.</summary>
internal static class CatalogTexts
{
    /// <summary>Gets the resource manager of <c>Catalog/CatalogTexts*.resx</c>.</summary>
    internal static ResourceManager Resources { get; } = new("Disclosure.Domain.Catalog.CatalogTexts", typeof(CatalogTexts).Assembly);

    /// <summary>A message of <c>CatalogTexts.resx</c> with its arguments.</summary>
    internal static LocalizedText Text(string key, params ReadOnlySpan<object?> arguments) => new(Resources, key, arguments);
}
