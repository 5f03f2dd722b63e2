using System.Globalization;
using Disclosure.Domain.Catalog;
using NodaTime.Text;

namespace Disclosure.Domain.Scheduling;

/// <summary>
/// The withdrawal (撤下) of an item a column published: the item published on <see cref="PublishedOn"/> was taken off
/// the portal on <see cref="WithdrawnOn"/>, as recorded in a <see cref="PublicationLog"/>.
/// </summary>
/// <remarks>
/// The item is named by its column and publication day: the information event of the column published that day (or, for
/// a column without events, its publication of that day). The <see cref="DueDateCalculator"/> checks a withdrawal against
/// the column's display period (公示期, <see cref="UpdateFrequency.DisplayWorkingDays"/>): see
/// <see cref="DisplayPeriodBreach"/>. The withdrawal day itself counts as a posted day (the item was up that day).
/// <see cref="FreshnessCheck"/> no longer counts the item on a check date on or after <see cref="WithdrawnOn"/> (it looks
/// at the portal at the end of the check date).
/// Equality is by value. This type is an immutable value type and is thread-safe. The default value has a default
/// column id and is not a valid withdrawal.
/// </remarks>
public readonly record struct Withdrawal
{
    /// <summary>Creates a withdrawal.</summary>
    /// <param name="column">The column that published the item.</param>
    /// <param name="publishedOn">The day the item was published.</param>
    /// <param name="withdrawnOn">The day it was taken off; not before <paramref name="publishedOn"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="withdrawnOn"/> is before <paramref name="publishedOn"/>.</exception>
    public Withdrawal(ColumnId column, LocalDate publishedOn, LocalDate withdrawnOn)
    {
        if (withdrawnOn < publishedOn)
        {
            throw new ArgumentException(
                string.Format(
                    CultureInfo.InvariantCulture,
                    "An item of column '{0}' published on {1} cannot be withdrawn before that, on {2}.",
                    column,
                    LocalDatePattern.Iso.Format(publishedOn),
                    LocalDatePattern.Iso.Format(withdrawnOn)),
                nameof(withdrawnOn));
        }

        Column = column;
        PublishedOn = publishedOn;
        WithdrawnOn = withdrawnOn;
    }

    /// <summary>Gets the column that published the item.</summary>
    public ColumnId Column { get; }

    /// <summary>Gets the day the item was published.</summary>
    public LocalDate PublishedOn { get; }

    /// <summary>Gets the day the item was taken off the portal.</summary>
    public LocalDate WithdrawnOn { get; }
}
