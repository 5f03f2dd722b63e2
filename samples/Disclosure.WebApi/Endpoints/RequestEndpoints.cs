using Disclosure.Domain.Calendars;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;
using NodaTime;

namespace Disclosure.WebApi.Endpoints;

/// <summary>
/// <c>GET /requests/deadline</c>: one information request's answer deadline (依申请公开, 《政府信息公开条例》 第三十三条);
/// <c>GET /requests</c>: the deadlines of the requests in the configured register and of those recorded through the API or pages.
/// </summary>
internal static class RequestEndpoints
{
    internal static void MapRequests(this IEndpointRouteBuilder app)
    {
        app.MapGet("/requests/deadline", GetDeadline)
            .WithName("GetRequestDeadline")
            .WithSummary("An information request's answer deadline")
            .WithDescription("The due date, working days used and remaining, status and the deadlines others owe, on the working-day calendar. "
                + "A history that breaks a rule of the regulation is answered with its violations (codes and messages), not an error.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesValidationProblem();
        app.MapGet("/requests", GetRegister)
            .WithName("GetRequests")
            .WithSummary("The request register's deadlines on a day: the configured requests and those recorded with POST /api/requests")
            .Produces<RequestBoardDto>()
            .ProducesValidationProblem();
    }

    /// <summary>Evaluates one request described by query parameters.</summary>
    internal static IResult GetDeadline(
        DisclosureSetup setup,
        IClock clock,
        string? received,
        string? channel = null,
        string? confirmed = null,
        string? unit = null,
        string? extensionApproved = null,
        int? extension = null,
        string? approver = null,
        string[]? consultation = null,
        string? answered = null,
        string? withdrawn = null,
        string? asOf = null,
        bool ledger = false)
    {
        if (received is null)
        {
            return ApiInput.Invalid("received", UiLanguage.Pick("请给出收到申请之日（yyyy-MM-dd）。", "give the day the application was received (yyyy-MM-dd)."));
        }

        if (!ApiInput.TryDate(received, "received", out var receivedOn, out var problem))
        {
            return problem!;
        }

        RequestChannel? requestChannel = RequestChannel.InPerson;
        if (channel is not null && !RequestChannel.TryParse(channel, out requestChannel))
        {
            return ApiInput.Invalid("channel", UiLanguage.Format("“{0}”不是提交方式；请用其中之一：{1}。", "'{0}' is not a channel; use one of {1}.", channel, string.Join(", ", RequestChannel.All.Select(c => c.Id))));
        }

        var confirmedOn = receivedOn;
        if (confirmed is not null && !ApiInput.TryDate(confirmed, "confirmed", out confirmedOn, out problem))
        {
            return problem!;
        }

        UnitId? handlingUnit = null;
        if (unit is not null)
        {
            if (!UnitId.IsValid(unit))
            {
                return ApiInput.Invalid("unit", UiLanguage.Format("“{0}”不是科室标识（用连字符连接的小写英文单词，例如 social-assistance）。", "'{0}' is not a unit id (lower-case words joined by hyphens, for example social-assistance).", unit));
            }

            handlingUnit = UnitId.Parse(unit);
        }

        var events = new List<(LocalDate On, int Rank, RequestEvent Event)>();
        if (extension is { } days)
        {
            if (days <= 0)
            {
                return ApiInput.Invalid("extension", UiLanguage.Format("{0} 不是正的工作日数。", "{0} is not a positive number of working days.", days));
            }

            if (extensionApproved is null)
            {
                return ApiInput.Invalid("extensionApproved", UiLanguage.Pick("请给出同意延期之日。", "give the day the extension was approved."));
            }

            if (!ApiInput.TryDate(extensionApproved, "extensionApproved", out var approvedOn, out problem))
            {
                return problem!;
            }

            approver ??= DisclosureSetup.DefaultOfficeHead;
            if (!PersonId.TryParse(approver, out var approverId))
            {
                return ApiInput.Invalid("approver", PersonId.Explain(approver)!);
            }

            events.Add((approvedOn, 2, new ExtensionApproved(approvedOn, days, approverId)));
        }

        var index = 0;
        foreach (var text in consultation ?? [])
        {
            var parts = text.Split(':');
            if (parts.Length is < 2 or > 3 || (parts.Length == 3 && parts[2] is not ("agency" or "third-party")))
            {
                return ApiInput.Invalid("consultation", UiLanguage.Format("“{0}”的格式不对，应为 FROM:TO、FROM: 或 FROM:TO:机关。", "'{0}' is not FROM:TO, FROM: or FROM:TO:agency.", text));
            }

            var id = $"C{++index}";
            if (!ApiInput.TryDate(parts[0], "consultation", out var sent, out problem))
            {
                return problem!;
            }

            var party = parts.Length == 3 && parts[2] == "agency" ? ConsultationParty.OtherAgency : ConsultationParty.ThirdParty;
            events.Add((sent, 3, new ConsultationSent(sent, id, party)));
            if (parts[1].Length > 0)
            {
                if (!ApiInput.TryDate(parts[1], "consultation", out var reply, out problem))
                {
                    return problem!;
                }

                if (reply < sent)
                {
                    return ApiInput.Invalid("consultation", UiLanguage.Format("“{0}”：收到答复之日（{1}）早于发函之日（{2}）；请按 FROM:TO 先写发函之日。", "'{0}': the reply ({1}) is before the letter was sent ({2}); write FROM:TO with the day the letter was sent first.", text, parts[1], parts[0]));
                }

                events.Add((reply, 4, new ConsultationAnswered(reply, id)));
            }
        }

        if (answered is not null)
        {
            if (!ApiInput.TryDate(answered, "answered", out var answeredOn, out problem))
            {
                return problem!;
            }

            events.Add((answeredOn, 5, new RequestAnswered(answeredOn)));
        }

        if (withdrawn is not null)
        {
            if (!ApiInput.TryDate(withdrawn, "withdrawn", out var withdrawnOn, out problem))
            {
                return problem!;
            }

            events.Add((withdrawnOn, 6, new RequestWithdrawn(withdrawnOn)));
        }

        if (!ApiInput.TryAsOf(asOf, setup, clock, out var day, out problem))
        {
            return problem!;
        }

        var request = InformationRequest.Receive(RequestReceived.Create(requestChannel!, receivedOn, confirmedOn), handlingUnit);
        foreach (var e in events.OrderBy(e => e.On).ThenBy(e => e.Rank))
        {
            request = request.Record(e.Event);
        }

        if (day < request.ReceivedOn)
        {
            return ApiInput.Invalid("asOf", UiLanguage.Format("{0} 早于收到申请之日 {1}。", "{0} is before the day of receipt {1}.", CalendarEndpoints.Iso(day), CalendarEndpoints.Iso(request.ReceivedOn)));
        }

        try
        {
            var calculator = setup.RequestCalculator;
            var explained = calculator.Explain(request, day);
            return TypedResults.Text(explained.Deadline.ToJson(ledger ? explained : null), "application/json");
        }
        catch (CalendarCoverageException e)
        {
            return ApiInput.Uncovered("asOf", e);
        }
    }

    /// <summary>Evaluates every request of the configured register on a day.</summary>
    internal static async Task<IResult> GetRegister(DisclosureSetup setup, IClock clock, Storage.EventStore store, HttpContext context, string? asOf = null)
    {
        if (!ApiInput.TryAsOf(asOf, setup, clock, out var day, out var problem))
        {
            return problem!;
        }

        var stored = await Recording.RequestRecordEndpoints.ReadAllAsync(store, context.RequestAborted);
        try
        {
            return TypedResults.Ok(new RequestBoardDto(CalendarEndpoints.Iso(day), Evaluate(setup, day, stored.Select(r => (r.Id, "", r.Request)))));
        }
        catch (CalendarCoverageException e)
        {
            return ApiInput.Uncovered("asOf", e);
        }
    }

    /// <summary>The configured register's requests and the recorded ones received on or before <paramref name="day"/>, evaluated on that day.</summary>
    internal static IReadOnlyList<RequestRowDto> Evaluate(DisclosureSetup setup, LocalDate day, IEnumerable<(string Id, string Title, InformationRequest Request)> recorded)
    {
        var calculator = setup.RequestCalculator;
        return [.. setup.Requests.Concat(recorded)
            .Where(r => r.Request.ReceivedOn <= day)
            .Select(r => (r.Id, r.Title, Deadline: calculator.Evaluate(r.Request, day)))
            .Select(r => new RequestRowDto(
                r.Id,
                r.Title,
                r.Deadline.Request.HandlingUnit?.Value,
                setup.UnitName(r.Deadline.Request.HandlingUnit),
                CalendarEndpoints.Iso(r.Deadline.ReceivedOn),
                r.Deadline.DueOn is { } due ? CalendarEndpoints.Iso(due) : null,
                StatusName(r.Deadline.Status),
                r.Deadline.IsClosed,
                r.Deadline.IsOverdue,
                r.Deadline.WorkingDaysRemaining,
                r.Deadline.WorkingDaysOverdue,
                r.Deadline.IsProvisional))
            .OrderBy(r => r.DueOn, StringComparer.Ordinal)];
    }

    /// <summary>The status as <c>/requests</c> writes it (<c>awaitingCorrection</c>).</summary>
    internal static string StatusName(RequestStatus status)
    {
        var name = status.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}

/// <summary>The register on a day.</summary>
internal sealed record RequestBoardDto(string AsOf, IReadOnlyList<RequestRowDto> Requests);

/// <summary>One request of the register.</summary>
internal sealed record RequestRowDto(
    string Id,
    string Title,
    string? Unit,
    string UnitName,
    string ReceivedOn,
    string? DueOn,
    string Status,
    bool IsClosed,
    bool IsOverdue,
    int WorkingDaysRemaining,
    int WorkingDaysOverdue,
    bool IsProvisional);
