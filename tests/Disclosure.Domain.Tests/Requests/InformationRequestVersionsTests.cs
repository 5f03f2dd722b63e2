using System.Collections.Immutable;
using CsCheck;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Tests.Requests;

/// <summary>
/// <see cref="InformationRequest.Record"/> shares its event and violation logs between versions: recording on an older version (a
/// branch) must leave every newer one as it was, and each version must equal the same events recorded in one line.
/// </summary>
public sealed class InformationRequestVersionsTests
{
    private static readonly RequestDeadlineCalculator Calculator = new(WorkingDayCalendar.ChinaMainland, DisclosureOffice.HeadedBy(PersonId.Parse("office-head")));

    private static readonly LocalDate ReceivedOn = new(2025, 3, 3);

    private static LocalDate D(int m, int d) => new(2025, m, d);

    [Fact]
    public void Record_OnAnOlderVersion_LeavesTheNewerOnesUnchanged()
    {
        var received = InformationRequest.Receive(RequestReceived.InPerson(ReceivedOn));
        var sent = received.Record(new ConsultationSent(D(3, 5), "C1", ConsultationParty.ThirdParty));
        var answered = sent.Record(new ConsultationAnswered(D(3, 10), "C1"));
        var answeredEvents = answered.Events;

        // Two branches from 'sent', one unlawful (a reply to no letter), and the newest extended again.
        var branch = sent.Record(new ConsultationAnswered(D(3, 11), "C9"));
        var extended = answered.Record(new ExtensionApproved(D(3, 12), 5, PersonId.Parse("office-head")));
        var branchOfBranch = branch.Record(new RequestWithdrawn(D(3, 13)));

        Assert.Single(received.Events);
        Assert.Equal(2, sent.Events.Length);
        Assert.Equal(answeredEvents, answered.Events);
        Assert.IsType<ConsultationAnswered>(answered.Events[2]);
        Assert.Equal("C1", ((ConsultationAnswered)answered.Events[2]).ConsultationId);
        Assert.Empty(answered.Violations);
        Assert.Equal("C9", ((ConsultationAnswered)branch.Events[2]).ConsultationId);
        Assert.Same(RequestViolationCodes.ConsultationReplyWithoutLetter, Assert.Single(branch.Violations).Code);
        Assert.IsType<ExtensionApproved>(extended.Events[3]);
        Assert.Empty(extended.Violations);
        Assert.IsType<RequestWithdrawn>(branchOfBranch.Events[3]);
        Assert.Single(branchOfBranch.Violations);
        Assert.Empty(sent.Violations);
        // The state is per version too: the branch's letter is still unanswered, the main line's answered.
        Assert.Null(branch.Current.FindConsultation("C1")!.Reply);
        Assert.NotNull(answered.Current.FindConsultation("C1")!.Reply);
    }

    private static readonly Gen<Func<LocalDate, RequestEvent>> Events = Gen.OneOf(
        Gen.Int[0, 3].Select(i => (Func<LocalDate, RequestEvent>)(on => new ConsultationSent(on, "C" + i, ConsultationParty.OtherAgency))),
        Gen.Int[0, 3].Select(i => (Func<LocalDate, RequestEvent>)(on => new ConsultationAnswered(on, "C" + i))),
        Gen.Select(Gen.Int[1, 25], Gen.Bool, (days, head) => (Func<LocalDate, RequestEvent>)(on => new ExtensionApproved(on, days, PersonId.Parse(head ? "office-head" : "zhang.san")))),
        Gen.Int[0, 20].Select(days => (Func<LocalDate, RequestEvent>)(on => new CorrectionRequested(on, on.PlusDays(days)))),
        Gen.Const((Func<LocalDate, RequestEvent>)(on => new CorrectionReceived(on))),
        Gen.Const((Func<LocalDate, RequestEvent>)(on => new RequestAnswered(on, AnswerOutcome.Disclosed))),
        Gen.Const((Func<LocalDate, RequestEvent>)(on => new RequestWithdrawn(on))));

    [Fact]
    public void Property_AnyVersionRecordedOnAnyNumberOfTimes_EqualsTheSameEventsRecordedInOneLine()
    {
        Gen.Select(Gen.Int[0, 1000], Gen.Int[0, 40], Events).Array[1, 40].Sample(steps =>
        {
            var versions = new List<InformationRequest> { InformationRequest.Receive(RequestReceived.InPerson(ReceivedOn)) };
            var reference = new List<ImmutableArray<RequestEvent>> { versions[0].Events };
            foreach (var (pick, day, make) in steps)
            {
                // Mostly the newest version (appended in place), sometimes an older one (a branch that must copy).
                var at = pick < 600 ? versions.Count - 1 : pick % versions.Count;
                var e = make(ReceivedOn.PlusDays(day));
                versions.Add(versions[at].Record(e));
                reference.Add(reference[at].Add(e));
            }

            for (var i = 0; i < versions.Count; i++)
            {
                var inOneLine = InformationRequest.FromEvents(reference[i]);
                Assert.Equal(reference[i], versions[i].Events);
                Assert.Equal(inOneLine.Violations.Select(v => v.Message), versions[i].Violations.Select(v => v.Message));
                Assert.Equal(inOneLine.Findings.Select(v => v.Message), versions[i].Findings.Select(v => v.Message));
                var asOf = reference[i].Max(e => e.On);
                Assert.Equal(Calculator.Explain(inOneLine, asOf).ToJson(), Calculator.Explain(versions[i], asOf).ToJson());
            }
        }, iter: 300);
    }
}
