using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.RulePacks;

/// <summary>Collects the problems of a load, locating each in the file it came from: source name, JSON path, line and column.</summary>
internal sealed class Problems
{
    // Where the pack layer has reported an error itself: a set, so that locating many builder problems stays linear.
    private readonly HashSet<(string Source, string Path)> errorPaths = [];

    public List<Problem> List { get; } = [];

    public bool HasErrors => List.Exists(p => p.Severity == ProblemSeverity.Error);

    public void Error(ProblemCode code, PackSource source, string path, LocalizedText message) =>
        Add(code, ProblemSeverity.Error, source, path, message);

    public void Error(ProblemCode code, Origin origin, string member, LocalizedText message) =>
        Add(code, ProblemSeverity.Error, origin.Source, origin.Path + member, message, new ProblemLocation(origin.Section, origin.Index, field: member.Length == 0 ? null : member.TrimStart('.')));

    public void Warning(ProblemCode code, PackSource source, string path, LocalizedText message) =>
        Add(code, ProblemSeverity.Warning, source, path, message);

    /// <summary>
    /// Adds a builder's problems, each located at the entry it names: <paramref name="entry"/> gives the origin of the
    /// entry at a position of the builder's section (null for a problem of the section as a whole, which goes to
    /// <paramref name="section"/>). The field becomes the member of the entry's path; a field the file does not have
    /// (a missing value) is reported at the entry. A problem at a field the file has and the pack layer already reported
    /// is dropped: the pack's own (for example an unknown unit name) says more than the builder's "missing".
    /// </summary>
    public void AddLocated(IEnumerable<Problem> found, Func<ProblemLocation, Origin?> entry, Origin section)
    {
        foreach (var problem in found)
        {
            var origin = entry(problem.Location) ?? section;
            var field = problem.Location.Field;
            var at = field is null ? origin.Path : origin.Path + (field[0] == '[' ? field : "." + field);
            var (path, line, column) = origin.Source.Find(at);
            if (problem.Severity == ProblemSeverity.Error && path == at && errorPaths.Contains((origin.Source.Name, path)))
            {
                continue;
            }

            List.Add(problem with { Location = problem.Location with { Source = origin.Source.Name, Path = path, Line = line, Column = column } });
        }
    }

    public RulePackException ToException() => new(List);

    /// <summary>
    /// The structured location of a path reported without an entry's origin (the reader's paths such as <c>$.extends</c>
    /// or <c>$.remove.columns[1]</c>): its top-level member as the section, a leading index as the entry, the rest as the field.
    /// </summary>
    internal static ProblemLocation Structure(string path)
    {
        if (path.Length <= 2 || !path.StartsWith("$.", StringComparison.Ordinal))
        {
            return new ProblemLocation("$");
        }

        var rest = path[2..];
        var cut = rest.IndexOfAny(['.', '[']);
        if (cut < 0)
        {
            return new ProblemLocation(rest);
        }

        var section = rest[..cut];
        var field = rest[cut] == '.' ? rest[(cut + 1)..] : rest[cut..];
        var index = -1;
        if (field[0] == '[' && field.IndexOf(']') is var close and > 1 && int.TryParse(field.AsSpan(1, close - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var at))
        {
            index = at;
            field = field[(close + 1)..].TrimStart('.');
        }

        return new ProblemLocation(section, index, field: field.Length == 0 ? null : field);
    }

    private void Add(ProblemCode code, ProblemSeverity severity, PackSource source, string path, LocalizedText message, ProblemLocation? entry = null)
    {
        var (line, column) = source.Locate(path);
        if (severity == ProblemSeverity.Error)
        {
            errorPaths.Add((source.Name, path));
        }

        List.Add(Problem.Of(code, severity, (entry ?? Structure(path)) with { Source = source.Name, Path = path, Line = line, Column = column }, message));
    }

    internal static Problem Located(ProblemCode code, ProblemSeverity severity, string source, string path, int line, int column, LocalizedText message) =>
        Problem.Of(code, severity, Structure(path) with { Source = source, Path = path, Line = line, Column = column }, message);
}
