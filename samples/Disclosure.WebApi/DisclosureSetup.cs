using Disclosure.Domain.Calendars;
using Disclosure.Domain.Catalog;
using Microsoft.Extensions.Options;

namespace Disclosure.WebApi;

/// <summary>The calendar and catalog the endpoints work on, built once from configuration.</summary>
internal sealed class DisclosureSetup
{
    public DisclosureSetup(IOptions<DisclosureOptions> options)
    {
        var settings = options.Value;
        var calendar = WorkingDayCalendar.ChinaMainland;
        if (!string.IsNullOrWhiteSpace(settings.CalendarData))
        {
            calendar = calendar.WithData(File.ReadAllText(settings.CalendarData));
        }

        Calendar = settings.Provisional ? calendar.WithProjection() : calendar;
        Catalog = DisclosureCatalogs.XuanchengCivilAffairs2024;
    }

    /// <summary>Gets the working-day calendar (the embedded official one unless configured otherwise).</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>Gets the disclosure catalog.</summary>
    public DisclosureCatalog Catalog { get; }
}
