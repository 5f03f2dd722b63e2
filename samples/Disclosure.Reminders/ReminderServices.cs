using Disclosure.Domain.Calendars;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.RulePacks;
using Disclosure.Domain.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Disclosure.Reminders;

/// <summary>Registers the reminder worker over the embedded calendar and catalog.</summary>
internal static class ReminderServices
{
    internal static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReminderOptions>(configuration.GetSection(ReminderOptions.Section));
        services.AddSingleton(sp => new ReminderPlanner(
            WorkingDayCalendar.ChinaMainland,
            RulePack.XuanchengCivilAffairs2024.Catalog,
            RulePack.XuanchengCivilAffairs2024.OrgChart,
            PublicationLog.Empty,
            sp.GetRequiredService<IOptions<ReminderOptions>>()));
        services.AddSingleton<ReminderWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderWorker>());
        return services;
    }
}
