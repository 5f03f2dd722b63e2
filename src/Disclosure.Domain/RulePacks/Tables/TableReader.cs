using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.RulePacks.Tables;

/// <summary>
/// Reads csv files and text copied from web pages into <see cref="SourceTable"/>s, within fixed limits so that a
/// hostile file (50 MB, a million rows, a 100,000-character cell) is refused in bounded memory instead of read.
/// </summary>
/// <remarks>
/// <para>
/// Csv: RFC 4180 (double quotes, doubled quotes inside, line breaks inside quotes), separated by commas, tabs or
/// semicolons — whichever the first line uses most outside quotes. Bytes are decoded as UTF-8 when they are valid
/// UTF-8 (with or without a byte-order mark) or start with a UTF-16 mark, otherwise as GB18030 (the encoding Excel
/// and WPS use for csv on Chinese Windows; <see cref="CodePagesEncodingProvider"/>); an explicit encoding overrides
/// the detection.
/// </para>
/// <para>
/// Web copy: one row per line; cells are separated by tabs when the line has any (a copied HTML table), otherwise by
/// runs of white space including the ideographic space U+3000 (a page's text, as in the seed's section 五).
/// </para>
/// <para>Blank rows are skipped. Stateless and thread-safe.</para>
/// </remarks>
public static class TableReader
{
    /// <summary>The largest file read: 10 MiB (a 2,000-row county table is about 200 KB).</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>The most rows a table may have: 20,000.</summary>
    public const int MaxRows = 20_000;

    /// <summary>The most cells a row may have: 64.</summary>
    public const int MaxColumns = 64;

    /// <summary>The longest cell text: 2,000 characters.</summary>
    public const int MaxCellLength = 2_000;

    private const int Gb18030CodePage = 54936;

    /// <summary>Reads a csv file's bytes.</summary>
    /// <param name="bytes">The file's bytes, at most <see cref="MaxBytes"/>.</param>
    /// <param name="sourceName">The file name problems are reported against.</param>
    /// <param name="encoding">The encoding, or <see langword="null"/> to detect UTF-8 or GB18030.</param>
    /// <returns>The table, in <see cref="TableLayout.Grid"/> layout.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bytes"/> or <paramref name="sourceName"/> is <see langword="null"/>.</exception>
    /// <exception cref="TableImportException">The file is too large, has too many rows, columns or characters in a cell, or an unterminated quote.</exception>
    public static SourceTable ReadCsv(byte[] bytes, string sourceName, Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(sourceName);
        CheckSize(bytes.LongLength, sourceName);
        var text = Decode(bytes, encoding);
        return new SourceTable(sourceName, TableLayout.Grid, ParseCsv(text, sourceName), []);
    }

    /// <summary>Reads text copied from a web page (one row per line, cells separated by tabs or white space).</summary>
    /// <param name="text">The text, at most <see cref="MaxBytes"/> characters.</param>
    /// <param name="sourceName">The file name problems are reported against.</param>
    /// <returns>The table, in <see cref="TableLayout.Flattened"/> layout.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="TableImportException">The text is too large, has too many rows, columns or characters in a cell.</exception>
    public static SourceTable ReadWebCopy(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        CheckSize(text.Length, sourceName);
        return new SourceTable(sourceName, TableLayout.Flattened, ParseLines(text, sourceName), []);
    }

    /// <summary>
    /// Decodes a text file: UTF-16 or UTF-8 by byte-order mark, UTF-8 when the bytes are valid UTF-8, otherwise GB18030;
    /// or with the given encoding.
    /// </summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="encoding">The encoding, or <see langword="null"/> to detect.</param>
    /// <returns>The text, without a byte-order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bytes"/> is <see langword="null"/>.</exception>
    public static string Decode(byte[] bytes, Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (encoding is not null)
        {
            return encoding.GetString(bytes).TrimStart('\uFEFF');
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes, 2, bytes.Length - 2);
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Gb18030.GetString(bytes);
        }
    }

    /// <summary>Gets the GB18030 encoding (code page 54936), registered from <see cref="CodePagesEncodingProvider"/>.</summary>
    public static Encoding Gb18030 => field ??= CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage)
        ?? throw new PlatformNotSupportedException("GB18030 (code page 54936) is not available from CodePagesEncodingProvider.");

    /// <summary>Finds an encoding by name (<c>utf-8</c>, <c>gb18030</c>, <c>gbk</c>, <c>gb2312</c>) for a command line.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The encoding, or <see langword="null"/> when the name is not one of these.</returns>
    public static Encoding? FindEncoding(string? name) => name?.Trim().ToUpperInvariant() switch
    {
        "UTF-8" or "UTF8" => new UTF8Encoding(false),
        "GB18030" or "GBK" or "GB2312" or "CP936" => Gb18030, // GB18030 is a superset of GBK and GB2312
        _ => null,
    };

    internal static void CheckSize(long length, string sourceName)
    {
        if (length > MaxBytes)
        {
            throw Refused(sourceName, DataProblemCodes.FileTooLarge, 0, 0, RulePackFiles.TooLarge(RulePackTexts.Text("File.TheTable"), MaxBytes));
        }
    }

    internal static TableImportException Refused(string sourceName, ProblemCode code, int row, int column, LocalizedText message) =>
        new([Problem.Error(code, TableImporter.At(sourceName, row, column, null), message)]);

    private static List<SourceRow> ParseCsv(string text, string sourceName)
    {
        var separator = DetectSeparator(text);
        var rows = new List<SourceRow>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var quoted = false;
        var quoteLine = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    Append(c);
                }

                continue;
            }

            if (c == '"' && cell.Length == 0)
            {
                quoted = true;
                quoteLine = line;
            }
            else if (c == separator)
            {
                EndCell();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                EndCell();
                EndRow();
                line++;
                rowLine = line;
            }
            else
            {
                Append(c);
            }
        }

        if (quoted)
        {
            throw Refused(sourceName, DataProblemCodes.InvalidValue, quoteLine, 0, TableTexts.Text("Csv.OpenQuote", quoteLine));
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            EndCell();
            EndRow();
        }

        return rows;

        void Append(char c)
        {
            if (cell.Length >= MaxCellLength)
            {
                throw Refused(sourceName, DataProblemCodes.OutOfRange, rowLine, cells.Count + 1, TableTexts.Text("Cell.TooLong", MaxCellLength));
            }

            cell.Append(c);
        }

        void EndCell()
        {
            if (cells.Count >= MaxColumns)
            {
                throw Refused(sourceName, DataProblemCodes.OutOfRange, rowLine, cells.Count + 1, TableTexts.Text("Row.TooWide", MaxColumns));
            }

            cells.Add(cell.ToString().Trim());
            cell.Clear();
        }

        void EndRow()
        {
            if (cells.Exists(x => x.Length > 0))
            {
                AddRow(rows, new SourceRow(rowLine, [.. cells]), sourceName);
            }

            cells.Clear();
        }
    }

    private static char DetectSeparator(string text)
    {
        int comma = 0, tab = 0, semicolon = 0;
        var quoted = false;
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 4096)))
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                if (c == '\n')
                {
                    break;
                }

                comma += c is ',' ? 1 : 0;
                tab += c is '\t' ? 1 : 0;
                semicolon += c is ';' ? 1 : 0;
            }
        }

        return tab > comma && tab >= semicolon ? '\t' : semicolon > comma ? ';' : ',';
    }

    private static List<SourceRow> ParseLines(string text, string sourceName)
    {
        var rows = new List<SourceRow>();
        var number = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            number++;
            var line = raw.ToString();
            var cells = line.Contains('\t', StringComparison.Ordinal)
                ? line.Split('\t', StringSplitOptions.TrimEntries)
                : line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (!cells.Any(c => c.Length > 0))
            {
                continue;
            }

            if (cells.Length > MaxColumns)
            {
                throw Refused(sourceName, DataProblemCodes.OutOfRange, number, MaxColumns + 1, TableTexts.Text("Row.TooWide", MaxColumns));
            }

            for (var i = 0; i < cells.Length; i++)
            {
                if (cells[i].Length > MaxCellLength)
                {
                    throw Refused(sourceName, DataProblemCodes.OutOfRange, number, i + 1, TableTexts.Text("Cell.TooLong", MaxCellLength));
                }
            }

            AddRow(rows, new SourceRow(number, [.. cells]), sourceName);
        }

        return rows;
    }

    private static void AddRow(List<SourceRow> rows, SourceRow row, string sourceName)
    {
        if (rows.Count >= MaxRows)
        {
            throw Refused(sourceName, DataProblemCodes.OutOfRange, row.Number, 0, TableTexts.Text("Table.TooManyRows", MaxRows));
        }

        rows.Add(row);
    }
}
