using Disclosure.Domain.Calendars;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Requests;

namespace Disclosure.Domain.Testing;

/// <content>Assertions about information requests.</content>
public static partial class DomainAssert
{
    /// <summary>Asserts that, evaluated on <paramref name="asOf"/> (with <see cref="RequestFixture.Office"/>), the request's answer is due on <paramref name="expected"/>.</summary>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="request">The request.</param>
    /// <param name="asOf">The day of evaluation.</param>
    /// <param name="expected">The expected due date.</param>
    /// <exception cref="DomainAssertionException">The due date differs, or the history has no due date (it breaks a rule).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> or <paramref name="request"/> is <see langword="null"/>.</exception>
    public static void RequestIsDueOn(WorkingDayCalendar calendar, InformationRequest request, LocalDate asOf, LocalDate expected)
    {
        var deadline = Evaluate(calendar, request, asOf);
        if (deadline.DueOn != expected)
        {
            throw new DomainAssertionException(
                $"Expected the request received {Iso(request.ReceivedOn)} to be due on {Iso(expected)}, but {Describe(deadline)}.");
        }
    }

    /// <summary>Asserts that the request is overdue (unanswered past its due date, or answered late) on <paramref name="asOf"/>.</summary>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="request">The request.</param>
    /// <param name="asOf">The day of evaluation.</param>
    /// <exception cref="DomainAssertionException">The request is not overdue on that day.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> or <paramref name="request"/> is <see langword="null"/>.</exception>
    public static void RequestIsOverdueOn(WorkingDayCalendar calendar, InformationRequest request, LocalDate asOf)
    {
        var deadline = Evaluate(calendar, request, asOf);
        if (!deadline.IsOverdue)
        {
            throw new DomainAssertionException(
                $"Expected the request received {Iso(request.ReceivedOn)} to be overdue on {Iso(asOf)}, but {Describe(deadline)}.");
        }
    }

    /// <summary>
    /// Asserts that the request's history breaks the rule <paramref name="code"/> (a violation value, not an exception): one the
    /// aggregate finds (<see cref="InformationRequest.Violations"/>) or one the calculator finds on
    /// <see cref="WorkingDayCalendar.ChinaMainland"/> with <see cref="RequestFixture.Office"/> (<see cref="RequestDeadlineCalculator.Validate"/>:
    /// the rules that count working days or depend on who heads the office, such as <see cref="RequestViolationCodes.SecondExtension"/>).
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="code">The expected violation code.</param>
    /// <exception cref="DomainAssertionException">The history has no violation with that code.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="CalendarCoverageException">The code is not among the aggregate's violations and the calculator needs a year the calendar does not cover.</exception>
    public static void RequestViolates(InformationRequest request, ProblemCode code)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(code);
        if (request.Violations.Any(v => v.Code == code))
        {
            return;
        }

        var violations = new RequestDeadlineCalculator(WorkingDayCalendar.ChinaMainland, RequestFixture.Office).Validate(request);
        if (!violations.Any(v => v.Code == code))
        {
            var found = violations.IsEmpty ? "it breaks no rule" : "it breaks " + string.Join("; ", violations.Select(v => $"{v.Code.Id}: {v.Message}"));
            throw new DomainAssertionException($"Expected the request's history to break {code.Id} ({code.LegalSource ?? "—"}), but {found}.");
        }
    }

    private static RequestDeadline Evaluate(WorkingDayCalendar calendar, InformationRequest request, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(request);
        return new RequestDeadlineCalculator(calendar, RequestFixture.Office).Evaluate(request, asOf);
    }

    private static string Describe(RequestDeadline d) =>
        d.DueOn is { } due
            ? $"on {Iso(d.AsOf)} it is due on {Iso(due)} ({d.Status}, {d.WorkingDaysUsed} of {d.WorkingDays} working days used)"
            : $"on {Iso(d.AsOf)} it has no due date ({d.Status}{(d.Violations.IsEmpty ? string.Empty : ": " + string.Join("; ", d.Violations.Select(v => v.Message)))})";
}
