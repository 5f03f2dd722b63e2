using System.Globalization;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Tests.Diagnostics;
using Snapshooter.Xunit3;

namespace Disclosure.Domain.Tests.Requests;

/// <summary>Request violations, events, ledger reasons and the printed ledger in Chinese and in English.</summary>
public sealed class RequestTextsTests
{
    private static readonly CultureInfo Chinese = LocalizedTextTests.Chinese;
    private static readonly CultureInfo English = LocalizedTextTests.English;
    private static readonly RequestDeadlineCalculator Calculator = new(WorkingDayCalendar.ChinaMainland, DisclosureOffice.HeadedBy(PersonId.Parse("office-head")));

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    // One event of every kind, with Chinese ids, so that Latin letters in a Chinese description come from the template.
    private static readonly RequestEvent[] Events =
    [
        RequestReceived.InPerson(D(2025, 9, 24)),
        RequestReceived.ByOrdinaryPost(D(2025, 9, 24), D(2025, 9, 25)),
        new CorrectionRequested(D(2025, 9, 26), D(2025, 10, 20)),
        new CorrectionReceived(D(2025, 10, 9)),
        new ConsultationSent(D(2025, 10, 10), "函一", ConsultationParty.ThirdParty),
        new ConsultationSent(D(2025, 10, 10), "函二", ConsultationParty.OtherAgency, D(2025, 10, 11)),
        new ConsultationAnswered(D(2025, 10, 20), "函一"),
        new ExtensionApproved(D(2025, 10, 21), 20, PersonId.Parse("office-head")),
        new RequestAnswered(D(2025, 10, 22), AnswerOutcome.PartlyDisclosed),
        new AnsweredOnTheSpot(D(2025, 10, 22)),
        new RequestWithdrawn(D(2025, 10, 23)),
    ];

    private static bool HasLatinOutside(string text, params string[] ids) =>
        ids.Aggregate(text, (t, id) => t.Replace(id, string.Empty, StringComparison.Ordinal)).Any(char.IsAsciiLetter);

    [Fact]
    public void Resources_EveryCodeHasADetail_AndNoDetailNamesAMissingCode()
    {
        var entries = LocalizedTextTests.Entries("Disclosure.Domain.Requests.RequestTexts", CultureInfo.InvariantCulture);
        var codes = RequestViolationCodes.All.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var details = entries.Keys.Where(k => k.Contains(".Detail", StringComparison.Ordinal)).ToList();

        Assert.DoesNotContain(codes, c => !entries.ContainsKey(c + ".Detail"));
        Assert.DoesNotContain(details, k => !codes.Contains(k[..k.IndexOf(".Detail", StringComparison.Ordinal)]));
    }

    [Fact]
    public void Violation_EveryCodeWithSampleArguments_RendersBothLanguagesCompletely()
    {
        var samples = new object[] { "甲", "乙", "丙", "丁" };
        Assert.All(RequestViolationCodes.All, code =>
        {
            var violation = new RequestViolation(code, 0, Events[0], RequestTexts.Detail(code, samples));
            var chinese = violation.GetMessage(Chinese);
            var english = violation.GetMessage(English);

            Assert.DoesNotContain('{', chinese);
            Assert.DoesNotContain('{', english);
            Assert.StartsWith(code.Id, chinese, StringComparison.Ordinal);
            Assert.Contains("2025年9月24日收到申请（当面提交）", chinese, StringComparison.Ordinal);
            Assert.False(HasLatinOutside(chinese, code.Id), $"{code.Id}: Latin letters in {chinese}");
            Assert.Equal(violation.Message, english);
            Assert.Contains("2025-09-24 received (in person)", english, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Events_EveryKind_DescribedInBothLanguages()
    {
        Assert.All(Events, e =>
        {
            Assert.Equal(e.Description, e.GetDescription(English));
            Assert.False(HasLatinOutside(e.GetDescription(Chinese), "office-head"), e.GetDescription(Chinese));
            Assert.NotEqual(e.GetDescription(English), e.GetDescription(Chinese));
        });
        Assert.Equal("告知补正（补正期限至2025年10月20日）", Events[2].GetDescription(Chinese));
        Assert.Equal("correction requested (correct by 2025-10-20)", Events[2].Description);
        Assert.Equal("发出征求意见函“函二”（其他机关，2025年10月11日送达）", Events[5].GetDescription(Chinese));
        Assert.Equal("作出答复（部分公开）", Events[8].GetDescription(Chinese));
    }

    [Fact]
    public void LedgerReasons_EveryReason_DescribedInBothLanguages()
    {
        Assert.All(LedgerReason.All, r =>
        {
            Assert.Equal(r.Description, r.GetDescription(English));
            Assert.False(r.GetDescription(Chinese).Any(char.IsAsciiLetter), r.GetDescription(Chinese));
        });
        Assert.Equal("征求意见期间，不计入（第三十三条）", LedgerReason.PausedForConsultation.GetDescription(Chinese));
    }

    [Fact]
    public void Violation_ExtensionTooLong_InChinese()
    {
        var request = InformationRequest.Receive(RequestReceived.InPerson(D(2025, 9, 24)));

        var violation = request.Check(new ExtensionApproved(D(2025, 10, 9), 25, PersonId.Parse("office-head"))).Single();

        Assert.Equal("extension-too-long（第三十三条）：2025年10月9日office-head批准延期答复25个工作日：25个工作日超过了最长20个工作日。", violation.GetMessage(Chinese));
        Assert.Equal("extension-too-long (第三十三条): 2025-10-09 extension of 25 working days approved by office-head: 25 working days is more than 20.", violation.Message);
    }

    [Fact]
    public void ToText_SampleInChinese_MatchesSnapshot()
    {
        var ledger = Calculator.Explain(RequestLedgerTests.Sample(), D(2025, 10, 20));

        var text = ledger.ToText(Chinese);

        Assert.StartsWith("依申请公开答复期限台账\n收到日期：2025年9月25日（互联网渠道；", text, StringComparison.Ordinal);
        Assert.Contains("2025-10-01  星期三  法定节假日         否", text, StringComparison.Ordinal);
        Assert.Contains("法定节假日（国庆节）；处于C1的征求意见期间", text, StringComparison.Ordinal);
        Assert.Equal(ledger.ToText(English), ledger.ToString());
        Snapshot.Match(text);
    }
}
