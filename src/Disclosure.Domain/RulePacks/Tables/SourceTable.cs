using System.Collections.Immutable;

namespace Disclosure.Domain.RulePacks.Tables;

/// <summary>How a <see cref="SourceTable"/>'s cells are placed, which decides how blank and missing cells are read.</summary>
public enum TableLayout
{
    /// <summary>
    /// A grid (csv, xlsx): every cell is in its column. A cell covered by a merge range, or blank under a filled cell of
    /// a name column (how Excel and WPS export merged cells), means "same as above".
    /// </summary>
    Grid = 0,

    /// <summary>
    /// Text copied from a web page: a row lists only the cells that start at it, left to right; the merged cells of
    /// higher levels are missing, not blank.
    /// </summary>
    Flattened = 1,
}

/// <summary>A rectangle of merged cells, 1-based and inclusive, as a spreadsheet records it (A1:A3 is rows 1–3 of column 1).</summary>
/// <param name="FirstRow">The first row.</param>
/// <param name="FirstColumn">The first column.</param>
/// <param name="LastRow">The last row.</param>
/// <param name="LastColumn">The last column.</param>
/// <remarks>An immutable value; equality is by value.</remarks>
public readonly record struct CellRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    /// <summary>Tells whether the range covers a cell.</summary>
    /// <param name="row">The 1-based row.</param>
    /// <param name="column">The 1-based column.</param>
    /// <returns><see langword="true"/> when the cell is inside the range.</returns>
    public bool Contains(int row, int column) => row >= FirstRow && row <= LastRow && column >= FirstColumn && column <= LastColumn;
}

/// <summary>One row of a source table: its row (or line) number in the file and its cell texts, left to right.</summary>
/// <param name="Number">The 1-based row number in the file (the spreadsheet row, the csv record, the text line).</param>
/// <param name="Cells">The cells' texts as read (trimmed of surrounding white space); an empty string is a blank cell.</param>
/// <remarks>Immutable; equality is by reference of <paramref name="Cells"/>, as for any record holding an array.</remarks>
public sealed record SourceRow(int Number, ImmutableArray<string> Cells);

/// <summary>
/// A bureau's column table as read from a file — csv, xlsx or text copied from a web page — before it means anything:
/// rows of cell texts, the merge ranges of a spreadsheet, and the layout that says how missing cells are read.
/// <see cref="TableImporter"/> turns it into a rule pack.
/// </summary>
/// <remarks>
/// Readers create it: <see cref="TableReader.ReadCsv(byte[], string, System.Text.Encoding?)"/>,
/// <see cref="TableReader.ReadWebCopy(string, string)"/> and, in the Disclosure.Domain.Office package, the xlsx reader.
/// Immutable and thread-safe.
/// </remarks>
public sealed class SourceTable
{
    /// <summary>Creates a table.</summary>
    /// <param name="sourceName">The file name problems are reported against, for example <c>分工表.xlsx</c>.</param>
    /// <param name="layout">How the cells are placed.</param>
    /// <param name="rows">The rows, in file order, with their numbers.</param>
    /// <param name="merges">The merge ranges (xlsx); empty for csv and text.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Row numbers are not increasing, or <paramref name="rows"/> has more than <see cref="TableReader.MaxRows"/> rows.</exception>
    public SourceTable(string sourceName, TableLayout layout, IEnumerable<SourceRow> rows, IEnumerable<CellRange> merges)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(merges);
        var list = rows.Take(TableReader.MaxRows + 1).ToImmutableArray();
        if (list.Length > TableReader.MaxRows)
        {
            throw new ArgumentException($"A table has at most {TableReader.MaxRows} rows.", nameof(rows));
        }

        for (var i = 1; i < list.Length; i++)
        {
            if (list[i].Number <= list[i - 1].Number)
            {
                throw new ArgumentException($"Row numbers must increase; row {list[i].Number} follows row {list[i - 1].Number}.", nameof(rows));
            }
        }

        SourceName = sourceName;
        Layout = layout;
        Rows = list;
        Merges = [.. merges];
    }

    /// <summary>Gets the file name problems are reported against.</summary>
    public string SourceName { get; }

    /// <summary>Gets how the cells are placed.</summary>
    public TableLayout Layout { get; }

    /// <summary>Gets the rows in file order (blank rows are kept out by the readers).</summary>
    public ImmutableArray<SourceRow> Rows { get; }

    /// <summary>Gets the merge ranges, 1-based in file rows and columns.</summary>
    public ImmutableArray<CellRange> Merges { get; }
}
