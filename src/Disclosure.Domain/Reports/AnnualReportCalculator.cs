using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Reports;

/// <summary>
/// Computes the annual report's tables from the records: the request register (三), the proactive-disclosure register (二) and
/// the appeals register (四).
/// </summary>
/// <remarks>
/// <para>Counting rules of 三 (the template's own, and where it is silent, ours):</para>
/// <list type="bullet">
/// <item>Each request counts in its applicant's column (<see cref="RequestReceived.Applicant"/>); 总计 is the sum of the six.</item>
/// <item>一、本年新收: received (第三十一条 day of receipt) in the year. 二、上年结转: received before the year and not concluded
/// before 1 January. 四、结转下年度继续办理: not concluded on 31 December. A request answered on 31 December is concluded in the year.</item>
/// <item>三、本年度办理结果: concluded in the year, once, by its answer's outcome and ground (<see cref="AnswerGround"/>): 部分公开 only in
/// （二） ("区分处理的，只计这一情形"); withdrawn (撤回) in （六）3.其他; deemed abandoned after a correction notice (第三十条 "视为放弃申请") in
/// （六）1, on the day after the correction period's last day — so a period ending on 31 December carries the request forward.</item>
/// <item>Only the request's own events count; the working-day calendar is needed only to check the rules that count working days
/// (below), so without it a report on a year whose successor is not yet published can be computed.</item>
/// </list>
/// <para>So the template's check 一 + 二 = （七） + 四 holds in every column by construction. Records that cannot be counted — a
/// request without applicant category, a 不予公开 answer without ground, a history that breaks a rule, an appeal naming no
/// request — stop the computation with every problem listed (<see cref="AnnualReportException"/>): a report is never computed
/// by guessing. Stateless and thread-safe.</para>
/// <para>Which rules stop it (<see cref="AnnualReportProblemCodes.InvalidHistory"/>, naming the request and the rule's code): always
/// those <see cref="InformationRequest.Violations"/> lists (the rules that need no calendar, for example <c>event-before-receipt</c>)
/// and <see cref="RequestViolationCodes.SecondExtension"/>; with a calendar, also every other rule
/// <see cref="RequestDeadlineCalculator.Validate"/> reports — <see cref="RequestViolationCodes.CorrectionRequestTooLate"/> and
/// <see cref="RequestViolationCodes.ExtensionAfterDeadline"/> — so the report refuses exactly the histories
/// <see cref="RequestStatistics"/> with the same calendar and office leaves out as <see cref="RequestStatistics.Invalid"/>, among the requests that
/// count in the year. One exception: <see cref="RequestViolationCodes.ReceivedBeforeRegulation"/> does not stop it, since a request
/// under the 2007 条例 is still counted by the template (its calendar rules, not the 2019 ones, are then left unchecked). A request whose
/// check needs a year the calendar does not cover stops it too (<see cref="AnnualReportProblemCodes.CalendarNotCovered"/>).</para>
/// </remarks>
public static class AnnualReportCalculator
{
    /// <summary>The one head of the office built when no office is given and no one approved an extension (so no one is asked).</summary>
    private const string AnyApprover = "disclosure-office-head";

    /// <summary>Computes the report on a year.</summary>
    /// <param name="year">The year reported on.</param>
    /// <param name="requests">The request register: every request received up to the end of the year (later ones are ignored), earlier years included for 上年结转.</param>
    /// <param name="proactive">The proactive-disclosure register, or <see langword="null"/> to leave 二 blank.</param>
    /// <param name="appeals">The appeals register, or <see langword="null"/> to leave 四 blank (an empty register gives zeros).</param>
    /// <param name="prose">The prose sections, placed as given; <see langword="null"/> for none.</param>
    /// <param name="agency">The agency's name, or <see langword="null"/>.</param>
    /// <param name="office">
    /// The disclosure office whose heads alone can approve an extension (第三十三条), as given to <see cref="RequestDeadlineCalculator"/>: a
    /// history with a second extension a head approved in one answer period is refused like any other invalid history, and one approved by
    /// anyone else does not count. <see langword="null"/> counts every approver as a head, so any second extension refuses the history.
    /// </param>
    /// <param name="calendar">
    /// The working-day calendar, to check the rules that count working days (see the remarks), with <paramref name="office"/> as
    /// <see cref="RequestDeadlineCalculator"/> would; <see langword="null"/> leaves them unchecked, as before this parameter existed, so
    /// such a history is counted although <see cref="RequestStatistics"/> leaves it out. Pass it whenever the years are covered.
    /// </param>
    /// <returns>The report in the 2021 layout.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requests"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is before 2008.</exception>
    /// <exception cref="AnnualReportException">Some records cannot be counted; every problem is listed.</exception>
    [Pure]
    public static AnnualReport Compute(
        int year,
        IEnumerable<RegisteredRequest> requests,
        ProactiveRegister? proactive = null,
        IEnumerable<AppealCase>? appeals = null,
        ReportProse? prose = null,
        string? agency = null,
        DisclosureOffice? office = null,
        WorkingDayCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2008);
        var start = new LocalDate(year, 1, 1);
        var end = new LocalDate(year, 12, 31);
        var problems = new List<Problem>();
        var cells = new List<ReportCell>();
        var register = requests.ToList();
        var validate = Validation(register, office, calendar);
        var counts = CountRequests(register, start, end, validate, problems);
        var columns = ReportTable.ApplicantColumns;
        foreach (var row in ReportTable.Requests.Rows)
        {
            var values = row == ReportTable.ConcludedTotalRow
                ? Enumerable.Range(0, columns.Length).Select(c => ReportTable.OutcomeRows.Sum(r => counts[r][c])).ToArray()
                : counts[row];
            for (var c = 0; c < columns.Length; c++)
            {
                cells.Add(new ReportCell(row, columns[c], values[c]));
            }

            cells.Add(new ReportCell(row, ReportTable.RequestTotal, values.Sum()));
        }

        if (proactive is not null)
        {
            cells.AddRange(CountProactive(proactive, year, start, end, problems));
        }

        if (appeals is not null)
        {
            cells.AddRange(CountAppeals(appeals, register, start, end, problems));
        }

        if (problems.Exists(p => p.Severity == ProblemSeverity.Error))
        {
            throw new AnnualReportException(ReportTexts.Text("Calc.Invalid", year), problems);
        }

        return AnnualReport.Create(year, cells, prose, agency);
    }

    /// <summary>Gets the day a request was concluded and the result row it counts in, or nulls while open.</summary>
    internal static (LocalDate? On, ReportRow? Row, RequestEvent? Answer) Conclusion(InformationRequest request)
    {
        RequestEvent? closure = null;
        CorrectionRequested? correction = null;
        CorrectionReceived? arrival = null;
        foreach (var e in request.Events)
        {
            switch (e)
            {
                case RequestAnswered or AnsweredOnTheSpot or RequestWithdrawn when closure is null:
                    closure = e;
                    break;
                case CorrectionRequested c when correction is null:
                    correction = c;
                    break;
                case CorrectionReceived r when arrival is null:
                    arrival = r;
                    break;
            }
        }

        if (closure is not null)
        {
            var row = closure switch
            {
                RequestWithdrawn => ReportTable.GroundRows[AnswerGround.Other],
                RequestAnswered a => RowOf(a.Outcome, a.Ground),
                AnsweredOnTheSpot s => RowOf(s.Outcome, s.Ground),
                _ => null,
            };
            return (closure.On, row, closure);
        }

        return correction is not null && arrival is null
            ? (correction.CorrectBy.PlusDays(1), ReportTable.GroundRows[AnswerGround.CorrectionNotMade], correction)
            : (null, null, null);
    }

    private static ReportRow? RowOf(AnswerOutcome outcome, AnswerGround? ground) => outcome switch
    {
        AnswerOutcome.Disclosed => ReportTable.DisclosedRow,
        AnswerOutcome.PartlyDisclosed => ReportTable.PartlyDisclosedRow,
        _ => ground is { } g ? ReportTable.GroundRows[g] : null,
    };

    /// <summary>Gets how a request's history is validated: by the deadline calculator when there is a calendar, else without one.</summary>
    private static Func<InformationRequest, ImmutableArray<RequestViolation>> Validation(List<RegisteredRequest> register, DisclosureOffice? office, WorkingDayCalendar? calendar)
    {
        if (calendar is null)
        {
            Func<PersonId, bool> isHead = office is null ? static _ => true : office.IsHead;
            return r => r.Violations.AddRange(r.SecondExtensions(isHead));
        }

        // Without an office every approver counts as a head: the office of exactly the register's approvers says so. With no extension
        // in the register no one is ever asked, so any one head will do.
        office ??= DisclosureOffice.HeadedBy(register
            .Where(e => e is not null)
            .SelectMany(e => e.Request.Events.OfType<ExtensionApproved>().Select(x => x.Approver))
            .DefaultIfEmpty(PersonId.Parse(AnyApprover)));
        var deadlines = new RequestDeadlineCalculator(calendar, office);
        return r => deadlines.Validate(r).RemoveAll(static v => v.Code == RequestViolationCodes.ReceivedBeforeRegulation);
    }

    private static Dictionary<ReportRow, int[]> CountRequests(List<RegisteredRequest> register, LocalDate start, LocalDate end, Func<InformationRequest, ImmutableArray<RequestViolation>> validate, List<Problem> problems)
    {
        var counts = ReportTable.Requests.Rows.ToDictionary(r => r, _ => new int[ReportTable.ApplicantColumns.Length]);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < register.Count; i++)
        {
            var entry = register[i];
            ArgumentNullException.ThrowIfNull(entry, "requests");
            var request = entry.Request;
            var at = new ProblemLocation("requests", i, entry.Id);
            if (!ids.Add(entry.Id))
            {
                problems.Add(Problem.Error(AnnualReportProblemCodes.DuplicateId, at, ReportTexts.Text("Calc.RequestIdTwice", entry.Id)));
            }

            if (request.ReceivedOn > end)
            {
                continue;
            }

            var (closedOn, row, answer) = Conclusion(request);
            if (closedOn < start)
            {
                continue;
            }

            ImmutableArray<RequestViolation> violations;
            try
            {
                violations = validate(request);
            }
            catch (CalendarCoverageException e)
            {
                problems.Add(Problem.Error(AnnualReportProblemCodes.CalendarNotCovered, new ProblemLocation(at.Section, at.Index, at.EntryId, "events"),
                    ReportTexts.Text("Calc.CalendarNotCovered", entry.Id, e.Year)));
                continue;
            }

            if (!violations.IsEmpty)
            {
                problems.Add(Problem.Error(AnnualReportProblemCodes.InvalidHistory, new ProblemLocation(at.Section, at.Index, at.EntryId, "events"),
                    ReportTexts.Text("Calc.InvalidHistory", entry.Id, violations.Select(v => v.Text).Aggregate((a, b) => ReportTexts.Text("Calc.ViolationsJoin", a, b)))));
                continue;
            }

            if (request.Received.Applicant is not { } applicant)
            {
                problems.Add(Problem.Error(AnnualReportProblemCodes.UnknownApplicant, new ProblemLocation(at.Section, at.Index, at.EntryId, "applicant"),
                    ReportTexts.Text("Calc.NoApplicant", entry.Id, request.ReceivedOn)));
                continue;
            }

            var column = (int)applicant;
            counts[request.ReceivedOn >= start ? ReportTable.NewRow : ReportTable.CarriedOverRow][column]++;
            if (closedOn is not { } on || on > end)
            {
                counts[ReportTable.CarriedForwardRow][column]++;
            }
            else if (row is null)
            {
                var outcome = answer switch { RequestAnswered a => a.Outcome, AnsweredOnTheSpot s => s.Outcome, _ => AnswerOutcome.OtherHandling };
                problems.Add(Problem.Error(AnnualReportProblemCodes.MissingGround, new ProblemLocation(at.Section, at.Index, at.EntryId, "ground"),
                    ReportTexts.Text("Calc.NoGround", entry.Id, on, outcome)));
            }
            else
            {
                counts[row][column]++;
            }
        }

        return counts;
    }

    private static IEnumerable<ReportCell> CountProactive(ProactiveRegister register, int year, LocalDate start, LocalDate end, List<Problem> problems)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var documents = register.Documents.IsDefault ? [] : register.Documents;
        for (var i = 0; i < documents.Length; i++)
        {
            var d = documents[i];
            if (!ids.Add(d.Id))
            {
                problems.Add(Problem.Error(AnnualReportProblemCodes.DuplicateId, new ProblemLocation("documents", i, d.Id), ReportTexts.Text("Calc.DocumentIdTwice", d.Id)));
            }

            if (d.RepealedOn < d.IssuedOn)
            {
                problems.Add(Problem.Error(AnnualReportProblemCodes.ImpossibleDates, new ProblemLocation("documents", i, d.Id, "repealed"),
                    ReportTexts.Text("Calc.RepealedBeforeIssued", d.Title, d.RepealedOn.Value, d.IssuedOn)));
            }
        }

        foreach (var (kind, row) in new[] { (DocumentKind.Rule, ReportTable.RulesRow), (DocumentKind.NormativeDocument, ReportTable.NormativeDocumentsRow) })
        {
            var ofKind = documents.Where(d => d.Kind == kind).ToList();
            yield return new ReportCell(row, ReportTable.Issued, ofKind.Count(d => d.IssuedOn >= start && d.IssuedOn <= end));
            yield return new ReportCell(row, ReportTable.Repealed, ofKind.Count(d => d.RepealedOn >= start && d.RepealedOn <= end));
            yield return new ReportCell(row, ReportTable.InForce, ofKind.Count(d => d.IssuedOn <= end && !(d.RepealedOn <= end)));
        }

        var decisions = register.Decisions.IsDefault ? [] : register.Decisions;
        foreach (var (kind, row) in new[] { (DecisionKind.Licensing, ReportTable.LicensingRow), (DecisionKind.Penalty, ReportTable.PenaltyRow), (DecisionKind.Coercion, ReportTable.CoercionRow) })
        {
            var entries = decisions.Select((d, i) => (d, i)).Where(x => x.d.Kind == kind && x.d.Year == year).ToList();
            foreach (var (d, i) in entries.Where(x => x.d.Count < 0).Concat(entries.Skip(1)))
            {
                problems.Add(Problem.Error(AnnualReportProblemCodes.InvalidCount, new ProblemLocation("decisions", i, null, "count"),
                    d.Count < 0 ? ReportTexts.Text("Calc.NegativeDecisions", row.Label, year, d.Count) : ReportTexts.Text("Calc.DecisionsTwice", row.Label, year)));
            }

            yield return new ReportCell(row, ReportTable.Decisions, entries.Count == 0 ? null : entries[0].d.Count);
        }

        var fees = (register.Fees.IsDefault ? [] : register.Fees).Select((f, i) => (f, i)).Where(x => x.f.Year == year).ToList();
        foreach (var (f, i) in fees.Where(x => x.f.AmountWanYuan < 0).Concat(fees.Skip(1)))
        {
            problems.Add(Problem.Error(AnnualReportProblemCodes.InvalidCount, new ProblemLocation("fees", i, null, "amountWanYuan"),
                ReportTexts.Text(f.AmountWanYuan < 0 ? "Calc.NegativeFees" : "Calc.FeesTwice", year)));
        }

        yield return new ReportCell(ReportTable.FeesRow, ReportTable.FeeAmount, fees.Count == 0 ? null : fees[0].f.AmountWanYuan);
    }

    private static IEnumerable<ReportCell> CountAppeals(IEnumerable<AppealCase> appeals, List<RegisteredRequest> register, LocalDate start, LocalDate end, List<Problem> problems)
    {
        var requests = new Dictionary<string, InformationRequest>(StringComparer.Ordinal);
        foreach (var r in register)
        {
            requests.TryAdd(r.Id, r.Request);
        }

        var counts = new int[ReportTable.AppealGroups.Length, 4];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var appeal in appeals)
        {
            ArgumentNullException.ThrowIfNull(appeal, nameof(appeals));
            var at = new ProblemLocation("appeals", index++, appeal.Id);
            var valid = true;
            if (!ids.Add(appeal.Id))
            {
                problems.Add(Problem.Error(AnnualReportProblemCodes.DuplicateId, at, ReportTexts.Text("Calc.AppealIdTwice", appeal.Id)));
            }

            if (!requests.TryGetValue(appeal.RequestId, out var request))
            {
                problems.Add(Problem.Error(AnnualReportProblemCodes.AppealWithoutRequest, new ProblemLocation(at.Section, at.Index, at.EntryId, "request"),
                    ReportTexts.Text("Calc.AppealWithoutRequest", appeal.Id, appeal.RequestId)));
                valid = false;
            }
            else if (appeal.FiledOn < request.ReceivedOn)
            {
                problems.Add(Problem.Error(AnnualReportProblemCodes.AppealBeforeRequest, new ProblemLocation(at.Section, at.Index, at.EntryId, "filed"),
                    ReportTexts.Text("Calc.AppealBeforeRequest", appeal.Id, appeal.FiledOn, appeal.RequestId, request.ReceivedOn)));
                valid = false;
            }

            if (appeal.Result.HasValue != appeal.DecidedOn.HasValue || appeal.DecidedOn < appeal.FiledOn)
            {
                problems.Add(Problem.Error(AnnualReportProblemCodes.ImpossibleDates, new ProblemLocation(at.Section, at.Index, at.EntryId, "decided"),
                    ReportTexts.Text("Calc.AppealDates", appeal.Id, appeal.FiledOn)));
                valid = false;
            }

            if (!valid || appeal.FiledOn > end || appeal.DecidedOn < start)
            {
                continue;
            }

            var column = appeal.DecidedOn <= end ? (int)appeal.Result!.Value : 3;
            counts[(int)appeal.Kind, column]++;
        }

        for (var g = 0; g < ReportTable.AppealGroups.Length; g++)
        {
            var (parts, total) = ReportTable.AppealGroups[g];
            var sum = 0;
            for (var c = 0; c < parts.Length; c++)
            {
                sum += counts[g, c];
                yield return new ReportCell(ReportTable.AppealRow, parts[c], counts[g, c]);
            }

            yield return new ReportCell(ReportTable.AppealRow, total, sum);
        }
    }
}
