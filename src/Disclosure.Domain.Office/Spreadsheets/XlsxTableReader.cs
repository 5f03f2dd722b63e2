using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.RulePacks.Tables;

namespace Disclosure.Domain.Office.Spreadsheets;

/// <summary>
/// Reads one sheet of an .xlsx workbook (Excel, WPS) into a <see cref="SourceTable"/> for
/// <see cref="TableImporter"/>: cell texts as displayed values, and the sheet's real merge ranges.
/// </summary>
/// <remarks>
/// <para>
/// Limits, checked before anything is decompressed: the file is at most <see cref="TableReader.MaxBytes"/>, the zip holds
/// at most <see cref="MaxEntries"/> entries whose declared sizes add up to at most <see cref="MaxUncompressedBytes"/>
/// (a zip bomb declares far more; .NET's zip reader never inflates an entry beyond its declared size). The sheet is read
/// as a stream of rows (never whole), and reading stops with a problem past <see cref="TableReader.MaxRows"/> rows or
/// <see cref="TableReader.MaxColumns"/> columns.
/// </para>
/// <para>
/// A cell holding a formula is read as <c>=</c> followed by its formula, so that the importer refuses it at its row
/// and column: only values are imported. Shared and inline strings, numbers and booleans are read as their text.
/// </para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class XlsxTableReader
{
    /// <summary>The most bytes the workbook's entries may declare when uncompressed: 64 MiB.</summary>
    public const long MaxUncompressedBytes = 64L * 1024 * 1024;

    /// <summary>The most entries the workbook's zip may hold: 1,000.</summary>
    public const int MaxEntries = 1_000;

    /// <summary>Reads a sheet of a workbook.</summary>
    /// <param name="bytes">The .xlsx file's bytes.</param>
    /// <param name="sourceName">The file name problems are reported against.</param>
    /// <param name="sheetName">The sheet's name, or <see langword="null"/> for the first sheet.</param>
    /// <returns>The table, in <see cref="TableLayout.Grid"/> layout with the sheet's merge ranges.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bytes"/> or <paramref name="sourceName"/> is <see langword="null"/>.</exception>
    /// <exception cref="TableImportException">
    /// The file is too large, not a workbook, a zip bomb, has no such sheet, or has too many rows or columns.
    /// </exception>
    public static SourceTable Read(byte[] bytes, string sourceName, string? sheetName = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(sourceName);
        if (bytes.LongLength > TableReader.MaxBytes)
        {
            throw Refused(sourceName, DataProblemCodes.FileTooLarge, 0, 0, string.Create(CultureInfo.InvariantCulture, $"The workbook is {bytes.LongLength} bytes; at most {TableReader.MaxBytes} are read."));
        }

        CheckZip(bytes, sourceName);
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false);
            var workbook = document.WorkbookPart ?? throw Refused(sourceName, DataProblemCodes.InvalidValue, 0, 0, "the file has no workbook part; expected an .xlsx workbook.");
            var sheets = workbook.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
            var sheet = (sheetName is null ? sheets.FirstOrDefault() : sheets.Find(s => s.Name?.Value == sheetName))
                ?? throw Refused(sourceName, DataProblemCodes.InvalidValue, 0, 0, $"the workbook has no sheet {(sheetName is null ? "at all" : $"named '{sheetName}'")}; its sheets are {string.Join(", ", sheets.Select(s => s.Name?.Value))}.");
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            return ReadSheet(part, strings, sourceName);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or InvalidOperationException or System.Xml.XmlException)
        {
            throw Refused(sourceName, DataProblemCodes.InvalidValue, 0, 0, $"the file is not a readable .xlsx workbook ({e.Message}); save it from Excel or WPS as .xlsx, or export it as csv.");
        }
    }

    private static void CheckZip(byte[] bytes, string sourceName)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                throw Refused(sourceName, DataProblemCodes.FileTooLarge, 0, 0, string.Create(CultureInfo.InvariantCulture, $"the workbook's zip holds {zip.Entries.Count} entries; at most {MaxEntries} are read."));
            }

            var declared = zip.Entries.Sum(e => e.Length);
            if (declared > MaxUncompressedBytes)
            {
                throw Refused(sourceName, DataProblemCodes.FileTooLarge, 0, 0, string.Create(CultureInfo.InvariantCulture, $"the workbook would inflate to {declared} bytes from {bytes.LongLength} (a zip bomb, or far more than a column table); at most {MaxUncompressedBytes} are read."));
            }
        }
        catch (InvalidDataException e)
        {
            throw Refused(sourceName, DataProblemCodes.InvalidValue, 0, 0, $"the file is not an .xlsx workbook (not a zip: {e.Message}); save it from Excel or WPS as .xlsx, or export it as csv.");
        }
    }

    private static SourceTable ReadSheet(WorksheetPart part, List<string> strings, string sourceName)
    {
        var rows = new List<SourceRow>();
        var merges = new List<CellRange>();
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                var row = (Row)reader.LoadCurrentElement()!;
                var number = (int)(row.RowIndex?.Value ?? (uint)(rows.Count == 0 ? 1 : rows[^1].Number + 1));
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? ColumnNumber(reference) : cells.Count + 1;
                    if (column > TableReader.MaxColumns)
                    {
                        if (Text(cell, strings).Length == 0)
                        {
                            continue; // formatting far to the right, no content
                        }

                        throw Refused(sourceName, DataProblemCodes.OutOfRange, number, column, string.Create(CultureInfo.InvariantCulture, $"a row has a cell in column {column}; at most {TableReader.MaxColumns} columns are read."));
                    }

                    while (cells.Count < column - 1)
                    {
                        cells.Add(string.Empty);
                    }

                    cells.Add(Text(cell, strings).Trim());
                }

                if (!cells.Exists(c => c.Length > 0))
                {
                    continue;
                }

                if (rows.Count >= TableReader.MaxRows)
                {
                    throw Refused(sourceName, DataProblemCodes.OutOfRange, number, 0, string.Create(CultureInfo.InvariantCulture, $"the sheet has more than {TableReader.MaxRows} rows; a bureau's column table has hundreds. Split it, or check that this is the right sheet."));
                }

                rows.Add(new SourceRow(number, [.. cells]));
            }
            else if (reader.ElementType == typeof(MergeCell) && reader.IsStartElement)
            {
                var merge = (MergeCell)reader.LoadCurrentElement()!;
                if (merge.Reference?.Value is { } range && Range(range) is { } parsed)
                {
                    merges.Add(parsed);
                }
            }
        }

        return new SourceTable(sourceName, TableLayout.Grid, rows, merges);
    }

    private static string Text(Cell cell, List<string> strings)
    {
        if (cell.CellFormula is { } formula)
        {
            return "=" + formula.Text;
        }

        var value = cell.CellValue?.Text ?? string.Empty;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? strings[i] : string.Empty;
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        if (cell.DataType?.Value == CellValues.Boolean)
        {
            return value == "1" ? "TRUE" : "FALSE";
        }

        // Numbers: 序号 1 is stored as "1"; Excel may write 1.0000000000000002 for computed values, which are formulas anyway.
        return value;
    }

    /// <summary>The 1-based column of a reference such as <c>C12</c>.</summary>
    internal static int ColumnNumber(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (c - 'A' + 1);
            if (column > 16_384)
            {
                break;
            }
        }

        return column;
    }

    private static int RowNumber(string reference) =>
        int.TryParse(reference.AsSpan(reference.TakeWhile(c => c is >= 'A' and <= 'Z').Count()), NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : 0;

    private static CellRange? Range(string reference)
    {
        var parts = reference.Split(':');
        if (parts.Length != 2)
        {
            return null;
        }

        var range = new CellRange(RowNumber(parts[0]), ColumnNumber(parts[0]), RowNumber(parts[1]), ColumnNumber(parts[1]));
        return range.FirstRow > 0 && range.LastRow >= range.FirstRow && range.FirstColumn > 0 && range.LastColumn >= range.FirstColumn ? range : null;
    }

    private static TableImportException Refused(string sourceName, ProblemCode code, int row, int column, string message) =>
        new([new Problem(code, ProblemSeverity.Error, new ProblemLocation("table", row) { Source = sourceName, Path = row <= 0 ? "table" : string.Create(CultureInfo.InvariantCulture, $"row {row} (第{row}行)"), Line = row, Column = column }, message)]);
}
