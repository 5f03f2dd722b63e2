using Disclosure.Domain.Catalog;

namespace Disclosure.Domain.Scheduling;

/// <summary>One publication (an update) of a catalog column on a date, as recorded in a <see cref="PublicationLog"/>.</summary>
/// <param name="Column">The column that was updated.</param>
/// <param name="On">The date of the publication, in the bureau's time zone.</param>
/// <remarks>
/// A publication satisfies every periodic obligation of its column whose window contains <paramref name="On"/>
/// (see <see cref="DueDateCalculator"/>). Timely obligations are satisfied by <see cref="InformationEvent.PublishedOn"/>
/// instead. Equality is by value. This type is an immutable value type and is thread-safe.
/// </remarks>
public readonly record struct Publication(ColumnId Column, LocalDate On);
