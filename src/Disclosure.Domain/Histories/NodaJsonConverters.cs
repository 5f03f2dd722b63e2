using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;

namespace Disclosure.Domain.Histories;

/// <summary>A <see cref="LocalDate"/> as ISO text (<c>2025-10-09</c>); anything else is a <see cref="JsonException"/>.</summary>
internal sealed class LocalDateIsoConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("expected a date as text, yyyy-MM-dd");
        }

        if (!reader.ValueIsEscaped && TryParseDigits(reader.ValueSpan, out var date))
        {
            return date;
        }

        var result = LocalDatePattern.Iso.Parse(reader.GetString()!);
        return result.Success ? result.Value : throw new JsonException("expected a date as text, yyyy-MM-dd");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));

    /// <summary>The common case without the pattern engine: exactly <c>dddd-dd-dd</c> naming a real day; anything else goes to <see cref="LocalDatePattern.Iso"/>, which decides.</summary>
    private static bool TryParseDigits(ReadOnlySpan<byte> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-')
        {
            return false;
        }

        var value = 0;
        for (var i = 0; i < 10; i++)
        {
            if (i is 4 or 7)
            {
                continue;
            }

            var digit = text[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        int year = value / 10_000, month = value / 100 % 100, day = value % 100;
        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }
}

/// <summary>An <see cref="Instant"/> as extended ISO text in UTC (<c>2025-10-09T01:30:00Z</c>); anything else is a <see cref="JsonException"/>.</summary>
internal sealed class InstantIsoConverter : JsonConverter<Instant>
{
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("expected an instant as text, yyyy-MM-ddTHH:mm:ss.fffZ");
        }

        var result = InstantPattern.ExtendedIso.Parse(reader.GetString()!);
        return result.Success ? result.Value : throw new JsonException("expected an instant as text, yyyy-MM-ddTHH:mm:ss.fffZ");
    }

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
        writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
}
