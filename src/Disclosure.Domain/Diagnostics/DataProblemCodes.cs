using System.Collections.Immutable;

namespace Disclosure.Domain.Diagnostics;

/// <summary>
/// The stable codes of problems in rule data (<c>RP0001</c> …), whoever finds them: the rule-pack loader (a file that
/// is not JSON, an unknown field, a base pack that cannot be found) or a builder (a catalog node whose parent does
/// not exist, a review policy without levels, a local holiday on an adjusted working day). The
/// <see cref="ProblemCode.Title"/> is the stable kebab-case name, for example <c>duplicate-id</c>.
/// </summary>
/// <remarks>A closed set, listed in <see cref="All"/>; codes never change meaning. This class is stateless and thread-safe.</remarks>
public static class DataProblemCodes
{
    /// <summary>Gets RP0001: the file is larger than the configured limit; refused before parsing.</summary>
    public static ProblemCode FileTooLarge { get; } = new("RP0001", "file-too-large", "The file is larger than the size limit.");

    /// <summary>Gets RP0002: the text is not JSON (a syntax error).</summary>
    public static ProblemCode InvalidJson { get; } = new("RP0002", "invalid-json", "The text is not valid JSON.");

    /// <summary>Gets RP0003: objects and arrays are nested deeper than the limit.</summary>
    public static ProblemCode TooDeep { get; } = new("RP0003", "too-deep", "Objects and arrays are nested too deeply.");

    /// <summary>Gets RP0004: a value has the wrong JSON type (for example a string where a number is expected).</summary>
    public static ProblemCode WrongType { get; } = new("RP0004", "wrong-type", "A value has the wrong JSON type.");

    /// <summary>Gets RP0005: the format version is missing or not one this library reads.</summary>
    public static ProblemCode UnknownFormatVersion { get; } = new("RP0005", "unknown-format-version", "The format version is missing or unknown.");

    /// <summary>Gets RP0006 (a warning): a field this format version does not define; it is kept but ignored.</summary>
    public static ProblemCode UnknownField { get; } = new("RP0006", "unknown-field", "A field the format does not define (warning).");

    /// <summary>Gets RP0007: a required value is missing or empty.</summary>
    public static ProblemCode MissingValue { get; } = new("RP0007", "missing-value", "A required value is missing or empty.");

    /// <summary>Gets RP0008: an object names the same property twice.</summary>
    public static ProblemCode DuplicateProperty { get; } = new("RP0008", "duplicate-property", "An object has the same property twice.");

    /// <summary>Gets RP0101: an id is not lower-case ASCII letters, digits and single hyphens starting with a letter.</summary>
    public static ProblemCode InvalidId { get; } = new("RP0101", "invalid-id", "An id has the wrong form.");

    /// <summary>Gets RP0102: two entries of one list have the same id.</summary>
    public static ProblemCode DuplicateId { get; } = new("RP0102", "duplicate-id", "Two entries have the same id.");

    /// <summary>Gets RP0103: a parent names a node or unit that does not exist.</summary>
    public static ProblemCode DanglingParent { get; } = new("RP0103", "dangling-parent", "A parent reference names nothing.");

    /// <summary>Gets RP0104: parents form a cycle.</summary>
    public static ProblemCode Cycle { get; } = new("RP0104", "cycle", "Parent references form a cycle.");

    /// <summary>Gets RP0105: a frequency label is not one of the known labels.</summary>
    public static ProblemCode UnknownFrequency { get; } = new("RP0105", "unknown-frequency", "An update frequency label is unknown.");

    /// <summary>Gets RP0106: a column has no responsible party (none given, or no unit serves its topic).</summary>
    public static ProblemCode NoResponsibleParty { get; } = new("RP0106", "no-responsible-party", "A column has no responsible party.");

    /// <summary>Gets RP0107: a reference names a unit the org chart does not have.</summary>
    public static ProblemCode DanglingUnit { get; } = new("RP0107", "dangling-unit", "A unit reference names no unit.");

    /// <summary>Gets RP0108: a deadline or count is outside its allowed range.</summary>
    public static ProblemCode OutOfRange { get; } = new("RP0108", "out-of-range", "A deadline or count is out of range.");

    /// <summary>Gets RP0109: a date lies outside the years the working-day calendar covers.</summary>
    public static ProblemCode DateOutsideCalendar { get; } = new("RP0109", "date-outside-calendar", "A date is outside the calendar's coverage.");

    /// <summary>Gets RP0110: the review policy has no levels.</summary>
    public static ProblemCode NoReviewLevels { get; } = new("RP0110", "no-review-levels", "The review policy has no levels.");

    /// <summary>Gets RP0111: a value does not have its required form (ISO date, ISO period, time-zone id, a known name).</summary>
    public static ProblemCode InvalidValue { get; } = new("RP0111", "invalid-value", "A value does not have the required form.");

    /// <summary>Gets RP0112: the base pack named by <c>extends</c> cannot be found or read, or bases form a cycle.</summary>
    public static ProblemCode BaseNotFound { get; } = new("RP0112", "base-not-found", "The base pack cannot be found.");

    /// <summary>Gets RP0113: the local calendar additions contradict the national calendar.</summary>
    public static ProblemCode CalendarConflict { get; } = new("RP0113", "calendar-conflict", "A calendar addition contradicts the national calendar.");

    /// <summary>Gets RP0114: a removal or override names an entry the base pack does not have.</summary>
    public static ProblemCode NothingToRemove { get; } = new("RP0114", "nothing-to-remove", "A removal names an entry that does not exist.");

    /// <summary>Gets RP0115: a deadline override names a node that is not a column of the catalog.</summary>
    public static ProblemCode DanglingColumn { get; } = new("RP0115", "dangling-column", "A reference names no column.");

    /// <summary>Gets every code, in id order.</summary>
    public static ImmutableArray<ProblemCode> All { get; } =
    [
        FileTooLarge, InvalidJson, TooDeep, WrongType, UnknownFormatVersion, UnknownField, MissingValue, DuplicateProperty,
        InvalidId, DuplicateId, DanglingParent, Cycle, UnknownFrequency, NoResponsibleParty, DanglingUnit, OutOfRange,
        DateOutsideCalendar, NoReviewLevels, InvalidValue, BaseNotFound, CalendarConflict, NothingToRemove, DanglingColumn,
    ];
}
