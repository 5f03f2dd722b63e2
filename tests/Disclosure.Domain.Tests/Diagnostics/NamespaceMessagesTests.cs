using System.Globalization;
using System.Resources;
using System.Text;
using System.Text.RegularExpressions;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Histories;
using Disclosure.Domain.Reports;
using Disclosure.Domain.RulePacks;
using Disclosure.Domain.RulePacks.Tables;

namespace Disclosure.Domain.Tests.Diagnostics;

/// <summary>
/// The messages of Calendars, Catalog, RulePacks (+Tables), Histories and Reports: every entry renders in both languages
/// with sample arguments, and the problems real bad input produces read in Chinese for zh-CN while <c>Message</c> stays
/// the English it was.
/// </summary>
public sealed partial class NamespaceMessagesTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static TheoryData<string> BaseNames() =>
    [
        "Disclosure.Domain.Calendars.CalendarTexts",
        "Disclosure.Domain.Catalog.CatalogTexts",
        "Disclosure.Domain.RulePacks.RulePackTexts",
        "Disclosure.Domain.RulePacks.Tables.TableTexts",
        "Disclosure.Domain.Histories.HistoryTexts",
        "Disclosure.Domain.Reports.ReportTexts",
        "Disclosure.Domain.Diagnostics.JsonTexts",
    ];

    private static bool HasChinese(string text) => text.Any(c => c is >= '\u4E00' and <= '\u9FFF');

    [Theory]
    [MemberData(nameof(BaseNames))]
    public void EveryEntry_RenderedWithSampleArguments_LeavesNoPlaceholder_AndIsChineseInChinese(string baseName)
    {
        var resources = new ResourceManager(baseName, typeof(ProblemCode).Assembly);
        var english = LocalizedTextTests.Entries(baseName, CultureInfo.InvariantCulture);
        Assert.NotEmpty(english);
        Assert.All(english, entry =>
        {
            var count = LocalizedTextTests.Placeholders(entry.Value).Select(i => i + 1).DefaultIfEmpty(0).Max();
            var arguments = Enumerable.Range(0, count).Select(i => (object?)(i % 2 == 0 ? new LocalDate(2026, 2, 15 + i) : "arg" + i)).ToArray();
            var text = new LocalizedText(resources, entry.Key, arguments);
            var en = text.Format(English);
            var zh = text.Format(Chinese);

            Assert.DoesNotMatch(PlaceholderLeft(), en);
            Assert.DoesNotMatch(PlaceholderLeft(), zh);
            Assert.Equal(en, text.ToString());
            if (count > 0 && entry.Value.Contains("{0}", StringComparison.Ordinal) && arguments[0] is LocalDate)
            {
                // A date argument reads as people write it: ISO in English, 2026年2月15日 in Chinese.
                Assert.Contains("2026-02-15", en, StringComparison.Ordinal);
                Assert.Contains("2026年2月15日", zh, StringComparison.Ordinal);
            }

            // Wrappers made only of placeholders and punctuation ("{0}{1}", "'{0}'") have no words of their own.
            var words = PlaceholderPattern().Replace(entry.Value, string.Empty);
            if (words.Any(char.IsLetter))
            {
                Assert.True(HasChinese(zh), $"{baseName} {entry.Key} is not Chinese: {zh}");
                Assert.NotEqual(en, zh);
            }
        });
    }

    [Fact]
    public void RulePack_BadPack_ProblemsReadInChinese_MessageStaysEnglish()
    {
        const string pack = """
            {
              "formatVersion": 1,
              "id": "jingxian-civil-affairs-2024",
              "extends": "builtin:xuancheng-civil-affairs-2024",
              "units": [ { "id": "Office", "name": "办公室", "kind": "bureau-unit" } ],
              "deadlines": { "timelyWorkingDays": 400 },
              "colour": "red"
            }
            """;
        var e = Assert.Throws<RulePackException>(() => RulePack.Load(Encoding.UTF8.GetBytes(pack), "bad.pack.json", null));

        Assert.Contains(e.Problems, p => p.Code == DataProblemCodes.OutOfRange && p.GetMessage(Chinese).Contains("《政府信息公开条例》第二十六条", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Code == DataProblemCodes.UnknownField && p.ToString(Chinese).Contains("RP0006 警告: “colour”不是规则包格式", StringComparison.Ordinal));
        Assert.All(e.Problems, p =>
        {
            Assert.True(HasChinese(p.GetMessage(Chinese)), p.GetMessage(Chinese));
            Assert.DoesNotContain("expected", p.GetMessage(Chinese), StringComparison.Ordinal);
            Assert.Equal(p.Message, p.GetMessage(English));
            Assert.Equal(p.ToString(), p.ToString(English));
            // The location keeps its form (file:line:col … path) in every language; only the word before the path is translated.
            Assert.StartsWith($"{p.Location.Source}:{p.Location.Line}:{p.Location.Column}: {p.Code.Id} ", p.ToString(Chinese), StringComparison.Ordinal);
            Assert.EndsWith($"（位置：{p.Location.Path}）", p.ToString(Chinese), StringComparison.Ordinal);
            Assert.EndsWith($" (at {p.Location.Path})", p.ToString(English), StringComparison.Ordinal);
        });
        Assert.StartsWith("规则包无法加载（", e.GetMessage(Chinese), StringComparison.Ordinal);
        Assert.StartsWith("The rule pack does not load (", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CalendarData_WeekdayWorkday_NamesTheWeekdayInEachLanguage()
    {
        // 2027-10-13 is a Wednesday: an adjusted working day must be a weekend day.
        const string data = """{ "format": 1, "years": [ { "year": 2027, "notice": { "title": "t" }, "holidays": [], "workdays": ["2027-10-13"] } ] }""";
        var e = Assert.Throws<CalendarDataException>(() => WorkingDayCalendar.ChinaMainland.WithData(data));
        var problem = Assert.Single(e.Problems, p => p.Location.Field == "workdays[0]");

        Assert.Equal("2027-10-13 is a Wednesday; adjusted working days (调休上班) are Saturdays or Sundays.", problem.Message);
        Assert.Equal("2027年10月13日是星期三；调休上班日只能是星期六或星期日。", problem.GetMessage(Chinese));
        Assert.StartsWith("日历数据有误（", e.GetMessage(Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public void CalendarNotice_CountMismatch_ReadsInChinese()
    {
        const string notice = "国务院办公厅关于2026年部分节假日安排的通知\n二、春节：2月15日（周日）至23日（周一）放假调休，共10天。2月14日（周六）、2月28日（周六）上班。\n";
        var result = CalendarNotice.Parse(notice);
        var problem = Assert.Single(result.Problems, p => p.Code == NoticeProblemCodes.CountMismatch);

        Assert.Equal("the text says 共10天, but the 春节 block 2026-02-15..2026-02-23 has 9 days.", problem.Message);
        Assert.Equal("正文写的是共10天，但春节假期2026年2月15日至2026年2月23日实为9天。", problem.GetMessage(Chinese));
        Assert.All(result.Problems, p => Assert.True(HasChinese(p.GetMessage(Chinese)) && p.GetMessage(Chinese) != p.Message, p.GetMessage(Chinese)));
    }

    [Fact]
    public void CalendarCoverageException_GetMessage_SaysHowToAddTheYearInChinese()
    {
        var e = new CalendarCoverageException(2031, WorkingDayCalendar.ChinaMainland.Coverage);

        Assert.StartsWith("The working-day calendar has no official holiday arrangement for 2031 (it covers ", e.Message, StringComparison.Ordinal);
        Assert.Equal(e.Message, e.GetMessage(English));
        var zh = e.GetMessage(Chinese);
        Assert.StartsWith("工作日日历没有2031年的官方放假安排（现有范围：", zh, StringComparison.Ordinal);
        Assert.Contains("《国务院办公厅关于2031年部分节假日安排的通知》", zh, StringComparison.Ordinal);
        Assert.Contains("disclosure calendar import notice.txt --out 2031.json", zh, StringComparison.Ordinal);
        Assert.DoesNotContain("published", zh, StringComparison.Ordinal);
    }

    [Fact]
    public void TableImport_UnknownDeadline_ReadsInChinese()
    {
        var table = TableReader.ReadCsv(Encoding.UTF8.GetBytes("序号,一级栏目,更新频率,负责科室\n1,机构职能,每周更新,办公室\n"), "table.csv");
        var result = TableImporter.Import(table, new TableImportOptions("test-import", new LocalDate(2025, 1, 1)) { Base = RulePack.XuanchengCivilAffairs2024 });
        var problem = Assert.Single(result.Problems, p => p.Code == TableImportCodes.UnknownDeadline);

        Assert.StartsWith("更新频率 '每周更新': '每周更新' is not a deadline phrase", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("更新频率“每周更新”：“每周更新”不是可识别的时限写法；应为例如及时更新、", problem.GetMessage(Chinese), StringComparison.Ordinal);
        Assert.StartsWith($"table.csv:2:3: {problem.Code.Id} 错误: 更新频率“每周更新”", problem.ToString(Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public void History_NotAHistory_ReadsInChinese()
    {
        var e = Assert.Throws<HistoryException>(() => RequestHistory.Read("""{"formatVersion": 1, "kind": "publication-log"}"""u8, "h.json"));
        var problem = Assert.Single(e.Problems);

        Assert.Equal(HistoryProblemCodes.WrongKind, problem.Code);
        Assert.Contains("not a 'request-history'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("该文档是“publication-log”，不是“request-history”", problem.GetMessage(Chinese), StringComparison.Ordinal);
        Assert.StartsWith("无法读取历史记录（1 个错误）：", e.GetMessage(Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public void AnnualReportInputs_BadRegister_ReadsInChinese()
    {
        var e = Assert.Throws<AnnualReportException>(() => AnnualReportInputs.ParseRequests("""{"format": "disclosure-request-register/1", "requests": [{"id": "r1", "submitted": "2024-13-01"}]}"""));

        Assert.All(e.Problems, p =>
        {
            Assert.True(HasChinese(p.GetMessage(Chinese)), p.GetMessage(Chinese));
            Assert.StartsWith("requests[0].", p.GetMessage(Chinese), StringComparison.Ordinal);
            Assert.Equal(p.Message, p.GetMessage(English));
        });
        Assert.StartsWith("“disclosure-request-register/1”文件无法加载（", e.GetMessage(Chinese), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\{\d+(?:,-?\d+)?(?::[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"\{\d+[,:}]")]
    private static partial Regex PlaceholderLeft();
}
