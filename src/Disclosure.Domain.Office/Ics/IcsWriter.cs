using System.Globalization;
using System.Text;
using NodaTime.Text;

namespace Disclosure.Domain.Office.Ics;

/// <summary>
/// Writes an iCalendar file (RFC 5545, <c>.ics</c>) of all-day events that Outlook, Apple and Google calendars, WPS and
/// phone calendars import or subscribe to: one <c>VEVENT</c> per <see cref="IcsEvent"/> with its stable <c>UID</c>, the
/// day as a <c>DATE</c> value, and a <c>VALARM</c> at the reminder day's reminder time in the bureau's time zone.
/// </summary>
/// <remarks>
/// Written by hand rather than with Ical.Net: the format needs a few dozen lines (escaping, 75-octet folding, CRLF), and
/// Ical.Net's serializer finds its serializers by reflection, which trimming and Native AOT do not keep. Output is
/// deterministic for the same events and stamp. Stateless and thread-safe.
/// </remarks>
public static class IcsWriter
{
    /// <summary>The product identifier written as <c>PRODID</c>.</summary>
    public const string ProductId = "-//Disclosure.Domain//Disclosure.Domain.Office//ZH";

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd");
    private static readonly InstantPattern UtcPattern = InstantPattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss'Z'");

    /// <summary>Writes a calendar.</summary>
    /// <param name="output">Where the text goes; lines end in CRLF whatever the writer's <see cref="TextWriter.NewLine"/>.</param>
    /// <param name="name">The calendar's name (<c>X-WR-CALNAME</c>), for example <c>社会救助科 应办事项</c>.</param>
    /// <param name="events">The events; their uids must be distinct.</param>
    /// <param name="stamp">When the file is made (<c>DTSTAMP</c>, required by RFC 5545); from the caller's clock.</param>
    /// <param name="zone">The bureau's time zone: the calendar's <c>X-WR-TIMEZONE</c> and the zone of reminder times; <see langword="null"/> for Asia/Shanghai.</param>
    /// <param name="reminderTime">The time of day of a reminder on its day; <see langword="null"/> for 09:00.</param>
    /// <returns>The number of events written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="output"/>, <paramref name="name"/> or <paramref name="events"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two events have the same uid (a calendar would keep only one).</exception>
    public static int Write(TextWriter output, string name, IEnumerable<IcsEvent> events, Instant stamp, DateTimeZone? zone = null, LocalTime? reminderTime = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(events);
        zone ??= DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var at = reminderTime ?? new LocalTime(9, 0);
        var uids = new HashSet<string>(StringComparer.Ordinal);
        Line(output, "BEGIN:VCALENDAR");
        Line(output, "VERSION:2.0");
        Line(output, "PRODID:" + ProductId);
        Line(output, "CALSCALE:GREGORIAN");
        Line(output, "METHOD:PUBLISH");
        Line(output, "X-WR-CALNAME:" + Text(name));
        Line(output, "X-WR-TIMEZONE:" + zone.Id);
        var dtstamp = UtcPattern.Format(stamp);
        foreach (var e in events)
        {
            if (!uids.Add(e.Uid))
            {
                throw new ArgumentException($"Two events have the uid '{e.Uid}'; a calendar keeps one event per uid.", nameof(events));
            }

            Line(output, "BEGIN:VEVENT");
            Line(output, "UID:" + Text(e.Uid));
            Line(output, "DTSTAMP:" + dtstamp);
            Line(output, "DTSTART;VALUE=DATE:" + DatePattern.Format(e.Date));
            Line(output, "DTEND;VALUE=DATE:" + DatePattern.Format(e.Date.PlusDays(1)));
            Line(output, "SUMMARY:" + Text(e.Summary));
            if (e.Description is { Length: > 0 } description)
            {
                Line(output, "DESCRIPTION:" + Text(description));
            }

            // Free time: a due date is a deadline, not a meeting that blocks the day.
            Line(output, "TRANSP:TRANSPARENT");
            if (e.Reminder is { } reminder)
            {
                Line(output, "BEGIN:VALARM");
                Line(output, "ACTION:DISPLAY");
                Line(output, "DESCRIPTION:" + Text(e.Summary));
                Line(output, "TRIGGER;VALUE=DATE-TIME:" + UtcPattern.Format(zone.AtLeniently(reminder + at).ToInstant()));
                Line(output, "END:VALARM");
            }

            Line(output, "END:VEVENT");
        }

        Line(output, "END:VCALENDAR");
        return uids.Count;
    }

    /// <summary>Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks.</summary>
    internal static string Text(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            switch (value[i])
            {
                case '\\':
                    text.Append(@"\\");
                    break;
                case ';':
                    text.Append(@"\;");
                    break;
                case ',':
                    text.Append(@"\,");
                    break;
                case '\r' when i + 1 < value.Length && value[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    text.Append(@"\n");
                    break;
                default:
                    text.Append(value[i]);
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Writes a content line folded at 75 octets of UTF-8 (RFC 5545 3.1), never inside a character.</summary>
    private static void Line(TextWriter output, string line)
    {
        var octets = 0;
        var limit = 75;
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > limit)
            {
                output.Write(line.AsSpan(start, i - start));
                output.Write("\r\n ");
                start = i;
                octets = 0;
                limit = 74; // the leading space of a continuation line counts
            }

            octets += size;
            i += length - 1;
        }

        output.Write(line.AsSpan(start));
        output.Write("\r\n");
    }
}
