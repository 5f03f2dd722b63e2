namespace Disclosure.Reminders;

/// <summary>The <c>Reminders</c> configuration section.</summary>
internal sealed class ReminderOptions
{
    internal const string Section = "Reminders";

    /// <summary>Gets or sets the local time of the morning reminder (HH:mm), 08:30 by default.</summary>
    public string MorningTime { get; set; } = "08:30";

    /// <summary>Gets or sets how many working days ahead a reminder looks (5 by default).</summary>
    public int WorkingDaysAhead { get; set; } = 5;

    /// <summary>Gets or sets the time zone of the bureau (Asia/Shanghai by default).</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";
}
