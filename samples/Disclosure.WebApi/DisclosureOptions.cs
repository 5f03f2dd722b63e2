namespace Disclosure.WebApi;

/// <summary>
/// A bureau's configuration: the <c>Disclosure</c> section for the single default bureau, or each
/// <c>Workbench:Bureaus:{id}</c> section when the server hosts several (<see cref="Bureaus.BureauDirectory"/>).
/// </summary>
internal sealed class DisclosureOptions
{
    internal const string Section = "Disclosure";

    /// <summary>Gets or sets the bureau's name as pages show it; the catalog's bureau name when empty.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets a rule pack file (for example a county's pack extending the city's) or <c>builtin:xuancheng-civil-affairs-2024</c>; the embedded Xuancheng pack when empty.</summary>
    public string? RulePack { get; set; }

    /// <summary>Gets or sets a calendar JSON file layered over the embedded official calendar (next year's notice, local holidays).</summary>
    public string? CalendarData { get; set; }

    /// <summary>Gets or sets a value indicating whether years without a published notice are projected (results are marked provisional).</summary>
    public bool Provisional { get; set; }

    /// <summary>
    /// Gets the person ids of the heads of the disclosure office (政府信息公开工作机构负责人), who alone can approve an extension
    /// (第三十三条); <c>disclosure-office-head</c> when none is configured.
    /// </summary>
    public List<string> OfficeHeads { get; } = [];

    /// <summary>Gets the publication log: which column was updated on which day.</summary>
    public List<PublicationOptions> Publications { get; } = [];

    /// <summary>Gets the information requests the status page follows (a stand-in for the bureau's request register).</summary>
    public List<RequestEntryOptions> Requests { get; } = [];
}

/// <summary>One information request of the register, as configured.</summary>
internal sealed class RequestEntryOptions
{
    /// <summary>Gets or sets the register number, for example 2024-017.</summary>
    public string Id { get; set; } = "";

    /// <summary>Gets or sets what was asked for.</summary>
    public string Title { get; set; } = "";

    /// <summary>Gets or sets the handling unit's id, for example social-assistance.</summary>
    public string? Unit { get; set; }

    /// <summary>Gets or sets the channel id (in-person, registered-post, post, online, fax).</summary>
    public string Channel { get; set; } = "in-person";

    /// <summary>Gets or sets the day the application was received (yyyy-MM-dd).</summary>
    public string Received { get; set; } = "";

    /// <summary>Gets or sets the confirmation day for post, online and fax (yyyy-MM-dd).</summary>
    public string? Confirmed { get; set; }

    /// <summary>Gets or sets the day the answer was given (yyyy-MM-dd), if it was.</summary>
    public string? Answered { get; set; }
}

/// <summary>One publication of the log, as configured.</summary>
internal sealed class PublicationOptions
{
    /// <summary>Gets or sets the column id.</summary>
    public string Column { get; set; } = "";

    /// <summary>Gets or sets the day it was published (yyyy-MM-dd).</summary>
    public string On { get; set; } = "";
}
