using Disclosure.Domain.Calendars;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Testing.Tests;

public class RequestFixtureTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.ChinaMainland;

    [Fact]
    public void Build_InPersonJune3_IsDueJuly2()
    {
        var request = new RequestFixture(new LocalDate(2024, 6, 3)).HandledBy("social-assistance").Build();

        Assert.Equal("social-assistance", request.HandlingUnit?.Value);
        DomainAssert.RequestIsDueOn(Calendar, request, new LocalDate(2024, 6, 3), new LocalDate(2024, 7, 2));
    }

    [Fact]
    public void RequestIsDueOn_WrongDate_ThrowsWithTheActualDueDate()
    {
        var request = new RequestFixture(new LocalDate(2024, 6, 3)).Build();

        var e = Assert.Throws<DomainAssertionException>(() => DomainAssert.RequestIsDueOn(Calendar, request, new LocalDate(2024, 6, 3), new LocalDate(2024, 7, 1)));

        Assert.Contains("2024-07-02", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Consultation_TenWorkingDaysPaused_MovesTheDueDate()
    {
        var plain = new RequestDeadlineCalculator(Calendar, DisclosureOffice.HeadedBy(PersonId.Parse("office-head"))).Evaluate(new RequestFixture(new LocalDate(2024, 6, 3)).Build(), new LocalDate(2024, 6, 30));
        var consulted = new RequestDeadlineCalculator(Calendar, DisclosureOffice.HeadedBy(PersonId.Parse("office-head"))).Evaluate(
            new RequestFixture(new LocalDate(2024, 6, 3)).Consultation(new LocalDate(2024, 6, 5), new LocalDate(2024, 6, 19)).Build(),
            new LocalDate(2024, 6, 30));

        Assert.True(consulted.PausedWorkingDays > 0);
        Assert.True(consulted.DueOn > plain.DueOn);
    }

    [Fact]
    public void RequestIsOverdueOn_UnansweredAfterDueDate_PassesAndAnsweredInTime_Throws()
    {
        var unanswered = new RequestFixture(new LocalDate(2024, 6, 3)).Build();
        var answered = new RequestFixture(new LocalDate(2024, 6, 3)).Answered(new LocalDate(2024, 6, 20)).Build();

        DomainAssert.RequestIsOverdueOn(Calendar, unanswered, new LocalDate(2024, 7, 3));
        Assert.Throws<DomainAssertionException>(() => DomainAssert.RequestIsOverdueOn(Calendar, answered, new LocalDate(2024, 7, 3)));
    }

    [Fact]
    public void RequestViolates_AnswerBeforeReceipt_ReportsEventBeforeReceipt()
    {
        var request = new RequestFixture(new LocalDate(2024, 6, 3)).Answered(new LocalDate(2024, 6, 1)).Build();

        DomainAssert.RequestViolates(request, RequestViolationCodes.EventBeforeReceipt);
        var e = Assert.Throws<DomainAssertionException>(() => DomainAssert.RequestViolates(new RequestFixture(new LocalDate(2024, 6, 3)).Build(), RequestViolationCodes.EventBeforeReceipt));
        Assert.Contains("breaks no rule", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequestViolates_TwoExtensionsByTheHead_ReportsSecondExtensionFromTheCalculator()
    {
        var twice = new RequestFixture(new LocalDate(2024, 6, 3)).Extension(new LocalDate(2024, 6, 20), 5).Extension(new LocalDate(2024, 6, 21), 5).Build();
        var clerkThenHead = new RequestFixture(new LocalDate(2024, 6, 3))
            .Then(new ExtensionApproved(new LocalDate(2024, 6, 20), 5, PersonId.Parse("clerk")))
            .Extension(new LocalDate(2024, 6, 21), 5)
            .Build();

        DomainAssert.RequestViolates(twice, RequestViolationCodes.SecondExtension);
        var e = Assert.Throws<DomainAssertionException>(() => DomainAssert.RequestViolates(clerkThenHead, RequestViolationCodes.SecondExtension));
        Assert.Contains("breaks no rule", e.Message, StringComparison.Ordinal);
    }
}
