using System.Collections.Immutable;

namespace Disclosure.Domain.Responsibilities;

/// <summary>The level of government an obligation binds: the city (市本级, 市直部门) or a county, county-level city or district (县市区).</summary>
/// <remarks>A closed set: the only instances are the static members. Instances are immutable and thread-safe.</remarks>
public sealed class GovernmentLevel
{
    private GovernmentLevel(string id, string name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>Gets the city level (市本级, including the city's departments 市直部门).</summary>
    public static GovernmentLevel City { get; } = new("city", "市本级");

    /// <summary>Gets the county level (县市区: counties, county-level cities and districts).</summary>
    public static GovernmentLevel County { get; } = new("county", "县市区");

    /// <summary>Gets every level, in declaration order.</summary>
    public static ImmutableArray<GovernmentLevel> All { get; } = [City, County];

    /// <summary>Gets the stable identifier used in JSON: <c>city</c> or <c>county</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the Chinese name: 市本级 or 县市区.</summary>
    public string Name { get; }

    /// <summary>Finds the level with the given identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="level">The level, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryParse(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GovernmentLevel? level)
    {
        level = All.FirstOrDefault(l => l.Id == id);
        return level is not null;
    }

    /// <summary>Returns the identifier.</summary>
    /// <returns><c>city</c> or <c>county</c>.</returns>
    public override string ToString() => Id;
}
