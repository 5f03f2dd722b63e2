using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.RulePacks.Tables;

/// <summary>
/// Thrown when a table file cannot be read at all (too large, too many rows, a broken quote, a spreadsheet that is
/// not one or is a zip bomb): it carries the problems, each located by file, row and column.
/// </summary>
/// <remarks>
/// Problems of a table that was read — an unknown header, a deadline phrase not in the grammar, an ambiguous row — are
/// not thrown: <see cref="TableImporter.Import"/> returns them all at once in <see cref="TableImportResult.Problems"/>.
/// </remarks>
public sealed class TableImportException : ProblemException
{
    /// <summary>Initializes a new instance of the <see cref="TableImportException"/> class.</summary>
    /// <param name="problems">The problems; at least one is an error.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <see langword="null"/>.</exception>
    public TableImportException(IEnumerable<Problem> problems)
        : base(TableTexts.Text("Table.Invalid"), problems)
    {
    }
}
