using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using Disclosure.Domain.Calendars;

namespace Disclosure.Domain.Tests;

/// <summary>Keeps the library's conventions: immutable public types, folder = namespace, nothing public that should not be.</summary>
public class ConventionTests
{
    private static readonly string[] Areas = ["Diagnostics", "Calendars", "Catalog", "Scheduling", "Responsibilities", "Review", "Requests", "Reports", "Histories", "RulePacks"];

    private static readonly Type[] PublicTypes = typeof(WorkingDayCalendar).Assembly.GetExportedTypes();

    public static TheoryData<string> Types() => [.. PublicTypes.Select(t => t.FullName!)];

    [Fact]
    public void PublicTypes_Exist()
    {
        Assert.NotEmpty(PublicTypes);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void PublicType_LivesInAFeatureNamespace(string name)
    {
        var type = Find(name);
        var area = type.Namespace!.Split('.');

        Assert.Equal("Disclosure.Domain", $"{area[0]}.{area[1]}");
        Assert.Contains(area[2], Areas);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void PublicClass_IsSealedStaticOrAbstract(string name)
    {
        var type = Find(name);
        if (type.IsClass && !typeof(Delegate).IsAssignableFrom(type))
        {
            Assert.True(type.IsSealed || type.IsAbstract, $"{name} should be sealed (or static/abstract).");
        }
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void PublicType_HasNoPublicSetters_UnlessABuilderOrOptions(string name)
    {
        var type = Find(name);
        if (type.Name.EndsWith("Builder", StringComparison.Ordinal) || type.Name.EndsWith("Options", StringComparison.Ordinal))
        {
            return;
        }

        var setters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => p.Name);

        Assert.Empty(setters);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void PublicStruct_IsReadOnly(string name)
    {
        var type = Find(name);
        if (type.IsValueType && !type.IsEnum)
        {
            Assert.True(type.IsDefined(typeof(IsReadOnlyAttribute)), $"{name} should be a readonly struct.");
        }
    }

    [Fact]
    public void JsonSerializerContexts_AreInternal()
    {
        Assert.DoesNotContain(PublicTypes, t => typeof(JsonSerializerContext).IsAssignableFrom(t));
    }

    private static Type Find(string name) => PublicTypes.Single(t => t.FullName == name);

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
