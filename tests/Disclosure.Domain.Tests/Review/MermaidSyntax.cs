using System.Globalization;
using System.Text.RegularExpressions;

namespace Disclosure.Domain.Tests.Review;

/// <summary>
/// A hand-written check of the Mermaid state-diagram statements <c>ReviewPolicy.ToMermaid</c> writes, by the rules of
/// Mermaid's lexer (<c>stateDiagram.jison</c>): a quoted state label ends at its first <c>"</c>, a transition's label
/// (after <c>:</c>) at its first <c>:</c>, <c>;</c> or line break; <c>#name;</c> and <c>#123;</c> are entity codes (taken
/// out before parsing); <c>%%</c> starts a comment or a directive; ids are single words that are not keywords and are
/// declared before use.
/// </summary>
internal static partial class MermaidSyntax
{
    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "state", "note", "end", "as", "direction", "classDef", "class", "style", "hide", "scale", "click", "stateDiagram", "stateDiagram-v2",
    };

    /// <summary>The problems of <paramref name="diagram"/>, one a string naming the line; empty when Mermaid reads it as meant.</summary>
    internal static IReadOnlyList<string> Problems(string diagram)
    {
        var problems = new List<string>();
        Parse(diagram, problems);
        return problems;
    }

    /// <summary>The states (id → label) and transitions (from, to, label or null) with their labels decoded; throws if the diagram has problems.</summary>
    internal static (IReadOnlyDictionary<string, string> States, IReadOnlyList<(string From, string To, string? Label)> Transitions) Read(string diagram)
    {
        var problems = new List<string>();
        var read = Parse(diagram, problems);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        return read;
    }

    /// <summary>A label as Mermaid draws it: its numeric entity codes replaced by their characters.</summary>
    internal static string Decode(string label) =>
        NumericEntity().Replace(label, m => char.ConvertFromUtf32(int.Parse(m.Groups["code"].Value, CultureInfo.InvariantCulture)));

    private static (IReadOnlyDictionary<string, string>, IReadOnlyList<(string, string, string?)>) Parse(string diagram, List<string> problems)
    {
        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        var transitions = new List<(string, string, string?)>();
        if (!diagram.EndsWith('\n'))
        {
            problems.Add("the diagram does not end with a line break");
        }

        var lines = diagram.TrimEnd('\n').Split('\n');
        if (lines[0] != "stateDiagram-v2")
        {
            problems.Add($"line 1 is '{lines[0]}', not stateDiagram-v2");
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            var where = $"line {i + 1} ({line})";
            if (line.Contains("%%", StringComparison.Ordinal))
            {
                problems.Add($"{where}: %% starts a comment or directive");
            }

            if (StateLine().Match(line) is { Success: true } state)
            {
                var id = state.Groups["id"].Value;
                CheckId(id, where, problems);
                CheckLabel(state.Groups["label"].Value, where, problems);
                if (!states.TryAdd(id, Decode(state.Groups["label"].Value)))
                {
                    problems.Add($"{where}: state {id} is declared twice");
                }
            }
            else if (TransitionLine().Match(line) is { Success: true } transition)
            {
                foreach (var end in new[] { transition.Groups["from"].Value, transition.Groups["to"].Value })
                {
                    if (end != "[*]" && !states.ContainsKey(end))
                    {
                        problems.Add($"{where}: state {end} is not declared before it is used");
                    }
                }

                string? label = null;
                if (transition.Groups["label"].Success)
                {
                    label = transition.Groups["label"].Value;
                    // Mermaid takes the entity codes out before it parses (encodeEntities), so their ';' ends nothing.
                    var parsed = AnyEntity().Replace(label, "E");
                    if (parsed.IndexOfAny([':', ';']) is >= 0 and var at)
                    {
                        problems.Add($"{where}: '{parsed[at]}' ends the transition's label");
                    }

                    CheckLabel(label, where, problems);
                    label = Decode(label);
                }

                transitions.Add((transition.Groups["from"].Value, transition.Groups["to"].Value, label));
            }
            else
            {
                problems.Add($"{where}: neither a quoted state declaration nor a transition (a \" in a state's label ends it)");
            }
        }

        return (states, transitions);
    }

    private static void CheckId(string id, string where, List<string> problems)
    {
        if (Keywords.Contains(id))
        {
            problems.Add($"{where}: the id {id} is a Mermaid keyword");
        }
    }

    private static void CheckLabel(string label, string where, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            problems.Add($"{where}: the label is empty");
        }

        if (label.Any(char.IsControl))
        {
            problems.Add($"{where}: the label has a control character");
        }

        // Mermaid replaces every #word; before parsing; only numeric codes of real characters are meant here.
        foreach (Match entity in AnyEntity().Matches(label))
        {
            if (NumericEntity().Match(entity.Value) is not { Success: true } numeric
                || int.Parse(numeric.Groups["code"].Value, CultureInfo.InvariantCulture) is > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
            {
                problems.Add($"{where}: {entity.Value} is read as an entity code");
            }
        }
    }

    [GeneratedRegex(@"^    state ""(?<label>[^""\n]*)"" as (?<id>[A-Za-z][A-Za-z0-9_]*)$")]
    private static partial Regex StateLine();

    [GeneratedRegex(@"^    (?<from>\[\*\]|[A-Za-z][A-Za-z0-9_]*) --> (?<to>\[\*\]|[A-Za-z][A-Za-z0-9_]*)(?:: (?<label>.*))?$")]
    private static partial Regex TransitionLine();

    [GeneratedRegex(@"#\w+;")]
    private static partial Regex AnyEntity();

    [GeneratedRegex(@"#(?<code>[0-9]{1,7});")]
    private static partial Regex NumericEntity();
}
