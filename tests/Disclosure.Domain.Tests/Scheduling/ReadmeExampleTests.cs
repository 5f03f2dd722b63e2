using Disclosure.Domain.Calendars;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.RulePacks;
using Disclosure.Domain.Scheduling;

namespace Disclosure.Domain.Tests.Scheduling;

/// <summary>The README's due-date example, kept compiling and true.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_DueReport_FindsTheOverdueObligations()
    {
        var lines = new List<string>();

        // --- README example start ---
        var catalog = RulePack.XuanchengCivilAffairs2024.Catalog;
        var log = PublicationLog.Create(
            [new Publication(ColumnId.Parse("rural-revitalization"), new LocalDate(2024, 6, 20))],
            [new InformationEvent(ColumnId.Parse("department-documents"), new LocalDate(2024, 6, 3))])
            .BindTo(catalog);                                      // checks the ids once
        var calculator = new DueDateCalculator(WorkingDayCalendar.ChinaMainland);
        var report = calculator.Evaluate(catalog, log, new LocalDate(2024, 7, 1)).OrderByDueDate();
        foreach (var o in report.WhereResponsible("办公室").WhereStatus(ObligationStatus.Overdue).Obligations)
        {
            lines.Add($"{o.Column.Name} {o.Key} due {o.DueOn:uuuu-MM-dd}, {o.OverdueWorkingDays} working days late");
        }

        // 政府网站工作年度报表 2023 due 2024-01-31, 102 working days late ...
        // --- README example end ---

        Assert.Equal("政府网站工作年度报表 2023 due 2024-01-31, 102 working days late", lines[0]);
        Assert.Equal(10, lines.Count); // rows 50 and 53 (2023), row 55 January–May, rows 21–23 Q1
        Assert.Equal(ObligationStatus.Satisfied, report.Obligations.Single(o => o.Column.SeedRow == 24 && o.Key == "2024-06").Status);
        Assert.Equal(new LocalDate(2024, 7, 2), report.Obligations.Single(o => o.Column.SeedRow == 1).DueOn);
    }
}
