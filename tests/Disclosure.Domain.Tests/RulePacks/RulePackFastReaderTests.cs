#if NET10_0_OR_GREATER
using System.Text;
using System.Text.Json;
using CsCheck;
using Disclosure.Domain.RulePacks;

namespace Disclosure.Domain.Tests.RulePacks;

/// <summary>
/// (.NET 10 only, like the fast path.) The strict reader (duplicates refused, catalog nodes read by <c>CatalogNodeFastReader</c>) is the loader's fast
/// path: whatever it accepts it must read exactly as the careful, metadata-driven reader does, and it must refuse
/// every duplicate property so that the careful path can report it.
/// </summary>
public sealed class RulePackFastReaderTests
{
    private static readonly (string Name, string[] Values)[] Properties =
    [
        ("id", ["\"a-1\"", "null", "7", "\"\\u0061-2\""]),
        ("name", ["\"部门文件\"", "null", "true", "\"\\u90e8门\""]),
        ("englishName", ["\"Documents\"", "null", "[]"]),
        ("parent", ["\"policy\"", "null", "{}"]),
        ("seedRow", ["1", "100000", "null", "\"1\"", "1.5", "2147483648", "-3"]),
        ("frequency", ["\"及时更新\"", "null", "1"]),
        ("responsible", ["\"办公室\"", "null"]),
        ("note", ["\"规划化\"", "null", "false"]),
        ("colour", ["\"red\"", "{\"a\": 1}"]),
        ("n\\u0061me", ["\"escaped name\""]),
    ];

    [Fact]
    public void StrictReader_ReadsWhatItAcceptsAsTheCarefulReaderDoes_AndRefusesDuplicates()
    {
        var member = Gen.Select(Gen.Int[0, Properties.Length - 1], Gen.Int[0, 6])
            .Select((p, v) => (Properties[p].Name, Properties[p].Values[v % Properties[p].Values.Length]));
        var accepted = 0;
        var refused = 0;
        member.Array[0, 9].Sample(members =>
        {
            var node = "{" + string.Join(", ", members.Select(m => $"\"{m.Name}\": {m.Item2}")) + "}";
            var json = Encoding.UTF8.GetBytes("{\"formatVersion\": 1, \"catalog\": [" + node + "]}");
            var careful = TryRead(json, RulePackJsonContext.Default);
            var fast = TryRead(json, RulePackJsonContext.Strict(RulePackLimits.Default.MaxDepth));
            var names = members.Select(m => m.Name == "n\\u0061me" ? "name" : m.Name).ToList();
            if (names.Count != names.Distinct(StringComparer.Ordinal).Count())
            {
                Assert.Null(fast);
            }

            if (fast is null)
            {
                refused++;
                return;
            }

            accepted++;
            Assert.NotNull(careful);
            Assert.Equal(Export(careful), Export(fast));
        });

        Assert.True(accepted > 0 && refused > 0, $"accepted {accepted}, refused {refused}");
    }

    [Fact]
    public void StrictReader_EveryPackInTheRepository_ReadsAsTheCarefulReaderDoes()
    {
        foreach (var file in PackFiles.All())
        {
            var json = File.ReadAllBytes(file);
            var fast = TryRead(json, RulePackJsonContext.Strict(RulePackLimits.Default.MaxDepth));
            Assert.True(fast is not null, $"{file} takes the careful path");
            Assert.Equal(Export(TryRead(json, RulePackJsonContext.Default)!), Export(fast));
        }
    }

    private static PackDocument? TryRead(byte[] json, RulePackJsonContext context)
    {
        try
        {
            return JsonSerializer.Deserialize(json, context.PackDocument);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Export(PackDocument document) => JsonSerializer.Serialize(document, RulePackJsonContext.Export.PackDocument);
}
#endif
