using System.Diagnostics.Contracts;
using System.Text;
using System.Text.Json;
using Disclosure.Domain.Calendars;
using NodaTime.Text;

namespace Disclosure.Domain.Testing;

/// <summary>
/// Builds a <see cref="WorkingDayCalendar"/> for a test: the national arrangement of the given years (the official one
/// for 2024–2026, the projected one otherwise) plus the holidays and adjusted working days a test needs, loaded through
/// <see cref="WorkingDayCalendar.FromJson(string)"/> exactly as a bureau's own calendar data would be.
/// </summary>
/// <remarks>
/// A fixture is mutable and not thread-safe; the calendars it builds are immutable. Extra holidays are local holidays
/// (the calendar data format's <c>localHolidays</c>); extra working days must be weekend days outside any holiday, as
/// in a State Council notice. The built calendar treats every year as published (not provisional).
/// </remarks>
/// <example>
/// <code>
/// var calendar = new CalendarFixture(2024)
///     .Holiday(new LocalDate(2024, 7, 15), new LocalDate(2024, 7, 16), "防汛假")
///     .AdjustedWorkday(new LocalDate(2024, 7, 20))
///     .Build();
/// </code>
/// </example>
public sealed class CalendarFixture
{
    private readonly List<int> _years;
    private readonly List<(string Id, string Name, LocalDate From, LocalDate To)> _holidays = [];
    private readonly List<LocalDate> _workdays = [];

    /// <summary>Initializes a new instance of the <see cref="CalendarFixture"/> class covering the given years.</summary>
    /// <param name="years">The years the calendar covers (at least one, 2008–2099).</param>
    /// <exception cref="ArgumentException"><paramref name="years"/> is empty or holds a year outside 2008–2099.</exception>
    public CalendarFixture(params int[] years)
    {
        ArgumentNullException.ThrowIfNull(years);
        if (years.Length == 0 || years.Any(y => y is < 2008 or > 2099))
        {
            throw new ArgumentException("Give at least one year between 2008 and 2099.", nameof(years));
        }

        _years = [.. years.Distinct().Order()];
    }

    /// <summary>Gets the years the calendar will cover, in order.</summary>
    public IReadOnlyList<int> Years => _years;

    /// <summary>Adds a local holiday: every day from <paramref name="from"/> to <paramref name="to"/> (inclusive) becomes a rest day.</summary>
    /// <param name="from">The first day off.</param>
    /// <param name="to">The last day off.</param>
    /// <param name="name">The holiday's name, for example 防汛假.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>, or the name is empty.</exception>
    public CalendarFixture Holiday(LocalDate from, LocalDate to, string name = "测试假日")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (to < from)
        {
            throw new ArgumentException($"The holiday ends ({Iso(to)}) before it starts ({Iso(from)}).", nameof(to));
        }

        _holidays.Add(($"test-holiday-{_holidays.Count + 1}", name, from, to));
        return this;
    }

    /// <summary>Adds a one-day local holiday.</summary>
    /// <param name="day">The day off.</param>
    /// <param name="name">The holiday's name.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    public CalendarFixture DayOff(LocalDate day, string name = "测试假日") => Holiday(day, day, name);

    /// <summary>Makes a weekend day a working day (调休上班).</summary>
    /// <param name="day">A Saturday or Sunday outside any holiday block.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="ArgumentException"><paramref name="day"/> is not a Saturday or Sunday.</exception>
    public CalendarFixture AdjustedWorkday(LocalDate day)
    {
        if (day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
        {
            throw new ArgumentException($"{Iso(day)} is a {day.DayOfWeek}; only a weekend day can become an adjusted working day.", nameof(day));
        }

        _workdays.Add(day);
        return this;
    }

    /// <summary>Writes the fixture in the calendar data format (what <see cref="Build"/> loads).</summary>
    /// <returns>The JSON text.</returns>
    [Pure]
    public string ToJson()
    {
        var national = WorkingDayCalendar.ChinaMainland.WithProjection();
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("format", 1);
            json.WriteString("name", $"Test calendar {string.Join(", ", _years)}");
            json.WriteStartArray("years");
            foreach (var year in _years)
            {
                var arrangement = national.GetArrangement(year);
                json.WriteStartObject();
                json.WriteNumber("year", year);
                json.WriteStartObject("notice");
                json.WriteString("title", arrangement.Source);
                json.WriteEndObject();
                json.WriteStartArray("holidays");
                foreach (var block in arrangement.Holidays)
                {
                    json.WriteStartObject();
                    json.WriteString("festival", block.Festival.Id);
                    json.WriteString("from", Iso(block.Start));
                    json.WriteString("to", Iso(block.End));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("workdays");
                foreach (var day in arrangement.AdjustedWorkdays.Concat(_workdays.Where(d => d.Year == year)).Distinct().Order())
                {
                    json.WriteStringValue(Iso(day));
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("localHolidays");
            foreach (var (id, name, from, to) in _holidays)
            {
                json.WriteStartObject();
                json.WriteString("id", id);
                json.WriteString("name", name);
                json.WriteString("englishName", id);
                json.WriteString("from", Iso(from));
                json.WriteString("to", Iso(to));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Builds the calendar.</summary>
    /// <returns>A calendar covering exactly <see cref="Years"/>.</returns>
    /// <exception cref="CalendarDataException">
    /// An extra working day lies in a holiday, or an extra holiday falls on an adjusted working day or outside the years.
    /// </exception>
    [Pure]
    public WorkingDayCalendar Build() => WorkingDayCalendar.FromJson(ToJson());

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
