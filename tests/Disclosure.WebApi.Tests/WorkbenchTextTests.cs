using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace Disclosure.WebApi.Tests;

public sealed partial class WorkbenchTextTests
{
    [Fact]
    public void Resources_EveryKey_HasEnglishAndChineseWithTheSamePlaceholders()
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var chinese = Entries(CultureInfo.GetCultureInfo("zh-Hans"));

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(), chinese.Keys.Order());
        foreach (var (key, text) in english)
        {
            Assert.Equal(Placeholders(text), Placeholders(chinese[key]));
            Assert.NotEqual(text, chinese[key]);
        }
    }

    [Fact]
    public void Get_ChineseAndEnglishCultures_ReadTheirOwnText()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            Assert.Equal("没有此审核案件", WorkbenchText.Get("Review.NoCase.Title"));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal("No such case", WorkbenchText.Get("Review.NoCase.Title"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static Dictionary<string, string> Entries(CultureInfo culture) =>
        WorkbenchText.Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    private static List<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order()];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
