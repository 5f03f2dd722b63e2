namespace Disclosure.Domain.Office.Spreadsheets;

/// <summary>
/// One column of a sheet written by <see cref="XlsxWriter"/>: its header (bold, in the frozen first row), its width and
/// how a row becomes the column's cell. Immutable and thread-safe when <see cref="Value"/> is.
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
public sealed class XlsxColumn<T>
{
    /// <summary>Initializes a new instance of the <see cref="XlsxColumn{T}"/> class.</summary>
    /// <param name="header">The header text, for example <c>应完成日期</c>; not empty.</param>
    /// <param name="width">
    /// The width in Excel character units (a CJK character takes about two); widened to fit the header. From 1 to 255.
    /// </param>
    /// <param name="value">The cell of a row.</param>
    /// <exception cref="ArgumentException"><paramref name="header"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is outside 1..255.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public XlsxColumn(string header, double width, Func<T, XlsxCell> value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(header);
        ArgumentNullException.ThrowIfNull(value);
        if (!(width is >= 1 and <= 255))
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "Excel column widths are 1 to 255 characters.");
        }

        Header = header;
        Width = Math.Min(255, Math.Max(width, HeaderWidth(header)));
        Value = value;
    }

    /// <summary>Gets the header text.</summary>
    public string Header { get; }

    /// <summary>Gets the width in character units: the one asked for, or the header's if that is wider.</summary>
    public double Width { get; }

    /// <summary>Gets the function that gives a row's cell in this column.</summary>
    public Func<T, XlsxCell> Value { get; }

    /// <summary>The header's width in character units (CJK counts two) plus a margin for the bold font.</summary>
    private static double HeaderWidth(string header)
    {
        var width = 0;
        foreach (var rune in header.EnumerateRunes())
        {
            width += rune.Value >= 0x2E80 ? 2 : 1;
        }

        return width + 2;
    }
}
