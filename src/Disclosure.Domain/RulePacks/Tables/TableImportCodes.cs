using System.Collections.Immutable;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.RulePacks.Tables;

/// <summary>
/// The stable codes of problems found importing a column table (<c>TI001</c> …): headers, cells, deadline phrases,
/// hierarchy and responsible units. Problems of reading the file (size, rows) use <see cref="DataProblemCodes"/>.
/// </summary>
/// <remarks>A closed set, listed in <see cref="All"/>; codes never change meaning. Stateless and thread-safe.</remarks>
public static class TableImportCodes
{
    /// <summary>Gets TI001: no row of the table is a header the importer understands, or a header cell is unknown.</summary>
    public static ProblemCode UnknownHeader { get; } = new("TI001", "unknown-header", "The header row is missing or has a header the importer does not understand.");

    /// <summary>Gets TI002: a deadline cell is not a phrase of the deadline grammar.</summary>
    public static ProblemCode UnknownDeadline { get; } = new("TI002", "unknown-deadline", "A deadline phrase is not in the grammar.");

    /// <summary>Gets TI003: a required cell (a name, a deadline, a responsible unit) is blank with nothing above to inherit.</summary>
    public static ProblemCode MissingCell { get; } = new("TI003", "missing-cell", "A required cell is blank.");

    /// <summary>Gets TI004: a cell holds a spreadsheet formula (refused: only values are imported).</summary>
    public static ProblemCode Formula { get; } = new("TI004", "formula", "A cell holds a formula.");

    /// <summary>Gets TI005 (a warning): the row's place in the hierarchy cannot be decided from the text; the hints file decides it.</summary>
    public static ProblemCode AmbiguousRow { get; } = new("TI005", "ambiguous-row", "A row's parent cannot be decided from the text (warning).");

    /// <summary>Gets TI006 (a warning): a responsible unit is not in the org chart and was added.</summary>
    public static ProblemCode NewUnit { get; } = new("TI006", "new-unit", "A responsible unit was added to the org chart (warning).");

    /// <summary>Gets TI007: the row number (序号) is not a positive whole number or repeats an earlier row's.</summary>
    public static ProblemCode InvalidRowNumber { get; } = new("TI007", "invalid-row-number", "A row number is malformed or repeated.");

    /// <summary>Gets TI008: the hints file is malformed or names a row or parent the table does not have.</summary>
    public static ProblemCode InvalidHint { get; } = new("TI008", "invalid-hint", "A hint is malformed or names nothing.");

    /// <summary>Gets TI009: a responsible cell names no unit, or a unit twice.</summary>
    public static ProblemCode InvalidResponsible { get; } = new("TI009", "invalid-responsible", "A responsible cell names no unit or a unit twice.");

    /// <summary>
    /// Gets TI010 (a warning): a 各相关科室 / 相关股室 column's topic is served by no unit; the importer lists it among every
    /// section's topics, to be narrowed by the bureau.
    /// </summary>
    public static ProblemCode TopicAssigned { get; } = new("TI010", "topic-assigned", "A relevant-sections topic was given to every section (warning).");

    /// <summary>Gets TI011 (a warning): a base pack's setting (the review policy) was copied into a stand-alone pack.</summary>
    public static ProblemCode CopiedFromBase { get; } = new("TI011", "copied-from-base", "A section was copied from the built-in pack (warning).");

    /// <summary>Gets every code of this table, in id order.</summary>
    public static ImmutableArray<ProblemCode> All { get; } =
    [
        UnknownHeader, UnknownDeadline, MissingCell, Formula, AmbiguousRow, NewUnit, InvalidRowNumber, InvalidHint,
        InvalidResponsible, TopicAssigned, CopiedFromBase,
    ];
}
