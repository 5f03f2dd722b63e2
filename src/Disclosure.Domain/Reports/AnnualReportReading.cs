using System.Collections.Immutable;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Reports;

/// <summary>A filled report read from a file, with the cells that could not be read as numbers (read as blank).</summary>
/// <param name="Report">The report.</param>
/// <param name="Problems">The cells that are not numbers (<see cref="AnnualReportProblemCodes.NotANumber"/>), with their table, row and column.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record AnnualReportReading(AnnualReport Report, ImmutableArray<Problem> Problems);
