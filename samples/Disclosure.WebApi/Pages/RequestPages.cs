using System.Globalization;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;
using Disclosure.WebApi.Endpoints;
using Disclosure.WebApi.People;
using Disclosure.WebApi.Recording;
using Disclosure.WebApi.Storage;
using Microsoft.AspNetCore.Antiforgery;
using NodaTime;
using static Disclosure.WebApi.Recording.RequestRecordEndpoints;

namespace Disclosure.WebApi.Pages;

/// <summary>
/// The request pages: <c>/register</c> lists the bureau's stored requests with status and due date and registers a new one
/// (channel, dates, handling unit, the applicant's category the annual report counts); <c>/register/{id}</c> shows one request —
/// status, due date, findings and the day-by-day ledger — and records what happened next. Built on the request API's
/// parsing and storage (<see cref="RequestRecordEndpoints"/>); the person of every event is the signed-in account, and only a
/// head of the disclosure office may approve an extension.
/// </summary>
internal static class RequestPages
{
    internal static void MapRequestPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/register").ExcludeFromDescription().RequireAuthorization();
        pages.MapGet("", List);
        pages.MapPost("", Register);
        pages.MapGet("/{id}", Show);
        pages.MapPost("/{id}", RecordEvent);
    }

    private static async Task<IResult> List(HttpContext context, IAntiforgery af, People.People people, DisclosureSetup setup, EventStore store, IClock clock, string? asOf = null)
    {
        if (await people.CurrentAsync(context) is not { } user)
        {
            return Results.Redirect("/signin?returnUrl=/register");
        }

        return Day(setup, clock, asOf) is { } day
            ? await ListPage(new Html(context, af), user, setup, store, day, null, StatusCodes.Status200OK, context.RequestAborted)
            : await ListPage(new Html(context, af), user, setup, store, Today(setup, clock), BadDay(asOf), StatusCodes.Status400BadRequest, context.RequestAborted);
    }

    private static async Task<IResult> ListPage(Html html, WorkbenchUser user, DisclosureSetup setup, EventStore store, LocalDate day, string? error, int status, CancellationToken cancellationToken)
    {
        WorkbenchPages.Header(html, user);
        if (error is not null)
        {
            html.Element("p", error, "class=\"error\" id=\"error\"");
        }

        var requests = await ReadAllAsync(store, cancellationToken);
        if (requests.Count == 0)
        {
            html.Element("p", PageText.NoRequests, "id=\"no-requests\"");
        }
        else
        {
            html.Raw($"<table id=\"requests\"><thead><tr><th>{PageText.RequestId}</th><th>{PageText.ReceivedOn}</th><th>{PageText.Applicant}</th><th>{PageText.HandlingUnit}</th><th>{PageText.Status}</th><th>{PageText.DueOn}</th><th>{PageText.OverdueDays}</th></tr></thead><tbody>");
            var calculator = setup.RequestCalculator;
            foreach (var r in requests)
            {
                var deadline = Evaluate(calculator, r.Request, day);
                html.Raw($"<tr data-request=\"{Html.Encode(r.Id)}\"><td><a href=\"/register/{Uri.EscapeDataString(r.Id)}\">{Html.Encode(r.Id)}</a></td>")
                    .Element("td", Iso(r.Request.ReceivedOn))
                    .Element("td", Applicant(r.Request.Received.Applicant))
                    .Element("td", setup.UnitName(r.Request.HandlingUnit))
                    .Element("td", deadline is null ? PageText.Uncovered : PageText.RequestStatuses[deadline.Status.ToString()], "class=\"status\"")
                    .Element("td", deadline?.DueOn is { } due ? Iso(due) : "")
                    .Element("td", deadline is { WorkingDaysOverdue: > 0 } d ? d.WorkingDaysOverdue.ToString(CultureInfo.InvariantCulture) : "")
                    .Raw("</tr>");
            }

            html.Raw("</tbody></table>");
        }

        html.Element("h2", PageText.Register).Form("/register", "register")
            .Input("id", PageText.RequestId)
            .Select("channel", PageText.Channel, RequestChannel.All.Select(c => (c.Id, c.Name)))
            .Input("submittedOn", PageText.SubmittedOn, "date")
            .Input("confirmedOn", PageText.ConfirmedOn, "date")
            .Select("applicant", PageText.Applicant, Enum.GetNames<ApplicantCategory>().Select(n => (n, PageText.Applicants[n])))
            .Select("unit", PageText.HandlingUnit, setup.OrgChart.Units.Select(u => (u.Id.Value, u.Name)).Prepend(("", PageText.NotGiven)))
            .Raw($"<button type=\"submit\" id=\"register-request\">{PageText.Register}</button></form>");
        return html.Page(PageText.Requests, status);
    }

    private static async Task<IResult> Register(HttpContext context, IAntiforgery af, People.People people, DisclosureSetup setup, EventStore store, IClock clock, IFormCollection form)
    {
        if (await people.CurrentAsync(context) is not { } user)
        {
            return Results.Redirect("/signin?returnUrl=/register");
        }

        var body = new ReceiveRequest(form["id"], form["channel"], form["submittedOn"], form["confirmedOn"], form["unit"], form["applicant"]);
        var (request, error) = ParseReceipt(body, setup);
        var today = Today(setup, clock);
        if (error is not null)
        {
            return await ListPage(new Html(context, af), user, setup, store, today, Invalid(error), StatusCodes.Status400BadRequest, context.RequestAborted);
        }

        var id = body.Id!;
        return await RegisterAsync(store, id, request!, user.UserName!, context.RequestAborted) is null
            ? await ListPage(new Html(context, af), user, setup, store, today, string.Format(CultureInfo.InvariantCulture, PageText.Taken, id), StatusCodes.Status409Conflict, context.RequestAborted)
            : Results.Redirect($"/register/{Uri.EscapeDataString(id)}");
    }

    private static async Task<IResult> Show(string id, HttpContext context, IAntiforgery af, People.People people, DisclosureSetup setup, EventStore store, IClock clock, string? asOf = null)
    {
        if (await people.CurrentAsync(context) is not { } user)
        {
            return Results.Redirect($"/signin?returnUrl=/register/{Uri.EscapeDataString(id)}");
        }

        if (await ReadAsync(store, id, context.RequestAborted) is not { } stored)
        {
            return Results.NotFound();
        }

        return Day(setup, clock, asOf) is { } day
            ? RequestPage(new Html(context, af), user, setup, stored, day, null, StatusCodes.Status200OK)
            : RequestPage(new Html(context, af), user, setup, stored, Today(setup, clock), [BadDay(asOf)], StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> RecordEvent(string id, HttpContext context, IAntiforgery af, People.People people, DisclosureSetup setup, EventStore store, IClock clock, IFormCollection form)
    {
        if (await people.CurrentAsync(context) is not { } user)
        {
            return Results.Redirect($"/signin?returnUrl=/register/{Uri.EscapeDataString(id)}");
        }

        if (await ReadAsync(store, id, context.RequestAborted) is not { } current)
        {
            return Results.NotFound();
        }

        var today = Today(setup, clock);
        IResult Again(IReadOnlyList<string> problems, int status) => RequestPage(new Html(context, af), user, setup, current, today, problems, status);

        if (!int.TryParse(form["expectedVersion"], NumberStyles.None, CultureInfo.InvariantCulture, out var expected) || expected != current.Version)
        {
            return Again([PageText.RequestChanged], StatusCodes.Status409Conflict);
        }

        var person = PersonId.Parse(user.UserName!);
        var type = form["type"].ToString();
        if (type == "extension-approved" && !setup.Office.IsHead(person))
        {
            return Again([string.Format(CultureInfo.InvariantCulture, PageText.OfficeHeadsOnly, user.UserName)], StatusCodes.Status403Forbidden);
        }

        int? days = int.TryParse(form["workingDays"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        var (e, error) = ParseEvent(new EventRequest(type, form["on"], form["correctBy"], form["consultationId"], form["party"], form["deliveredOn"], days, form["outcome"], expected, form["ground"]), person);
        if (error is not null)
        {
            return Again([Invalid(error)], StatusCodes.Status400BadRequest);
        }

        Recorded recorded;
        try
        {
            recorded = await RecordAsync(store, setup, current, e!, user.UserName!, context.RequestAborted);
        }
        catch (CalendarCoverageException x)
        {
            return Again([x.GetMessage(PageText.Culture)], StatusCodes.Status400BadRequest);
        }

        if (recorded.Refused.Count > 0)
        {
            return Again([PageText.EventRefused, .. recorded.Refused.Select(Chinese)], StatusCodes.Status422UnprocessableEntity);
        }

        return recorded.Request is null ? Again([PageText.RequestChanged], StatusCodes.Status409Conflict) : Results.Redirect($"/register/{Uri.EscapeDataString(id)}");
    }

    private static IResult RequestPage(Html html, WorkbenchUser user, DisclosureSetup setup, Stored stored, LocalDate day, IReadOnlyList<string>? problems, int status)
    {
        WorkbenchPages.Header(html, user);
        if (problems is not null)
        {
            html.Raw("<div class=\"error\" id=\"error\"><ul>");
            foreach (var p in problems)
            {
                html.Element("li", p);
            }

            html.Raw("</ul></div>");
        }

        var request = stored.Request;
        var calculator = setup.RequestCalculator;
        RequestLedger? ledger;
        try
        {
            ledger = calculator.Explain(request, day);
        }
        catch (CalendarCoverageException e)
        {
            ledger = null;
            html.Element("p", e.GetMessage(PageText.Culture), "class=\"error\" id=\"coverage\"");
        }

        var deadline = ledger?.Deadline;
        html.Raw("<dl id=\"state\">")
            .Element("dt", PageText.ReceivedOn).Element("dd", $"{Iso(request.ReceivedOn)}（{request.Channel.Name}）")
            .Element("dt", PageText.Applicant).Element("dd", Applicant(request.Received.Applicant))
            .Element("dt", PageText.HandlingUnit).Element("dd", setup.UnitName(request.HandlingUnit))
            .Element("dt", PageText.Status).Element("dd", deadline is null ? "" : PageText.RequestStatuses[deadline.Status.ToString()], "id=\"status\"")
            .Element("dt", PageText.DueOn).Element("dd", deadline?.DueOn is { } due ? Iso(due) : "", "id=\"due\"")
            .Element("dt", PageText.RemainingDays).Element("dd", deadline?.WorkingDaysRemaining.ToString(CultureInfo.InvariantCulture) ?? "")
            .Element("dt", PageText.OverdueDays).Element("dd", deadline?.WorkingDaysOverdue.ToString(CultureInfo.InvariantCulture) ?? "")
            .Raw("</dl>");

        // Violations (a stored history that breaks a rule) and findings (breaches that leave it valid), in Chinese.
        var found = (deadline?.Violations ?? []).Concat(calculator.Findings(request)).ToList();
        html.Element("h2", PageText.Findings).Raw("<ul id=\"findings\">");
        foreach (var v in found)
        {
            html.Element("li", Chinese(v));
        }

        html.Raw("</ul>");
        if (found.Count == 0)
        {
            html.Element("p", PageText.NoFindings, "id=\"no-findings\"");
        }

        if (ledger is not null)
        {
            html.Element("h2", PageText.Ledger)
                .Raw($"<table id=\"ledger\"><thead><tr><th>{PageText.Day}</th><th>{PageText.Status}</th><th>{PageText.DayCounted}</th><th>{PageText.RunningCount}</th><th>{PageText.Notes}</th></tr></thead><tbody>");
            foreach (var entry in ledger.Entries)
            {
                // The library's own words for the day and its notes, in the page's language.
                html.Raw($"<tr data-date=\"{Iso(entry.Date)}\" data-reason=\"{Html.Encode(entry.Reason.Id)}\">")
                    .Element("td", Iso(entry.Date))
                    .Element("td", entry.GetExplanation(PageText.Culture))
                    .Element("td", entry.Counted ? PageText.Yes : PageText.No)
                    .Element("td", entry.RunningCount.ToString(CultureInfo.InvariantCulture))
                    .Element("td", string.Join("；", entry.GetNotes(PageText.Culture)))
                    .Raw("</tr>");
            }

            html.Raw("</tbody></table>");
        }

        // Dated events may still come after a computed state such as 视为放弃申请 (a correction received in time, recorded late); only an
        // answer or a withdrawal ends the recording.
        if (!request.Events.Any(e => e is RequestAnswered or AnsweredOnTheSpot or RequestWithdrawn))
        {
            EventForms(html, setup, user, stored);
        }

        return html.Page($"{PageText.Requests} · {stored.Id}", status);
    }

    /// <summary>One small form per kind of event; the extension form only for a head of the disclosure office.</summary>
    private static void EventForms(Html html, DisclosureSetup setup, WorkbenchUser user, Stored stored)
    {
        var action = $"/register/{Uri.EscapeDataString(stored.Id)}";
        html.Element("h2", PageText.RecordEvent);
        void Form(string type, string title, Action<Html> fields)
        {
            html.Raw("<section>").Element("h3", title).Form(action, type)
                .Raw($"<input type=\"hidden\" name=\"type\" value=\"{type}\"><input type=\"hidden\" name=\"expectedVersion\" value=\"{stored.Version}\">")
                .Input("on", PageText.EventOn, "date", id: $"{type}-on");
            fields(html);
            html.Raw($"<button type=\"submit\" id=\"{type}-save\">{PageText.Save}</button></form></section>");
        }

        Form("correction-requested", PageText.CorrectionRequested, h => h.Input("correctBy", PageText.CorrectBy, "date", id: "correction-requested-by"));
        Form("correction-received", PageText.CorrectionReceived, _ => { });
        Form("consultation-sent", PageText.ConsultationSent, h => h
            .Input("consultationId", PageText.ConsultationId, id: "consultation-sent-id")
            .Select("party", PageText.Party, PageText.Parties.Select(p => (p.Key, p.Value)), "consultation-sent-party")
            .Input("deliveredOn", PageText.DeliveredOn, "date", id: "consultation-sent-delivered"));
        Form("consultation-answered", PageText.ConsultationAnswered, h => h.Input("consultationId", PageText.ConsultationId, id: "consultation-answered-id"));
        if (setup.Office.IsHead(PersonId.Parse(user.UserName!)))
        {
            Form("extension-approved", PageText.ExtensionApproved, h => h.Input("workingDays", PageText.WorkingDays, "number", "20", "extension-approved-days"));
        }

        Form("answered", PageText.Answered, h => h
            .Select("outcome", PageText.Outcome, Enum.GetNames<AnswerOutcome>().Select(o => (o, PageText.Outcomes[o])), "answered-outcome")
            .Select("ground", PageText.Ground, Grounds(), "answered-ground"));
        if (stored.Request.Events.Length == 1)
        {
            // 当场答复 is given on the day of receipt before anything else (the library refuses it later).
            Form("answered-on-the-spot", PageText.AnsweredOnTheSpot, h => h
                .Select("outcome", PageText.Outcome, Enum.GetNames<AnswerOutcome>().Select(o => (o, PageText.Outcomes[o])), "answered-on-the-spot-outcome")
                .Select("ground", PageText.Ground, Grounds(), "answered-on-the-spot-ground"));
        }

        Form("withdrawn", PageText.Withdrawn, _ => { });
    }

    private static IEnumerable<(string, string)> Grounds() =>
        Enum.GetValues<AnswerGround>().Select(g => (g.ToString(), $"{PageText.Outcomes[g.Outcome().ToString()]} {PageText.Grounds[g.ToString()]}")).Prepend(("", PageText.NoGround));

    /// <summary>A violation or finding in Chinese: the code's Chinese title, then the library's message (code, article, event, what is wrong).</summary>
    internal static string Chinese(RequestViolation v) => $"{v.Code.GetTitle(PageText.Culture)}：{v.GetMessage(PageText.Culture)}";

    private static string Invalid(InputError error) =>
        string.Format(CultureInfo.InvariantCulture, PageText.Invalid, PageText.Fields.TryGetValue(error.Field, out var label) ? label : error.Field, error.Message);

    private static string Applicant(ApplicantCategory? applicant) => applicant is { } a ? PageText.Applicants[a.ToString()] : PageText.NotGiven;

    private static RequestDeadline? Evaluate(RequestDeadlineCalculator calculator, InformationRequest request, LocalDate day)
    {
        try
        {
            return calculator.Evaluate(request, day);
        }
        catch (CalendarCoverageException)
        {
            return null;
        }
    }

    /// <summary>The day to show: <paramref name="asOf"/> when given (null when it is not a date), otherwise today.</summary>
    private static LocalDate? Day(DisclosureSetup setup, IClock clock, string? asOf) =>
        string.IsNullOrWhiteSpace(asOf) ? Today(setup, clock) : NodaTime.Text.LocalDatePattern.Iso.Parse(asOf.Trim()) is { Success: true } r ? r.Value : null;

    private static string BadDay(string? asOf) => string.Format(CultureInfo.InvariantCulture, PageText.Invalid, PageText.Day, $"'{asOf}' {PageText.BadDate}");

    private static LocalDate Today(DisclosureSetup setup, IClock clock) => clock.GetCurrentInstant().InZone(setup.Catalog.TimeZone).Date;

    private static string Iso(LocalDate day) => CalendarEndpoints.Iso(day);
}
