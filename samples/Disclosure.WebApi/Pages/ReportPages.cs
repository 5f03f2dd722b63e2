using System.Globalization;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Office.Reports;
using Disclosure.Domain.Reports;
using Disclosure.WebApi.People;
using Disclosure.WebApi.Recording;
using Disclosure.WebApi.Storage;
using Microsoft.AspNetCore.Antiforgery;
using NodaTime;

namespace Disclosure.WebApi.Pages;

/// <summary>
/// The annual report (政府信息公开工作年度报告, 国办公开办函〔2021〕30号) of a year, computed by the library from the stored
/// requests and the stored registers of 二 and 四 (<see cref="ReportRegisters"/>, uploaded on the page or with <c>PUT
/// /api/registers/{kind}</c>): <c>/report/annual?year=2025</c> shows the tables (the library's HTML), the validator's findings and
/// links to <c>/report/annual.docx</c>, <c>.xlsx</c> and <c>.json</c>. Records that cannot be counted (a request without applicant
/// category or ground, an appeal naming no request) stop the computation and are listed: a report is never computed by guessing.
/// </summary>
internal static class ReportPages
{
    internal static void MapReportPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/report").ExcludeFromDescription().RequireAuthorization();
        pages.MapGet("/annual", Show);
        pages.MapPost("/registers/{kind}", Upload);
        pages.MapGet("/annual.docx", (HttpContext c, People.People p, DisclosureSetup s, EventStore e, ReportRegisters r, IClock k, string? year) => Download(c, p, s, e, r, k, year, "docx"));
        pages.MapGet("/annual.xlsx", (HttpContext c, People.People p, DisclosureSetup s, EventStore e, ReportRegisters r, IClock k, string? year) => Download(c, p, s, e, r, k, year, "xlsx"));
        pages.MapGet("/annual.json", (HttpContext c, People.People p, DisclosureSetup s, EventStore e, ReportRegisters r, IClock k, string? year) => Download(c, p, s, e, r, k, year, "json"));
    }

    /// <summary>What a report was computed from: the number of stored requests and the versions of the registers (0: none stored).</summary>
    internal sealed record Sources(int Requests, int ProactiveVersion, int AppealsVersion);

    /// <summary>The report on a year from the stored requests and registers, or the problems of the records that cannot be counted.</summary>
    internal static async Task<(AnnualReport? Report, IReadOnlyList<Problem> Problems, Sources Sources)> ComputeAsync(EventStore store, ReportRegisters registers, DisclosureSetup setup, int year, CancellationToken cancellationToken)
    {
        var requests = await RequestRecordEndpoints.ReadAllAsync(store, cancellationToken);
        var sources = new Sources(requests.Count, 0, 0);
        try
        {
            var (proactive, appeals, pv, av) = await registers.ReadAsync(cancellationToken);
            sources = sources with { ProactiveVersion = pv, AppealsVersion = av };
            var report = AnnualReportCalculator.Compute(year, requests.Select(r => new RegisteredRequest(r.Id, r.Request)), proactive, appeals, agency: setup.Catalog.BureauName, office: setup.Office, calendar: setup.Calendar);
            return (report, [], sources);
        }
        catch (AnnualReportException e)
        {
            return (null, e.Problems, sources);
        }
    }

    private static async Task<IResult> Show(HttpContext context, IAntiforgery af, People.People people, DisclosureSetup setup, EventStore store, ReportRegisters registers, IClock clock, string? year = null)
    {
        if (await people.CurrentAsync(context) is not { } user)
        {
            return Results.Redirect("/signin?returnUrl=/report/annual");
        }

        return await Render(new Html(context, af), user, setup, store, registers, clock, year, null, StatusCodes.Status200OK, context.RequestAborted);
    }

    private static async Task<IResult> Upload(string kind, HttpContext context, IAntiforgery af, People.People people, DisclosureSetup setup, EventStore store, ReportRegisters registers, IClock clock, IFormCollection form)
    {
        if (await people.CurrentAsync(context) is not { } user)
        {
            return Results.Redirect("/signin?returnUrl=/report/annual");
        }

        if (ReportRegisterEndpoints.Find(kind) is not { } register)
        {
            return Results.NotFound();
        }

        var year = form["year"].ToString();
        var json = form["document"].ToString();
        if (ReportRegisters.Check(register, json) is { Count: > 0 } problems)
        {
            var message = $"{string.Format(CultureInfo.InvariantCulture, PageText.RegisterRefused, RegisterName(register))} {string.Join(" ", problems.Select(p => Chinese(p, inReport: false)))}";
            return await Render(new Html(context, af), user, setup, store, registers, clock, year, message, StatusCodes.Status400BadRequest, context.RequestAborted);
        }

        await registers.ReplaceAsync(register, json, user.UserName!, context.RequestAborted);
        return Results.Redirect($"/report/annual?year={Uri.EscapeDataString(year)}");
    }

    private static async Task<IResult> Render(Html html, WorkbenchUser user, DisclosureSetup setup, EventStore store, ReportRegisters registers, IClock clock, string? year, string? error, int status, CancellationToken cancellationToken)
    {
        WorkbenchPages.Header(html, user);
        if (error is not null)
        {
            html.Element("p", error, "class=\"error\" id=\"error\"");
        }

        if (Year(year, setup, clock) is not { } y)
        {
            return Picker(html, year).Element("p", string.Format(CultureInfo.InvariantCulture, PageText.Invalid, PageText.Year, $"'{year}' is not a year from 2008 to 2099."), "class=\"error\" id=\"error-year\"")
                .Page(PageText.AnnualReport, StatusCodes.Status400BadRequest);
        }

        Picker(html, y.ToString(CultureInfo.InvariantCulture));
        var (report, problems, sources) = await ComputeAsync(store, registers, setup, y, cancellationToken);
        html.Element("p", string.Format(CultureInfo.InvariantCulture, PageText.ReportSources, sources.Requests,
            Stored(sources.ProactiveVersion), Stored(sources.AppealsVersion)), "id=\"registers\"");
        if (report is null)
        {
            html.Raw("<div class=\"error\" id=\"not-counted\">").Element("p", PageText.ReportNotComputed).Raw("<ul>");
            foreach (var p in problems)
            {
                var id = p.Location.Section == "requests" ? p.Location.EntryId : null;
                html.Raw("<li>").Raw(id is null ? "" : $"<a href=\"/register/{Uri.EscapeDataString(id)}\">{Html.Encode(id)}</a> ").Raw(Html.Encode(Chinese(p, inReport: false))).Raw("</li>");
            }

            html.Raw("</ul></div>");
            return UploadForms(html, y).Page($"{PageText.AnnualReport} · {y}", status == StatusCodes.Status200OK ? StatusCodes.Status422UnprocessableEntity : status);
        }

        var query = $"?year={y}";
        html.Raw($"<p id=\"downloads\">{PageText.Downloads}：<a href=\"/report/annual.docx{query}\" id=\"download-docx\">Word (.docx)</a> · <a href=\"/report/annual.xlsx{query}\" id=\"download-xlsx\">Excel (.xlsx)</a> · <a href=\"/report/annual.json{query}\" id=\"download-json\">JSON</a></p>");

        // Blank cells are reported once per table (a register not stored leaves its table blank); every other finding one by one.
        var findings = AnnualReportValidator.Check(report);
        html.Element("h2", PageText.ReportFindings).Raw("<ul id=\"report-findings\">");
        foreach (var group in findings.Where(f => f.Code == AnnualReportProblemCodes.BlankCell).GroupBy(f => f.Location.Section))
        {
            html.Element("li", UiLanguage.Format("{0}：{1} 个{2}（{3}）[{4}]", "{0}: {1} × {2} ({3}) [{4}]", Table(group.Key)?.Heading ?? group.Key, group.Count(), AnnualReportProblemCodes.BlankCell.GetTitle(PageText.Culture), AnnualReportProblemCodes.BlankCell.GetDescription(PageText.Culture), AnnualReportProblemCodes.BlankCell.Id), "data-code=\"ANNUAL006\"");
        }

        foreach (var f in findings.Where(f => f.Code != AnnualReportProblemCodes.BlankCell))
        {
            html.Element("li", Chinese(f, inReport: true), $"data-code=\"{Html.Encode(f.Code.Id)}\"");
        }

        html.Raw("</ul>");
        if (findings.IsEmpty)
        {
            html.Element("p", PageText.ReportPasses, "id=\"report-passes\"");
        }

        // The library's HTML rendering: every value in it is encoded by the library.
        return UploadForms(html.Raw(report.ToHtml()), y).Page($"{PageText.AnnualReport} · {y}", status);
    }

    private static Html UploadForms(Html html, int year)
    {
        html.Element("h2", PageText.Registers);
        foreach (var register in ReportRegisters.All)
        {
            html.Raw("<section>").Element("h3", RegisterName(register)).Form($"/report/registers/{register.Id}", $"upload-{register.Id}")
                .Raw($"<input type=\"hidden\" name=\"year\" value=\"{year}\">")
                .Raw($"<label>{Html.Encode(register.Format)} <textarea name=\"document\" id=\"{register.Id}-document\" rows=\"6\"></textarea></label>")
                .Raw($"<button type=\"submit\" id=\"upload-{register.Id}-save\">{PageText.Save}</button></form></section>");
        }

        return html;
    }

    private static string RegisterName(ReportRegisters.Kind kind) => kind == ReportRegisters.Proactive ? PageText.ProactiveRegister : PageText.AppealsRegister;

    private static string Stored(int version) => version == 0 ? PageText.RegisterMissing : string.Format(CultureInfo.InvariantCulture, PageText.RegisterVersion, version);

    private static async Task<IResult> Download(HttpContext context, People.People people, DisclosureSetup setup, EventStore store, ReportRegisters registers, IClock clock, string? year, string format)
    {
        if (await people.CurrentAsync(context) is null)
        {
            return PublicationEndpoints.NotSignedIn();
        }

        if (Year(year, setup, clock) is not { } y)
        {
            return ApiInput.Invalid("year", UiLanguage.Format("“{0}”不是 2008 至 2099 年之间的年份。", "'{0}' is not a year from 2008 to 2099.", year));
        }

        var (report, problems, _) = await ComputeAsync(store, registers, setup, y, context.RequestAborted);
        if (report is null)
        {
            return TypedResults.Problem(
                $"The report on {y} cannot be computed from the stored requests: {string.Join(" ", problems.Select(p => p.ToString()))}",
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "Records cannot be counted",
                extensions: new Dictionary<string, object?> { ["codes"] = problems.Select(p => p.Code.Id).Distinct().ToArray() });
        }

        var name = $"annual-report-{y}.{format}";
        if (format == "json")
        {
            return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(report.ToJson()), "application/json", name);
        }

        var buffer = new MemoryStream();
        if (format == "docx")
        {
            AnnualReportDocx.Write(report, buffer);
            return TypedResults.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name);
        }

        AnnualReportXlsx.Write(report, buffer);
        return TypedResults.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }

    private static Html Picker(Html html, string? year) =>
        html.Raw($"<form method=\"get\" action=\"/report/annual\" id=\"pick-year\">").Input("year", PageText.Year, "number", year ?? "")
            .Raw($"<button type=\"submit\" id=\"show-year\">{PageText.Show}</button></form>");

    /// <summary>The year asked for; by default the previous year, the one whose report is due by 31 January (条例 第四十九条).</summary>
    private static int? Year(string? text, DisclosureSetup setup, IClock clock)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return clock.GetCurrentInstant().InZone(setup.Catalog.TimeZone).Date.Year - 1;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2008 and <= 2099 ? y : null;
    }

    private static ReportTable? Table(string id) => ReportTable.All.FirstOrDefault(t => t.Id == id);

    /// <summary>
    /// A problem in Chinese: the code's title and description, where — for a finding of the validator, the table, row and column by
    /// the template's labels; for a record that cannot be counted, the register and field — the library's detail, and the code.
    /// </summary>
    private static string Chinese(Problem p, bool inReport)
    {
        if (!inReport)
        {
            var field = p.Location.Field is { } f ? $"{PageText.Location}：{(PageText.Fields.TryGetValue(f, out var label) ? label : f)}；" : "";
            return $"{p.Code.GetTitle(PageText.Culture)}：{p.Code.GetDescription(PageText.Culture)}{field}{p.GetMessage(PageText.Culture)} [{p.Code.Id}]";
        }

        var table = Table(p.Location.Section);
        var row = p.Location.EntryId is { } r ? table?.FindRow(r) : null;
        var column = p.Location.Field is { } c ? table?.FindColumn(c) : null;
        var where = table is null ? "" : $"{PageText.Location}：{table.Heading}{(row is null ? "" : " " + row.FullLabel)}{(column is null ? "" : " / " + column.FullLabel)}；";
        return $"{p.Code.GetTitle(PageText.Culture)}：{p.Code.GetDescription(PageText.Culture)}{where}{p.GetMessage(PageText.Culture)} [{p.Code.Id}]";
    }
}
