using System.Collections.Immutable;

namespace Disclosure.Domain.Reports;

/// <summary>A row of one of the annual report's tables, with the template's own wording.</summary>
/// <remarks>A closed set: every instance is listed in its <see cref="ReportTable.Rows"/>. Reference equality; immutable and thread-safe.</remarks>
public sealed class ReportRow
{
    internal ReportRow(string id, string label, ImmutableArray<string> path, ImmutableArray<ReportColumn> columns)
    {
        Id = id;
        Label = label;
        Path = path;
        Columns = columns;
    }

    /// <summary>Gets the stable id, for example <c>new</c>, <c>not-disclosed-3</c> or <c>rules</c>; unique within its table.</summary>
    public string Id { get; }

    /// <summary>Gets the row's own label, for example <c>3.危及“三安全一稳定”</c>.</summary>
    public string Label { get; }

    /// <summary>Gets the labels of the enclosing rows, outermost first, for example <c>三、本年度办理结果</c>, <c>（三）不予公开</c>; empty for a top-level row.</summary>
    public ImmutableArray<string> Path { get; }

    /// <summary>Gets the columns this row has a cell in (in 二、主动公开政府信息情况 each sub-table has its own columns).</summary>
    public ImmutableArray<ReportColumn> Columns { get; }

    /// <summary>Gets the labels from the outermost down, joined by a space, for example <c>三、本年度办理结果 （三）不予公开 1.属于国家秘密</c>.</summary>
    public string FullLabel => Path.IsEmpty ? Label : string.Join(' ', Path) + " " + Label;

    /// <summary>Returns the <see cref="Id"/>.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}
