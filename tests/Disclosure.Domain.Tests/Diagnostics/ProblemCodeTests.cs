using Disclosure.Domain.Calendars;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Histories;
using Disclosure.Domain.Reports;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Review;

namespace Disclosure.Domain.Tests.Diagnostics;

public sealed class ProblemCodeTests
{
    // Every code table of the library, declared explicitly (no reflection scan).
    internal static readonly (string Table, IReadOnlyList<ProblemCode> Codes)[] Tables =
    [
        (nameof(DataProblemCodes), DataProblemCodes.All),
        (nameof(ReviewViolationCodes), ReviewViolationCodes.All),
        (nameof(RequestViolationCodes), RequestViolationCodes.All),
        (nameof(ResponsibilityViolationCodes), ResponsibilityViolationCodes.All),
        (nameof(NoticeProblemCodes), NoticeProblemCodes.All),
        (nameof(HistoryProblemCodes), HistoryProblemCodes.All),
        (nameof(AnnualReportProblemCodes), AnnualReportProblemCodes.All),
        (nameof(Disclosure.Domain.RulePacks.Tables.TableImportCodes), Disclosure.Domain.RulePacks.Tables.TableImportCodes.All),
        (nameof(Disclosure.Domain.Scheduling.PublicationFindingCodes), Disclosure.Domain.Scheduling.PublicationFindingCodes.All),
    ];

    [Fact]
    public void All_Ids_AreUniqueAcrossEveryTable()
    {
        var all = Tables.SelectMany(t => t.Codes.Select(c => (t.Table, c.Id))).ToList();
        var clashes = all.GroupBy(x => x.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Table))}");
        Assert.Empty(clashes);
    }

    [Fact]
    public void Tables_ListEveryCodeTableOfTheLibrary()
    {
        // The list above is explicit; this keeps it complete: every public static All of codes in the assembly.
        var inAssembly = typeof(ProblemCode).Assembly.GetExportedTypes()
            .Where(t => t.GetProperty("All", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)?.PropertyType == typeof(System.Collections.Immutable.ImmutableArray<ProblemCode>))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(inAssembly, Tables.Select(t => t.Table).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void All_Codes_HaveATitleADescriptionAndNoBlankLegalSource()
    {
        Assert.All(Tables.SelectMany(t => t.Codes), c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Id));
            Assert.False(string.IsNullOrWhiteSpace(c.Title), c.Id);
            Assert.False(string.IsNullOrWhiteSpace(c.Description), c.Id);
            Assert.True(c.LegalSource is null || c.LegalSource.Trim().Length > 0, c.Id);
            Assert.Equal(c.Id, c.ToString());
        });
    }

    [Fact]
    public void All_EachTableListsEveryCodeOnce()
    {
        Assert.All(Tables, t => Assert.Equal(t.Codes.Count, t.Codes.Distinct().Count()));
    }

    [Fact]
    public void RequestCodes_CarryTheirArticleAsLegalSource()
    {
        Assert.Equal("第三十三条", RequestViolationCodes.ExtensionTooLong.LegalSource);
        Assert.Null(RequestViolationCodes.EventOutOfOrder.LegalSource);
        Assert.Equal([RequestViolationCodes.CorrectionRequestTooLate, RequestViolationCodes.ExtensionAfterDeadline], RequestViolationCodes.All.Where(RequestViolationCodes.NeedsCalendar));
    }

    [Fact]
    public void ToString_LocatedProblem_FollowsTheCompilerConvention()
    {
        var location = new ProblemLocation("catalog", 3, "plans", "parent") { Source = "county.pack.json", Path = "$.catalog[3].parent", Line = 12, Column = 7 };
        var problem = new Problem(DataProblemCodes.DanglingParent, ProblemSeverity.Error, location, "parent 'x' is not a node.");
        Assert.Equal("county.pack.json:12:7: RP0103 error: parent 'x' is not a node. (at $.catalog[3].parent)", problem.ToString());

        var unlocated = problem with { Severity = ProblemSeverity.Warning, Location = new ProblemLocation("catalog", 3, "plans", "parent") };
        Assert.Equal("RP0103 warning: parent 'x' is not a node. (at catalog[3] (plans).parent)", unlocated.ToString());
        Assert.Equal("review", new ProblemLocation("review").ToString());
    }

    [Fact]
    public void ProblemLocation_BadArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => new ProblemLocation(string.Empty));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProblemLocation("units", -2));
    }

    [Fact]
    public void ProblemException_ListsErrorsBeforeWarnings()
    {
        var warning = new Problem(DataProblemCodes.UnknownField, ProblemSeverity.Warning, new ProblemLocation("catalog", 0, field: "colour"), "ignored.");
        var error = new Problem(DataProblemCodes.Cycle, ProblemSeverity.Error, new ProblemLocation("catalog", 1, field: "parent"), "a cycle.");
        ProblemException e = new Disclosure.Domain.RulePacks.RulePackException([warning, error]);
        Assert.Equal([error, warning], e.Problems);
        Assert.Equal([error], e.Errors);
        Assert.StartsWith("The rule pack does not load (1 error):", e.Message, StringComparison.Ordinal);
    }
}
