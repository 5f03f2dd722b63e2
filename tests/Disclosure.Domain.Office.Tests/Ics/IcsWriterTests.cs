using System.Text;
using CsCheck;
using Disclosure.Domain.Office.Ics;

namespace Disclosure.Domain.Office.Tests.Ics;

public sealed class IcsWriterTests
{
    private static readonly Instant Stamp = Instant.FromUtc(2024, 6, 20, 2, 30);

    private static string Write(IEnumerable<IcsEvent> events, string name = "社会救助科 应办事项")
    {
        using var writer = new StringWriter();
        IcsWriter.Write(writer, name, events, Stamp);
        return writer.ToString();
    }

    private static Ical.Net.Calendar Parse(string text) => Ical.Net.Calendar.Load(text)!;

    [Fact]
    public void Write_ParsedByIcalNet_HasOneAllDayEventPerItemWithItsUidDateAndReminder()
    {
        IcsEvent[] events =
        [
            new("due-1@example", new LocalDate(2024, 7, 1), "应完成：政策解读 2024-06", "负责：社会救助科；逾期 3 个工作日", new LocalDate(2024, 6, 24)),
            new("due-2@example", new LocalDate(2024, 10, 8), "应完成：财政资金, 第三季度"),
        ];

        var calendar = Parse(Write(events));

        Assert.Equal(2, calendar.Events.Count);
        var first = calendar.Events.Single(e => e.Uid == "due-1@example");
        Assert.False(first.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2024, 7, 1), first.DtStart.Date);
        Assert.Equal(new DateOnly(2024, 7, 2), first.DtEnd!.Date);
        Assert.Equal("应完成：政策解读 2024-06", first.Summary);
        Assert.Equal("负责：社会救助科；逾期 3 个工作日", first.Description);
        var alarm = Assert.Single(first.Alarms);
        // 09:00 in Asia/Shanghai (UTC+8) on the reminder day.
        Assert.Equal(new DateTime(2024, 6, 24, 1, 0, 0, DateTimeKind.Utc), alarm.Trigger!.DateTime!.AsUtc);
        var second = calendar.Events.Single(e => e.Uid == "due-2@example");
        Assert.Equal("应完成：财政资金, 第三季度", second.Summary);
        Assert.Empty(second.Alarms);
        Assert.Equal("Asia/Shanghai", calendar.Properties["X-WR-TIMEZONE"]?.Value);
    }

    [Fact]
    public void Write_SameEventsTwice_IsTheSameText()
    {
        IcsEvent[] events = [new("a@x", new LocalDate(2024, 7, 1), "s", reminder: new LocalDate(2024, 6, 28))];

        Assert.Equal(Write(events), Write(events));
    }

    [Fact]
    public void Write_Lines_EndInCrlfAndAreAtMost75Octets()
    {
        var longText = string.Concat(Enumerable.Repeat("政府信息公开年度报告、财政预决算；", 12));

        var text = Write([new("a@x", new LocalDate(2024, 7, 1), longText, longText + "\nsecond line")]);

        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.All(text.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        var parsed = Parse(text).Events.Single();
        Assert.Equal(longText, parsed.Summary);
        Assert.Equal(longText + "\nsecond line", parsed.Description);
    }

    [Fact]
    public void Text_RandomStrings_RoundTripThroughIcalNet()
    {
        var chars = Gen.OneOf(Gen.Char['\u0020', '\u007E'], Gen.Char['\u4E00', '\u9FFF'], Gen.Const('\n'), Gen.Const(';'), Gen.Const(','), Gen.Const('\\'));
        chars.Array[1, 120].Select(a => new string(a).Trim()).Where(s => s.Length > 0).Sample(summary =>
        {
            var parsed = Parse(Write([new("a@x", new LocalDate(2024, 7, 1), summary, summary)])).Events.Single();
            Assert.Equal(summary, parsed.Summary);
            Assert.Equal(summary, parsed.Description);
        }, iter: 200);
    }

    [Fact]
    public void Write_DuplicateUid_Throws()
    {
        IcsEvent[] events = [new("a@x", new LocalDate(2024, 7, 1), "one"), new("a@x", new LocalDate(2024, 7, 2), "two")];

        Assert.Throws<ArgumentException>(() => Write(events));
    }

    [Fact]
    public void Event_ReminderAfterTheDay_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new IcsEvent("a@x", new LocalDate(2024, 7, 1), "s", reminder: new LocalDate(2024, 7, 2)));

    [Fact]
    public void Event_UidWithLineBreak_Throws() =>
        Assert.Throws<ArgumentException>(() => new IcsEvent("a\r\nb", new LocalDate(2024, 7, 1), "s"));
}
