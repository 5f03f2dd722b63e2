using System.Diagnostics.Contracts;
using System.Globalization;
using System.Resources;

namespace Disclosure.Domain.Responsibilities;

/// <summary>
/// The names people read for an <see cref="ObligationStatus"/>, in their language: 已完成/待办/临期/逾期 and 迟交 for a
/// late satisfaction in Chinese; satisfied/due/at risk/overdue and late in English. The enum values (and the ASCII
/// spellings machines read) never change with the language.
/// </summary>
/// <remarks>From <c>Responsibilities/StatusTexts.resx</c> and <c>StatusTexts.zh-Hans.resx</c>. Stateless and thread-safe.</remarks>
public static class ObligationStatusNames
{
    private static readonly ResourceManager Resources = new("Disclosure.Domain.Responsibilities.StatusTexts", typeof(ObligationStatusNames).Assembly);

    /// <summary>Gets the name of a status.</summary>
    /// <param name="status">The status.</param>
    /// <param name="culture">The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The name, for example <c>逾期</c> or <c>overdue</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    [Pure]
    public static string GetName(ObligationStatus status, CultureInfo? culture = null) => Get(status switch
    {
        ObligationStatus.Satisfied => "Satisfied",
        ObligationStatus.Due => "Due",
        ObligationStatus.AtRisk => "AtRisk",
        ObligationStatus.Overdue => "Overdue",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not an obligation status."),
    }, culture);

    /// <summary>Gets the word for an obligation satisfied after its due date (迟交, late).</summary>
    /// <param name="culture">The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The word.</returns>
    [Pure]
    public static string GetLateName(CultureInfo? culture = null) => Get("Late", culture);

    private static string Get(string key, CultureInfo? culture) =>
        Resources.GetString(key, culture ?? CultureInfo.CurrentUICulture) ?? throw new MissingManifestResourceException($"StatusTexts.resx has no '{key}'.");
}
