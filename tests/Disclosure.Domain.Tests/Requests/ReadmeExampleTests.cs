using Disclosure.Domain.Calendars;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Tests.Requests;

/// <summary>The README's information-request example, kept compiling and true.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_ConsultationAndExtension_DueNovember6()
    {
        var request = InformationRequest.Receive(RequestReceived.Online(new LocalDate(2025, 9, 24), confirmedOn: new LocalDate(2025, 9, 25)))
            .Record(new ConsultationSent(new LocalDate(2025, 9, 29), "C1", ConsultationParty.ThirdParty))
            .Record(new ConsultationAnswered(new LocalDate(2025, 10, 10), "C1"))
            .Record(new ExtensionApproved(new LocalDate(2025, 10, 20), 3, PersonId.Parse("office-head")));

        var calculator = new RequestDeadlineCalculator(WorkingDayCalendar.ChinaMainland, DisclosureOffice.HeadedBy(PersonId.Parse("office-head")));
        var deadline = calculator.Evaluate(request, asOf: new LocalDate(2025, 10, 20));

        // Paused 09-30..10-10: working days 09-30, 10-09, 10-10 → 10-29 + 3 = 11-03; extension 3 → 11-06.
        Assert.Equal(new LocalDate(2025, 11, 6), deadline.DueOn);
        Assert.Equal(new LocalDate(2025, 11, 3), deadline.OriginalDueOn);
        // Used: 09-26, 09-28, 09-29, 10-11, 10-13..10-17, 10-20 = 10; remaining 23 - 10 = 13.
        Assert.Equal(10, deadline.WorkingDaysUsed);
        Assert.Equal(13, deadline.WorkingDaysRemaining);
        Assert.Equal(RequestStatus.Open, deadline.Status);

        var ledger = calculator.Explain(request, new LocalDate(2025, 10, 20));
        Assert.Contains("2025-10-01  Wed  statutoryHoliday", ledger.ToText(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("\"dueOn\": \"2025-11-06\"", ledger.ToJson(), StringComparison.Ordinal);

        var unlawful = request.Record(new ExtensionApproved(new LocalDate(2025, 10, 21), 10, PersonId.Parse("office-head")));
        Assert.Equal("second-extension", calculator.Validate(unlawful)[0].Code.Id);
        Assert.Null(calculator.Evaluate(unlawful, new LocalDate(2025, 10, 21)).DueOn);
    }
}
