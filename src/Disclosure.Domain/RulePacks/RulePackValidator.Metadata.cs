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
            p.Error(DataProblemCodes.MissingValue, root, "$", RulePackTexts.Text("Metadata.Missing"));
            return null;
        }

        var o = m.Origin!;
        var ok = Required(m.Bureau, o, ".bureau", RulePackTexts.Text("Metadata.Bureau"), p)
            & Required(m.Jurisdiction, o, ".jurisdiction", RulePackTexts.Text("Metadata.Jurisdiction"), p);
        GovernmentLevel? level = null;
        if (m.Level is not null && !GovernmentLevel.TryParse(m.Level, out level))
        {
            p.Error(DataProblemCodes.InvalidValue, o, ".level", RulePackTexts.Text("Metadata.Level", Show(m.Level), Levels));
            ok = false;
        }

        var date = ReadDate(m.EffectiveDate, o, ".effectiveDate", "effectiveDate", p);
        if (date is { } d && !national.Coverage.Covers(d.Year))
        {
            p.Error(DataProblemCodes.DateOutsideCalendar, o, ".effectiveDate", RulePackTexts.Text("Metadata.EffectiveDate", m.EffectiveDate, d.Year, national.Coverage.Describe()));
            ok = false;
        }

        DateTimeZone? zone = null;
        if (m.TimeZone is null)
        {
            p.Error(DataProblemCodes.MissingValue, o, string.Empty, RulePackTexts.Text("Metadata.NoTimeZone"));
        }
        else if ((zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(m.TimeZone)) is null)
        {
            p.Error(DataProblemCodes.InvalidValue, o, ".timeZone", RulePackTexts.Text("Metadata.TimeZone", Show(m.TimeZone)));
        }

        return ok && date is not null && zone is not null
            ? new RulePackMetadata(m.Bureau!, m.BureauEnglishName, m.Jurisdiction!, m.JurisdictionEnglishName, level, date.Value, zone, m.Source)
            : null;
    }
}
