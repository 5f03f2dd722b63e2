using System.Diagnostics.Contracts;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Testing;

/// <summary>
/// Builds an <see cref="InformationRequest"/> for a test: received in person on a day (the clock starts the next
/// day), then the events a test names, recorded in the order given.
/// </summary>
/// <remarks>
/// A fixture is mutable and not thread-safe; the requests it builds are immutable. Events are recorded as given, so a
/// test can build an impossible history on purpose and assert its violation with
/// <see cref="DomainAssert.RequestViolates(InformationRequest, ProblemCode)"/>.
/// </remarks>
/// <example>
/// <code>
/// var request = new RequestFixture(new LocalDate(2024, 6, 3))
///     .Consultation(new LocalDate(2024, 6, 10), new LocalDate(2024, 6, 20))
///     .Build();
/// </code>
/// </example>
public sealed class RequestFixture
{
    private readonly RequestReceived _received;
    private readonly List<RequestEvent> _events = [];
    private UnitId? _unit;
    private int _consultations;

    /// <summary>Initializes a new instance of the <see cref="RequestFixture"/> class: an application submitted in person.</summary>
    /// <param name="receivedOn">The day the application was submitted.</param>
    public RequestFixture(LocalDate receivedOn)
        : this(RequestReceived.InPerson(receivedOn))
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RequestFixture"/> class with a given receipt (post, online, fax).</summary>
    /// <param name="received">The receipt event.</param>
    /// <exception cref="ArgumentNullException"><paramref name="received"/> is <see langword="null"/>.</exception>
    public RequestFixture(RequestReceived received)
    {
        ArgumentNullException.ThrowIfNull(received);
        _received = received;
    }

    /// <summary>Sets the handling unit.</summary>
    /// <param name="unit">The unit id, for example <c>social-assistance</c>.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is not a valid unit id.</exception>
    public RequestFixture HandledBy(string unit)
    {
        if (!UnitId.IsValid(unit))
        {
            throw new ArgumentException($"'{unit}' is not a unit id.", nameof(unit));
        }

        _unit = UnitId.Parse(unit);
        return this;
    }

    /// <summary>Records a consultation of a third party (or another agency), answered on <paramref name="answeredOn"/> if given.</summary>
    /// <param name="sentOn">The day the letter was sent.</param>
    /// <param name="answeredOn">The day the reply arrived; <see langword="null"/> while none has.</param>
    /// <param name="party">Who is consulted; a third party when not given.</param>
    /// <returns>This fixture.</returns>
    public RequestFixture Consultation(LocalDate sentOn, LocalDate? answeredOn = null, ConsultationParty? party = null)
    {
        var id = $"C{++_consultations}";
        _events.Add(new ConsultationSent(sentOn, id, party ?? ConsultationParty.ThirdParty));
        if (answeredOn is { } on)
        {
            _events.Add(new ConsultationAnswered(on, id));
        }

        return this;
    }

    /// <summary>Gets the person id that approves the fixture's extensions: <c>disclosure-office-head</c>.</summary>
    public static PersonId OfficeHead { get; } = PersonId.Parse("disclosure-office-head");

    /// <summary>Gets the disclosure office headed by <see cref="OfficeHead"/>, the office the request assertions of <see cref="DomainAssert"/> evaluate with.</summary>
    public static DisclosureOffice Office { get; } = DisclosureOffice.HeadedBy(OfficeHead);

    /// <summary>Records an approved extension (延长答复期限), approved by <see cref="OfficeHead"/>.</summary>
    /// <param name="approvedOn">The day it was approved and notified.</param>
    /// <param name="workingDays">The working days added (at most 20).</param>
    /// <returns>This fixture.</returns>
    public RequestFixture Extension(LocalDate approvedOn, int workingDays = 20)
    {
        _events.Add(new ExtensionApproved(approvedOn, workingDays, OfficeHead));
        return this;
    }

    /// <summary>Records the answer.</summary>
    /// <param name="answeredOn">The day the answer was given.</param>
    /// <returns>This fixture.</returns>
    public RequestFixture Answered(LocalDate answeredOn)
    {
        _events.Add(new RequestAnswered(answeredOn));
        return this;
    }

    /// <summary>Records any other event.</summary>
    /// <param name="event">The event.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is <see langword="null"/>.</exception>
    public RequestFixture Then(RequestEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        _events.Add(@event);
        return this;
    }

    /// <summary>Builds the request with its events recorded in order.</summary>
    /// <returns>The request (with <see cref="InformationRequest.Violations"/> if the history breaks a rule).</returns>
    [Pure]
    public InformationRequest Build() =>
        _events.Aggregate(InformationRequest.Receive(_received, _unit), (request, e) => request.Record(e));
}
