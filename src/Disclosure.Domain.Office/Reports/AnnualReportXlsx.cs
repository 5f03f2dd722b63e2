using System.Collections.Immutable;
using System.Globalization;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Reports;
using Disclosure.Domain.Office.Spreadsheets;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Disclosure.Domain.Office.Reports;

/// <summary>
/// The annual report as an .xlsx workbook for the data (written with <see cref="XlsxWriter"/>): a sheet <c>报告</c> (年度, 机关, 格式) and one sheet per table (<c>二</c>,
/// <c>三</c>, <c>四</c>) with the template's row labels down column A and column labels across row 1. <see cref="Read"/> reads this
/// layout back — also when a clerk typed the numbers in — matching rows and columns by label.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class AnnualReportXlsx
{
    private const string InfoSheet = "报告";

    /// <summary>Writes the report as a workbook.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">A writable stream; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is <see langword="null"/>.</exception>
    public static void Write(AnnualReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new XlsxWriter(output, leaveOpen: true);
        var layout = report.Layout == AnnualReportLayout.Format2021 ? "国办公开办函〔2021〕30号" : "国办公开办函〔2019〕60号";
        writer.WriteSheet<(string Key, XlsxCell Value)>(
            InfoSheet,
            [new("项目", 8, r => XlsxCell.Text(r.Key)), new("内容", 30, r => r.Value)],
            [("年度", XlsxCell.Number(report.Year)), ("机关", XlsxCell.Text(report.Agency)), ("格式", XlsxCell.Text(layout))]);
        foreach (var table in ReportTable.All)
        {
            XlsxColumn<ReportRow>[] columns =
            [
                new(table.Heading, 60, row => XlsxCell.Text(row.FullLabel)),
                .. table.Columns.Select(c => new XlsxColumn<ReportRow>(c.FullLabel, 12, row =>
                    row.Columns.Contains(c) && report[row, c] is { } value ? XlsxCell.Number((double)value) : XlsxCell.Empty)),
            ];
            writer.WriteSheet(table.Number, columns, table.Rows);
        }
    }

    /// <summary>Reads a workbook in the layout <see cref="Write"/> produces.</summary>
    /// <param name="input">A readable, seekable stream.</param>
    /// <returns>The report (prose is not part of the workbook) and the cells that are not numbers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    /// <exception cref="AnnualReportException">The workbook lacks the sheets, the year, or has a row or column label the template does not have.</exception>
    public static AnnualReportReading Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<Problem>();
        var cellProblems = ImmutableArray.CreateBuilder<Problem>();
        var cells = new List<ReportCell>();
        Problem Bad(string sheet, string message) => new Problem(AnnualReportProblemCodes.InvalidInput, ProblemSeverity.Error, new ProblemLocation(sheet), message);
        int year = 0;
        string? agency = null;
        var layout = AnnualReportLayout.Format2021;
        try
        {
            using var document = SpreadsheetDocument.Open(input, false);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            List<List<string?>> Grid(string name)
            {
                var sheet = workbook.Workbook.Descendants<Sheet>().FirstOrDefault(s => s.Name == name);
                if (sheet?.Id?.Value is not { } rid)
                {
                    errors.Add(Bad(name, $"the workbook has no sheet '{name}'."));
                    return [];
                }

                var part = (WorksheetPart)workbook.GetPartById(rid);
                return part.Worksheet.Descendants<Row>().Select(row =>
                {
                    var values = new List<string?>();
                    foreach (var cell in row.Elements<Cell>())
                    {
                        var index = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : values.Count;
                        while (values.Count < index)
                        {
                            values.Add(null);
                        }

                        values.Add(Text(cell, strings));
                    }

                    return values;
                }).ToList();
            }

            var info = Grid(InfoSheet);
            string? Info(string key) => info.FirstOrDefault(r => r.Count > 1 && Normalize(r[0]) == key) is { } r ? r[1] : null;
            if (!int.TryParse(Info("年度"), NumberStyles.None, CultureInfo.InvariantCulture, out year) || year < 2008)
            {
                errors.Add(Bad(InfoSheet, "the row 年度 holds the year reported on in column B, for example 2025."));
            }

            agency = Info("机关");
            layout = Info("格式") is { } f && f.Contains("2019", StringComparison.Ordinal) ? AnnualReportLayout.Format2019 : AnnualReportLayout.Format2021;
            foreach (var table in ReportTable.All)
            {
                var grid = Grid(table.Number);
                if (grid.Count == 0)
                {
                    continue;
                }

                var columns = grid[0].Skip(1).Select(label => label is null ? null : table.Columns.FirstOrDefault(c => Normalize(c.FullLabel) == Normalize(label))).ToList();
                for (var i = 0; i < columns.Count; i++)
                {
                    if (columns[i] is null && !string.IsNullOrWhiteSpace(grid[0][i + 1]))
                    {
                        errors.Add(Bad(table.Number, $"column '{grid[0][i + 1]}' is not a column of {table.Heading}."));
                    }
                }

                foreach (var line in grid.Skip(1).Where(l => l.Count > 0 && !string.IsNullOrWhiteSpace(l[0])))
                {
                    var row = table.Rows.FirstOrDefault(r => Normalize(r.FullLabel) == Normalize(line[0]));
                    if (row is null)
                    {
                        errors.Add(Bad(table.Number, $"row '{line[0]}' is not a row of {table.Heading}."));
                        continue;
                    }

                    for (var i = 0; i < columns.Count; i++)
                    {
                        if (columns[i] is not { } column || !row.Columns.Contains(column))
                        {
                            continue;
                        }

                        var text = i + 1 < line.Count ? line[i + 1] : null;
                        var value = Number(text);
                        if (value is null && !string.IsNullOrWhiteSpace(text))
                        {
                            cellProblems.Add(new Problem(AnnualReportProblemCodes.NotANumber, ProblemSeverity.Error, new ProblemLocation(table.Id, -1, row.Id, column.Id),
                                $"{table.Heading} › {row.FullLabel} › {column.FullLabel} is '{text}', not a number; write the count alone (no sign, no unit)."));
                        }

                        cells.Add(new ReportCell(row, column, value));
                    }
                }
            }
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            throw new AnnualReportException("The workbook does not load", [Bad("$", $"not an .xlsx workbook: {e.Message}")]);
        }

        return errors.Count > 0
            ? throw new AnnualReportException("The workbook does not load", errors)
            : new AnnualReportReading(AnnualReport.Create(year, cells, null, agency, layout), cellProblems.ToImmutable());
    }

    /// <summary>Labels compare without spaces, with ASCII brackets, colons and quotes taken as their full-width forms.</summary>
    internal static string Normalize(string? label) => string.Concat((label ?? string.Empty).Where(c => !char.IsWhiteSpace(c)))
        .Replace('(', '（').Replace(')', '）').Replace(':', '：').Replace(',', '，').Replace('"', '“');

    private static decimal? Number(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim().Replace(",", string.Empty, StringComparison.Ordinal);
        return trimmed.Length > 0 && (char.IsAsciiDigit(trimmed[0]) || trimmed[0] == '-')
            && decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    private static string? Text(Cell cell, List<string> strings)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText;
        }

        var raw = cell.CellValue?.Text;
        return cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? strings[i] : raw;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }
}
