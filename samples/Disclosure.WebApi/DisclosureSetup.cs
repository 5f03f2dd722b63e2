using Disclosure.Domain.Calendars;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Review;
using Disclosure.Domain.RulePacks;
using Disclosure.Domain.Scheduling;
using NodaTime;
using NodaTime.Text;

namespace Disclosure.WebApi;

/// <summary>
/// One bureau's rule pack (calendar, catalog, org chart, review policy, recurring duties), configured publication log and
/// request register, built once from its configuration section (<c>Disclosure</c> for the single default bureau,
/// <c>Workbench:Bureaus:{id}</c> for each of several): <c>RulePack</c> names a builtin pack id or a pack file; without it
/// the embedded Xuancheng pack is used. Endpoints get the one of the request's bureau (<see cref="Bureaus.BureauContext"/>).
/// </summary>
internal sealed class DisclosureSetup
{
    /// <summary>Builds a bureau's rules from its settings.</summary>
    /// <param name="settings">The bureau's section, bound.</param>
    /// <param name="section">The section's path, named in error messages (for example <c>Workbench:Bureaus:county</c>).</param>
    /// <exception cref="InvalidOperationException">A setting is invalid; the message names it and how to fix it.</exception>
    public DisclosureSetup(DisclosureOptions settings, string section)
    {
        Pack = LoadPack(settings.RulePack, section);
        var calendar = Pack.Calendar;
        if (!string.IsNullOrWhiteSpace(settings.CalendarData))
        {
            calendar = calendar.WithData(File.ReadAllText(settings.CalendarData));
        }

        Calendar = settings.Provisional ? calendar.WithProjection() : calendar;
        Catalog = Pack.Catalog;
        Requests = [.. settings.Requests.Select(r => ToRequest(r, section))];
        Office = DisclosureOffice.HeadedBy((settings.OfficeHeads.Count == 0 ? [DefaultOfficeHead] : settings.OfficeHeads).Select(h =>
            PersonId.TryParse(h, out var id) ? id : throw new InvalidOperationException($"{section}:OfficeHeads: {PersonId.Explain(h)}")));
        OrgChart = Pack.OrgChart;
        Policy = Pack.Review;
        ConfiguredPublications = PublicationLog.Create(settings.Publications.Select(p => new Domain.Scheduling.Publication(ColumnId.Parse(p.Column), ParseDate(p.On, $"{section}:Publications: publication of {p.Column}"))));
        ReviewRoles = Policy.Levels.Select(l => l.Role).Append(Policy.ConfidentialityReviewer).Append(Policy.Publisher)
            .DistinctBy(r => r.Id).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var unknown = ConfiguredPublications.FindUnknownColumns(Catalog);
        if (!unknown.IsEmpty)
        {
            throw new InvalidOperationException($"{section}:Publications names columns the catalog does not have: {string.Join(", ", unknown)}.");
        }
    }

    /// <summary>Gets the rule pack in use.</summary>
    public RulePack Pack { get; }

    /// <summary>Gets the pack's level of government (city unless the pack says county).</summary>
    public GovernmentLevel Level => Pack.Metadata.Level ?? GovernmentLevel.City;

    /// <summary>
    /// Gets the publication log typed into configuration (<c>Disclosure:Publications</c>): imported into the database on
    /// the first start, when the stored log is empty; afterwards the stored log is the one that counts.
    /// </summary>
    public PublicationLog ConfiguredPublications { get; }

    /// <summary>Gets the review roles the policy names (its levels, the confidentiality reviewer, the publisher), by id.</summary>
    public IReadOnlyDictionary<string, ReviewRole> ReviewRoles { get; }

    /// <summary>Gets the review policy.</summary>
    public ReviewPolicy Policy { get; }

    /// <summary>Gets the bureau's org chart.</summary>
    public OrgChart OrgChart { get; }

    /// <summary>Gets the working-day calendar (the embedded official one unless configured otherwise).</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>Gets the disclosure catalog.</summary>
    public DisclosureCatalog Catalog { get; }

    /// <summary>The person id of the office head when <c>Disclosure:OfficeHeads</c> names none.</summary>
    public const string DefaultOfficeHead = "disclosure-office-head";

    /// <summary>Gets the disclosure office whose heads can approve an extension (<c>Disclosure:OfficeHeads</c>).</summary>
    public DisclosureOffice Office { get; }

    /// <summary>Gets the request calculator on the calendar and the office.</summary>
    public RequestDeadlineCalculator RequestCalculator => new(Calendar, Office);

    /// <summary>Gets the configured request register.</summary>
    public IReadOnlyList<(string Id, string Title, InformationRequest Request)> Requests { get; }

    /// <summary>The Chinese name of a unit, as the catalog's responsible column shows it.</summary>
    public string UnitName(UnitId? unit) =>
        unit is { } id ? OrgChart.Find(id)?.Name ?? id.Value : "未指定";

    /// <summary>The agenda sources: the work plan's recurring duties for a level of government against the activity log, and the catalog's deadlines against a publication log.</summary>
    public IEnumerable<IAgendaSource> AgendaSources(GovernmentLevel level, PublicationLog publications, IEnumerable<ActivityRecord> activities) =>
        [
            Domain.Responsibilities.AgendaSources.RecurringObligations(Pack.Obligations, activities, level, Calendar, AtRiskWorkingDays),
            new CatalogAgendaSource(new DueDateCalculator(Calendar), Catalog, publications),
        ];

    /// <summary>How many working days before its due date an unmet duty counts as at risk.</summary>
    public const int AtRiskWorkingDays = 5;

    /// <summary>The builtin pack by name (<see cref="RulePack.XuanchengBuiltinName"/>), a pack file by path, or the embedded Xuancheng pack when empty.</summary>
    private static RulePack LoadPack(string? setting, string section)
    {
        if (string.IsNullOrWhiteSpace(setting) || setting == RulePack.XuanchengBuiltinName)
        {
            return RulePack.XuanchengCivilAffairs2024;
        }

        return File.Exists(setting) ? RulePack.LoadFile(setting)
            : throw new InvalidOperationException($"{section}:RulePack: '{setting}' is neither the builtin pack {RulePack.XuanchengBuiltinName} nor an existing pack file.");
    }

    private static (string, string, InformationRequest) ToRequest(RequestEntryOptions entry, string section)
    {
        LocalDate Date(string text, string field) => ParseDate(text, $"{section}:Requests: request {entry.Id} {field}");

        if (!RequestChannel.TryParse(entry.Channel, out var channel))
        {
            throw new InvalidOperationException($"{section}:Requests {entry.Id}: channel '{entry.Channel}' is unknown.");
        }

        UnitId? unit = null;
        if (entry.Unit is not null)
        {
            unit = UnitId.TryParse(entry.Unit, out var id)
                ? id
                : throw new InvalidOperationException($"{section}:Requests {entry.Id}: unit '{entry.Unit}' is not a unit id (lower-case ASCII letters, digits and hyphens, for example 'office').");
        }

        var received = Date(entry.Received, "received");
        var confirmed = entry.Confirmed is null ? received : Date(entry.Confirmed, "confirmed");
        var request = InformationRequest.Receive(RequestReceived.Create(channel, received, confirmed), unit);
        if (entry.Answered is { } answered)
        {
            request = request.Record(new RequestAnswered(Date(answered, "answered")));
        }

        return (entry.Id, entry.Title, request);
    }

    private static LocalDate ParseDate(string text, string what)
    {
        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw new InvalidOperationException($"{what}: '{text}' is not a date (yyyy-MM-dd).");
    }
}
