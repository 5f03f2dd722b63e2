using System.Collections;
using System.CommandLine;
using System.Globalization;
using System.Resources;
using System.Text;
using System.Text.RegularExpressions;
using Disclosure.Cli.Output;
using Disclosure.Domain.Histories;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Review;
using Snapshooter;
using Snapshooter.Xunit3;

namespace Disclosure.Cli.Tests;

/// <summary>
/// Every command's own output and help in both languages: snapshots of each command's text in zh-CN and en, and the
/// Chinese help of every command without a Latin letter beyond option names, ids, values and file names.
/// </summary>
public sealed partial class CommandLanguageTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("cli-language-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<string> Languages => [.. Cli.Languages];

    /// <summary>
    /// Latin words the Chinese help may contain: values the options take (formats, channels, levels, defaults), ids and
    /// format names, JSON keys, argument names, file-format names. A word not here is an untranslated text.
    /// </summary>
    private static readonly HashSet<string> AllowedInChineseHelp = new(StringComparer.Ordinal)
    {
        // --format values and the languages
        "plain", "json", "table", "csv", "xlsx", "ics", "text", "md", "html", "docx", "mermaid", "zh-CN", "en",
        // --channel, --level, --encoding values and defaults
        "in-person", "registered-post", "post", "online", "fax", "city", "county", "utf-8", "gb18030", "disclosure-office-head",
        // ids and examples of ids
        "builtin:xuancheng-civil-affairs-2024", "social-assistance", "office", "wang.wu", "open-day",
        // file formats and their versions
        "JSON", "Schema", "Markdown", "HTML", "UTF-8", "GB18030", "request-history", "review-case-history", "formatVersion",
        "disclosure-request-register/1", "disclosure-proactive-register/1", "disclosure-appeal-register/1", "disclosure-annual-report/1",
        // JSON keys and pack sections named in the help
        "publications", "information", "activity", "date", "overview", "problems", "other", "workPlan", "extends", "remove", ":agency", "FROM:TO",
        // argument names, as the usage line shows them
        "DATE", "N", "FROM", "TO", "BASE", "OTHER", "NOTICE", "TABLE", "FILE",
        // the command itself, in examples (disclosure calendar import …), and the document that has the formats
        "disclosure", "README",
    };

    [GeneratedRegex(@"[A-Za-z]")]
    private static partial Regex Latin();

    /// <summary>Option names (<c>--as-of</c>, <c>-h</c>, <c>-?</c>), usage placeholders and <c>[默认值: …]</c> values.</summary>
    [GeneratedRegex(@"(?<![\w-])--?[A-Za-z?][\w-]*|<[^>\n]*>|\[默认值: [^\]\n]*\]")]
    private static partial Regex OptionsAndPlaceholders();

    /// <summary>File names and extensions: <c>notice-2027.txt</c>, <c>.pack.json</c>, <c>.xlsx</c>.</summary>
    [GeneratedRegex(@"[\w.-]*\.(json|txt|csv|xlsx|docx|ics)\b")]
    private static partial Regex FileNames();

    [GeneratedRegex(@"[\w:./-]*[A-Za-z][\w:./-]*")]
    private static partial Regex LatinWords();

    /// <summary>Every command path of the tree: <c>[]</c> for the root, <c>["workdays", "add"]</c> ….</summary>
    public static TheoryData<string> CommandPaths() => [.. Paths()];

    private static List<string> Paths()
    {
        var paths = new List<string>();
        void Walk(Command command, string path)
        {
            paths.Add(path);
            foreach (var sub in command.Subcommands)
            {
                Walk(sub, path.Length == 0 ? sub.Name : path + " " + sub.Name);
            }
        }

        Walk(Cli.Root(), string.Empty);
        return paths;
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public void Help_InChinese_HasNoLatinLetterButNamesAndValues(string path)
    {
        string[] command = path.Length == 0 ? [] : path.Split(' ');
        var (code, help, error) = CliRunner.Run([.. command, "--help", "--lang", "zh-CN"]);
        var english = CliRunner.Run([.. command, "--help", "--lang", "en"]).Output;

        Assert.Equal((0, string.Empty), (code, error));
        Assert.StartsWith("说明:\n", help, StringComparison.Ordinal);
        Assert.Contains("\n用法:\n", help, StringComparison.Ordinal);
        Assert.StartsWith("Description:\n", english, StringComparison.Ordinal);
        var names = Paths().Select(p => p.Split(' ')[^1]).ToHashSet(StringComparer.Ordinal);
        var lines = help.Split('\n');
        // The usage line starts with the executable's name (disclosure, or the test host in-process).
        var usage = Array.IndexOf(lines, "用法:") + 1;
        lines[usage] = Regex.Replace(lines[usage], @"^\s*\S+", string.Empty);
        var rest = FileNames().Replace(OptionsAndPlaceholders().Replace(string.Join('\n', lines), " "), " ");
        var untranslated = LatinWords().Matches(rest).Select(m => m.Value.TrimEnd('.'))
            .Where(w => !AllowedInChineseHelp.Contains(w) && !names.Contains(w))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(untranslated.Count == 0, $"English in the Chinese help of '{path}': {string.Join(", ", untranslated)}\n{help}");
        Assert.NotEqual(english, help);
    }

    [Fact]
    public void Help_InChinese_KeepsTheDescriptionsInLine()
    {
        // (必填) takes fewer cells than (REQUIRED): it is padded so the descriptions of required options line up.
        var lines = CliRunner.Run("due", "--help", "--lang", "zh-CN").Output.Split('\n');
        var asOf = lines.Single(l => l.Contains("--as-of", StringComparison.Ordinal));
        var log = lines.Single(l => l.Contains("--log", StringComparison.Ordinal));

        Assert.Contains("（必填）", asOf, StringComparison.Ordinal);
        Assert.Equal(Column(log), Column(asOf));

        static int Column(string line)
        {
            var gap = Regex.Match(line, @"\S\s{2,}(?=\S)");
            return TextTable.Width(line[..(gap.Index + gap.Length)]);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void ParseError_IsInTheRunsLanguage(string lang)
    {
        var (code, _, error) = CliRunner.Run("due", "--lang", lang);

        Assert.NotEqual(0, code);
        Assert.Contains(lang == "en" ? "Option '--as-of' is required." : "缺少必填选项 --as-of。", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ParserTexts_TheEnglishEntriesAreSystemCommandLinesOwn()
    {
        // The pattern a translation replaces is System.CommandLine's text: an upgrade that rewords one fails here.
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            Assert.All(ParserText.Keys, key => Assert.Equal(ParserText.Original(key), CliText.Get("Parser." + key)));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            Assert.All(ParserText.Keys, key => Assert.NotEqual(ParserText.Original(key), CliText.Get("Parser." + key)));
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void EnumNames_EveryValueShownHasBothLanguages()
    {
        static IEnumerable<string> Names<T>()
            where T : struct, Enum => Enum.GetValues<T>().Select(v => CliText.Name(typeof(T).Name, v));

        var saved = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var culture in new[] { "en", "zh-CN" })
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                string[] names =
                [
                    .. Names<RequestStatus>(), .. Names<OwedDeadlineKind>(), .. Names<OwedDeadlineState>(), .. Names<ReviewItemKind>(),
                    .. Names<ReviewItemStatus>(), .. Names<ReviewEventKind>(), .. Names<AgendaItemKind>(),
                    .. Enum.GetValues<OwedDeadlineKind>().Select(k => CliText.Get("OwedBy." + new OwedDeadline(k, default, default, null, null).OwedBy)),
                ];
                Assert.All(names, n => Assert.Equal(culture == "en", Latin().IsMatch(n)));
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void CliTexts_ChineseEntries_HaveNoPlaceholderTheEnglishLacks_AndEnglishNoneTheChineseDrops()
    {
        static Dictionary<string, string> Entries(string culture) =>
            new ResourceManager("Disclosure.Cli.Output.CliTexts", typeof(CliText).Assembly).GetResourceSet(CultureInfo.GetCultureInfo(culture), true, tryParents: false)!
                .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
        static string[] Placeholders(string text) => [.. Regex.Matches(text, @"\{(\d+)(,-?\d+)?\}").Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];

        var english = Entries(string.Empty);
        var chinese = Entries("zh-Hans");

        // Due.Late is the one entry whose Chinese (迟交) leaves out a value the English shows (the status name).
        Assert.All(english.Where(e => e.Key != "Due.Late"), e => Assert.Equal(Placeholders(e.Value), Placeholders(chinese[e.Key])));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Workdays_MatchesSnapshot(string lang)
    {
        var text = Runs(
            lang,
            ["workdays", "add", "2025-09-25", "20"],
            ["workdays", "add", "2026-12-20", "20", "--provisional"],
            ["workdays", "count", "2025-09-25", "2025-10-29"],
            ["workdays", "add", "2025-09-31", "20"],
            ["workdays", "add", "2025-09-25", "twenty"],
            ["workdays", "add", "2026-12-10", "20"]);

        Snapshot.Match(text, SnapshotNameExtension.Create(lang));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void RequestDeadline_Summary_MatchesSnapshot(string lang)
    {
        var text = Runs(
            lang,
            ["request", "deadline", "--received", "2025-09-25", "--consultation", "2025-09-29:2025-10-10", "--as-of", "2025-10-20"],
            ["request", "deadline", "--received", "2025-09-25", "--extension", "10", "--extension-approved", "2025-10-20", "--as-of", "2025-11-03"],
            ["request", "deadline", "--received", "2025-09-25", "--channel", "online", "--confirmed", "2025-09-26", "--answered", "2025-11-20", "--as-of", "2025-11-20"],
            ["request", "deadline", "--received", "2025-09-25", "--as-of", "2025-09-01"]);

        Snapshot.Match(text, SnapshotNameExtension.Create(lang));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Tables_UnitsWorkplanCalendarAgenda_MatchSnapshot(string lang)
    {
        var text = Runs(
            lang,
            ["units"],
            ["workplan", "--unit", "儿童福利科"],
            ["calendar", "--from", "2024-09-28", "--to", "2024-10-08"],
            ["agenda", "--unit", "office", "--from", "2025-01-01", "--to", "2025-01-31", "--as-of", "2025-01-02"],
            ["agenda", "--unit", "nobody", "--from", "2025-01-01", "--to", "2025-01-31"]);

        Snapshot.Match(text, SnapshotNameExtension.Create(lang));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void FilesCommands_PackCalendarImportLogReviewReport_MatchSnapshot(string lang)
    {
        var log = Path.Combine(folder, "old.json");
        File.WriteAllText(log, """{"publications":[{"column":"rural-revitalization","on":"2024-05-06"}],"information":[]}""");
        var badLog = Path.Combine(folder, "bad.json");
        File.WriteAllText(badLog, "{\"publications\":[{\"column\":\"rural-revitalization\",\"on\":\"2024-13-06\"}]}");
        var review = Path.Combine(folder, "case.json");
        File.WriteAllBytes(review, ReviewCaseHistory.Of(HistoryCommandsTests.Case()).ToUtf8Json());
        var samples = Path.Combine(AppContext.BaseDirectory, "AnnualReport");
        var report = Path.Combine(folder, "report.json");
        File.WriteAllText(report, CliRunner.Run(
            "report", "annual", "--year", "2025", "--requests", Path.Combine(samples, "requests.json"), "--proactive", Path.Combine(samples, "proactive.json"),
            "--appeals", Path.Combine(samples, "appeals.json"), "--prose", Path.Combine(samples, "prose.json"), "--format", "json").Output);

        var text = Runs(
            lang,
            ["pack", "validate", "builtin:xuancheng-civil-affairs-2024"],
            ["pack", "validate", "builtin:nowhere"],
            ["pack", "export", "--out", Path.Combine(folder, "city.pack.json")],
            ["calendar", "import", Path.Combine(AppContext.BaseDirectory, "Notices", "holiday-notice-2025.txt"), "--out", Path.Combine(folder, "2025.json")],
            ["log", "convert", log, "--out", Path.Combine(folder, "new.json")],
            ["due", "--as-of", "2024-07-01", "--log", badLog],
            ["review", "replay", "--history", review],
            ["report", "check", report],
            ["due", "--as-of", "2024-07-01", "--log", folder]);

        Snapshot.Match(
            text.Replace(folder, "<folder>", StringComparison.Ordinal).Replace(AppContext.BaseDirectory, "<tests>/", StringComparison.Ordinal),
            SnapshotNameExtension.Create(lang));
    }

    [Theory]
    [InlineData("en", "#   rule  ", "codes  ", "description")]
    [InlineData("zh-CN", "#   规则  ", "违规编码  ", "说明")]
    public void Policy_TableHeaders_AreInTheRunsLanguage(string lang, string rule, string codes, string description)
    {
        // The rules' descriptions are the library's text (localised there); the table around them is the CLI's.
        var (code, output, _) = CliRunner.Run("policy", "--lang", lang);
        var header = output.Split('\n')[1];

        Assert.Equal(0, code);
        Assert.StartsWith(rule, header, StringComparison.Ordinal);
        Assert.Contains(codes, header, StringComparison.Ordinal);
        Assert.EndsWith(description, header, StringComparison.Ordinal);
    }

    /// <summary>Each run as the command line, its exit code, standard output and standard error.</summary>
    private static string Runs(string lang, params string[][] runs)
    {
        var text = new StringBuilder();
        foreach (var args in runs)
        {
            var (code, output, error) = CliRunner.Run([.. args, "--lang", lang]);
            text.Append(CultureInfo.InvariantCulture, $"$ disclosure {string.Join(' ', args)}  → {code}\n{output}");
            if (error.Length > 0)
            {
                text.Append("stderr:\n").Append(error);
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
