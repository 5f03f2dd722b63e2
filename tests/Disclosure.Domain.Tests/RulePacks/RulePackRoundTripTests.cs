using Disclosure.Domain.RulePacks;

namespace Disclosure.Domain.Tests.RulePacks;

public sealed class RulePackRoundTripTests
{
    [Fact]
    public void ToUtf8Json_EmbeddedXuanchengPack_ReproducesTheFileByteForByte()
    {
        var file = File.ReadAllBytes(PackFiles.XuanchengPack);
        var exported = RulePack.Load(file, "xuancheng.pack.json", null).ToUtf8Json();
        if (!file.AsSpan().SequenceEqual(exported))
        {
            File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "xuancheng-export.pack.json"), exported);
        }

        Assert.Equal(System.Text.Encoding.UTF8.GetString(file), System.Text.Encoding.UTF8.GetString(exported));
        Assert.True(file.AsSpan().SequenceEqual(exported));
    }

    [Fact]
    public void ToUtf8Json_ExportedPack_ReloadsToTheSameExport()
    {
        var once = RulePack.XuanchengCivilAffairs2024.ToUtf8Json();
        var twice = RulePack.Load(once, "again", null).ToUtf8Json();
        Assert.Equal(once, twice);
    }

    [Fact]
    public void ToJson_ChineseText_IsWrittenUnescaped()
    {
        var json = RulePack.XuanchengCivilAffairs2024.ToJson();
        Assert.Contains("\"bureau\": \"宣城市民政局\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
    }
}
