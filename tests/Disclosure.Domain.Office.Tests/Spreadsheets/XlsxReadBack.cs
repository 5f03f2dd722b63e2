using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Disclosure.Domain.Office.Tests.Spreadsheets;

/// <summary>A sheet as DocumentFormat.OpenXml reads it back: an independent reader of what <c>XlsxWriter</c> wrote.</summary>
internal sealed record XlsxSheetReadBack(string Name, IReadOnlyList<IReadOnlyList<XlsxCellReadBack>> Rows, IReadOnlyList<double> Widths, string? FrozenTopLeft, IReadOnlyList<string> DateFormats);

/// <summary>One cell read back: its reference, data type (<c>inlineStr</c>, <c>b</c> or empty for numbers), style format code and text/value.</summary>
internal sealed record XlsxCellReadBack(string Reference, string Type, string? FormatCode, string Value, bool Bold)
{
    /// <summary>The cell's value as a date, when it is a number formatted as a date.</summary>
    public LocalDate? Date => FormatCode is { } f && f.Contains("yy", StringComparison.Ordinal)
        ? LocalDate.FromDateTime(DateTime.FromOADate(double.Parse(Value, CultureInfo.InvariantCulture)))
        : null;
}

internal static class XlsxReadBack
{
    /// <summary>Reads every sheet of a workbook with OpenXml (which validates the package structure as it opens it).</summary>
    public static List<XlsxSheetReadBack> Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        var stylesheet = workbook.WorkbookStylesPart!.Stylesheet;
        var formats = stylesheet.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        var xfs = stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = stylesheet.Fonts!.Elements<Font>().ToList();
        var result = new List<XlsxSheetReadBack>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var worksheet = part.Worksheet;
            var rows = new List<IReadOnlyList<XlsxCellReadBack>>();
            foreach (var row in worksheet.Descendants<Row>())
            {
                rows.Add([.. row.Elements<Cell>().Select(c =>
                {
                    var xf = xfs[(int)(c.StyleIndex?.Value ?? 0)];
                    var format = formats.TryGetValue(xf.NumberFormatId?.Value ?? 0, out var code) ? code : null;
                    var bold = fonts[(int)(xf.FontId?.Value ?? 0)].Bold is not null;
                    var type = c.DataType?.InnerText ?? string.Empty;
                    var value = type == "inlineStr" ? c.InlineString!.Text!.Text : c.CellValue!.Text;
                    return new XlsxCellReadBack(c.CellReference!.Value!, type, format, value, bold);
                })]);
            }

            var widths = worksheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
            var pane = worksheet.Descendants<Pane>().SingleOrDefault();
            var frozen = pane is not null && pane.State?.InnerText == "frozen" && pane.VerticalSplit?.Value == 1 ? pane.TopLeftCell?.Value : null;
            result.Add(new XlsxSheetReadBack(sheet.Name!.Value!, rows, widths, frozen, [.. formats.Values]));
        }

        return result;
    }
}
