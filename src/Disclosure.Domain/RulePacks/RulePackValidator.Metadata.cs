using Disclosure.Domain.Calendars;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.RulePacks;

// The metadata section: who issues the pack, for which jurisdiction, from when, in which time zone.
internal static partial class RulePackValidator
{
    private static readonly string Levels = string.Join(", ", GovernmentLevel.All.Select(l => l.Id));

    private static RulePackMetadata? ValidateMetadata(MetadataDto? m, PackSource root, Problems p, WorkingDayCalendar national)
    {
        if (m is null)
        {
            p.Error(DataProblemCodes.MissingValue, root, "$", "\"metadata\" is missing; expected an object with bureau, jurisdiction, effectiveDate and timeZone (English names are optional).");
            return null;
        }

        var o = m.Origin!;
        var ok = Required(m.Bureau, o, ".bureau", "the bureau's Chinese name, for example \"泾县民政局\"", p)
            & Required(m.Jurisdiction, o, ".jurisdiction", "the jurisdiction's Chinese name, for example \"泾县\"", p);
        GovernmentLevel? level = null;
        if (m.Level is not null && !GovernmentLevel.TryParse(m.Level, out level))
        {
            p.Error(DataProblemCodes.InvalidValue, o, ".level", $"level {Show(m.Level)} is unknown; expected one of {Levels}.");
            ok = false;
        }

        var date = ReadDate(m.EffectiveDate, o, ".effectiveDate", "effectiveDate", p);
        if (date is { } d && !national.Coverage.Covers(d.Year))
        {
            p.Error(DataProblemCodes.DateOutsideCalendar, o, ".effectiveDate", $"effectiveDate {m.EffectiveDate} is in {d.Year}, which the working-day calendar does not cover ({national.Coverage}); expected a date in a covered year.");
            ok = false;
        }

        DateTimeZone? zone = null;
        if (m.TimeZone is null)
        {
            p.Error(DataProblemCodes.MissingValue, o, string.Empty, "\"timeZone\" is missing; expected a TZDB id such as \"Asia/Shanghai\".");
        }
        else if ((zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(m.TimeZone)) is null)
        {
            p.Error(DataProblemCodes.InvalidValue, o, ".timeZone", $"timeZone {Show(m.TimeZone)} is not a TZDB zone id; expected for example \"Asia/Shanghai\".");
        }

        return ok && date is not null && zone is not null
            ? new RulePackMetadata(m.Bureau!, m.BureauEnglishName, m.Jurisdiction!, m.JurisdictionEnglishName, level, date.Value, zone, m.Source)
            : null;
    }
}
