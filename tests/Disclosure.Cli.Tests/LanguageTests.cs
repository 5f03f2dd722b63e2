using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Disclosure.Cli.Output;
using Snapshooter.Xunit3;

namespace Disclosure.Cli.Tests;

/// <summary>The CLI speaks the user's language: Chinese for a Chinese UI culture or <c>--lang zh-CN</c>, English otherwise.</summary>
public sealed partial class LanguageTests
{
    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex Latin();

    [Fact]
    public void Due_TableInChinese_MatchesSnapshot_AndHasNoWordOfEnglish()
    {
        var (code, output, error) = CliRunner.Run("due", "--as-of", "2024-07-01", "--lang", "zh-CN");

        Assert.Equal((0, string.Empty), (code, error));
        Assert.EndsWith("宣城市民政局 2024年7月1日（自2024年1月1日起统计）：共28项，逾期16项，待办12项，已完成0项。\n", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(Latin(), output);
        Snapshot.Match(output);
    }

    [Fact]
    public void Due_TableInEnglish_IsTheEnglishReport()
    {
        var (code, output, _) = CliRunner.Run("due", "--as-of", "2024-07-01", "--lang", "en");

        Assert.Equal(0, code);
        Assert.StartsWith("row  column", output, StringComparison.Ordinal);
        Assert.EndsWith("宣城市民政局 on 2024-07-01 (tracking from 2024-01-01): 28 obligations, 16 overdue, 12 due, 0 satisfied.\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_TableInChinese_MatchesSnapshot()
    {
        var (code, output, _) = CliRunner.Run("calendar", "--from", "2024-09-28", "--to", "2024-10-08", "--lang", "zh-CN");

        Assert.Equal(0, code);
        Assert.Contains("2024-09-29  星期日  调休上班", output, StringComparison.Ordinal);
        Snapshot.Match(output);
    }

    [Fact]
    public void Catalog_TableInChinese_MatchesSnapshot()
    {
        var (code, output, _) = CliRunner.Run("catalog", "--lang", "zh-CN");

        Assert.Equal(0, code);
        Assert.StartsWith("宣城市民政局，2024年1月1日起施行，共", output, StringComparison.Ordinal);
        Snapshot.Match(output);
    }

    [Fact]
    public void Agenda_TableInChinese_MatchesSnapshot()
    {
        var (code, output, _) = CliRunner.Run("agenda", "--unit", "社会救助科", "--from", "2024-07-01", "--to", "2024-09-30", "--as-of", "2024-07-01", "--lang", "zh-CN");

        Assert.Equal(0, code);
        Assert.StartsWith("应完成日期", output, StringComparison.Ordinal);
        Snapshot.Match(output);
    }

    [Fact]
    public void Json_IsTheSameInBothLanguages()
    {
        Assert.Equal(CliRunner.Run("due", "--as-of", "2024-07-01", "--format", "json", "--lang", "en").Output, CliRunner.Run("due", "--as-of", "2024-07-01", "--format", "json", "--lang", "zh-CN").Output);
    }

    [Fact]
    public void Run_OnAChineseMachine_SpeaksChineseByDefault_AndRestoresTheCulture()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            // The culture of this process: only an in-process run sees it (a child process reads LANG).
            var (_, output, _) = CliRunner.RunInProcess("due", "--as-of", "2024-07-01");
            Assert.StartsWith("序号", output, StringComparison.Ordinal);
            Assert.Equal("zh-CN", CultureInfo.CurrentUICulture.Name);

            var english = CliRunner.RunInProcess("due", "--as-of", "2024-07-01", "--lang", "en").Output;
            Assert.StartsWith("row", english, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Theory]
    [InlineData("zh-CN", new string[0], "zh-CN")]
    [InlineData("zh-Hans", new string[0], "zh-CN")]
    [InlineData("zh-TW", new string[0], "zh-CN")]
    [InlineData("en-US", new string[0], "en")]
    [InlineData("", new string[0], "en")]
    [InlineData("en-US", new[] { "due", "--lang", "zh-CN" }, "zh-CN")]
    [InlineData("zh-CN", new[] { "due", "--lang=en" }, "en")]
    public void Language_FromLangOrTheUICulture(string uiCulture, string[] args, string expected)
    {
        Assert.Equal(expected, Cli.Language(args, CultureInfo.GetCultureInfo(uiCulture)).Name);
    }

    [Fact]
    public void Lang_Unknown_IsRefused()
    {
        var (code, _, error) = CliRunner.Run("due", "--as-of", "2024-07-01", "--lang", "fr");

        Assert.NotEqual(0, code);
        Assert.Contains("fr", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-06", "2024年6月")]
    [InlineData("2024-12", "2024年12月")]
    [InlineData("2024-Q2", "2024年第二季度")]
    [InlineData("2024-H1", "2024年上半年")]
    [InlineData("2024-H2", "2024年下半年")]
    [InlineData("2023", "2023年")]
    [InlineData("2024-13", "2024-13")]
    [InlineData("retired-column@2024-03-01", "retired-column@2024-03-01")]
    public void Period_InChinese_IsHowPeopleSayIt(string key, string expected)
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            Assert.Equal(expected, CliText.Period(key));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal(key, CliText.Period(key));
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void CliTexts_EveryKeyHasBothLanguages()
    {
        static Dictionary<string, string> Entries(string culture)
        {
            var manager = new ResourceManager("Disclosure.Cli.Output.CliTexts", typeof(CliText).Assembly);
            return manager.GetResourceSet(CultureInfo.GetCultureInfo(culture), true, tryParents: false)!.Cast<DictionaryEntry>()
                .ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
        }

        var english = Entries(string.Empty);
        var chinese = Entries("zh-Hans");

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), chinese.Keys.Order(StringComparer.Ordinal));
        Assert.All(english, e => Assert.False(string.IsNullOrWhiteSpace(e.Value), e.Key));
        Assert.All(chinese, e => Assert.False(string.IsNullOrWhiteSpace(e.Value), e.Key));
        // Chinese uses only placeholders the English has (迟交 needs none of "{0} (late)"), so a format never throws in one language only.
        Assert.All(english, e => Assert.Empty(Regex.Matches(chinese[e.Key], @"\{\d\}").Select(m => m.Value).Except(Regex.Matches(e.Value, @"\{\d\}").Select(m => m.Value))));
    }
}
