using System.Collections.Immutable;
using System.Diagnostics.Contracts;

namespace Disclosure.Domain.Calendars;

/// <summary>
/// A holiday: one of the seven national festivals of 《全国年节及纪念日放假办法》, or a local festival layered
/// over the national calendar (for example an autonomous region's).
/// </summary>
/// <remarks>
/// The national festivals are the static instances of this class; local festivals come from
/// <see cref="Local"/>. Equality is by <see cref="Id"/> (ordinal). Instances are immutable and thread-safe.
/// </remarks>
public sealed class Festival : IEquatable<Festival>
{
    private Festival(string id, string name, string? englishName, bool isNational)
    {
        Id = id;
        Name = name;
        EnglishName = englishName;
        IsNational = isNational;
    }

    /// <summary>Gets 元旦, New Year's Day (1 January).</summary>
    public static Festival NewYearsDay { get; } = new("new-years-day", "元旦", "New Year's Day", true);

    /// <summary>Gets 春节, the Spring Festival (农历除夕 and 正月初一 to 初三 since 2025).</summary>
    public static Festival SpringFestival { get; } = new("spring-festival", "春节", "Spring Festival", true);

    /// <summary>Gets 清明节, the Qingming Festival (the day of the 清明 solar term).</summary>
    public static Festival QingmingFestival { get; } = new("qingming", "清明节", "Qingming Festival", true);

    /// <summary>Gets 劳动节, Labour Day (1 May; 1 and 2 May since 2025).</summary>
    public static Festival LabourDay { get; } = new("labour-day", "劳动节", "Labour Day", true);

    /// <summary>Gets 端午节, the Dragon Boat Festival (农历五月初五).</summary>
    public static Festival DragonBoatFestival { get; } = new("dragon-boat", "端午节", "Dragon Boat Festival", true);

    /// <summary>Gets 中秋节, the Mid-Autumn Festival (农历八月十五).</summary>
    public static Festival MidAutumnFestival { get; } = new("mid-autumn", "中秋节", "Mid-Autumn Festival", true);

    /// <summary>Gets 国庆节, National Day (1 to 3 October).</summary>
    public static Festival NationalDay { get; } = new("national-day", "国庆节", "National Day", true);

    /// <summary>Gets the seven national festivals in calendar order.</summary>
    public static ImmutableArray<Festival> National { get; } =
        [NewYearsDay, SpringFestival, QingmingFestival, LabourDay, DragonBoatFestival, MidAutumnFestival, NationalDay];

    /// <summary>Gets the stable ASCII identifier, for example <c>spring-festival</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the Chinese name, for example 春节.</summary>
    public string Name { get; }

    /// <summary>Gets the English name; <see langword="null"/> for a local festival given none.</summary>
    public string? EnglishName { get; }

    /// <summary>Gets a value indicating whether this is one of the seven national festivals.</summary>
    public bool IsNational { get; }

    /// <summary>Creates a local festival, for a holiday layered over the national calendar.</summary>
    /// <param name="id">A stable identifier: lower-case ASCII letters, digits and hyphens; must not be a national festival's id.</param>
    /// <param name="name">The Chinese name.</param>
    /// <param name="englishName">The English name, or <see langword="null"/> when it has none.</param>
    /// <returns>The festival.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="name"/> is empty, <paramref name="id"/> is malformed, or it names a national festival.</exception>
    [Pure]
    public static Festival Local(string id, string name, string? englishName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!Slug.IsValid(id))
        {
            throw new ArgumentException($"'{id}' is not a valid festival id: use {Slug.Form}.", nameof(id));
        }

        if (FromId(id) is not null)
        {
            throw new ArgumentException($"'{id}' is a national festival's id; choose another id for a local festival.", nameof(id));
        }

        return new Festival(id, name, string.IsNullOrWhiteSpace(englishName) ? null : englishName, isNational: false);
    }

    /// <summary>Finds a national festival by its identifier.</summary>
    /// <param name="id">The identifier, for example <c>national-day</c>.</param>
    /// <returns>The festival, or <see langword="null"/> if no national festival has that identifier.</returns>
    [Pure]
    public static Festival? FromId(string id)
    {
        foreach (var festival in National)
        {
            if (festival.Id == id)
            {
                return festival;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public bool Equals(Festival? other) => other is not null && Id == other.Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Festival);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>Returns the Chinese and English names, for example <c>春节 (Spring Festival)</c>.</summary>
    /// <returns>The names.</returns>
    public override string ToString() => EnglishName is null ? Name : $"{Name} ({EnglishName})";
}
