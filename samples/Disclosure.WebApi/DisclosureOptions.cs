namespace Disclosure.WebApi;

/// <summary>The <c>Disclosure</c> configuration section.</summary>
internal sealed class DisclosureOptions
{
    internal const string Section = "Disclosure";

    /// <summary>Gets or sets a calendar JSON file layered over the embedded official calendar (next year's notice, local holidays).</summary>
    public string? CalendarData { get; set; }

    /// <summary>Gets or sets a value indicating whether years without a published notice are projected (results are marked provisional).</summary>
    public bool Provisional { get; set; }
}
