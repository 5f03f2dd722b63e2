using System.Resources;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Reports;

/// <summary>The messages of this namespace: <c>Reports/ReportTexts.resx</c> (English) and its zh-Hans satellite; string lookups only.</summary>
internal static class ReportTexts
{
    /// <summary>Gets the resource manager of <c>Reports/ReportTexts*.resx</c>.</summary>
    internal static ResourceManager Resources { get; } = new("Disclosure.Domain.Reports.ReportTexts", typeof(ReportTexts).Assembly);

    /// <summary>A message of <c>ReportTexts.resx</c> with its arguments.</summary>
    internal static LocalizedText Text(string key, params ReadOnlySpan<object?> arguments) => new(Resources, key, arguments);
}
