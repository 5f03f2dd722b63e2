using System.Reflection;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.RulePacks;

namespace Disclosure.Domain.Tests.Responsibilities;

public class ResponsibilitiesConventionTests
{
    private static readonly Type[] PublicTypes = typeof(OrgChart).Assembly.GetExportedTypes()
        .Where(t => t.Namespace == "Disclosure.Domain.Responsibilities")
        .ToArray();

    [Fact]
    public void PublicTypes_AreSealedStaticEnumsInterfacesOrValueTypes()
    {
        Assert.All(PublicTypes, t => Assert.True(
            t.IsSealed || t.IsEnum || t.IsInterface || t.IsValueType || (t.IsAbstract && t.IsSealed),
            $"{t.Name} should be sealed."));
    }

    [Fact]
    public void PublicTypes_HaveNoPublicSetters()
    {
        var setters = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        Assert.Empty(setters);
    }

    [Fact]
    public void ClosedSets_ListEveryStaticInstance()
    {
        Assert.Equal(3, UnitKind.All.Length);
        Assert.Equal(2, ObligationPeriod.All.Length);
        Assert.Equal(2, GovernmentLevel.All.Length);
        Assert.True(UnitKind.TryParse("affiliated-agency", out var kind));
        Assert.Same(UnitKind.AffiliatedAgency, kind);
        Assert.False(UnitKind.TryParse("department", out _));
        Assert.True(ObligationPeriod.TryParse("quarter", out var period));
        Assert.Same(ObligationPeriod.Quarter, period);
        Assert.True(GovernmentLevel.TryParse("county", out var level));
        Assert.Same(GovernmentLevel.County, level);
    }

    [Fact]
    public void ResponsibleParty_Equality_IsByValue()
    {
        var a = new ResponsibleParty("各科室", Responsibility.AllSections);
        var b = new ResponsibleParty("各科室", Responsibility.AllSections);
        var c = new ResponsibleParty("各科室", Responsibility.AllSections, PartySource.WorkPointText);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Violation_Equality_IsByValue()
    {
        var a = RulePack.XuanchengCivilAffairs2024.OrgChart.Resolve(Responsibility.DraftingSection).Violation;
        var b = RulePack.XuanchengCivilAffairs2024.OrgChart.Resolve(Responsibility.DraftingSection).Violation;

        Assert.NotNull(a);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b!.GetHashCode());
        Assert.NotEqual(a, RulePack.XuanchengCivilAffairs2024.OrgChart.Resolve(Responsibility.EventHost).Violation);
        Assert.StartsWith("missing-drafter: ", a.ToString(), StringComparison.Ordinal);
    }
}
