namespace Disclosure.Domain.Office.Ics;

/// <summary>
/// One all-day event of a calendar file written by <see cref="IcsWriter"/>: a due date with what is due, and optionally
/// a reminder on an earlier day. Immutable and thread-safe.
/// </summary>
public sealed class IcsEvent
{
    /// <summary>Initializes a new instance of the <see cref="IcsEvent"/> class.</summary>
    /// <param name="uid">
    /// The event's stable identifier (RFC 5545 <c>UID</c>): the same obligation must get the same uid in every export, so
    /// that importing again updates the event instead of adding a second one. Not empty, no line breaks.
    /// </param>
    /// <param name="date">The day of the event (all-day).</param>
    /// <param name="summary">The title a calendar shows, for example <c>应完成：政策解读 2024-06（社会救助科）</c>.</param>
    /// <param name="description">Details shown when the event is opened; <see langword="null"/> for none.</param>
    /// <param name="reminder">The day to remind on (at the writer's reminder time), on or before <paramref name="date"/>; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException"><paramref name="uid"/> or <paramref name="summary"/> is empty, or <paramref name="uid"/> has a line break.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reminder"/> is after <paramref name="date"/>.</exception>
    public IcsEvent(string uid, LocalDate date, string summary, string? description = null, LocalDate? reminder = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uid);
        ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        if (uid.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException("A calendar uid is one line.", nameof(uid));
        }

        if (reminder > date)
        {
            throw new ArgumentOutOfRangeException(nameof(reminder), reminder, $"The reminder must be on or before the event's day {date:uuuu-MM-dd}.");
        }

        Uid = uid;
        Date = date;
        Summary = summary;
        Description = description;
        Reminder = reminder;
    }

    /// <summary>Gets the stable identifier (<c>UID</c>).</summary>
    public string Uid { get; }

    /// <summary>Gets the day of the event.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the title.</summary>
    public string Summary { get; }

    /// <summary>Gets the details, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>Gets the day to remind on, or <see langword="null"/> for no reminder.</summary>
    public LocalDate? Reminder { get; }
}
