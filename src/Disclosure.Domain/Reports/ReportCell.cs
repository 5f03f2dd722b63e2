namespace Disclosure.Domain.Reports;

/// <summary>One cell of an annual report's table: a row, a column of that row, and its value.</summary>
/// <param name="Row">The row.</param>
/// <param name="Column">The column; one of <see cref="ReportRow.Columns"/>.</param>
/// <param name="Value">The value, or <see langword="null"/> for a blank cell.</param>
/// <remarks>Immutable and thread-safe; value equality (rows and columns by reference).</remarks>
public readonly record struct ReportCell(ReportRow Row, ReportColumn Column, decimal? Value);
