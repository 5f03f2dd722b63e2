using System.Diagnostics.Contracts;
using System.Globalization;

namespace Disclosure.Domain.Office.Spreadsheets;

/// <summary>The kind of value an <see cref="XlsxCell"/> holds; decides how Excel and WPS store and show it.</summary>
public enum XlsxCellKind
{
    /// <summary>No value: the cell is left out of the row.</summary>
    Empty,

    /// <summary>Text, stored inline (no shared-string table, so rows stream).</summary>
    Text,

    /// <summary>A number, shown in the General format.</summary>
    Number,

    /// <summary>A date: a serial number with a <c>yyyy-mm-dd</c> number format, so Excel sorts, filters and computes on it.</summary>
    Date,

    /// <summary>A boolean, stored as 1 or 0 and shown as TRUE or FALSE.</summary>
    Boolean,
}

/// <summary>
/// One cell's value for <see cref="XlsxWriter"/>: empty, text, a number, a date or a boolean. The default value is
/// <see cref="Empty"/>. Immutable and thread-safe.
/// </summary>
public readonly struct XlsxCell
{
    /// <summary>The first date Excel's 1900 date system numbers without its fictitious 1900-02-29.</summary>
    private static readonly LocalDate FirstDate = new(1900, 3, 1);

    /// <summary>Day 0 of Excel's serial numbers for dates from 1900-03-01 (the 1900-02-29 bug makes it 1899-12-30).</summary>
    private static readonly LocalDate Epoch = new(1899, 12, 30);

    private readonly string? text;
    private readonly double number;

    private XlsxCell(XlsxCellKind kind, string? text, double number)
    {
        Kind = kind;
        this.text = text;
        this.number = number;
    }

    /// <summary>Gets an empty cell.</summary>
    public static XlsxCell Empty => default;

    /// <summary>Gets the kind of value.</summary>
    public XlsxCellKind Kind { get; }

    /// <summary>Gets the text of a <see cref="XlsxCellKind.Text"/> cell; <see langword="null"/> for other kinds.</summary>
    public string? TextValue => Kind == XlsxCellKind.Text ? text : null;

    /// <summary>Gets the stored number: the value of a number, the serial of a date, 1 or 0 for a boolean, 0 otherwise.</summary>
    public double NumberValue => number;

    /// <summary>Creates a text cell.</summary>
    /// <param name="value">The text; <see langword="null"/> or empty gives <see cref="Empty"/>.</param>
    /// <returns>The cell.</returns>
    [Pure]
    public static XlsxCell Text(string? value) => string.IsNullOrEmpty(value) ? default : new(XlsxCellKind.Text, value, 0);

    /// <summary>Creates a number cell.</summary>
    /// <param name="value">The number; must be finite (Excel stores no NaN or infinity).</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    [Pure]
    public static XlsxCell Number(double value) => double.IsFinite(value)
        ? new(XlsxCellKind.Number, null, value)
        : throw new ArgumentOutOfRangeException(nameof(value), value, "Excel stores finite numbers only; write the cell as text or leave it empty.");

    /// <summary>Creates a date cell: Excel's serial day number, shown as <c>yyyy-mm-dd</c>.</summary>
    /// <param name="value">The date, from 1900-03-01 to 9999-12-31 (Excel's 1900 date system cannot show others correctly).</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 1900-03-01..9999-12-31.</exception>
    [Pure]
    public static XlsxCell Date(LocalDate value) => value >= FirstDate && value.Year <= 9999 && value.Calendar == CalendarSystem.Iso
        ? new(XlsxCellKind.Date, null, Period.DaysBetween(Epoch, value))
        : throw new ArgumentOutOfRangeException(nameof(value), value, "Excel shows ISO dates from 1900-03-01 to 9999-12-31 only; write this date as text.");

    /// <summary>Creates a date cell, or an empty cell for <see langword="null"/>.</summary>
    /// <param name="value">The date or <see langword="null"/>.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 1900-03-01..9999-12-31.</exception>
    [Pure]
    public static XlsxCell Date(LocalDate? value) => value is { } date ? Date(date) : default;

    /// <summary>Creates a boolean cell.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The cell.</returns>
    [Pure]
    public static XlsxCell Boolean(bool value) => new(XlsxCellKind.Boolean, null, value ? 1 : 0);

    /// <summary>Returns the kind and value, for example <c>Date 45474</c> or <c>Text 社会救助科</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind == XlsxCellKind.Text
        ? $"Text {text}"
        : string.Create(CultureInfo.InvariantCulture, $"{Kind} {number}");
}
