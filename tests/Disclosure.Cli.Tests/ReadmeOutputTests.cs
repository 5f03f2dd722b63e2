using System.Text.RegularExpressions;

namespace Disclosure.Cli.Tests;

/// <summary>
/// The command output README.md and README.zh-CN.md show is what the command prints: each code block after a comment
/// <c>&lt;!-- output of: disclosure ARGS --&gt;</c> is compared with a run of ARGS, a line <c>…</c> standing for any lines left out.
/// </summary>
public sealed partial class ReadmeOutputTests
{
    [GeneratedRegex(@"<!-- output of: disclosure (?<args>[^\n]+?) -->\n```[a-z]*\n(?<block>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex Example();

    private static string Repository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "README.zh-CN.md")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("No README.zh-CN.md above " + AppContext.BaseDirectory);
    }

    public static TheoryData<string, string> Examples() => [.. Listed()];

    private static List<(string Readme, string Args)> Listed()
    {
        var examples = new List<(string, string)>();
        foreach (var readme in new[] { "README.md", "README.zh-CN.md" })
        {
            foreach (Match match in Example().Matches(File.ReadAllText(Path.Combine(Repository(), readme)).ReplaceLineEndings("\n")))
            {
                examples.Add((readme, match.Groups["args"].Value));
            }
        }

        return examples;
    }

    [Fact]
    public void BothReadmes_ShowCheckedOutput_InTheirLanguage()
    {
        var examples = Listed();

        Assert.Contains(examples, e => e.Readme == "README.zh-CN.md" && e.Args.EndsWith("--lang zh-CN", StringComparison.Ordinal));
        Assert.Contains(examples, e => e.Readme == "README.md" && e.Args.EndsWith("--lang en", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_IsWhatTheCommandPrints(string readme, string args)
    {
        var text = File.ReadAllText(Path.Combine(Repository(), readme)).ReplaceLineEndings("\n");
        var block = Example().Matches(text).Single(m => m.Groups["args"].Value == args).Groups["block"].Value;
        var (code, output, error) = CliRunner.Run(args.Split(' '));

        Assert.True(code == 0, error);
        var lines = output.TrimEnd('\n').Split('\n').Select(l => l.TrimEnd()).ToArray();
        // The usage line names the executable as it was started (the test host in-process): the README writes disclosure.
        var usage = Array.FindIndex(lines, l => l is "Usage:" or "用法:");
        if (usage >= 0)
        {
            lines[usage + 1] = Regex.Replace(lines[usage + 1], @"^(\s*)\S+", "$1disclosure");
        }

        Assert.True(Matches(block.Split('\n').Select(l => l.TrimEnd()).ToArray(), lines), $"{readme}: disclosure {args} prints\n{string.Join('\n', lines)}\nbut the README shows\n{block}");
    }

    /// <summary>Whether the lines are the expected ones, each <c>…</c> of <paramref name="expected"/> matching any run of lines.</summary>
    private static bool Matches(string[] expected, string[] lines)
    {
        var segments = string.Join('\n', expected).Split("\n…\n").Select(s => s.Split('\n')).ToArray();
        if (segments.Length == 1)
        {
            return lines.SequenceEqual(segments[0]);
        }

        // The first segment starts the output, the last ends it, the others come in order between.
        var (first, last) = (segments[0], segments[^1]);
        if (lines.Length < first.Length + last.Length || !lines.AsSpan(0, first.Length).SequenceEqual(first)
            || !lines.AsSpan(lines.Length - last.Length).SequenceEqual(last))
        {
            return false;
        }

        var at = first.Length;
        foreach (var segment in segments[1..^1])
        {
            var found = Enumerable.Range(at, Math.Max(0, lines.Length - last.Length - segment.Length - at + 1))
                .FirstOrDefault(start => lines.AsSpan(start, segment.Length).SequenceEqual(segment), -1);
            if (found < 0)
            {
                return false;
            }

            at = found + segment.Length;
        }

        return true;
    }
}
