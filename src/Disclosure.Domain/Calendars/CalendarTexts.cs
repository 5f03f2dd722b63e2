using System.Resources;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Calendars;

/// <summary>The messages of this namespace: <c>Calendars/CalendarTexts.resx</c> (English) and its zh-Hans satellite; string lookups only.</summary>
internal static class CalendarTexts
{
    /// <summary>Gets the resource manager of <c>Calendars/CalendarTexts*.resx</c>.</summary>
    internal static ResourceManager Resources { get; } = new("Disclosure.Domain.Calendars.CalendarTexts", typeof(CalendarTexts).Assembly);

    /// <summary>A message of <c>CalendarTexts.resx</c> with its arguments.</summary>
    internal static LocalizedText Text(string key, params ReadOnlySpan<object?> arguments) => new(Resources, key, arguments);

    /// <summary>A day of the week as people read it: <c>Saturday</c>, <c>星期六</c>.</summary>
    internal static LocalizedText Weekday(IsoDayOfWeek day) => Text("Weekday." + day.ToString());

    /// <summary>A festival as a data file names it: <c>spring-festival (春节)</c>, in Chinese <c>春节（spring-festival）</c>.</summary>
    internal static LocalizedText FestivalName(Festival festival) => Text("Festival", festival.Id, festival.Name);
}
