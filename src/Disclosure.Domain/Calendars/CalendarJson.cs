using System.Text.Json;
using System.Text.Json.Serialization;

namespace Disclosure.Domain.Calendars;

// The calendar data file format (format 1). Documented in README ("Calendar data format").
internal sealed record CalendarFileDto(int Format, string? Name, List<YearDto>? Years, List<LocalHolidayDto>? LocalHolidays);

internal sealed record YearDto(int Year, NoticeDto? Notice, List<BlockDto>? Holidays, List<string>? Workdays);

internal sealed record NoticeDto(string? Title, string? Issued, string? Number);

internal sealed record BlockDto(string? Festival, string? From, string? To);

internal sealed record LocalHolidayDto(string? Id, string? Name, string? EnglishName, string? From, string? To);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(CalendarFileDto))]
internal sealed partial class CalendarJsonContext : JsonSerializerContext;
