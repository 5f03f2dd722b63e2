using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Disclosure.Domain.Office.Spreadsheets;

/// <summary>
/// Writes an Excel workbook (<c>.xlsx</c>, Office Open XML SpreadsheetML) to a stream, one sheet after another, row by
/// row: each sheet has a bold header row that stays frozen while scrolling, set column widths, dates as real date cells
/// (<c>yyyy-mm-dd</c>) and text inline. Memory stays bounded whatever the row count: rows go straight into the zip
/// entry (compressed as they are written); nothing is kept but the sheet names. Opens in Excel 2007+, WPS and
/// LibreOffice.
/// </summary>
/// <remarks>
/// Written on <see cref="ZipArchive"/> in create mode rather than DocumentFormat.OpenXml or MiniExcel: OpenXml's
/// packaging keeps every part in memory until the package closes (400 MB for 225,000 rows) and cannot write to a
/// write-only package, and MiniExcel reads rows by reflection and is not trimming- or AOT-safe; measured in
/// <c>benchmarks/results/XlsxBenchmarks.md</c>. Call <see cref="Dispose"/> to finish the file: until then it is not a
/// valid workbook. Not thread-safe.
/// </remarks>
public sealed class XlsxWriter : IDisposable
{
    /// <summary>The most rows a sheet can have, header included (Excel's limit).</summary>
    public const int MaxRows = 1_048_576;

    /// <summary>The most columns a sheet can have (Excel's limit, XFD).</summary>
    public const int MaxColumns = 16_384;

    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    // Style indexes into cellXfs of styles.xml below.
    private const int HeaderStyle = 1;
    private const int DateStyle = 2;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ZipArchive archive;
    private readonly List<string> sheets = [];
    private bool disposed;

    /// <summary>Initializes a new instance of the <see cref="XlsxWriter"/> class on a writable stream.</summary>
    /// <param name="stream">Where the workbook goes; need not be seekable (a response body, a pipe).</param>
    /// <param name="leaveOpen">Whether <see cref="Dispose"/> leaves <paramref name="stream"/> open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable.</exception>
    public XlsxWriter(Stream stream, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream is not writable.", nameof(stream));
        }

        archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen, Utf8);
    }

    /// <summary>Gets the names of the sheets written so far, in order.</summary>
    public IReadOnlyList<string> SheetNames => sheets;

    /// <summary>Writes a whole workbook of one sheet and finishes it.</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="stream">Where the workbook goes; left open.</param>
    /// <param name="sheetName">The sheet's name (see <see cref="WriteSheet{T}"/>).</param>
    /// <param name="columns">The columns, left to right.</param>
    /// <param name="rows">The rows, enumerated once.</param>
    /// <returns>The number of data rows written (without the header).</returns>
    /// <exception cref="ArgumentException">The sheet name or the column list is not one Excel accepts, or there are too many rows.</exception>
    public static int Write<T>(Stream stream, string sheetName, IReadOnlyList<XlsxColumn<T>> columns, IEnumerable<T> rows)
    {
        using var writer = new XlsxWriter(stream, leaveOpen: true);
        return writer.WriteSheet(sheetName, columns, rows);
    }

    /// <summary>Writes the next sheet: the header row, then one row per element of <paramref name="rows"/>.</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="name">
    /// The sheet's name: 1 to 31 characters, none of <c>: \ / ? * [ ]</c>, not starting or ending with <c>'</c>, and
    /// unlike (ignoring case) the names written before.
    /// </param>
    /// <param name="columns">The columns, left to right; 1 to <see cref="MaxColumns"/>.</param>
    /// <param name="rows">The rows, enumerated once; at most <see cref="MaxRows"/> − 1.</param>
    /// <returns>The number of data rows written (without the header).</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The name or the column list is not one Excel accepts, or there are more rows than a sheet holds (the workbook is
    /// then unusable: write the rows to more sheets).
    /// </exception>
    /// <exception cref="ObjectDisposedException">The writer is disposed.</exception>
    public int WriteSheet<T>(string name, IReadOnlyList<XlsxColumn<T>> columns, IEnumerable<T> rows)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        CheckSheetName(name);
        if (sheets.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The workbook already has a sheet named '{name}' (Excel compares sheet names ignoring case).", nameof(name));
        }

        if (columns.Count is 0 or > MaxColumns)
        {
            throw new ArgumentException($"A sheet has 1 to {MaxColumns} columns; {columns.Count} given.", nameof(columns));
        }

        sheets.Add(name);
        var references = new string[columns.Count];
        for (var i = 0; i < references.Length; i++)
        {
            references[i] = ColumnName(i);
        }

        using var entry = archive.CreateEntry($"xl/worksheets/sheet{sheets.Count}.xml", CompressionLevel.Fastest).Open();
        using var xml = new StreamWriter(entry, Utf8, bufferSize: 1 << 16);
        xml.Write(Declaration);
        xml.Write($"<worksheet xmlns=\"{MainNamespace}\" xmlns:r=\"{RelationshipNamespace}\">");
        xml.Write("<sheetViews><sheetView workbookViewId=\"0\"");
        xml.Write(sheets.Count == 1 ? " tabSelected=\"1\">" : ">");
        xml.Write("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>");
        xml.Write("<cols>");
        for (var i = 0; i < columns.Count; i++)
        {
            var n = (i + 1).ToString(CultureInfo.InvariantCulture);
            xml.Write($"<col min=\"{n}\" max=\"{n}\" width=\"{columns[i].Width.ToString("0.##", CultureInfo.InvariantCulture)}\" customWidth=\"1\"/>");
        }

        xml.Write("</cols><sheetData><row r=\"1\">");
        for (var i = 0; i < columns.Count; i++)
        {
            WriteText(xml, references[i], 1, columns[i].Header, HeaderStyle);
        }

        xml.Write("</row>");
        var row = 1;
        foreach (var item in rows)
        {
            if (++row > MaxRows)
            {
                throw new ArgumentException($"A sheet holds at most {MaxRows - 1} data rows; split the rows over several sheets.", nameof(rows));
            }

            xml.Write("<row r=\"");
            WriteNumber(xml, row);
            xml.Write("\">");
            for (var i = 0; i < columns.Count; i++)
            {
                var cell = columns[i].Value(item);
                switch (cell.Kind)
                {
                    case XlsxCellKind.Text:
                        WriteText(xml, references[i], row, cell.TextValue!, style: 0);
                        break;
                    case XlsxCellKind.Number:
                    case XlsxCellKind.Date:
                    case XlsxCellKind.Boolean:
                        WriteValue(xml, references[i], row, cell);
                        break;
                }
            }

            xml.Write("</row>");
        }

        xml.Write("</sheetData></worksheet>");
        return row - 1;
    }

    /// <summary>Writes the workbook, its relationships, styles and content types, and closes the zip.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (sheets.Count == 0)
        {
            // Excel refuses a workbook without a sheet; an empty one keeps the file valid.
            sheets.Add("Sheet1");
            WriteEntry("xl/worksheets/sheet1.xml", Declaration + $"<worksheet xmlns=\"{MainNamespace}\"><sheetData/></worksheet>");
        }

        var workbook = new StringBuilder(Declaration).Append($"<workbook xmlns=\"{MainNamespace}\" xmlns:r=\"{RelationshipNamespace}\"><sheets>");
        var relationships = new StringBuilder(Declaration).Append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        var types = new StringBuilder(Declaration).Append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
            .Append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
            .Append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
            .Append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
            .Append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (var i = 1; i <= sheets.Count; i++)
        {
            workbook.Append(CultureInfo.InvariantCulture, $"<sheet name=\"{Escape(sheets[i - 1])}\" sheetId=\"{i}\" r:id=\"rId{i}\"/>");
            relationships.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{i}\" Type=\"{RelationshipNamespace}/worksheet\" Target=\"worksheets/sheet{i}.xml\"/>");
            types.Append(CultureInfo.InvariantCulture, $"<Override PartName=\"/xl/worksheets/sheet{i}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }

        workbook.Append("</sheets></workbook>");
        relationships.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{sheets.Count + 1}\" Type=\"{RelationshipNamespace}/styles\" Target=\"styles.xml\"/></Relationships>");
        types.Append("</Types>");
        WriteEntry("xl/workbook.xml", workbook.ToString());
        WriteEntry("xl/_rels/workbook.xml.rels", relationships.ToString());
        WriteEntry("xl/styles.xml", Styles);
        WriteEntry("_rels/.rels", Declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            $"<Relationship Id=\"rId1\" Type=\"{RelationshipNamespace}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        WriteEntry("[Content_Types].xml", types.ToString());
        archive.Dispose();
    }

    /// <summary>The column letters of a zero-based index: A … Z, AA … XFD.</summary>
    internal static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>Fonts (regular, bold), the two fills Excel requires, one border, and cell formats: 0 plain, 1 header, 2 date.</summary>
    private const string Styles = Declaration + "<styleSheet xmlns=\"" + MainNamespace + "\">" +
        "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>" +
        "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/></font>" +
        "<font><b/><sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/></font></fonts>" +
        "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>" +
        "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>" +
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>" +
        "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" +
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>" +
        "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>" +
        "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";

    private static void CheckSheetName(string name)
    {
        if (name.Length is 0 or > 31 || name.AsSpan().IndexOfAny(":\\/?*[]") >= 0 || name[0] == '\'' || name[^1] == '\'')
        {
            throw new ArgumentException($"'{name}' is not a sheet name Excel accepts: 1 to 31 characters, none of : \\ / ? * [ ], not starting or ending with '.", nameof(name));
        }
    }

    private void WriteEntry(string path, string content)
    {
        using var stream = archive.CreateEntry(path, CompressionLevel.Fastest).Open();
        stream.Write(Utf8.GetBytes(content));
    }

    private static void WriteCellStart(StreamWriter xml, string column, int row)
    {
        xml.Write("<c r=\"");
        xml.Write(column);
        WriteNumber(xml, row);
    }

    private static void WriteText(StreamWriter xml, string column, int row, string text, int style)
    {
        WriteCellStart(xml, column, row);
        xml.Write(style == 0 ? "\" t=\"inlineStr\"><is><t" : "\" s=\"1\" t=\"inlineStr\"><is><t");
        xml.Write(char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) ? " xml:space=\"preserve\">" : ">");
        WriteEscaped(xml, text);
        xml.Write("</t></is></c>");
    }

    private static void WriteValue(StreamWriter xml, string column, int row, XlsxCell cell)
    {
        WriteCellStart(xml, column, row);
        xml.Write(cell.Kind switch
        {
            XlsxCellKind.Date => "\" s=\"2\"><v>",
            XlsxCellKind.Boolean => "\" t=\"b\"><v>",
            _ => "\"><v>",
        });
        Span<char> buffer = stackalloc char[32];
        cell.NumberValue.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture);
        xml.Write(buffer[..written]);
        xml.Write("</v></c>");
    }

    private static void WriteNumber(StreamWriter xml, int value)
    {
        Span<char> buffer = stackalloc char[11];
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        xml.Write(buffer[..written]);
    }

    /// <summary>
    /// Writes text escaped for XML; characters XML 1.0 cannot carry (control characters) and a literal <c>_xHHHH_</c>
    /// become Excel's <c>_xHHHH_</c> escapes, so the cell reads back as written.
    /// </summary>
    private static void WriteEscaped(StreamWriter xml, string text)
    {
        var span = text.AsSpan();
        var start = 0;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            string? replacement = c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\t' or '\n' or '\r' => null,
                < ' ' or '\uFFFE' or '\uFFFF' => string.Create(CultureInfo.InvariantCulture, $"_x{(int)c:X4}_"),
                '_' when IsExcelEscape(span[i..]) => "_x005F_",
                _ => null,
            };
            if (replacement is not null)
            {
                xml.Write(span[start..i]);
                xml.Write(replacement);
                start = i + 1;
            }
        }

        xml.Write(span[start..]);
    }

    private static bool IsExcelEscape(ReadOnlySpan<char> text) =>
        text.Length >= 7 && text[1] == 'x' && text[6] == '_' && char.IsAsciiHexDigit(text[2]) && char.IsAsciiHexDigit(text[3])
            && char.IsAsciiHexDigit(text[4]) && char.IsAsciiHexDigit(text[5]);

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
