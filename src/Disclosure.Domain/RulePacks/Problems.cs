namespace Disclosure.Domain.RulePacks;

/// <summary>Collects problems, locating each JSON path in the file it came from.</summary>
internal sealed class Problems
{
    public List<RulePackError> List { get; } = [];

    public bool HasErrors => List.Exists(p => p.Severity == RulePackSeverity.Error);

    public void Error(RulePackErrorCode code, PackSource source, string path, string message) =>
        Add(code, RulePackSeverity.Error, source, path, message);

    public void Error(RulePackErrorCode code, Origin origin, string member, string message) =>
        Add(code, RulePackSeverity.Error, origin.Source, origin.Path + member, message);

    public void Warning(RulePackErrorCode code, PackSource source, string path, string message) =>
        Add(code, RulePackSeverity.Warning, source, path, message);

    public RulePackException ToException() =>
        new([.. List.Where(p => p.Severity == RulePackSeverity.Error), .. List.Where(p => p.Severity == RulePackSeverity.Warning)]);

    private void Add(RulePackErrorCode code, RulePackSeverity severity, PackSource source, string path, string message)
    {
        var (line, column) = source.Locate(path);
        List.Add(new RulePackError(code, severity, source.Name, path, line, column, message));
    }
}
