using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Tests.Diagnostics;

/// <summary>
/// The localisation mechanism: every resource file of the library has both languages with the same placeholders, and a
/// <see cref="LocalizedText"/> renders its arguments (dates, lists, nested texts) in the language asked for.
/// </summary>
public sealed partial class LocalizedTextTests
{
    internal static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    internal static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static readonly ResourceManager Common = new("Disclosure.Domain.Diagnostics.CommonTexts", typeof(ProblemCode).Assembly);

    /// <summary>Every resource base name of the library (each <c>.resx</c> without a culture).</summary>
    public static TheoryData<string> BaseNames() =>
        [.. typeof(ProblemCode).Assembly.GetManifestResourceNames().Where(n => n.EndsWith(".resources", StringComparison.Ordinal)).Select(n => n[..^".resources".Length]).Order(StringComparer.Ordinal)];

    /// <summary>The entries of one resource file alone (no fallback to the neutral language).</summary>
    internal static Dictionary<string, string> Entries(string baseName, CultureInfo culture)
    {
        var manager = new ResourceManager(baseName, typeof(ProblemCode).Assembly);
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"no {(culture.Name.Length == 0 ? "neutral" : culture.Name)} resources for {baseName}");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    /// <summary>The placeholders of a composite format string: <c>{0}</c>, <c>{1,-5}</c> … (doubled braces are literals).</summary>
    internal static SortedSet<int> Placeholders(string format) =>
        [.. PlaceholderPattern().Matches(format.Replace("{{", string.Empty, StringComparison.Ordinal).Replace("}}", string.Empty, StringComparison.Ordinal)).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    [Fact]
    public void BaseNames_IncludeTheSharedTexts()
    {
        Assert.Contains("Disclosure.Domain.Diagnostics.CommonTexts", BaseNames().Select(r => r.Data));
        Assert.Contains("Disclosure.Domain.Diagnostics.ProblemTexts", BaseNames().Select(r => r.Data));
    }

    [Theory]
    [MemberData(nameof(BaseNames))]
    public void Resources_EveryEntryHasBothLanguages_WithTheSamePlaceholders(string baseName)
    {
        var english = Entries(baseName, CultureInfo.InvariantCulture);
        var chinese = Entries(baseName, CultureInfo.GetCultureInfo("zh-Hans"));

        Assert.True(english.Keys.Except(chinese.Keys).ToList() is [], $"{baseName}.zh-Hans.resx lacks: {string.Join(", ", english.Keys.Except(chinese.Keys))}");
        Assert.True(chinese.Keys.Except(english.Keys).ToList() is [], $"{baseName}.resx (English) lacks: {string.Join(", ", chinese.Keys.Except(english.Keys))}");
        Assert.All(english, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Value), $"{baseName}: {e.Key} is empty in English");
            Assert.False(string.IsNullOrWhiteSpace(chinese[e.Key]), $"{baseName}: {e.Key} is empty in Chinese");
            Assert.True(Placeholders(e.Value).SetEquals(Placeholders(chinese[e.Key])), $"{baseName}: {e.Key} has placeholders {{{string.Join(",", Placeholders(e.Value))}}} in English but {{{string.Join(",", Placeholders(chinese[e.Key]))}}} in Chinese");
            // A format string must format (an unbalanced brace would throw only when the message is first shown).
            var args = Enumerable.Range(0, 10).Select(i => (object)i).ToArray();
            _ = string.Format(CultureInfo.InvariantCulture, e.Value, args);
            _ = string.Format(CultureInfo.InvariantCulture, chinese[e.Key], args);
        });
    }

    [Fact]
    public void Placeholders_IgnoreDoubledBraces()
    {
        Assert.Equal([0, 2], Placeholders("{0} {{1}} {2,-5} {0:N0}"));
    }

    [Fact]
    public void Format_RendersDatesListsAndNestedTextsInTheLanguageAsked()
    {
        var inner = new LocalizedText(Common, "Severity.Warning");
        var list = LocalizedText.List<object>([new LocalDate(2024, 7, 1), inner, "social-assistance"]);
        var text = new LocalizedText(Common, "Problems.Summary.Other", list, 12345);

        Assert.Equal("2024-07-01, warning, social-assistance (12345 errors):", text.Format(English));
        Assert.Equal("2024年7月1日、警告、social-assistance（12345 个错误）：", text.Format(Chinese));
        Assert.Equal("2024年7月1日、警告、social-assistance（12345 个错误）：", text.Format(CultureInfo.GetCultureInfo("zh-Hans")));
        Assert.Equal(text.Format(English), text.Format(CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal(text.Format(English), text.ToString());
    }

    [Fact]
    public void Format_WithoutCulture_FollowsTheCurrentUICulture()
    {
        var text = new LocalizedText(Common, "Severity.Error");
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Chinese;
            Assert.Equal("错误", text.Format(null));
            CultureInfo.CurrentUICulture = English;
            Assert.Equal("error", text.Format(null));
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void FormatDate_ChineseInSentences_IsoOtherwise()
    {
        Assert.Equal("2024年10月8日", LocalizedText.FormatDate(new LocalDate(2024, 10, 8), Chinese));
        Assert.Equal("2024-10-08", LocalizedText.FormatDate(new LocalDate(2024, 10, 8), English));
    }

    [Fact]
    public void Format_MissingEntry_Throws()
    {
        var text = new LocalizedText(Common, "No.Such.Entry");
        Assert.Throws<MissingManifestResourceException>(() => text.Format(English));
    }

    [Fact]
    public void Equality_IsByKeyAndArguments()
    {
        var a = new LocalizedText(Common, "Problems.Summary.Other", LocalizedText.List(["x", "y"]), 2);
        var b = new LocalizedText(Common, "Problems.Summary.Other", LocalizedText.List(["x", "y"]), 2);
        var c = new LocalizedText(Common, "Problems.Summary.Other", LocalizedText.List(["x", "z"]), 2);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Problem_GetMessage_IsLocalised_AndMessageStaysEnglish()
    {
        var located = Problem.Error(DataProblemCodes.InvalidValue, new ProblemLocation("review", field: "x"), new LocalizedText(Common, "Severity.Warning"));
        var plain = Problem.Error(DataProblemCodes.InvalidValue, new ProblemLocation("review", field: "x"), "plain text");

        Assert.Equal(("warning", "warning", "警告"), (located.Message, located.GetMessage(English), located.GetMessage(Chinese)));
        Assert.Equal("RP0111 error: warning (at review.x)", located.ToString());
        Assert.Equal("plain text", plain.GetMessage(Chinese));
        Assert.Equal(located, located with { });
        Assert.NotEqual(located, plain with { Message = "warning" });
    }

    [GeneratedRegex(@"\{(\d+)(?:,-?\d+)?(?::[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
