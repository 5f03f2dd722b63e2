using System.Globalization;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.RulePacks;
using Disclosure.Domain.Scheduling;
using Disclosure.Domain.Tests.Diagnostics;

namespace Disclosure.Domain.Tests.Responsibilities;

/// <summary>Responsibility violations, org-chart and obligation problems and agenda descriptions in Chinese and in English.</summary>
public sealed class ResponsibilityTextsTests
{
    private static readonly CultureInfo Chinese = LocalizedTextTests.Chinese;
    private static readonly CultureInfo English = LocalizedTextTests.English;

    private static readonly OrgChart Empty = new([new Unit(UnitId.Parse("office"), "办公室", "Office", UnitKind.Office)]);
    private static readonly OrgChart AgencyOnly = new([new Unit(UnitId.Parse("station"), "救助站", "Station", UnitKind.AffiliatedAgency)]);

    /// <summary>Every code, with a resolution that produces it.</summary>
    public static TheoryData<string, string> Failures() => new()
    {
        { ResponsibilityViolationCodes.MissingDrafter.Id, nameof(Responsibility.DraftingSection) },
        { ResponsibilityViolationCodes.MissingPowerExercisingUnits.Id, nameof(Responsibility.PowerExercisingSections) },
        { ResponsibilityViolationCodes.MissingHost.Id, nameof(Responsibility.EventHost) },
        { ResponsibilityViolationCodes.MissingHandler.Id, nameof(Responsibility.CaseHandler) },
        { ResponsibilityViolationCodes.MissingPublisher.Id, nameof(Responsibility.Publisher) },
        { ResponsibilityViolationCodes.NoCompetentSection.Id, nameof(Responsibility.RelevantSections) },
        { ResponsibilityViolationCodes.NoAffiliatedAgency.Id, nameof(Responsibility.AffiliatedAgencies) },
        { ResponsibilityViolationCodes.NoSection.Id, nameof(Responsibility.AllSections) },
        { ResponsibilityViolationCodes.UnknownUnit.Id, nameof(Responsibility.Of) },
    };

    private static Responsibility Form(string name) => name switch
    {
        nameof(Responsibility.DraftingSection) => Responsibility.DraftingSection,
        nameof(Responsibility.PowerExercisingSections) => Responsibility.PowerExercisingSections,
        nameof(Responsibility.EventHost) => Responsibility.EventHost,
        nameof(Responsibility.CaseHandler) => Responsibility.CaseHandler,
        nameof(Responsibility.Publisher) => Responsibility.Publisher,
        nameof(Responsibility.RelevantSections) => Responsibility.RelevantSections("livelihood"),
        nameof(Responsibility.AffiliatedAgencies) => Responsibility.AffiliatedAgencies,
        nameof(Responsibility.AllSections) => Responsibility.AllSections,
        _ => Responsibility.Of(UnitId.Parse("nowhere")),
    };

    [Fact]
    public void Failures_CoverEveryCode() =>
        Assert.Equal(ResponsibilityViolationCodes.All.Select(c => c.Id).Order(), Failures().Select(r => (string)r.Data.Item1).Order());

    [Theory]
    [MemberData(nameof(Failures))]
    public void Resolve_EveryFailure_MessageInBothLanguages(string code, string form)
    {
        // The office-only chart has no agency and no unit for any topic; the agency-only chart has no section.
        var violation = (form == nameof(Responsibility.AllSections) ? AgencyOnly : Empty).Resolve(Form(form)).Violation;

        Assert.NotNull(violation);
        Assert.Equal(code, violation.Code.Id);
        var chinese = violation.GetMessage(Chinese);
        Assert.Equal(violation.Message, violation.GetMessage(English));
        Assert.DoesNotContain('{', chinese);
        var withoutIds = new[] { "livelihood", "nowhere", "office" }.Aggregate(chinese, (t, id) => t.Replace(id, string.Empty, StringComparison.Ordinal));
        Assert.False(withoutIds.Any(char.IsAsciiLetter), chinese);
    }

    [Fact]
    public void Resolve_DraftingSectionWithoutContext_InChinese()
    {
        var violation = Empty.Resolve(Responsibility.DraftingSection).Violation!;

        Assert.Equal("各政策文件起草科室需要在具体事项中指明起草科室，但未给出。", violation.GetMessage(Chinese));
        Assert.Equal("DraftingSection needs the drafting section (Drafter) in the context; none was given.", violation.Message);
    }

    [Fact]
    public void TryCreate_DuplicateUnitName_ProblemInChinese()
    {
        Assert.False(OrgChart.TryCreate([new Unit(UnitId.Parse("a"), "办公室", "A", UnitKind.Office), new Unit(UnitId.Parse("b"), "办公室", "B", UnitKind.Section)], out _, out var problems));

        var problem = Assert.Single(problems);
        Assert.Equal("名称“办公室”已是单位“a”的名称：每个单位名称和别名只能用一次。", problem.GetMessage(Chinese));
        Assert.Equal("the name '办公室' already names unit 'a'; expected each unit name and alias once.", problem.Message);
    }

    [Fact]
    public void Agenda_ObligationsAndColumns_DescribedInBothLanguages()
    {
        var pack = RulePack.XuanchengCivilAffairs2024;
        var range = new DateInterval(new LocalDate(2024, 7, 1), new LocalDate(2024, 9, 30));
        var obligations = AgendaSources.RecurringObligations(pack.Obligations, [], GovernmentLevel.City);
        var columns = new CatalogAgendaSource(new DueDateCalculator(Disclosure.Domain.Calendars.WorkingDayCalendar.ChinaMainland), pack.Catalog, PublicationLog.Empty);

        var agenda = UnitAgenda.Build(pack.OrgChart, UnitId.Parse("office"), range, new LocalDate(2024, 7, 1), obligations, columns);

        Assert.Contains(agenda, i => i.Kind == AgendaItemKind.RecurringObligation);
        Assert.Contains(agenda, i => i.Kind == AgendaItemKind.CatalogColumn);
        Assert.All(agenda, i =>
        {
            Assert.Equal(i.Description, i.GetDescription(English));
            Assert.NotEqual(i.Description, i.GetDescription(Chinese));
        });
        var training = agenda.First(i => i.Kind == AgendaItemKind.RecurringObligation).GetDescription(Chinese);
        Assert.Matches("^2024-Q3 [a-z-]+：至少[0-9]+次 [a-z-]+（已记录0次）——", training);
        Assert.Contains("（", agenda.First(i => i.Kind == AgendaItemKind.CatalogColumn).GetDescription(Chinese), StringComparison.Ordinal);
        // A description given by another source stays as given.
        var own = new AgendaItem(UnitId.Parse("office"), new LocalDate(2024, 7, 1), AgendaItemKind.CatalogColumn, "x", "own words", UnitInvolvement.Named);
        Assert.Equal("own words", own.GetDescription(Chinese));
    }

    [Fact]
    public void RecurringObligation_MissingFields_ProblemsInChinese()
    {
        Assert.False(RecurringObligation.TryCreate("Bad Id", null, null, 0, [], null, null, null, out _, out var problems));

        Assert.All(problems, p =>
        {
            Assert.DoesNotContain('{', p.GetMessage(Chinese));
            Assert.NotEqual(p.Message, p.GetMessage(Chinese));
            Assert.Equal(p.Message, p.GetMessage(English));
        });
        Assert.Contains(problems, p => p.GetMessage(Chinese) == "缺少“activityKind”或为空：应填写活动类型，例如“open-day”。");
        Assert.Contains(problems, p => p.Code == DataProblemCodes.InvalidId && p.GetMessage(Chinese).Contains("以字母开头", StringComparison.Ordinal));
    }
}
