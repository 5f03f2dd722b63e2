using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Disclosure.Domain.Calendars;
using NetArchTest.Rules;

namespace Disclosure.Domain.Tests;

/// <summary>
/// Keeps the namespace graph acyclic: each namespace of the compiled library may use only the namespaces the README's
/// "Layout and conventions" allows it. One check reads the compiled IL (method bodies included, so a fully qualified
/// name is caught too), the other the sources (so even an unused <c>using</c> of a higher layer is refused).
/// </summary>
public sealed class NamespaceLayeringTests
{
    private const string Root = "Disclosure.Domain";

    private static readonly Assembly Library = typeof(WorkingDayCalendar).Assembly;

    // Bottom to top. A namespace may use those listed with it and nothing else of the library.
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        [Root] = [],
        ["Diagnostics"] = [],
        ["Calendars"] = [Root, "Diagnostics"],
        ["Responsibilities"] = [Root, "Diagnostics", "Calendars"],
        ["Catalog"] = [Root, "Diagnostics", "Calendars", "Responsibilities"],
        ["Scheduling"] = [Root, "Diagnostics", "Calendars", "Responsibilities", "Catalog"],
        ["Review"] = [Root, "Diagnostics", "Calendars", "Responsibilities"],
        ["Requests"] = [Root, "Diagnostics", "Calendars", "Responsibilities"],
        ["Histories"] = [Root, "Diagnostics", "Calendars", "Responsibilities", "Catalog", "Scheduling", "Review", "Requests"],
        ["Reports"] = [Root, "Diagnostics", "Calendars", "Responsibilities", "Catalog", "Scheduling", "Requests"],
        ["RulePacks"] = [Root, "Diagnostics", "Calendars", "Responsibilities", "Catalog", "Scheduling", "Review", "Requests"],
        ["RulePacks.Tables"] = [Root, "Diagnostics", "Calendars", "Responsibilities", "Catalog", "RulePacks"],
    };

    public static TheoryData<string> Namespaces() => [.. Allowed.Keys];

    [Fact]
    public void Library_HasExactlyTheListedNamespaces()
    {
        var actual = Library.GetTypes().Select(t => t.Namespace).OfType<string>().Where(n => n.StartsWith(Root, StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(Allowed.Keys.Select(Full).Order(StringComparer.Ordinal), actual);
    }

    [Theory]
    [MemberData(nameof(Namespaces))]
    public void Namespace_UsesOnlyTheNamespacesBelowIt(string name)
    {
        var forbidden = Allowed.Keys.Where(n => n != name && n != Root && !Allowed[name].Contains(n)).Select(Full).ToArray();
        if (forbidden.Length == 0)
        {
            return;
        }

        var result = Types.InAssembly(Library)
            .That().ResideInNamespaceMatching("^" + Regex.Escape(Full(name)) + "$")
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();

        Assert.True(result.IsSuccessful, $"{Full(name)} may use only {string.Join(", ", Allowed[name].Select(Full))}; these types use more: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [MemberData(nameof(Namespaces))]
    public void SourceFolder_NamesOnlyTheNamespacesBelowIt(string name)
    {
        var folder = name == Root ? SourceRoot() : Path.Combine(SourceRoot(), name.Replace('.', Path.DirectorySeparatorChar));
        var option = name == Root ? SearchOption.TopDirectoryOnly : SearchOption.AllDirectories;
        var offending = Directory.EnumerateFiles(folder, "*.cs", option)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => NamedAreas(File.ReadAllText(f)).Where(used => used != name && !Allowed[name].Contains(used)).Select(used => $"{Path.GetFileName(f)} → {used}"))
            .ToList();

        Assert.True(offending.Count == 0, $"{Full(name)} may use only {string.Join(", ", Allowed[name].Select(Full))}: {string.Join("; ", offending)}");
    }

    [Fact]
    public void NamedAreas_FindsUsingsAndQualifiedNames()
    {
        Assert.Equal(["Scheduling", "Responsibilities"], NamedAreas("using Disclosure.Domain.Scheduling;\nvar x = Responsibilities.UnitId.IsValid(id); // Review.ReviewRole in a comment\n"));
    }

    [Fact]
    public void Rule_FindsAKnownEdge()
    {
        // The rule itself must be able to fail: RulePacks does use Catalog.
        var result = Types.InAssembly(Library)
            .That().ResideInNamespaceMatching("^" + Regex.Escape(Full("RulePacks")) + "$")
            .ShouldNot().HaveDependencyOnAny(Full("Catalog"))
            .GetResult();

        Assert.False(result.IsSuccessful);
    }

    /// <summary>The library areas a source text names: in <c>using</c> directives and as qualified names outside comments.</summary>
    private static List<string> NamedAreas(string source)
    {
        var code = Regex.Replace(source, @"//[^\n]*", string.Empty);
        return [.. Regex.Matches(code, @"\b(?:Disclosure\.Domain\.|Domain\.|(?<![\w.]))(Calendars|Catalog|Scheduling|Responsibilities|Review|Requests|Reports|Histories|RulePacks)\.\w|using Disclosure\.Domain\.(\w+);")
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
            .Where(Allowed.ContainsKey)
            .Distinct()];
    }

    private static string SourceRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "src", "Disclosure.Domain"));

    private static string Full(string name) => name == Root ? Root : Root + "." + name;
}
