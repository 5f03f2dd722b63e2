using System.Text.Encodings.Web;
using System.Text.Json;

namespace Disclosure.Domain.Calendars;

/// <summary>Writes arrangements in the calendar data format (format 1) that <see cref="CalendarData"/> reads.</summary>
internal static class CalendarDataWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep the Chinese titles readable
    };

    internal static string Write(string name, IEnumerable<YearArrangement> years)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("format", CalendarData.FormatVersion);
            json.WriteString("name", name);
            json.WriteStartArray("years");
            foreach (var year in years.OrderBy(y => y.Year))
            {
                json.WriteStartObject();
                json.WriteNumber("year", year.Year);
                json.WritePropertyName("notice");
                WriteNotice(json, year.Notices.IsEmpty ? new NoticeReference(year.Source, year.IssuedOn, year.NoticeNumber) : year.Notices[0]);
                if (year.Notices.Length > 1)
                {
                    json.WriteStartArray("amendments");
                    foreach (var notice in year.Notices.Skip(1))
                    {
                        WriteNotice(json, notice);
                    }

                    json.WriteEndArray();
                }

                json.WriteStartArray("holidays");
                foreach (var block in year.Holidays)
                {
                    json.WriteStartObject();
                    json.WriteString("festival", block.Festival.Id);
                    json.WriteString("from", Iso(block.Start));
                    json.WriteString("to", Iso(block.End));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("workdays");
                foreach (var day in year.AdjustedWorkdays)
                {
                    json.WriteStringValue(Iso(day));
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteNotice(Utf8JsonWriter json, NoticeReference notice)
    {
        json.WriteStartObject();
        json.WriteString("title", notice.Title);
        if (notice.IssuedOn is { } issued)
        {
            json.WriteString("issued", Iso(issued));
        }

        if (notice.Number is { } number)
        {
            json.WriteString("number", number);
        }

        json.WriteEndObject();
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
