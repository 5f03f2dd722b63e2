using System.Diagnostics.Contracts;
using System.Globalization;

namespace Disclosure.Domain.Scheduling;

/// <summary>
/// The names people read for a <see cref="FreshnessCategory"/>, in their language: 动态、要闻类 / 通知公告、政策文件类 / 其他
/// in Chinese; dynamics/news, notices/policy, other in English. The enum values never change with the language.
/// </summary>
/// <remarks>From <c>Scheduling/SchedulingTexts.resx</c> and <c>SchedulingTexts.zh-Hans.resx</c>. Stateless and thread-safe.</remarks>
public static class FreshnessCategoryNames
{
    /// <summary>Gets the name of a category.</summary>
    /// <param name="category">The category.</param>
    /// <param name="culture">The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The name, for example <c>动态、要闻类</c> or <c>dynamics/news</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a defined value.</exception>
    [Pure]
    public static string GetName(FreshnessCategory category, CultureInfo? culture = null) => SchedulingTexts.Of(category switch
    {
        FreshnessCategory.Other => "Freshness.Category.Other",
        FreshnessCategory.DynamicsNews => "Freshness.Category.DynamicsNews",
        FreshnessCategory.NoticesPolicy => "Freshness.Category.NoticesPolicy",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a freshness category."),
    }).Format(culture);
}
