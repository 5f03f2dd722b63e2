using Disclosure.Domain.Calendars;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Tests.Requests;

/// <summary>Which law a request falls under: the 2019 rules from 2019-05-15 (国务院令第711号), never before.</summary>
public class RequestRegimeTests
{
    private static readonly RequestDeadlineCalculator Calculator = new(WorkingDayCalendar.ChinaMainland, DisclosureOffice.HeadedBy(PersonId.Parse("office-head")));

    [Fact]
    public void Evaluate_ReceivedTheDayBeforeThe2019Regulation_IsRefusedNamingTheDateAndThe2007Regulation()
    {
        var request = InformationRequest.Receive(RequestReceived.InPerson(new LocalDate(2019, 5, 14)));

        var deadline = Calculator.Evaluate(request, new LocalDate(2019, 6, 1));

        Assert.Equal(RequestStatus.Invalid, deadline.Status);
        Assert.Null(deadline.DueOn);
        var violation = Assert.Single(deadline.Violations);
        Assert.Same(RequestViolationCodes.ReceivedBeforeRegulation, violation.Code);
        Assert.Contains("2019-05-14", violation.Message);
        Assert.Contains("国务院令第492号", violation.Message);
        Assert.Empty(Calculator.Explain(request, new LocalDate(2019, 6, 1)).Entries);
    }

    [Fact]
    public void Evaluate_ReceivedOnTheDayThe2019RegulationCameIntoForce_GetsItsTwentyWorkingDays()
    {
        // 2019-05-15 (Wed). 05-16, 17 = 2 · 05-20..24 = 7 · 05-27..31 = 12 · 06-03..06 = 16 · 06-07 端午 (06-07..06-09 off) ·
        // 06-10 17 · 06-11 18 · 06-12 19 · 06-13 20.
        var request = InformationRequest.Receive(RequestReceived.InPerson(new LocalDate(2019, 5, 15)));

        var deadline = Calculator.Evaluate(request, new LocalDate(2019, 5, 15));

        Assert.Empty(deadline.Violations);
        Assert.Equal(new LocalDate(2019, 6, 13), deadline.DueOn);
    }

    [Fact]
    public void Validate_ARequestOf2018_ReportsTheRegimeFirst()
    {
        var request = InformationRequest.Receive(RequestReceived.InPerson(new LocalDate(2018, 3, 1)));

        Assert.Equal("received-before-2019-regulation", Assert.Single(Calculator.Validate(request)).Code.Id);
        Assert.Equal(new LocalDate(2019, 5, 15), RequestDeadlineCalculator.RulesInForceFrom);
    }
}
