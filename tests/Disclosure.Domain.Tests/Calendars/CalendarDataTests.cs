using Disclosure.Domain.Calendars;

namespace Disclosure.Domain.Tests.Calendars;

public class CalendarDataTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.ChinaMainland;

    // A made-up arrangement for 2027 used only to exercise loading; it is not an official notice.
    private const string Year2027 = """
        {
          "format": 1,
          "name": "test 2027",
          "years": [{
            "year": 2027,
            "notice": { "title": "test arrangement for 2027", "issued": "2026-11-01" },
            "holidays": [
              { "festival": "new-years-day", "from": "2027-01-01", "to": "2027-01-03" },
              { "festival": "spring-festival", "from": "2027-02-05", "to": "2027-02-12" },
              { "festival": "qingming", "from": "2027-04-03", "to": "2027-04-05" },
              { "festival": "labour-day", "from": "2027-05-01", "to": "2027-05-05" },
              { "festival": "dragon-boat", "from": "2027-06-09", "to": "2027-06-09" },
              { "festival": "mid-autumn", "from": "2027-09-15", "to": "2027-09-15" },
              { "festival": "national-day", "from": "2027-10-01", "to": "2027-10-07" }
            ],
            "workdays": ["2027-02-20", "2027-10-09"]
          }]
        }
        """;

    private static LocalDate D(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    [Fact]
    public void WithData_ANewYear_ExtendsCoverageWithoutProjection()
    {
        var calendar = China.WithData(Year2027);

        Assert.Equal(Enumerable.Range(2008, 20), calendar.Coverage.PublishedYears);
        Assert.Equal(DayKind.AdjustedWorkday, calendar.GetDayKind(D("2027-02-20")));
        Assert.Equal(DayKind.AdjustedRestDay, calendar.GetDayKind(D("2027-02-12")));
        Assert.False(calendar.IsProvisional(D("2026-12-01"), D("2027-12-31")));
        Assert.Equal(D("2027-01-04"), calendar.AddWorkingDays(D("2026-12-31"), 1));
        Assert.Throws<CalendarCoverageException>(() => calendar.IsWorkingDay(D("2028-01-03")));
    }

    [Fact]
    public void WithData_AYearAlreadyPresent_IsRefused()
    {
        var e = Assert.Throws<CalendarDataException>(() => China.WithData(Year2027).WithData(Year2027));

        Assert.Contains("2027 is listed twice", e.Message);
    }

    [Theory]
    [InlineData("[\"2027-02-20\"", "[\"2027-02-22\"", "2027-02-22 is a Monday")]
    [InlineData("[\"2027-02-20\"", "[\"2027-02-06\"", "both a working day and a day off")]
    [InlineData("\"2027-10-07\" }", "\"2028-01-02\" }", "lies outside 2027")]
    [InlineData("\"from\": \"2027-06-09\"", "\"from\": \"2027-06-10\"", "statutory holiday 2027-06-09 (端午节) is not inside any holiday block")]
    [InlineData("\"qingming\"", "\"tomb-sweeping\"", "'tomb-sweeping' is not a national festival")]
    [InlineData("\"2027-01-03\"", "\"2027-13-03\"", "'2027-13-03' is not a date")]
    [InlineData("\"2027-10-09\"]", "\"2027-10-09\", \"2027-10-09\"]", "listed twice")]
    [InlineData("\"format\": 1", "\"format\": 2", "format 2 is not supported")]
    [InlineData("\"issued\"", "\"issuedOn\"", "issuedOn")]
    [InlineData("\"title\": \"test arrangement for 2027\", ", "", "missing; give the title of the notice the arrangement comes from. (at years[0] (2027).notice.title)")]
    [InlineData("\"from\": \"2027-09-15\", \"to\": \"2027-09-15\"", "\"from\": \"2027-09-16\", \"to\": \"2027-09-16\"", "contains no statutory day of 中秋节")]
    [InlineData("\"to\": \"2027-01-03\"", "\"to\": \"2026-12-31\"", "is before 'from'")]
    public void WithData_MalformedOrContradictory_IsRefusedWithTheProblem(string find, string replace, string expected)
    {
        Assert.Contains(find, Year2027);
        var json = Year2027.Replace(find, replace, StringComparison.Ordinal);

        var e = Assert.Throws<CalendarDataException>(() => China.WithData(json));

        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void WithData_SeveralProblems_AreAllReportedAtOnce()
    {
        var json = Year2027.Replace("\"2027-02-20\"", "\"2027-02-22\"", StringComparison.Ordinal)
            .Replace("\"tomb", "x", StringComparison.Ordinal)
            .Replace("\"qingming\"", "\"nope\"", StringComparison.Ordinal);

        var e = Assert.Throws<CalendarDataException>(() => China.WithData(json));

        // the Monday workday, the unknown festival, and 清明 left outside every block
        Assert.Equal(
            [("RP0111", "years[0] (2027).holidays[2].festival"), ("RP0111", "years[0] (2027).workdays[0]"), ("RP0113", "years[0] (2027).holidays")],
            e.Problems.Select(p => (p.Code.Id, p.Location.ToString())));
        Assert.Contains("3 errors", e.Message);
    }

    [Theory]
    [InlineData("{ \"format\": 1, \"years\": [ { \"year\": 2027, ] }", "the text is not valid JSON")]
    [InlineData("null", "empty")]
    [InlineData("{ \"format\": 1, \"years\": [ { \"year\": 1990, \"notice\": { \"title\": \"x\" } } ] }", "1990 is outside 2008–2099")]
    [InlineData("{ \"format\": 1, \"years\": [ null ] }", "the entry is null; expected an object with \"year\", \"notice\", \"holidays\" and \"workdays\". (at years[0])")]
    [InlineData("{ \"format\": 1, \"years\": [ { \"year\": 2027, \"notice\": { \"title\": \"x\" }, \"holidays\": [ null ] } ] }", "the entry is null; expected an object with \"festival\", \"from\" and \"to\". (at years[0] (2027).holidays[0])")]
    [InlineData("{ \"format\": 1, \"localHolidays\": [ null ] }", "the entry is null; expected an object with \"id\", \"name\", \"from\" and \"to\" (and optionally \"englishName\"). (at localHolidays[0])")]
    public void FromJson_BrokenDocument_IsRefused(string json, string expected)
    {
        var e = Assert.Throws<CalendarDataException>(() => WorkingDayCalendar.FromJson(json));

        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void FromJson_SyntaxError_NamesTheLine()
    {
        var e = Assert.Throws<CalendarDataException>(() => WorkingDayCalendar.FromJson("{\n  \"format\": 1,\n  \"years\": [ { \"year\": } ]\n}"));

        Assert.Contains("calendar data:3:", e.Message);
        Assert.Equal(3, Assert.Single(e.Problems).Location.Line);
        Assert.DoesNotContain("LineNumber", e.Message);
    }

    [Fact]
    public void WithData_LocalHoliday_IsADayOffWithItsOwnFestival()
    {
        const string json = """
            { "format": 1, "name": "Guangxi (test)", "localHolidays": [
              { "id": "sanyuesan", "name": "壮族三月三", "englishName": "Sanyuesan Festival", "from": "2025-03-31", "to": "2025-04-01" } ] }
            """;

        var calendar = China.WithData(json);
        var day = calendar.GetDay(D("2025-03-31"));

        Assert.Equal(DayKind.StatutoryHoliday, day.Kind);
        Assert.Equal("壮族三月三", day.Festival!.Name);
        Assert.False(day.Festival.IsNational);
        Assert.Equal(D("2025-04-02"), calendar.AddWorkingDays(D("2025-03-28"), 1));
        Assert.Equal(D("2025-03-31"), China.AddWorkingDays(D("2025-03-28"), 1));
        Assert.Contains("Guangxi (test)", calendar.Name);
    }

    [Theory]
    [InlineData("2025-04-27", "2025-04-27", "adjusted working day")]
    [InlineData("2027-03-01", "2027-03-01", "no national arrangement")]
    public void WithData_LocalHolidayThatCannotBeLayered_IsRefused(string from, string to, string expected)
    {
        var json = $$"""
            { "format": 1, "localHolidays": [ { "id": "local", "name": "地方节日", "englishName": "Local", "from": "{{from}}", "to": "{{to}}" } ] }
            """;

        Assert.Contains(expected, Assert.Throws<CalendarDataException>(() => China.WithData(json)).Message);
    }

    [Fact]
    public void FromJson_Empty_ThrowsForEveryYear()
    {
        var empty = WorkingDayCalendar.FromJson("{ \"format\": 1, \"name\": \"nothing\" }");

        Assert.Empty(empty.Coverage.PublishedYears);
        Assert.Throws<CalendarCoverageException>(() => empty.IsWorkingDay(D("2025-01-02")));
        Assert.Throws<CalendarCoverageException>(() => empty.AddWorkingDays(D("2025-01-02"), 3));
        Assert.True(empty.WithProjection().IsProvisional(D("2025-01-02"), D("2025-01-02")));
    }

    [Fact]
    public void Festival_LocalWithANationalId_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => Festival.Local("national-day", "国庆", "x"));
        Assert.Throws<ArgumentException>(() => Festival.Local("Bad Id", "x", "x"));
        Assert.Equal(Festival.NationalDay, Festival.FromId("national-day"));
        Assert.Null(Festival.FromId("christmas"));
        Assert.Equal("春节 (Spring Festival)", Festival.SpringFestival.ToString());
    }

    [Fact]
    public void WithLocalHolidays_Values_LayerLikeTheJsonForm()
    {
        var calendar = China.WithLocalHolidays([new LocalHoliday("sanyuesan", "壮族三月三", "Sanyuesan", D("2025-03-31"), D("2025-04-01"))]);

        Assert.Equal(DayKind.StatutoryHoliday, calendar.GetDayKind(D("2025-03-31")));
        Assert.Equal(D("2025-04-02"), calendar.AddWorkingDays(D("2025-03-28"), 1));
        Assert.True(China.TryWithLocalHolidays([], out var same, out _));
        Assert.Same(China, same);
    }

    [Fact]
    public void TryWithLocalHolidays_BadHolidays_ReportsEachAtItsEntryAndField()
    {
        LocalHoliday[] holidays =
        [
            new("national-day", "国庆", "National", D("2025-03-03"), D("2025-03-03")),
            new("Bad", "", "Bad", D("2025-05-01"), D("2025-04-01")),
            new("late", "晚", "Late", D("2029-03-01"), D("2029-03-01")),
            new("on-workday", "调", "Workday", D("2025-04-27"), D("2025-04-27")),
            new("long", "长", "Long", D("2025-07-01"), D("2025-08-15")),
        ];

        Assert.False(China.TryWithLocalHolidays(holidays, out var calendar, out var problems));

        Assert.Null(calendar);
        Assert.Equal(
            [
                ("RP0102", 0, "id"), ("RP0007", 1, "name"), ("RP0101", 1, "id"), ("RP0108", 1, "to"),
                ("RP0109", 2, "from"), ("RP0109", 2, "to"), ("RP0113", 3, null), ("RP0108", 4, "to"),
            ],
            problems.Select(p => (p.Code.Id, p.Location.Index, p.Location.Field)));
        Assert.All(problems, p => Assert.Equal("calendar.localHolidays", p.Location.Section));
        var e = Assert.Throws<CalendarDataException>(() => China.WithLocalHolidays(holidays));
        Assert.Equal(problems, e.Problems);
    }
}
