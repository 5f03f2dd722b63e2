using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using Disclosure.Domain.Catalog;

namespace Disclosure.Domain.Scheduling;

/// <summary>
/// The windows, thresholds and column classification of the national freshness check (<see cref="FreshnessCheck"/>),
/// after 《政府网站与政务新媒体检查指标》(国办秘函〔2019〕19号); every value is configurable.
/// </summary>
/// <remarks>
/// <para>
/// Defaults: dynamics/news columns must be updated within 14 days, notices/policy columns within 6 months; a column
/// not updated for 1 year is "long not updated" (the national text gives no length; 1 year follows an unverified
/// reprint about 人事、规划计划类栏目); the vetoes trigger at 5 not-updated, 10 long-not-updated and 5 blank columns.
/// </para>
/// <para>
/// Classification: an entry of <see cref="Categories"/> wins; otherwise a column whose Chinese name contains 动态, 要闻,
/// 新闻, 工作推进 or 工作进展 (动态调整, "dynamic adjustment", does not count) is <see cref="FreshnessCategory.DynamicsNews"/>, one whose name contains 通知, 公告, 政策,
/// 文件 or 法规 is <see cref="FreshnessCategory.NoticesPolicy"/>, and any other is <see cref="FreshnessCategory.Other"/>.
/// For the embedded Xuancheng catalog this makes rows 37, 45, 46 and 48 dynamics/news and rows 1–4, 18, 38, 47, 68 and
/// 73 notices/policy. The national rule applies the 6-month window to first-level columns; this library applies it to
/// each classified column.
/// </para>
/// <para>Instances are immutable once initialised and thread-safe; equality is reference identity. Values are checked when set.</para>
/// </remarks>
public sealed class FreshnessRules
{
    private static readonly string[] DynamicsWords = ["动态", "要闻", "新闻", "工作推进", "工作进展"];
    private static readonly string[] NoticesWords = ["通知", "公告", "政策", "文件", "法规"];

    private readonly int _notUpdatedThreshold = 5;
    private readonly int _longUnupdatedThreshold = 10;
    private readonly int _blankThreshold = 5;

    /// <summary>Gets the default rules.</summary>
    public static FreshnessRules Default { get; } = new();

    /// <summary>Gets how recent the last update of a dynamics/news column must be: 14 days by default.</summary>
    public Period DynamicsNewsWindow { get; init; } = Period.FromDays(14);

    /// <summary>Gets how recent the last update of a notices/policy column must be: 6 months by default.</summary>
    public Period NoticesPolicyWindow { get; init; } = Period.FromMonths(6);

    /// <summary>Gets how long without an update makes any column "long not updated": 1 year by default.</summary>
    public Period LongUnupdatedWindow { get; init; } = Period.FromYears(1);

    /// <summary>Gets the number of not-updated columns that triggers <see cref="FreshnessVeto.NotUpdated"/>: 5 by default.</summary>
    /// <exception cref="ArgumentException">The value is less than 1.</exception>
    public int NotUpdatedThreshold
    {
        get => _notUpdatedThreshold;
        init => _notUpdatedThreshold = Guard.Against.NegativeOrZero(value, nameof(NotUpdatedThreshold));
    }

    /// <summary>Gets the number of long-not-updated columns that triggers <see cref="FreshnessVeto.LongUnupdated"/>: 10 by default.</summary>
    /// <exception cref="ArgumentException">The value is less than 1.</exception>
    public int LongUnupdatedThreshold
    {
        get => _longUnupdatedThreshold;
        init => _longUnupdatedThreshold = Guard.Against.NegativeOrZero(value, nameof(LongUnupdatedThreshold));
    }

    /// <summary>Gets the number of blank columns that triggers <see cref="FreshnessVeto.Blank"/>: 5 by default.</summary>
    /// <exception cref="ArgumentException">The value is less than 1.</exception>
    public int BlankThreshold
    {
        get => _blankThreshold;
        init => _blankThreshold = Guard.Against.NegativeOrZero(value, nameof(BlankThreshold));
    }

    /// <summary>Gets per-column classifications that override the name-based default; empty by default.</summary>
    public ImmutableDictionary<ColumnId, FreshnessCategory> Categories { get; init; } = ImmutableDictionary<ColumnId, FreshnessCategory>.Empty;

    /// <summary>
    /// Gets how recent a column's last update must be: <see cref="DynamicsNewsWindow"/> for dynamics/news,
    /// <see cref="NoticesPolicyWindow"/> for notices/policy, and <see cref="LongUnupdatedWindow"/> for any other column
    /// (which is checked only for being long not updated).
    /// </summary>
    /// <param name="category">The category.</param>
    /// <returns>The window.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a defined value.</exception>
    [Pure]
    public Period GetWindow(FreshnessCategory category) => category switch
    {
        FreshnessCategory.DynamicsNews => DynamicsNewsWindow,
        FreshnessCategory.NoticesPolicy => NoticesPolicyWindow,
        FreshnessCategory.Other => LongUnupdatedWindow,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a freshness category."),
    };

    /// <summary>Gets the number of offending columns that triggers a veto: <see cref="NotUpdatedThreshold"/>, <see cref="LongUnupdatedThreshold"/> or <see cref="BlankThreshold"/>.</summary>
    /// <param name="veto">The veto.</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="veto"/> is <see langword="null"/>.</exception>
    [Pure]
    public int GetThreshold(FreshnessVeto veto)
    {
        ArgumentNullException.ThrowIfNull(veto);
        return veto == FreshnessVeto.Blank ? BlankThreshold : veto == FreshnessVeto.NotUpdated ? NotUpdatedThreshold : LongUnupdatedThreshold;
    }

    /// <summary>Classifies a column: its entry in <see cref="Categories"/>, else by its Chinese name (see remarks on <see cref="FreshnessRules"/>).</summary>
    /// <param name="column">The column.</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> is <see langword="null"/>.</exception>
    [Pure]
    public FreshnessCategory GetCategory(Column column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (Categories.TryGetValue(column.Id, out var category))
        {
            return category;
        }

        // 动态调整 ("dynamic adjustment", as in 权责清单和动态调整情况) is not news.
        var name = column.Name.Replace("动态调整", string.Empty, StringComparison.Ordinal);
        foreach (var word in DynamicsWords)
        {
            if (name.Contains(word, StringComparison.Ordinal))
            {
                return FreshnessCategory.DynamicsNews;
            }
        }

        foreach (var word in NoticesWords)
        {
            if (column.Name.Contains(word, StringComparison.Ordinal))
            {
                return FreshnessCategory.NoticesPolicy;
            }
        }

        return FreshnessCategory.Other;
    }
}
