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
/// requests: <c>/report/annual?year=2025</c> shows the tables (the library's HTML), the validator's findings and links to
/// <c>/report/annual.docx</c>, <c>.xlsx</c> and <c>.json</c>. Requests that cannot be counted (no applicant category, no
/// ground) stop the computation and are listed with links to fix them: a report is never computed by guessing.
/// </summary>
internal static class ReportPages
{
    internal static void MapReportPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/report").ExcludeFromDescription().RequireAuthorization();
        pages.MapGet("/annual", Show);
        pages.MapGet("/annual.docx", (HttpContext c, People.People p, DisclosureSetup s, EventStore e, IClock k, string? year) => Download(c, p, s, e, k, year, "docx"));
        pages.MapGet("/annual.xlsx", (HttpContext c, People.People p, DisclosureSetup s, EventStore e, IClock k, string? year) => Download(c, p, s, e, k, year, "xlsx"));
        pages.MapGet("/annual.json", (HttpContext c, People.People p, DisclosureSetup s, EventStore e, IClock k, string? year) => Download(c, p, s, e, k, year, "json"));
    }

    /// <summary>The report on a year from the stored requests, or the problems of the records that cannot be counted.</summary>
    internal static async Task<(AnnualReport? Report, IReadOnlyList<Problem> Problems, int Requests)> ComputeAsync(EventStore store, DisclosureSetup setup, int year, CancellationToken cancellationToken)
    {
        var requests = await RequestRecordEndpoints.ReadAllAsync(store, cancellationToken);
        try
        {
            var report = AnnualReportCalculator.Compute(year, requests.Select(r => new RegisteredRequest(r.Id, r.Request)), agency: setup.Catalog.BureauName);
            return (report, [], requests.Count);
        }
        catch (AnnualReportException e)
        {
            return (null, e.Problems, requests.Count);
        }
    }

    private static async Task<IResult> Show(HttpContext context, IAntiforgery af, People.People people, DisclosureSetup setup, EventStore store, IClock clock, string? year = null)
    {
        if (await people.CurrentAsync(context) is not { } user)
        {
            return Results.Redirect("/signin?returnUrl=/report/annual");
        }

        var html = new Html(context, af);
        WorkbenchPages.Header(html, user);
        if (Year(year, setup, clock) is not { } y)
        {
            return Picker(html, year, null).Element("p", string.Format(CultureInfo.InvariantCulture, PageText.Invalid, PageText.Year, $"'{year}' is not a year from 2008 to 2099."), "class=\"error\" id=\"error\"")
                .Page(PageText.AnnualReport, StatusCodes.Status400BadRequest);
        }

        Picker(html, y.ToString(CultureInfo.InvariantCulture), y);
        var (report, problems, count) = await ComputeAsync(store, setup, y, context.RequestAborted);
        if (report is null)
        {
            html.Raw("<div class=\"error\" id=\"error\">").Element("p", PageText.ReportNotComputed).Raw("<ul id=\"not-counted\">");
            foreach (var p in problems)
            {
                var id = p.Location.EntryId ?? "";
                html.Raw($"<li><a href=\"/register/{Uri.EscapeDataString(id)}\">{Html.Encode(id)}</a> ").Raw(Html.Encode(Chinese(p))).Raw("</li>");
            }

            return html.Raw("</ul></div>").Page($"{PageText.AnnualReport} · {y}", StatusCodes.Status422UnprocessableEntity);
        }

        var query = $"?year={y}";
        html.Element("p", string.Format(CultureInfo.InvariantCulture, PageText.ReportRegisters, count), "id=\"registers\"")
            .Raw($"<p id=\"downloads\">{PageText.Downloads}：<a href=\"/report/annual.docx{query}\" id=\"download-docx\">Word (.docx)</a> · <a href=\"/report/annual.xlsx{query}\" id=\"download-xlsx\">Excel (.xlsx)</a> · <a href=\"/report/annual.json{query}\" id=\"download-json\">JSON</a></p>");

        // Blank cells are reported once per table (the registers of 二 and 四 are not kept here); every other finding one by one.
        var findings = AnnualReportValidator.Check(report);
        html.Element("h2", PageText.ReportFindings).Raw("<ul id=\"report-findings\">");
        foreach (var group in findings.Where(f => f.Code == AnnualReportProblemCodes.BlankCell).GroupBy(f => f.Location.Section))
        {
            html.Element("li", $"{Table(group.Key)?.Heading ?? group.Key}：{group.Count()} 个{AnnualReportProblemCodes.BlankCell.GetTitle(PageText.Culture)}（{AnnualReportProblemCodes.BlankCell.GetDescription(PageText.Culture)}）[{AnnualReportProblemCodes.BlankCell.Id}]", "data-code=\"ANNUAL006\"");
        }

        foreach (var f in findings.Where(f => f.Code != AnnualReportProblemCodes.BlankCell))
        {
            html.Element("li", Chinese(f), $"data-code=\"{Html.Encode(f.Code.Id)}\"");
        }

        html.Raw("</ul>");
        if (findings.IsEmpty)
        {
            html.Element("p", PageText.ReportPasses, "id=\"report-passes\"");
        }

        // The library's HTML rendering: every value in it is encoded by the library.
        return html.Raw(report.ToHtml()).Page($"{PageText.AnnualReport} · {y}");
    }

    private static async Task<IResult> Download(HttpContext context, People.People people, DisclosureSetup setup, EventStore store, IClock clock, string? year, string format)
    {
        if (await people.CurrentAsync(context) is null)
        {
            return PublicationEndpoints.NotSignedIn();
        }

        if (Year(year, setup, clock) is not { } y)
        {
            return ApiInput.Invalid("year", $"'{year}' is not a year from 2008 to 2099.");
        }

        var (report, problems, _) = await ComputeAsync(store, setup, y, context.RequestAborted);
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

    private static Html Picker(Html html, string? year, int? shown) =>
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

    /// <summary>A finding in Chinese: the code's title, where (table, row, column by the template's labels), the library's detail, the code.</summary>
    private static string Chinese(Problem p)
    {
        var table = Table(p.Location.Section);
        var row = p.Location.EntryId is { } r ? table?.FindRow(r) : null;
        var column = p.Location.Field is { } c ? table?.FindColumn(c) : null;
        var where = table is null ? "" : $"{PageText.Location}：{table.Heading}{(row is null ? "" : " " + row.FullLabel)}{(column is null ? "" : " / " + column.FullLabel)}；";
        return $"{p.Code.GetTitle(PageText.Culture)}：{p.Code.GetDescription(PageText.Culture)}{where}{p.Message} [{p.Code.Id}]";
    }
}
