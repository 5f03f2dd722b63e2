using System.Diagnostics.Contracts;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Scheduling;

namespace Disclosure.Domain.Testing;

/// <summary>Builds a <see cref="PublicationLog"/> for a test: which column was updated when, and which information was formed when.</summary>
/// <remarks>A fixture is mutable and not thread-safe; the logs it builds are immutable.</remarks>
/// <example>
/// <code>
/// var log = new PublicationLogFixture()
///     .Published("request-catalog", new LocalDate(2024, 5, 31))
///     .Formed("assistance-standards", new LocalDate(2024, 7, 1))
///     .Build();
/// </code>
/// </example>
public sealed class PublicationLogFixture
{
    private readonly List<Publication> _publications = [];
    private readonly List<InformationEvent> _events = [];

    /// <summary>Records that a column was updated on a day.</summary>
    /// <param name="column">The column id.</param>
    /// <param name="on">The day.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="ArgumentException"><paramref name="column"/> is not a valid column id.</exception>
    public PublicationLogFixture Published(string column, LocalDate on)
    {
        _publications.Add(new Publication(Id(column), on));
        return this;
    }

    /// <summary>Records that a column was updated on each of the days.</summary>
    /// <param name="column">The column id.</param>
    /// <param name="days">The days.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="ArgumentException"><paramref name="column"/> is not a valid column id.</exception>
    public PublicationLogFixture Published(string column, params LocalDate[] days)
    {
        ArgumentNullException.ThrowIfNull(days);
        foreach (var day in days)
        {
            Published(column, day);
        }

        return this;
    }

    /// <summary>Records that information for a timely column (及时更新) was formed, and published if <paramref name="publishedOn"/> is given.</summary>
    /// <param name="column">The column id.</param>
    /// <param name="formedOn">The day the information was formed (the clock starts).</param>
    /// <param name="publishedOn">The day it was published, if it was.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="ArgumentException"><paramref name="column"/> is not a valid column id, or it was published before it was formed.</exception>
    public PublicationLogFixture Formed(string column, LocalDate formedOn, LocalDate? publishedOn = null)
    {
        _events.Add(new InformationEvent(Id(column), formedOn, publishedOn));
        return this;
    }

    /// <summary>Builds the log.</summary>
    /// <returns>The publication log.</returns>
    [Pure]
    public PublicationLog Build() => PublicationLog.Create(_publications, _events);

    private static ColumnId Id(string column) =>
        ColumnId.TryParse(column, out var id) ? id : throw new ArgumentException($"'{column}' is not a column id.", nameof(column));
}
