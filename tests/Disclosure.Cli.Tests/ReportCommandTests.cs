using Disclosure.Domain.Office.Reports;
using DocumentFormat.OpenXml.Packaging;

namespace Disclosure.Cli.Tests;

public sealed class ReportCommandTests : IDisposable
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "AnnualReport");

    private readonly string _folder = Directory.CreateTempSubdirectory("report-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string[] Annual(params string[] more) =>
    [
        "report", "annual", "--year", "2025", "--requests", Path.Combine(Samples, "requests.json"), "--proactive", Path.Combine(Samples, "proactive.json"),
        "--appeals", Path.Combine(Samples, "appeals.json"), "--prose", Path.Combine(Samples, "prose.json"), "--agency", "某市民政局", .. more,
    ];

    [Fact]
    public void Annual_SampleRegistersAsDocx_WritesADocumentThatOpens()
    {
        var path = Path.Combine(_folder, "report.docx");

        var (code, _, error) = CliRunner.Run(Annual("--format", "docx", "--out", path));

        Assert.Equal((0, string.Empty), (code, error));
        using var document = WordprocessingDocument.Open(path, false);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("某市民政局2025年政府信息公开工作年度报告", text, StringComparison.Ordinal);
        Assert.Contains("4.保护第三方合法权益", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Annual_AsJson_ChecksCleanAndAnEditedCopyDoesNotBalance()
    {
        var (code, json, _) = CliRunner.Run(Annual("--format", "json"));
        Assert.Equal(0, code);
        var path = Path.Combine(_folder, "report.json");
        File.WriteAllText(path, json);
        Assert.Equal(0, CliRunner.Run("report", "check", path).ExitCode);

        // 2025: 一 自然人 3 (2025-001, -004, -005); typed as 4 the column no longer balances.
        File.WriteAllText(path, json.Replace("\"natural-person\": 3,", "\"natural-person\": 4,", StringComparison.Ordinal));
        var (checkCode, output, _) = CliRunner.Run("report", "check", path);

        Assert.Equal(Commands.ReportCommand.Findings, checkCode);
        Assert.Contains("ANNUAL001 error: 三、收到和处理政府信息公开申请情况 › 三、本年度办理结果 （七）总计 › 自然人 does not balance: 一 4 + 二 1 = 5, but 三（七） 4 + 四 0 = 4", output, StringComparison.Ordinal);
        Assert.Contains("ANNUAL002", output, StringComparison.Ordinal);
    }

    private string Register(string name, params (string On, string Approver)[] extensions)
    {
        var events = string.Join(", ", extensions.Select(e => $$"""{ "type": "extension-approved", "on": "{{e.On}}", "workingDays": 15, "approver": "{{e.Approver}}" }"""));
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, $$"""
            { "format": "disclosure-request-register/1", "requests": [
              { "id": "2025-010", "applicant": "natural-person", "channel": "in-person", "submitted": "2025-03-03",
                "events": [ {{events}}, { "type": "answered", "on": "2025-04-15", "outcome": "disclosed" } ] },
              { "id": "2025-011", "applicant": "commercial-enterprise", "channel": "in-person", "submitted": "2025-05-06",
                "events": [ { "type": "answered", "on": "2025-05-20", "outcome": "cannot-be-provided", "ground": "not-held" } ] } ] }
            """);
        return path;
    }

    [Fact]
    public void Annual_OfficeHead_DiscountsAClerksExtensionAndRefusesTwoByHeads()
    {
        // 第三十三条: one extension, approved by a head of the disclosure office. wang.wu heads it; zhang.san is a clerk.
        var noAppeals = Path.Combine(_folder, "appeals.json");
        File.WriteAllText(noAppeals, """{ "format": "disclosure-appeal-register/1", "appeals": [] }""");
        string[] Run(string register, params string[] more) =>
        [
            "report", "annual", "--year", "2025", "--requests", register, "--proactive", Path.Combine(Samples, "proactive.json"), "--appeals", noAppeals,
            "--prose", Path.Combine(Samples, "prose.json"), "--format", "json", .. more,
        ];
        var clerkThenHead = Register("clerk-then-head.json", ("2025-03-20", "zhang.san"), ("2025-03-24", "wang.wu"));
        var headOnly = Register("head-only.json", ("2025-03-24", "wang.wu"));
        var twoHeads = Register("two-heads.json", ("2025-03-20", "wang.wu"), ("2025-03-24", "wang.wu"));

        var (code, report, error) = CliRunner.Run(Run(clerkThenHead, "--office-head", "wang.wu"));
        var (headCode, headReport, headError) = CliRunner.Run(Run(headOnly, "--office-head", "wang.wu"));

        Assert.True(code == 0, error);
        Assert.True(headCode == 0, headError);
        Assert.Contains("\"natural-person\": 1,", report, StringComparison.Ordinal);
        Assert.Equal(headReport, report);

        // Without --office-head every approver counts as a head: the clerk's extension then the head's is a second extension.
        var (defaultCode, defaultReport, defaultError) = CliRunner.Run(Run(clerkThenHead));
        Assert.Equal((1, string.Empty), (defaultCode, defaultReport));
        Assert.Contains("ANNUAL103", defaultError, StringComparison.Ordinal);
        Assert.Contains("2025-010", defaultError, StringComparison.Ordinal);
        Assert.Contains("second-extension", defaultError, StringComparison.Ordinal);
        Assert.EndsWith("name the heads: --office-head PERSON (repeatable).\n", defaultError, StringComparison.Ordinal);

        // Two extensions by the head are refused with the head named, as the library does; another head id makes them a clerk's.
        var (twoCode, _, twoError) = CliRunner.Run(Run(twoHeads, "--office-head", "wang.wu", "--office-head", "li.si"));
        Assert.Equal(1, twoCode);
        Assert.Contains("second-extension", twoError, StringComparison.Ordinal);
        Assert.DoesNotContain("hint:", twoError, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run(Run(twoHeads, "--office-head", "li.si")).ExitCode);

        var (badCode, _, badError) = CliRunner.Run(Run(headOnly, "--office-head", "Wang Wu"));
        Assert.Equal(1, badCode);
        Assert.Contains("--office-head", badError, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PublishedReportThatDoesNotBalance_NamesTheTwoColumns()
    {
        // 洋河新区2025年政府信息公开工作年度报告, 表三 as transcribed by a third-party checker (source in Published/README.md).
        var (code, output, _) = CliRunner.Run("report", "check", Path.Combine(AppContext.BaseDirectory, "Published", "yanghe-2025.json"), "--lang", "zh-CN");

        Assert.Equal(Commands.ReportCommand.Findings, code);
        var unbalanced = output.Split('\n').Where(l => l.StartsWith("ANNUAL001", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, unbalanced.Count);
        Assert.Contains("自然人", unbalanced[0], StringComparison.Ordinal);
        Assert.Contains("60", unbalanced[0], StringComparison.Ordinal);
        Assert.Contains("61", unbalanced[0], StringComparison.Ordinal);
        Assert.Contains("其他", unbalanced[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PublishedReportThatAddsUp_FindsOnlyTheMissingProse()
    {
        // 沭阳县人民政府2025年政府信息公开工作年度报告: every row of 二, 三 and 四 as published (source in Published/README.md).
        var (code, output, _) = CliRunner.Run("report", "check", Path.Combine(AppContext.BaseDirectory, "Published", "shuyang-2025.json"), "--lang", "zh-CN");

        Assert.Equal(0, code);
        Assert.Contains("沭阳县人民政府2025年政府信息公开工作年度报告：0 个问题，3 个警告。", output, StringComparison.Ordinal);
        Assert.All(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).SkipLast(1), l => Assert.StartsWith("ANNUAL009", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_Xlsx_ReadsTheWorkbookLayout()
    {
        var path = Path.Combine(_folder, "report.xlsx");
        Assert.Equal(0, CliRunner.Run(Annual("--format", "xlsx", "--out", path)).ExitCode);

        var (code, output, _) = CliRunner.Run("report", "check", path);

        Assert.Equal(0, code);
        Assert.Contains("0 finding(s), 3 warning(s)", output, StringComparison.Ordinal); // the workbook holds no prose
        using var stream = File.OpenRead(path);
        Assert.Equal(14, AnnualReportXlsx.Read(stream).Report[Domain.Reports.ReportTable.Proactive.FindRow("licensing")!, Domain.Reports.ReportTable.Proactive.FindColumn("decisions")!]);
    }

    [Fact]
    public void Annual_RegisterWithoutApplicantCategory_IsBadInput()
    {
        var path = Path.Combine(_folder, "requests.json");
        File.WriteAllText(path, File.ReadAllText(Path.Combine(Samples, "requests.json")).Replace("\"applicant\": \"research-institution\", ", string.Empty, StringComparison.Ordinal));

        var (code, _, error) = CliRunner.Run("report", "annual", "--year", "2025", "--requests", path);

        Assert.Equal(Cli.InputError, code);
        Assert.Contains("ANNUAL101", error, StringComparison.Ordinal);
        Assert.Contains("2025-006", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Annual_CorrectionNoticeTooLateAndExtensionAfterDeadline_IsBadInputWithALinePerProblem()
    {
        // Received Monday 2025-03-03: correction notice due 03-12 (7 working days), answer due 03-31 (20).
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "late")).FullName;
        Domain.Requests.InformationRequest Received() => Domain.Requests.InformationRequest.Receive(
            Domain.Requests.RequestReceived.InPerson(new NodaTime.LocalDate(2025, 3, 3)).WithApplicant(Domain.Requests.ApplicantCategory.NaturalPerson));
        var lateNotice = Received()
            .Record(new Domain.Requests.CorrectionRequested(new NodaTime.LocalDate(2025, 3, 20), new NodaTime.LocalDate(2025, 4, 3)))
            .Record(new Domain.Requests.CorrectionReceived(new NodaTime.LocalDate(2025, 3, 25)))
            .Record(new Domain.Requests.RequestAnswered(new NodaTime.LocalDate(2025, 4, 10)));
        var lateExtension = Received()
            .Record(new Domain.Requests.ExtensionApproved(new NodaTime.LocalDate(2025, 4, 8), 20, Domain.Responsibilities.PersonId.Parse("disclosure-office-head")))
            .Record(new Domain.Requests.RequestAnswered(new NodaTime.LocalDate(2025, 4, 25)));
        var valid = Received().Record(new Domain.Requests.RequestAnswered(new NodaTime.LocalDate(2025, 3, 20)));
        File.WriteAllBytes(Path.Combine(folder, "a.json"), Domain.Histories.RequestHistory.Of("late-notice", lateNotice).ToUtf8Json());
        File.WriteAllBytes(Path.Combine(folder, "b.json"), Domain.Histories.RequestHistory.Of("late-extension", lateExtension).ToUtf8Json());
        File.WriteAllBytes(Path.Combine(folder, "c.json"), Domain.Histories.RequestHistory.Of("valid", valid).ToUtf8Json());

        var (code, output, error) = CliRunner.Run("report", "annual", "--year", "2025", "--requests", folder, "--lang", "en");
        var (zhCode, _, zhError) = CliRunner.Run("report", "annual", "--year", "2025", "--requests", folder, "--lang", "zh-CN");

        Assert.Equal((Cli.InputError, Cli.InputError), (code, zhCode));
        Assert.Empty(output); // no report is written from records that cannot be counted
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [("late-notice", "correction-request-too-late"), ("late-extension", "extension-after-deadline")],
            lines.Where(l => l.Contains("ANNUAL103", StringComparison.Ordinal))
                .Select(l => (l.Contains("'late-notice'", StringComparison.Ordinal) ? "late-notice" : l.Contains("'late-extension'", StringComparison.Ordinal) ? "late-extension" : l,
                    l.Contains("correction-request-too-late", StringComparison.Ordinal) ? "correction-request-too-late" : l.Contains("extension-after-deadline", StringComparison.Ordinal) ? "extension-after-deadline" : l)));
        Assert.DoesNotContain("'valid'", error, StringComparison.Ordinal);
        Assert.Equal(2, zhError.Split('\n').Count(l => l.Contains("ANNUAL103", StringComparison.Ordinal) && l.Contains("请先更正办理记录", StringComparison.Ordinal)));
    }

    [Fact]
    public void Agenda_OfTheOffice_ShowsTheAnnualReportDueOnTheNextWorkingDayAfter31January()
    {
        // 2026-01-31 is a Saturday: the report on 2025 is due Monday 2026-02-02 (民法典 第二百零三条).
        var (code, output, _) = CliRunner.Run("agenda", "--unit", "office", "--from", "2026-01-01", "--to", "2026-02-28", "--as-of", "2026-01-05", "--format", "json");

        Assert.Equal(0, code);
        Assert.Matches("\"due\": \"2026-02-02\",[^}]*公开年报", output);
    }

    [Fact]
    public void Annual_FolderOfRequestHistories_IsCounted()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "histories")).FullName;
        var received = Domain.Requests.RequestReceived.InPerson(new NodaTime.LocalDate(2025, 4, 1));
        var answered = Domain.Requests.InformationRequest.Receive(received.WithApplicant(Domain.Requests.ApplicantCategory.NaturalPerson))
            .Record(new Domain.Requests.RequestAnswered(new NodaTime.LocalDate(2025, 4, 10), Domain.Requests.AnswerOutcome.CannotBeProvided) { Ground = Domain.Requests.AnswerGround.NotHeld });
        var open = Domain.Requests.InformationRequest.Receive(received.WithApplicant(Domain.Requests.ApplicantCategory.OtherOrganization));
        File.WriteAllBytes(Path.Combine(folder, "a.json"), Domain.Histories.RequestHistory.Of("a", answered).ToUtf8Json());
        File.WriteAllBytes(Path.Combine(folder, "b.json"), Domain.Histories.RequestHistory.Of("b", open).ToUtf8Json());

        var (code, json, _) = CliRunner.Run("report", "annual", "--year", "2025", "--requests", folder, "--format", "json");
        var (single, one, _) = CliRunner.Run("report", "annual", "--year", "2025", "--requests", Path.Combine(folder, "a.json"), "--format", "json");

        Assert.Equal((Commands.ReportCommand.Findings, Commands.ReportCommand.Findings), (code, single)); // 二 and 四 are blank without their registers
        var report = Domain.Reports.AnnualReport.Read(json).Report;
        var table = Domain.Reports.ReportTable.Requests;
        Assert.Equal(1, report[table.FindRow("cannot-provide-1")!, table.FindColumn("natural-person")!]);
        Assert.Equal(1, report[table.FindRow("carried-forward")!, table.FindColumn("other-organization")!]);
        Assert.Equal(1, Domain.Reports.AnnualReport.Read(one).Report[table.FindRow("new")!, table.FindColumn("total")!]);
    }
}

