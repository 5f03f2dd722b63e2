using System.Collections.Immutable;
using System.Diagnostics.Contracts;

namespace Disclosure.Domain.Requests;

/// <summary>
/// Statistics of information requests over a period, for the catalog's 依申请公开统计 column and the requests table of the annual
/// report (政府信息公开工作年度报告, due by 31 January under 第四十九条): requests carried over, newly received (by channel), concluded (by
/// <see cref="AnswerOutcome"/>), carried forward, the on-time rate and the average working days to answer.
/// </summary>
/// <remarks>
/// <para>Each request is evaluated on the last day of the period (<see cref="RequestDeadlineCalculator.Evaluate"/>), so events after
/// the period are ignored. A request counts as concluded in the period when it was answered, withdrawn or deemed abandoned within
/// it (deemed abandoned on the day after the correction period ends, as the annual report (年度报告) calculator counts it: a period
/// ending on 31 December concludes the request in the next year); withdrawn and abandoned requests are counted under <see cref="AnswerOutcome.OtherHandling"/>, as the annual-report template's
/// 其他处理 row does. Requests whose history breaks a rule are left out and counted in <see cref="Invalid"/>; requests received after
/// the period are ignored.</para>
/// <para>Immutable and thread-safe; reference equality.</para>
/// </remarks>
public sealed class RequestStatistics
{
    private RequestStatistics(
        LocalDate from,
        LocalDate to,
        int carriedOver,
        ImmutableDictionary<RequestChannel, int> receivedByChannel,
        ImmutableDictionary<AnswerOutcome, int> concludedByOutcome,
        int carriedForward,
        int answeredOnTime,
        int answeredLate,
        double? averageWorkingDaysToAnswer,
        int invalid)
    {
        From = from;
        To = to;
        CarriedOver = carriedOver;
        ReceivedByChannel = receivedByChannel;
        ConcludedByOutcome = concludedByOutcome;
        CarriedForward = carriedForward;
        AnsweredOnTime = answeredOnTime;
        AnsweredLate = answeredLate;
        AverageWorkingDaysToAnswer = averageWorkingDaysToAnswer;
        Invalid = invalid;
    }

    /// <summary>Gets the first day of the period.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the last day of the period.</summary>
    public LocalDate To { get; }

    /// <summary>Gets the requests received before the period and still open on its first day (上年结转).</summary>
    public int CarriedOver { get; }

    /// <summary>Gets the requests received in the period (本年新收).</summary>
    public int NewlyReceived => ReceivedByChannel.Values.Sum();

    /// <summary>Gets the requests received in the period, by channel; every channel is present.</summary>
    public ImmutableDictionary<RequestChannel, int> ReceivedByChannel { get; }

    /// <summary>Gets the requests concluded in the period (办理结果), by outcome; every outcome is present.</summary>
    public ImmutableDictionary<AnswerOutcome, int> ConcludedByOutcome { get; }

    /// <summary>Gets the requests concluded in the period (总计).</summary>
    public int Concluded => ConcludedByOutcome.Values.Sum();

    /// <summary>Gets the requests still open on the last day of the period (结转下年度继续办理).</summary>
    public int CarriedForward { get; }

    /// <summary>Gets the requests answered in the period on or before their due date (answers on the spot included).</summary>
    public int AnsweredOnTime { get; }

    /// <summary>Gets the requests answered in the period after their due date.</summary>
    public int AnsweredLate { get; }

    /// <summary>Gets the share of answers in the period given on time, from 0 to 1; <see langword="null"/> when nothing was answered.</summary>
    public double? OnTimeRate => AnsweredOnTime + AnsweredLate == 0 ? null : (double)AnsweredOnTime / (AnsweredOnTime + AnsweredLate);

    /// <summary>Gets the average counted working days from the clock's start to the answer, over the answers in the period; <see langword="null"/> when nothing was answered.</summary>
    public double? AverageWorkingDaysToAnswer { get; }

    /// <summary>Gets the requests left out because their history breaks a rule.</summary>
    public int Invalid { get; }

    /// <summary>Computes the statistics of a period.</summary>
    /// <param name="requests">The requests; those received after <paramref name="to"/> are ignored.</param>
    /// <param name="from">The first day of the period.</param>
    /// <param name="to">The last day of the period, on or after <paramref name="from"/>.</param>
    /// <param name="calculator">The deadline calculator.</param>
    /// <returns>The statistics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requests"/>, one of its items, or <paramref name="calculator"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="Calendars.CalendarCoverageException">A request's deadline needs a year the calendar does not cover.</exception>
    [Pure]
    public static RequestStatistics Compute(IEnumerable<InformationRequest> requests, LocalDate from, LocalDate to, RequestDeadlineCalculator calculator)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(calculator);
        if (to < from)
        {
            throw new ArgumentException($"The period ends ({Iso.Format(to)}) before it starts ({Iso.Format(from)}).", nameof(to));
        }

        var byChannel = RequestChannel.All.ToDictionary(c => c, _ => 0);
        var byOutcome = Enum.GetValues<AnswerOutcome>().ToDictionary(o => o, _ => 0);
        int carriedOver = 0, carriedForward = 0, onTime = 0, late = 0, invalid = 0, answered = 0;
        long workingDaysToAnswer = 0;
        foreach (var request in requests)
        {
            ArgumentNullException.ThrowIfNull(request, nameof(requests));
            if (request.ReceivedOn > to)
            {
                continue;
            }

            var deadline = calculator.Evaluate(request, to);
            if (deadline.Status == RequestStatus.Invalid)
            {
                invalid++;
                continue;
            }

            // A request is deemed abandoned the day after its correction period (第三十条), not on its last day: one whose period
            // ends on 31 December is still open that year and concluded in the next, as the annual report counts it.
            var closedOn = deadline.Status == RequestStatus.Abandoned ? deadline.ClosedOn?.PlusDays(1) : deadline.ClosedOn;
            if (request.ReceivedOn >= from)
            {
                byChannel[request.Channel]++;
            }
            else if (closedOn is null || closedOn >= from)
            {
                carriedOver++;
            }

            if (closedOn is null)
            {
                carriedForward++;
                continue;
            }

            if (closedOn < from)
            {
                continue;
            }

            var closure = request.Events.LastOrDefault(e => e.On == closedOn && e is RequestAnswered or AnsweredOnTheSpot or RequestWithdrawn);
            var outcome = closure switch
            {
                RequestAnswered a => a.Outcome,
                AnsweredOnTheSpot s => s.Outcome,
                _ => AnswerOutcome.OtherHandling,
            };
            byOutcome[outcome]++;
            switch (deadline.Status)
            {
                case RequestStatus.AnsweredOnTheSpot or RequestStatus.AnsweredOnTime:
                    onTime++;
                    answered++;
                    workingDaysToAnswer += deadline.WorkingDaysUsed;
                    break;
                case RequestStatus.AnsweredLate:
                    late++;
                    answered++;
                    workingDaysToAnswer += deadline.WorkingDaysUsed + deadline.WorkingDaysOverdue;
                    break;
            }
        }

        return new RequestStatistics(
            from,
            to,
            carriedOver,
            byChannel.ToImmutableDictionary(),
            byOutcome.ToImmutableDictionary(),
            carriedForward,
            onTime,
            late,
            answered == 0 ? null : (double)workingDaysToAnswer / answered,
            invalid);
    }
}
