using Disclosure.Domain.Calendars;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.RulePacks;

namespace Disclosure.Domain.Tests.Responsibilities;

/// <summary>The README's responsibilities example, kept compiling and true.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_RunsAsDocumented()
    {
        var chart = RulePack.XuanchengCivilAffairs2024.OrgChart;

        // 各相关科室 for a catalog column → the sections competent for it
        var r = chart.Resolve(Responsibility.RelevantSections("administrative-confirmation"));
        Assert.Equal(["social-assistance", "social-affairs", "child-welfare"], r.Units.Select(u => u.Id.Value));

        // 谁承办谁更新 needs the case's handler; without it: a violation, never an empty list
        var missing = chart.Resolve(Responsibility.CaseHandler);
        Assert.Equal("missing-handler", missing.Violation?.Code.Id);
        var handled = chart.Resolve(Responsibility.CaseHandler, ResponsibilityContext.Empty.WithHandler(UnitId.Parse("social-affairs")));
        Assert.Equal("社会事务科", handled.Units[0].Name);

        // one unit, two names
        Assert.Equal("child-welfare", chart.FindByName("儿童福利科")!.Id.Value);

        // the work points naming 社会救助科
        var points = RulePack.XuanchengCivilAffairs2024.WorkPlan!.PointsInvolving(chart, UnitId.Parse("social-assistance"), UnitInvolvement.Named);
        Assert.Equal("一(一)2", points.Single().Point.Number);

        // has the city held its quarterly open day?
        var openDay = RulePack.XuanchengCivilAffairs2024.Obligations.Single(o => o.Id == "open-day-city");
        var log = new[] { new ActivityRecord("open-day", new LocalDate(2024, 5, 10)) };
        var status = openDay.Evaluate(log, new LocalDate(2024, 4, 1), new LocalDate(2024, 9, 24), WorkingDayCalendar.ChinaMainland, atRiskWorkingDays: 5);
        Assert.Equal(["2024-Q2 Satisfied", "2024-Q3 AtRisk"], status.Select(s => $"{s.Label} {s.Status}"));
    }
}
