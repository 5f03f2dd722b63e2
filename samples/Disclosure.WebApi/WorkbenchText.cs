using System.Globalization;
using System.Resources;

namespace Disclosure.WebApi;

/// <summary>
/// The workbench API's own messages (<c>WorkbenchTexts.resx</c>, English, and <c>WorkbenchTexts.zh-Hans.resx</c>), in the
/// request's language: Chinese by default, English by <c>Accept-Language</c> (see <c>UseRequestLocalization</c>). String
/// keys only, so trimming keeps them.
/// </summary>
internal static class WorkbenchText
{
    internal static readonly ResourceManager Resources = new("Disclosure.WebApi.WorkbenchTexts", typeof(WorkbenchText).Assembly);

    /// <summary>The text of a key in the current UI culture, its placeholders filled.</summary>
    /// <exception cref="InvalidOperationException">The key is not in the resources (a programming error).</exception>
    internal static string Get(string key, params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"WorkbenchTexts has no entry '{key}'."), arguments);
}
