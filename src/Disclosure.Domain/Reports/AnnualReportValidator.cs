using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Reports;

/// <summary>
/// Checks a filled annual report the way an inspector would — computed, typed in, or read from a published report — and names the
/// table, row and column of every finding (<see cref="ProblemLocation.Section"/> = table id, <see cref="ProblemLocation.EntryId"/> =
/// row id, <see cref="ProblemLocation.Field"/> = column id; the message quotes the template's labels).
/// </summary>
/// <remarks>
/// <para>The checks: the template's own 勾稽关系 in 三 (一 + 二 = 三（七） + 四 in every column, <see cref="AnnualReportProblemCodes.Unbalanced"/>);
/// each 总计 column equals the sum of its parts (三 and the three groups of 四); the （七）总计 row equals the sum of the result rows;
/// every count is a non-negative whole number (fees: non-negative); no cell is blank; 现行有效件数 equals last year's 现行有效件数 +
/// 本年制发件数 − 本年废止件数 when last year's report is given; a report on 2021 or later does not use the 2019 layout; and the prose
/// sections are present (a warning).</para>
/// <para>Sums are checked only where every cell they involve is filled: a blank cell is reported once, as blank. Stateless and
/// thread-safe.</para>
/// </remarks>
public static class AnnualReportValidator
{
    /// <summary>Checks a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="previous">Last year's report, to check 现行有效件数; <see langword="null"/> to skip that check.</param>
    /// <returns>The findings, in table order; empty when the report passes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    [Pure]
    public static ImmutableArray<Problem> Check(AnnualReport report, AnnualReport? previous = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var found = ImmutableArray.CreateBuilder<Problem>();
        if (report.Layout == AnnualReportLayout.Format2019 && report.Year >= 2021)
        {
            found.Add(Problem.Error(AnnualReportProblemCodes.OutdatedLayout, new ProblemLocation("$"),
                ReportTexts.Text("Check.OutdatedLayout", report.Year)));
        }

        foreach (var cell in report.Cells)
        {
            if (cell.Value is not { } value)
            {
                found.Add(Finding(AnnualReportProblemCodes.BlankCell, cell.Row, cell.Column, ReportTexts.Text("Check.Blank")));
            }
            else if (value < 0 || (cell.Column != ReportTable.FeeAmount && value != decimal.Truncate(value)))
            {
                found.Add(Finding(AnnualReportProblemCodes.NotANonNegativeInteger, cell.Row, cell.Column,
                    ReportTexts.Text(cell.Column == ReportTable.FeeAmount ? "Check.NegativeFee" : "Check.NotACount", Format(value))));
            }

        }

        CheckRequests(report, found);
        CheckAppeals(report, found);
        if (previous is not null)
        {
            CheckInForce(report, previous, found);
        }

        foreach (var (text, heading) in new[] { (report.Prose.Overview, ReportProse.OverviewHeading), (report.Prose.Problems, ReportProse.ProblemsHeading), (report.Prose.Other, ReportProse.OtherHeading) })
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                found.Add(Problem.Of(AnnualReportProblemCodes.MissingProse, ProblemSeverity.Warning, new ProblemLocation("prose", -1, heading),
                    ReportTexts.Text("Check.MissingProse", heading)));
            }
        }

        return found.ToImmutable();
    }

    private static void CheckRequests(AnnualReport report, ImmutableArray<Problem>.Builder found)
    {
        var table = ReportTable.Requests;
        foreach (var column in table.Columns)
        {
            decimal? V(ReportRow row) => report[row, column];
            if (V(ReportTable.NewRow) is { } added && V(ReportTable.CarriedOverRow) is { } over && V(ReportTable.ConcludedTotalRow) is { } concluded && V(ReportTable.CarriedForwardRow) is { } forward
                && added + over != concluded + forward)
            {
                found.Add(Finding(AnnualReportProblemCodes.Unbalanced, ReportTable.ConcludedTotalRow, column,
                    ReportTexts.Text("Check.Unbalanced", Format(added), Format(over), Format(added + over), Format(concluded), Format(forward), Format(concluded + forward))));
            }

            var parts = ReportTable.OutcomeRows.Select(V).ToList();
            if (V(ReportTable.ConcludedTotalRow) is { } total && parts.TrueForAll(p => p.HasValue) && parts.Sum() != total)
            {
                found.Add(Finding(AnnualReportProblemCodes.TotalRowMismatch, ReportTable.ConcludedTotalRow, column,
                    ReportTexts.Text("Check.RowTotal", Format(total), Format(parts.Sum()!.Value))));
            }
        }

        foreach (var row in table.Rows)
        {
            var parts = ReportTable.ApplicantColumns.Select(c => report[row, c]).ToList();
            if (report[row, ReportTable.RequestTotal] is { } total && parts.TrueForAll(p => p.HasValue) && parts.Sum() != total)
            {
                found.Add(Finding(AnnualReportProblemCodes.TotalColumnMismatch, row, ReportTable.RequestTotal,
                    ReportTexts.Text("Check.ColumnTotal", Format(total), Format(parts.Sum()!.Value))));
            }
        }
    }

    private static void CheckAppeals(AnnualReport report, ImmutableArray<Problem>.Builder found)
    {
        foreach (var (parts, totalColumn) in ReportTable.AppealGroups)
        {
            var values = parts.Select(c => report[ReportTable.AppealRow, c]).ToList();
            if (report[ReportTable.AppealRow, totalColumn] is { } total && values.TrueForAll(v => v.HasValue) && values.Sum() != total)
            {
                found.Add(Finding(AnnualReportProblemCodes.TotalColumnMismatch, ReportTable.AppealRow, totalColumn,
                    ReportTexts.Text("Check.AppealTotal", Format(total), Format(values.Sum()!.Value))));
            }
        }
    }

    private static void CheckInForce(AnnualReport report, AnnualReport previous, ImmutableArray<Problem>.Builder found)
    {
        if (previous.Year != report.Year - 1)
        {
            found.Add(Problem.Error(AnnualReportProblemCodes.PreviousYearMismatch, new ProblemLocation("$", -1, null, "previous"),
                ReportTexts.Text("Check.PreviousYear", previous.Year, report.Year - 1)));
            return;
        }

        foreach (var row in new[] { ReportTable.RulesRow, ReportTable.NormativeDocumentsRow })
        {
            if (report[row, ReportTable.InForce] is { } inForce && previous[row, ReportTable.InForce] is { } before
                && report[row, ReportTable.Issued] is { } issued && report[row, ReportTable.Repealed] is { } repealed
                && before + issued - repealed != inForce)
            {
                found.Add(Finding(AnnualReportProblemCodes.InForceInconsistent, row, ReportTable.InForce,
                    ReportTexts.Text("Check.InForce", Format(inForce), Format(before), Format(issued), Format(repealed), Format(before + issued - repealed))));
            }
        }
    }

    private static Problem Finding(ProblemCode code, ReportRow row, ReportColumn column, LocalizedText what)
    {
        var table = AnnualReport.TableOf(row);
        return Problem.Error(code, new ProblemLocation(table.Id, -1, row.Id, column.Id), ReportTexts.Text("Check.Cell", table.Heading, row.FullLabel, column.FullLabel, what));
    }

    internal static string Format(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
