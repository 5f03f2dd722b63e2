using System.Globalization;
using Disclosure.Domain.Catalog;
using NodaTime.Text;

namespace Disclosure.Domain.Scheduling;

/// <summary>
/// A piece of information that a timely (及时更新) column must publish: it was formed or changed on
/// <see cref="FormedOn"/> and, once published, <see cref="PublishedOn"/> says when.
/// </summary>
/// <remarks>
/// Each event is one obligation of its column, due <c>calendar.AddWorkingDays(FormedOn, N)</c> where N is the column's
/// <see cref="UpdateFrequency.WorkingDays"/> (20 by default, 《政府信息公开条例》第二十六条). Equality is by value.
/// This type is an immutable value type and is thread-safe. The default value has a default column id and is not a
/// valid event.
/// </remarks>
public readonly record struct InformationEvent
{
    /// <summary>Creates an event.</summary>
    /// <param name="column">The timely column that must publish the information.</param>
    /// <param name="formedOn">The day the information was formed or changed (the start day, not counted).</param>
    /// <param name="publishedOn">The day it was published, or <see langword="null"/> while it is pending.</param>
    /// <exception cref="ArgumentException"><paramref name="publishedOn"/> is before <paramref name="formedOn"/>.</exception>
    public InformationEvent(ColumnId column, LocalDate formedOn, LocalDate? publishedOn = null)
    {
        if (publishedOn is { } published && published < formedOn)
        {
            throw new ArgumentException(
                string.Format(
                    CultureInfo.InvariantCulture,
                    "Information of column '{0}' formed on {1} cannot be published before that, on {2}.",
                    column,
                    LocalDatePattern.Iso.Format(formedOn),
                    LocalDatePattern.Iso.Format(published)),
                nameof(publishedOn));
        }

        Column = column;
        FormedOn = formedOn;
        PublishedOn = publishedOn;
    }

    /// <summary>Gets the timely column that must publish the information.</summary>
    public ColumnId Column { get; }

    /// <summary>Gets the day the information was formed or changed.</summary>
    public LocalDate FormedOn { get; }

    /// <summary>Gets the day the information was published, or <see langword="null"/> while it is pending.</summary>
    public LocalDate? PublishedOn { get; }
}
