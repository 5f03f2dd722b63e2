using System.Collections.Immutable;
using System.Diagnostics.Contracts;

namespace Disclosure.Domain.Reports;

/// <summary>
/// A filled annual report (政府信息公开工作年度报告) on one year: the cells of its three tables (<see cref="ReportTable.All"/>), the
/// prose sections given by the bureau, the agency and the layout. Computed from records by <see cref="AnnualReportCalculator"/>,
/// typed in, or read from JSON (<see cref="Read"/>) or a spreadsheet; checked by <see cref="AnnualReportValidator"/>.
/// </summary>
/// <remarks>
/// <para>Due by 31 January of the next year (《政府信息公开条例》 第四十九条: "县级以上人民政府部门应当在每年1月31日前…向社会公布"); the
/// catalog column 公开年报 carries that deadline, so the report appears on the agenda of the unit owning the column.</para>
/// <para>A cell never given is blank (<see langword="null"/>), as on a published report with empty cells. Immutable and thread-safe;
/// reference equality.</para>
/// </remarks>
public sealed class AnnualReport
{
    private static readonly ImmutableDictionary<ReportRow, ReportTable> Tables =
        ReportTable.All.SelectMany(t => t.Rows.Select(r => KeyValuePair.Create(r, t))).ToImmutableDictionary();

    private readonly ImmutableDictionary<(ReportRow Row, ReportColumn Column), decimal> _cells;

    private AnnualReport(int year, AnnualReportLayout layout, string? agency, ReportProse prose, ImmutableDictionary<(ReportRow, ReportColumn), decimal> cells)
    {
        Year = year;
        Layout = layout;
        Agency = agency;
        Prose = prose;
        _cells = cells;
    }

    /// <summary>Gets the year reported on.</summary>
    public int Year { get; }

    /// <summary>Gets the layout the report follows.</summary>
    public AnnualReportLayout Layout { get; }

    /// <summary>Gets the reporting agency's name, for example <c>宣城市民政局</c>, or <see langword="null"/>.</summary>
    public string? Agency { get; }

    /// <summary>Gets the prose sections, as given.</summary>
    public ReportProse Prose { get; }

    /// <summary>Gets the report's title, for example <c>宣城市民政局2025年政府信息公开工作年度报告</c>.</summary>
    public string Title => $"{Agency}{Year}年政府信息公开工作年度报告";

    /// <summary>Gets every cell of the three tables in template order, blank cells included.</summary>
    public IEnumerable<ReportCell> Cells =>
        ReportTable.All.SelectMany(t => t.Rows).SelectMany(r => r.Columns.Select(c => new ReportCell(r, c, this[r, c])));

    /// <summary>Gets a cell's value.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column, one of the row's <see cref="ReportRow.Columns"/>.</param>
    /// <returns>The value, or <see langword="null"/> for a blank cell (and for a column the row does not have).</returns>
    public decimal? this[ReportRow row, ReportColumn column] => _cells.TryGetValue((row, column), out var value) ? value : null;

    /// <summary>Creates a report from its cells.</summary>
    /// <param name="year">The year reported on (2008 or later).</param>
    /// <param name="cells">The cells; those not given are blank. A cell given twice keeps the last value.</param>
    /// <param name="prose">The prose sections, or <see langword="null"/> for none.</param>
    /// <param name="agency">The agency's name, or <see langword="null"/>.</param>
    /// <param name="layout">The layout the report follows.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cells"/> or a cell's row or column is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A cell's column is not one of its row's columns.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is before 2008, when the first 条例 came into force.</exception>
    [Pure]
    public static AnnualReport Create(int year, IEnumerable<ReportCell> cells, ReportProse? prose = null, string? agency = null, AnnualReportLayout layout = AnnualReportLayout.Format2021)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2008);
        var builder = ImmutableDictionary.CreateBuilder<(ReportRow, ReportColumn), decimal>();
        foreach (var cell in cells)
        {
            ArgumentNullException.ThrowIfNull(cell.Row, nameof(cells));
            ArgumentNullException.ThrowIfNull(cell.Column, nameof(cells));
            if (!cell.Row.Columns.Contains(cell.Column))
            {
                throw new ArgumentException($"The row '{cell.Row.FullLabel}' has no column '{cell.Column.FullLabel}'.", nameof(cells));
            }

            if (cell.Value is { } value)
            {
                builder[(cell.Row, cell.Column)] = value;
            }
            else
            {
                builder.Remove((cell.Row, cell.Column));
            }
        }

        return new AnnualReport(year, layout, string.IsNullOrWhiteSpace(agency) ? null : agency, prose ?? ReportProse.None, builder.ToImmutable());
    }

    /// <summary>Returns a copy with other prose sections (the tables unchanged).</summary>
    /// <param name="prose">The prose sections.</param>
    /// <returns>The new report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="prose"/> is <see langword="null"/>.</exception>
    [Pure]
    public AnnualReport WithProse(ReportProse prose)
    {
        ArgumentNullException.ThrowIfNull(prose);
        return new AnnualReport(Year, Layout, Agency, prose, _cells);
    }

    /// <summary>Returns a copy with one cell changed, for corrections and tests.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column.</param>
    /// <param name="value">The new value, or <see langword="null"/> for blank.</param>
    /// <returns>The new report.</returns>
    /// <exception cref="ArgumentException"><paramref name="column"/> is not one of the row's columns.</exception>
    [Pure]
    public AnnualReport With(ReportRow row, ReportColumn column, decimal? value) =>
        Create(Year, Cells.Where(c => c.Row != row || c.Column != column).Append(new ReportCell(row, column, value)), Prose, Agency, Layout);

    /// <summary>Gets the table a row belongs to.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The table.</returns>
    internal static ReportTable TableOf(ReportRow row) => Tables[row];

    /// <summary>Renders the report as GitHub-flavoured Markdown: the headings, the prose as given and the tables (labels joined where Markdown cannot merge cells).</summary>
    /// <returns>The Markdown text, with <c>\n</c> line ends.</returns>
    [Pure]
    public string ToMarkdown() => AnnualReportText.Markdown(this);

    /// <summary>Renders the report as an HTML fragment (<c>&lt;article class="annual-report"&gt;</c>) for a portal page, with the template's merged header cells.</summary>
    /// <returns>The HTML text, with <c>\n</c> line ends; every text is HTML-encoded.</returns>
    [Pure]
    public string ToHtml() => AnnualReportText.Html(this);

    /// <summary>Writes the report as JSON (format <c>disclosure-annual-report/1</c>, schema <c>annual-report.schema.json</c>): every cell by row and column id, blank cells as <c>null</c>.</summary>
    /// <returns>The JSON text, indented, with <c>\n</c> line ends.</returns>
    [Pure]
    public string ToJson() => AnnualReportJson.Write(this);

    /// <summary>
    /// Reads a filled report written by <see cref="ToJson"/> or by hand in that format. Cells that are not numbers (for example
    /// <c>+2</c>) are read as blank and reported in <see cref="AnnualReportReading.Problems"/>, so a check still names them.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name for problem locations, or <see langword="null"/>.</param>
    /// <returns>The report and the cells that could not be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="AnnualReportException">The text is not JSON, or names an unknown format, layout, table, row or column.</exception>
    [Pure]
    public static AnnualReportReading Read(string json, string? source = null) => AnnualReportJson.Read(json, source);

    /// <summary>Returns the <see cref="Title"/>.</summary>
    /// <returns>The title.</returns>
    public override string ToString() => Title;
}
