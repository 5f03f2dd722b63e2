using System.Collections.Immutable;
using Disclosure.Domain.Calendars;

namespace Disclosure.Domain.RulePacks;

// The calendar section: local holidays are read as dates here and layered over the national calendar as values.
internal static partial class RulePackValidator
{
    private static (ImmutableArray<LocalHoliday> Holidays, WorkingDayCalendar? Calendar) ValidateCalendar(CalendarDto? c, Problems p, WorkingDayCalendar national)
    {
        var list = (c?.LocalHolidays ?? []).Where(h => h is not null).ToList();
        var holidays = new List<LocalHoliday>(list.Count);
        var origins = new List<Origin>(list.Count);
        foreach (var h in list)
        {
            var o = h.Origin!;
            var from = ReadDate(h.From, o, ".from", "from", p);
            var to = ReadDate(h.To, o, ".to", "to", p);
            if (from is { } f && to is { } t)
            {
                holidays.Add(new LocalHoliday(h.Id!, h.Name!, h.EnglishName, f, t));
                origins.Add(o);
            }
        }

        // With no holiday, the national calendar itself is returned: its tables are shared, not rebuilt.
        if (national.TryWithLocalHolidays(holidays, out var calendar, out var problems))
        {
            return ([.. holidays], calendar);
        }

        p.AddLocated(problems, l => origins[l.Index], origins[0]);
        return ([], null);
    }
}
