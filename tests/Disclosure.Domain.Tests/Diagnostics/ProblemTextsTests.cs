using System.Collections;
using System.Globalization;
using System.Resources;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Review;

namespace Disclosure.Domain.Tests.Diagnostics;

/// <summary>Every problem code has a title and a description in English and in Chinese, from the resources.</summary>
public sealed class ProblemTextsTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static IEnumerable<ProblemCode> AllCodes => ProblemCodeTests.Tables.SelectMany(t => t.Codes);

    /// <summary>The entries of one resource file alone (no fallback to the neutral language).</summary>
    private static Dictionary<string, string> Entries(string baseName, CultureInfo culture)
    {
        var manager = new ResourceManager(baseName, typeof(ProblemCode).Assembly);
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"no {culture.Name} resources for {baseName}");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    private static bool HasChinese(string text) => text.Any(c => c is >= '\u4E00' and <= '\u9FFF');

    [Theory]
    [InlineData("")]
    [InlineData("zh-Hans")]
    public void Resources_EveryCodeHasATitleAndADescription_AndNoEntryNamesAMissingCode(string culture)
    {
        var entries = Entries("Disclosure.Domain.Diagnostics.ProblemTexts", CultureInfo.GetCultureInfo(culture));
        var expected = AllCodes.SelectMany(c => new[] { c.Id + ".Title", c.Id + ".Description" }).ToHashSet(StringComparer.Ordinal);

        var missing = expected.Where(k => !entries.TryGetValue(k, out var v) || string.IsNullOrWhiteSpace(v)).ToList();
        var stale = entries.Keys.Where(k => !expected.Contains(k)).ToList();
        Assert.True(missing.Count == 0, $"ProblemTexts{(culture.Length > 0 ? "." + culture : string.Empty)}.resx lacks: {string.Join(", ", missing)}");
        Assert.True(stale.Count == 0, $"ProblemTexts{(culture.Length > 0 ? "." + culture : string.Empty)}.resx has entries for no code: {string.Join(", ", stale)}");
    }

    [Fact]
    public void GetTitleAndDescription_EveryCodeInChinese_IsChineseAndDiffersFromTheEnglish()
    {
        Assert.All(AllCodes, c =>
        {
            Assert.True(HasChinese(c.GetTitle(Chinese)), $"{c.Id}: {c.GetTitle(Chinese)}");
            Assert.True(HasChinese(c.GetDescription(Chinese)), $"{c.Id}: {c.GetDescription(Chinese)}");
            Assert.NotEqual(c.GetTitle(English), c.GetTitle(Chinese));
            Assert.NotEqual(c.GetDescription(English), c.GetDescription(Chinese));
        });
    }

    [Fact]
    public void GetDescription_EveryCodeInEnglish_IsTheCodesOwnDescription()
    {
        Assert.All(AllCodes, c => Assert.Equal(c.Description, c.GetDescription(English)));
    }

    [Fact]
    public void GetTitle_ExamplesInBothLanguages()
    {
        Assert.Equal("文件过大", DataProblemCodes.FileTooLarge.GetTitle(Chinese));
        Assert.Equal("File too large", DataProblemCodes.FileTooLarge.GetTitle(English));
        Assert.Equal("延期过长", RequestViolationCodes.ExtensionTooLong.GetTitle(CultureInfo.GetCultureInfo("zh-Hans")));
        Assert.Equal("Extension too long", RequestViolationCodes.ExtensionTooLong.GetTitle(CultureInfo.GetCultureInfo("fr-FR")));
        // The stable id and title never change with the language.
        Assert.Equal(("RP0001", "file-too-large"), (DataProblemCodes.FileTooLarge.Id, DataProblemCodes.FileTooLarge.Title));
    }

    [Fact]
    public void GetTitle_WithoutCulture_FollowsTheCurrentUICulture()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Chinese;
            Assert.Equal("同一人两级审核", ReviewViolationCodes.SamePersonTwoLevels.GetTitle());
            CultureInfo.CurrentUICulture = English;
            Assert.Equal("Same person at two levels", ReviewViolationCodes.SamePersonTwoLevels.GetTitle());
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void ObligationStatusNames_EveryStatusInBothLanguages()
    {
        var statuses = Enum.GetValues<ObligationStatus>();

        Assert.Equal(["已完成", "待办", "临期", "逾期"], statuses.Select(s => ObligationStatusNames.GetName(s, Chinese)));
        Assert.Equal(["satisfied", "due", "at risk", "overdue"], statuses.Select(s => ObligationStatusNames.GetName(s, English)));
        Assert.Equal(("迟交", "late"), (ObligationStatusNames.GetLateName(Chinese), ObligationStatusNames.GetLateName(English)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ObligationStatusNames.GetName((ObligationStatus)9, English));
    }
}
