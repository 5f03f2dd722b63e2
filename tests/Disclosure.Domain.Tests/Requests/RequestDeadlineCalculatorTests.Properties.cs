using CsCheck;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Tests.Calendars;

namespace Disclosure.Domain.Tests.Requests;

/// <summary>Properties of the calculator and the ledger against <see cref="NaiveRequestClock"/>, over random lawful histories.</summary>
public sealed partial class RequestDeadlineCalculatorTests
{
    /// <summary>
    /// A random lawful history: a receipt, maybe a correction, up to three consultations, maybe an extension by the head of the office,
    /// and up to two extensions approved by a clerk (<see cref="Unauthorised"/>: days, and whether recorded before the head's).
    /// </summary>
    internal sealed record Scenario(
        LocalDate ReceivedOn,
        (int NoticeWorkingDays, int ArrivalDays)? Correction,
        IReadOnlyList<(int SendDays, int? ReplyDays, bool ThirdParty)> Consultations,
        int Extension,
        int AsOfDays,
        IReadOnlyList<(int WorkingDays, bool BeforeTheHeads)> Unauthorised)
    {
        public LocalDate? CorrectionRequestedOn => Correction is { } c ? NaiveCalendar.AddWorkingDays(ReceivedOn, c.NoticeWorkingDays) : null;

        public LocalDate ClockStart => CorrectionRequestedOn is { } requested ? requested.PlusDays(Correction!.Value.ArrivalDays) : ReceivedOn;

        public IEnumerable<(LocalDate Sent, LocalDate? Reply, string Id, bool ThirdParty)> Letters =>
            Consultations.Select((c, i) => (ClockStart.PlusDays(c.SendDays), c.ReplyDays is { } r ? ClockStart.PlusDays(c.SendDays + r) : (LocalDate?)null, $"C{i + 1}", c.ThirdParty));

        public LocalDate LastEventOn => Letters.Select(l => l.Reply ?? l.Sent).Append(ClockStart).Max();

        public LocalDate AsOf => LastEventOn.PlusDays(AsOfDays) is var d && d > NaiveCalendar.Last ? NaiveCalendar.Last : d;

        public InformationRequest Build(bool withExtension = true, bool withConsultations = true)
        {
            var events = new List<(LocalDate On, int Rank, RequestEvent Event)>();
            if (CorrectionRequestedOn is { } requested)
            {
                events.Add((requested, 0, new CorrectionRequested(requested, requested.PlusDays(Correction!.Value.ArrivalDays + 5))));
                events.Add((ClockStart, 1, new CorrectionReceived(ClockStart)));
            }

            if (withExtension && Extension > 0)
            {
                events.Add((ClockStart, 3, new ExtensionApproved(ClockStart, Extension, PersonId.Parse("office-head"))));
            }

            // A clerk's extensions stay in every build: they never count, whether recorded before or after the head's.
            foreach (var (days, before) in Unauthorised)
            {
                events.Add((ClockStart, before ? 2 : 4, new ExtensionApproved(ClockStart, days, PersonId.Parse("zhang.san"))));
            }

            if (withConsultations)
            {
                foreach (var (sent, reply, id, thirdParty) in Letters)
                {
                    events.Add((sent, 5, new ConsultationSent(sent, id, thirdParty ? ConsultationParty.ThirdParty : ConsultationParty.OtherAgency)));
                    if (reply is { } r)
                    {
                        events.Add((r, 6, new ConsultationAnswered(r, id)));
                    }
                }
            }

            var request = InformationRequest.Receive(RequestReceived.InPerson(ReceivedOn));
            foreach (var e in events.OrderBy(e => e.On).ThenBy(e => e.Rank))
            {
                request = request.Record(e.Event);
            }

            return request;
        }

        /// <summary>The extensions as recorded, for <see cref="NaiveRequestClock.ExtensionDays"/>.</summary>
        public IEnumerable<(bool ByHead, int WorkingDays)> RecordedExtensions =>
            Unauthorised.Where(u => u.BeforeTheHeads).Select(u => (false, u.WorkingDays))
                .Concat(Extension > 0 ? [(true, Extension)] : [])
                .Concat(Unauthorised.Where(u => !u.BeforeTheHeads).Select(u => (false, u.WorkingDays)));

        public List<NaiveRequestClock.Pause> NaivePauses(LocalDate asOf) =>
            [.. Letters.Where(l => l.Sent <= asOf).Select(l => new NaiveRequestClock.Pause(l.Sent, NaiveRequestClock.PauseEnd(l.Sent, l.Reply is { } r && r <= asOf ? r : null, asOf)))];
    }

    private static readonly Gen<Scenario> Scenarios =
        Gen.Select(
            Gen.Int[0, 850].Select(i => NaiveCalendar.First.PlusDays(i)),
            Gen.Bool.Select(Gen.Int[0, 7], Gen.Int[0, 20], (has, notice, arrival) => has ? (notice, arrival) : ((int, int)?)null),
            Gen.Select(Gen.Int[0, 30], Gen.Int[-1, 30], Gen.Bool, (s, r, t) => (s, r < 0 ? (int?)null : r, t)).List[0, 3],
            Gen.OneOf(Gen.Const(0), Gen.Int[1, 20]),
            Gen.Int[0, 60],
            Gen.Select(Gen.Int[1, 20], Gen.Bool).List[0, 2],
            (r, c, cs, e, a, u) => new Scenario(r, c, cs, e, a, u));

    [Fact]
    public void Property_DueDate_EqualsNaiveDayByDayWalk()
    {
        Scenarios.Sample(s =>
        {
            var deadline = Calculator.Evaluate(s.Build(), s.AsOf);
            Assert.Empty(deadline.Violations);
            var extension = NaiveRequestClock.ExtensionDays(s.RecordedExtensions);
            var expected = NaiveRequestClock.Due(s.ClockStart, 20 + extension, s.NaivePauses(s.AsOf));
            Assert.Equal(expected, deadline.DueOn);
            Assert.Equal(extension, deadline.ExtensionWorkingDays);
            Assert.Equal(s.ClockStart, deadline.ClockStartsOn);
            Assert.Equal(s.Unauthorised.Count, deadline.Findings.Count(f => f.Code == RequestViolationCodes.ExtensionApproverNotOfficeHead));
        });
    }

    [Fact]
    public void Property_NoPauseNoExtension_DueIsReceiptPlusTwentyWorkingDays()
    {
        Gen.Int[0, 1000].Select(i => NaiveCalendar.First.PlusDays(i)).Sample(r =>
        {
            var deadline = Calculator.Evaluate(InformationRequest.Receive(RequestReceived.InPerson(r)), r);
            Assert.Equal(NaiveCalendar.AddWorkingDays(r, 20), deadline.DueOn);
            Assert.Equal(0, deadline.WorkingDaysUsed);
            Assert.Equal(20, deadline.WorkingDaysRemaining);
        });
    }

    [Fact]
    public void Property_Pauses_ShiftDueByExactlyThePausedWorkingDaysAndNeverEarlier()
    {
        Scenarios.Sample(s =>
        {
            var without = Calculator.Evaluate(s.Build(withExtension: false, withConsultations: false), s.AsOf).DueOn!.Value;
            var with = Calculator.Evaluate(s.Build(withExtension: false), s.AsOf);
            Assert.True(with.DueOn >= without);
            Assert.Equal(with.PausedWorkingDays, NaiveCalendar.CountWorkingDays(without, with.DueOn!.Value));
        });
    }

    [Fact]
    public void Property_ExtensionOfK_AddsExactlyKCountedWorkingDays()
    {
        Scenarios.Where(s => s.Extension > 0).Sample(s =>
        {
            var asOf = s.AsOf;
            var without = Calculator.Evaluate(s.Build(withExtension: false), asOf);
            var with = Calculator.Evaluate(s.Build(), asOf);
            var pauses = s.NaivePauses(asOf);
            var counted = 0;
            for (var d = without.DueOn!.Value.PlusDays(1); d <= with.DueOn!.Value; d = d.PlusDays(1))
            {
                counted += NaiveCalendar.IsWorkingDay(d) && !NaiveRequestClock.IsPaused(d, pauses) ? 1 : 0;
            }

            Assert.Equal(s.Extension, counted);
            Assert.Equal(without.DueOn, with.OriginalDueOn);
            if (pauses.Count == 0)
            {
                Assert.Equal(NaiveCalendar.AddWorkingDays(without.DueOn!.Value, s.Extension), with.DueOn);
            }
        });
    }

    [Fact]
    public void Property_Ledger_CountedDaysAreTheNaiveCountedDaysAndReachTheTotalAtTheDueDate()
    {
        Scenarios.Sample(s =>
        {
            var ledger = Calculator.Explain(s.Build(), s.AsOf);
            var deadline = ledger.Deadline;
            var pauses = s.NaivePauses(s.AsOf);
            var due = deadline.DueOn!.Value;

            Assert.Equal(s.ReceivedOn, ledger.Entries[0].Date);
            Assert.All(ledger.Entries.Zip(ledger.Entries.Skip(1)), p => Assert.Equal(p.First.Date.PlusDays(1), p.Second.Date));
            Assert.True(ledger.Entries[^1].Date >= due);
            Assert.Equal(deadline.WorkingDays, ledger.CountedDays);
            Assert.Equal(deadline.WorkingDays, ledger.Entries.Single(e => e.Date == due).RunningCount);
            foreach (var e in ledger.Entries)
            {
                var expectedCounted = e.Date > s.ClockStart && e.Date <= due && NaiveCalendar.IsWorkingDay(e.Date) && !NaiveRequestClock.IsPaused(e.Date, pauses);
                Assert.Equal(expectedCounted, e.Counted);
                Assert.Equal(NaiveCalendar.IsWorkingDay(e.Date), e.Kind is DayKind.Workday or DayKind.AdjustedWorkday);
            }
        });
    }

    [Fact]
    public void Property_UsedAndRemaining_MatchNaiveCountAndSumToTotalWhileOpen()
    {
        Scenarios.Sample(s =>
        {
            var deadline = Calculator.Evaluate(s.Build(), s.AsOf);
            var pauses = s.NaivePauses(s.AsOf);
            var until = s.AsOf < deadline.DueOn!.Value ? s.AsOf : deadline.DueOn.Value;
            var used = 0;
            for (var d = s.ClockStart.PlusDays(1); d <= until; d = d.PlusDays(1))
            {
                used += NaiveCalendar.IsWorkingDay(d) && !NaiveRequestClock.IsPaused(d, pauses) ? 1 : 0;
            }

            Assert.Equal(used, deadline.WorkingDaysUsed);
            if (deadline.Status is RequestStatus.Open or RequestStatus.Paused)
            {
                Assert.Equal(deadline.WorkingDays, deadline.WorkingDaysUsed + deadline.WorkingDaysRemaining);
            }
            else
            {
                Assert.Equal(RequestStatus.Overdue, deadline.Status);
                Assert.Equal(NaiveCalendar.CountWorkingDays(deadline.DueOn.Value, s.AsOf), deadline.WorkingDaysOverdue);
            }
        });
    }

    [Fact]
    public void Property_DueDate_NeverMovesEarlierAsTimePasses()
    {
        Scenarios.Select(Gen.Int[0, 60], Gen.Int[0, 60]).Sample((s, a, b) =>
        {
            var request = s.Build();
            var first = s.ClockStart.PlusDays(Math.Min(a, b));
            var second = s.ClockStart.PlusDays(Math.Max(a, b));
            Assert.True(Calculator.Evaluate(request, first).DueOn <= Calculator.Evaluate(request, second).DueOn);
        });
    }
}
