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

        var result = LocalDatePattern.Iso.Parse(reader.GetString()!);
        return result.Success ? result.Value : throw new JsonException("expected a date as text, yyyy-MM-dd");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
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
