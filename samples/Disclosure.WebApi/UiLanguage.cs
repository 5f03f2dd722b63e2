using System.Globalization;

namespace Disclosure.WebApi;

/// <summary>
/// The two languages of the workbench's pages and messages: Chinese (zh-CN) by default, English when the request asks for
/// it (<c>?lang=en</c>, which also sets the culture cookie; the cookie; <c>Accept-Language</c>). Every text a person reads
/// is given in both, side by side where it is used; codes, JSON keys and URLs never change with the language.
/// </summary>
internal static class UiLanguage
{
    /// <summary>The default language.</summary>
    internal const string Chinese = "zh-CN";

    /// <summary>The other language.</summary>
    internal const string English = "en";

    /// <summary>The query parameter of the visible switch (<c>?lang=en</c>, <c>?lang=zh-CN</c>).</summary>
    internal const string QueryKey = "lang";

    /// <summary>Gets a value indicating whether the current request reads English (anything else reads Chinese).</summary>
    internal static bool IsEnglish => CultureInfo.CurrentUICulture.Name.StartsWith(English, StringComparison.OrdinalIgnoreCase);

    /// <summary>The text in the current request's language.</summary>
    internal static string Pick(string chinese, string english) => IsEnglish ? english : chinese;

    /// <summary>Formats the text of the current request's language with invariant number formatting.</summary>
    internal static string Format(string chinese, string english, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Pick(chinese, english), args);
}
