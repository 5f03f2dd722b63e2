using System.CommandLine;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace Disclosure.Cli.Output;

/// <summary>
/// System.CommandLine's own strings that its zh-Hans translation leaves in English (<c>Description:</c>,
/// <c>[default: …]</c>, <c>(REQUIRED)</c>, some parse errors). Its help builder is internal in 2.0.0, so the text it writes
/// is rewritten: each entry of its resources named in <see cref="Keys"/>, as the current UI culture reads it, is replaced
/// by the CliTexts entry <c>Parser.{key}</c> with the same placeholders.
/// </summary>
internal static class ParserText
{
    /// <summary>The keys of System.CommandLine's resources that the CLI translates.</summary>
    internal static readonly string[] Keys =
    [
        "HelpDescriptionTitle", "HelpUsageCommand", "HelpUsageOptions", "HelpOptionsRequiredLabel", "HelpArgumentDefaultValueLabel",
        "HelpAdditionalArgumentsDescription", "RequiredOptionWasNotProvided", "ArgumentConversionCannotParseForOption",
        "ArgumentConversionCannotParseForCommand", "ArgumentConversionCannotParse", "SuggestionsTokenNotMatched",
        "OptionExpectsOneArgument",
    ];

    private static readonly ResourceManager Theirs = new("System.CommandLine.Properties.Resources", typeof(Command).Assembly);

    /// <summary>System.CommandLine's text of <paramref name="key"/> in the current UI culture.</summary>
    internal static string Original(string key) =>
        Theirs.GetString(key, CultureInfo.CurrentUICulture) ?? throw new MissingManifestResourceException($"System.CommandLine has no resource '{key}'.");

    /// <summary>The text with every string of <see cref="Keys"/> in the current UI culture's words.</summary>
    internal static string Translate(string text)
    {
        foreach (var key in Keys)
        {
            var (theirs, ours) = key == "HelpArgumentDefaultValueLabel"
                // A bare label ("default") would match other words: it is replaced where help writes it, "[default: x]".
                ? ("[" + Original(key) + ": ", "[" + CliText.Get("Parser." + key) + ": ")
                : (Original(key), CliText.Get("Parser." + key));
            if (key == "HelpOptionsRequiredLabel")
            {
                // Help pads its first column by string length: a label taking fewer cells than the original is padded to
                // the original's width, so the descriptions still line up.
                ours = ours.PadRight(ours.Length + Math.Max(0, TextTable.Width(theirs) - TextTable.Width(ours)));
            }

            if (theirs != ours)
            {
                var pattern = Pattern(theirs, out var count);
                text = pattern.Replace(text, m => string.Format(
                    CultureInfo.InvariantCulture, ours, [.. Enumerable.Range(0, count).Select(i => m.Groups["p" + i.ToString(CultureInfo.InvariantCulture)].Value)]));
            }
        }

        return text;
    }

    /// <summary>
    /// A format string as a pattern: its text literally, each placeholder <c>{n}</c> a group <c>pn</c> within one line
    /// (to the line's end when the format ends with it); <paramref name="count"/> is one more than the highest n.
    /// </summary>
    private static Regex Pattern(string format, out int count)
    {
        var highest = -1;
        var pattern = Regex.Replace(Regex.Escape(format), @"\\\{(\d+)}", m =>
        {
            highest = Math.Max(highest, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
            return "(?<p" + m.Groups[1].Value + ">[^\n]*?)";
        });
        count = highest + 1;
        return new Regex(Regex.IsMatch(format, @"\{\d+}$") ? pattern + "$" : pattern, RegexOptions.CultureInvariant | RegexOptions.Multiline);
    }
}
