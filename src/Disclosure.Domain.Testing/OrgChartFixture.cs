using System.Diagnostics.Contracts;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Testing;

/// <summary>
/// Builds an <see cref="OrgChart"/> for a test: an 办公室 (<c>office</c>) by default, plus the sections and affiliated
/// agencies a test names, each with the topics it is relevant to (for 各相关科室 columns).
/// </summary>
/// <remarks>A fixture is mutable and not thread-safe; the charts it builds are immutable.</remarks>
/// <example>
/// <code>
/// var chart = new OrgChartFixture()
///     .Section("social-assistance", "社会救助科", "minimum-living-allowance")
///     .Build();
/// </code>
/// </example>
public sealed class OrgChartFixture
{
    private readonly List<Unit> _units = [];

    /// <summary>Initializes a new instance of the <see cref="OrgChartFixture"/> class.</summary>
    /// <param name="withOffice">Whether the chart starts with an 办公室 whose id is <c>office</c>.</param>
    public OrgChartFixture(bool withOffice = true)
    {
        if (withOffice)
        {
            _units.Add(new Unit(UnitId.Parse("office"), "办公室", "Office", UnitKind.Office));
        }
    }

    /// <summary>Adds a section (科室).</summary>
    /// <param name="id">The unit id, for example <c>social-assistance</c>.</param>
    /// <param name="name">The Chinese name, for example 社会救助科.</param>
    /// <param name="topics">The topics (column ids) the section is relevant to.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a valid unit id, or the name is empty.</exception>
    public OrgChartFixture Section(string id, string name, params string[] topics) => Add(id, name, UnitKind.Section, topics);

    /// <summary>Adds a directly affiliated agency (直属机构).</summary>
    /// <param name="id">The unit id.</param>
    /// <param name="name">The Chinese name.</param>
    /// <param name="topics">The topics (column ids) the agency is relevant to.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a valid unit id, or the name is empty.</exception>
    public OrgChartFixture AffiliatedAgency(string id, string name, params string[] topics) => Add(id, name, UnitKind.AffiliatedAgency, topics);

    /// <summary>Builds the chart.</summary>
    /// <returns>The org chart.</returns>
    /// <exception cref="ArgumentException">Two units share an id or a name (as <see cref="OrgChart"/> refuses).</exception>
    [Pure]
    public OrgChart Build() => new(_units);

    private OrgChartFixture Add(string id, string name, UnitKind kind, string[] topics)
    {
        if (!UnitId.IsValid(id))
        {
            throw new ArgumentException($"'{id}' is not a unit id.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _units.Add(new Unit(UnitId.Parse(id), name, id, kind, topics: topics));
        return this;
    }
}
