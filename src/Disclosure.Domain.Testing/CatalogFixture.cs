using System.Diagnostics.Contracts;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Testing;

/// <summary>
/// Builds a small <see cref="DisclosureCatalog"/> for a test with sensible defaults: a bureau named 测试局, effective
/// 2024-01-01 in Shanghai, columns under one group, numbered in the order they are added, each the responsibility of
/// one unit.
/// </summary>
/// <remarks>A fixture is mutable and not thread-safe; the catalogs it builds are immutable.</remarks>
/// <example>
/// <code>
/// var catalog = new CatalogFixture()
///     .Column("monthly-bulletin", UpdateFrequency.Monthly, "office")
///     .Column("assistance-standards", UpdateFrequency.TimelyWithin(5), "social-assistance")
///     .Build();
/// </code>
/// </example>
public sealed class CatalogFixture
{
    /// <summary>The id of the group every column of the fixture sits under.</summary>
    public const string GroupId = "test-group";

    private readonly DisclosureCatalogBuilder _builder;
    private int _rows;

    /// <summary>Initializes a new instance of the <see cref="CatalogFixture"/> class.</summary>
    /// <param name="effectiveDate">The date the catalog applies from; 2024-01-01 when not given.</param>
    /// <param name="bureauName">The bureau's Chinese name.</param>
    public CatalogFixture(LocalDate? effectiveDate = null, string bureauName = "测试局")
    {
        _builder = new DisclosureCatalogBuilder(bureauName, "Test Bureau", effectiveDate ?? new LocalDate(2024, 1, 1))
            .AddGroup(GroupId, "测试栏目", "Test columns");
    }

    /// <summary>Adds a column the responsibility of one unit.</summary>
    /// <param name="id">The column id (kebab-case), also used as its English name.</param>
    /// <param name="frequency">How often the column must be updated.</param>
    /// <param name="unit">The responsible unit's id; <c>office</c> when not given.</param>
    /// <param name="name">The Chinese name; the id when not given.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is not a valid unit id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="frequency"/> is <see langword="null"/>.</exception>
    public CatalogFixture Column(string id, UpdateFrequency frequency, string unit = "office", string? name = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(frequency);
        ArgumentNullException.ThrowIfNull(unit);
        if (!UnitId.IsValid(unit))
        {
            throw new ArgumentException($"'{unit}' is not a unit id.", nameof(unit));
        }

        _rows++;
        _builder.AddColumn(_rows, id, name ?? id, id, GroupId, frequency, Responsibility.Of(UnitId.Parse(unit)), unit);
        return this;
    }

    /// <summary>Builds the catalog.</summary>
    /// <returns>The catalog.</returns>
    /// <exception cref="InvalidCatalogException">Two columns share an id, or an id is malformed.</exception>
    [Pure]
    public DisclosureCatalog Build() => _builder.Build();
}
