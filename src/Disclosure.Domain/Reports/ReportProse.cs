namespace Disclosure.Domain.Reports;

/// <summary>
/// The prose sections of the annual report, written by the bureau: 一、总体情况, 五、存在的主要问题及改进情况 and 六、其他需要报告的事项.
/// The library places them in the documents as given and never writes prose of its own.
/// </summary>
/// <param name="Overview">一、总体情况, or <see langword="null"/> when not yet written.</param>
/// <param name="Problems">五、存在的主要问题及改进情况, or <see langword="null"/>.</param>
/// <param name="Other">六、其他需要报告的事项, or <see langword="null"/>.</param>
/// <remarks>Paragraphs are separated by line breaks. Immutable and thread-safe; value equality.</remarks>
public sealed record ReportProse(string? Overview, string? Problems, string? Other)
{
    /// <summary>Gets prose with every section missing.</summary>
    public static ReportProse None { get; } = new(null, null, null);

    /// <summary>Gets the heading of section 一.</summary>
    public const string OverviewHeading = "一、总体情况";

    /// <summary>Gets the heading of section 五.</summary>
    public const string ProblemsHeading = "五、存在的主要问题及改进情况";

    /// <summary>Gets the heading of section 六.</summary>
    public const string OtherHeading = "六、其他需要报告的事项";
}
