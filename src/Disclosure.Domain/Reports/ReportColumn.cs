namespace Disclosure.Domain.Reports;

/// <summary>A column of one of the annual report's tables, with the template's own wording.</summary>
/// <remarks>A closed set: every instance is listed in its <see cref="ReportTable.Columns"/>. Reference equality; immutable and thread-safe.</remarks>
public sealed class ReportColumn
{
    internal ReportColumn(string id, string label, string? group = null, string? subgroup = null)
    {
        Id = id;
        Label = label;
        Group = group;
        Subgroup = subgroup;
    }

    /// <summary>Gets the stable id, for example <c>natural-person</c> or <c>reconsideration-upheld</c>; unique within its table.</summary>
    public string Id { get; }

    /// <summary>Gets the column's own label, for example <c>商业企业</c> or <c>结果维持</c>.</summary>
    public string Label { get; }

    /// <summary>Gets the label of the header cell spanning this column, for example <c>法人或其他组织</c> or <c>行政诉讼</c>; <see langword="null"/> when none.</summary>
    public string? Group { get; }

    /// <summary>Gets the label of a second spanning header below <see cref="Group"/>, for example <c>未经复议直接起诉</c>; <see langword="null"/> when none.</summary>
    public string? Subgroup { get; }

    /// <summary>Gets the labels from the outermost header down, joined by a space, for example <c>行政诉讼 未经复议直接起诉 结果维持</c>.</summary>
    public string FullLabel => string.Join(' ', new[] { Group, Subgroup, Label }.OfType<string>());

    /// <summary>Returns the <see cref="Id"/>.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}
