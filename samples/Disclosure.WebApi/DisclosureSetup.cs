using Disclosure.Domain.Calendars;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace Disclosure.WebApi;

/// <summary>The calendar, catalog and request register the endpoints work on, built once from configuration.</summary>
internal sealed class DisclosureSetup
{
    private static readonly Dictionary<string, string> UnitNames = new(StringComparer.Ordinal)
    {
        ["office"] = "办公室",
        ["social-assistance"] = "社会救助科",
        ["social-affairs"] = "社会事务科",
        ["child-welfare"] = "未成年人保护和儿童福利科",
        ["elderly-care-charity"] = "养老服务和慈善事业促进科",
        ["social-organizations"] = "社会组织管理局",
    };

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
        Requests = [.. settings.Requests.Select(ToRequest)];
    }

    /// <summary>Gets the working-day calendar (the embedded official one unless configured otherwise).</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>Gets the disclosure catalog.</summary>
    public DisclosureCatalog Catalog { get; }

    /// <summary>Gets the configured request register.</summary>
    public IReadOnlyList<(string Id, string Title, InformationRequest Request)> Requests { get; }

    /// <summary>The Chinese name of a unit, as the catalog's responsible column shows it.</summary>
    public string UnitName(UnitId? unit) =>
        unit is { } id ? UnitNames.GetValueOrDefault(id.Value, id.Value) : "未指定";

    private static (string, string, InformationRequest) ToRequest(RequestEntryOptions entry)
    {
        LocalDate Date(string text, string field)
        {
            var parsed = LocalDatePattern.Iso.Parse(text);
            return parsed.Success ? parsed.Value : throw new InvalidOperationException($"Disclosure:Requests {entry.Id}: {field} '{text}' is not a date.");
        }

        if (!RequestChannel.TryParse(entry.Channel, out var channel))
        {
            throw new InvalidOperationException($"Disclosure:Requests {entry.Id}: channel '{entry.Channel}' is unknown.");
        }

        var received = Date(entry.Received, "received");
        var confirmed = entry.Confirmed is null ? received : Date(entry.Confirmed, "confirmed");
        var request = InformationRequest.Receive(
            RequestReceived.Create(channel, received, confirmed),
            entry.Unit is null ? null : UnitId.Parse(entry.Unit));
        if (entry.Answered is { } answered)
        {
            request = request.Record(new RequestAnswered(Date(answered, "answered")));
        }

        return (entry.Id, entry.Title, request);
    }
}
