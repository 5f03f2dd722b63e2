using System.Collections.Immutable;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.RulePacks.Tables;

/// <summary>
/// What a table import produced: every problem at once (errors and warnings, each naming file, row and column) and,
/// when there is no error, the pack — as JSON to write and as the loaded <see cref="RulePack"/> it was checked as.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TableImportResult
{
    internal TableImportResult(ImmutableArray<Problem> problems, byte[]? packJson, RulePack? pack, int columnCount, ImmutableArray<string> newUnits)
    {
        Problems = problems;
        this.packJson = packJson;
        Pack = pack;
        ColumnCount = columnCount;
        NewUnits = newUnits;
    }

    private readonly byte[]? packJson;

    /// <summary>Gets every problem, errors and warnings, in table order.</summary>
    public ImmutableArray<Problem> Problems { get; }

    /// <summary>Gets the errors; when there is any, nothing is to be written.</summary>
    public ImmutableArray<Problem> Errors => [.. Problems.Where(p => p.Severity == ProblemSeverity.Error)];

    /// <summary>Gets the warnings (ambiguous rows, new units, assigned topics): listed, and the pack is still written.</summary>
    public ImmutableArray<Problem> Warnings => [.. Problems.Where(p => p.Severity == ProblemSeverity.Warning)];

    /// <summary>Gets a value indicating whether the import succeeded (no errors).</summary>
    public bool Succeeded => Pack is not null;

    /// <summary>Gets the loaded pack, or <see langword="null"/> when there are errors.</summary>
    public RulePack? Pack { get; }

    /// <summary>Gets the number of columns imported (0 when the table was refused before its rows were read).</summary>
    public int ColumnCount { get; }

    /// <summary>Gets the Chinese names of the units the import added to the org chart, in the order first met.</summary>
    public ImmutableArray<string> NewUnits { get; }

    /// <summary>Gets the pack as UTF-8 JSON (indented, Chinese unescaped, '\n' line ends), or <see langword="null"/> when there are errors.</summary>
    /// <returns>A copy of the bytes, or <see langword="null"/>.</returns>
    public byte[]? GetPackJson() => packJson is null ? null : (byte[])packJson.Clone();
}
