using System.Globalization;
using System.Text;
using CsCheck;
using Disclosure.Domain.Calendars;

namespace Disclosure.Domain.Tests.Calendars;

/// <summary>
/// Mutational fuzzing of the calendar data loader (<see cref="WorkingDayCalendar.FromJson"/> and
/// <see cref="WorkingDayCalendar.WithData"/>): only <see cref="CalendarDataException"/> may escape, and a calendar that
/// loads answers every day of its published years. Set FUZZ_ITERATIONS for a long run.
/// </summary>
public sealed class CalendarDataFuzzTests
{
    private static readonly byte[][] Seeds =
    [
        EmbeddedData(),
        """
        { "format": 1, "name": "Guangxi (test)", "localHolidays": [
          { "id": "sanyuesan", "name": "壮族三月三", "englishName": "Sanyuesan Festival", "from": "2025-03-31", "to": "2025-04-01" } ] }
        """u8.ToArray(),
        """
        { "format": 1, "name": "2027 (test)", "years": [ { "year": 2027, "notice": { "title": "t", "issued": "2026-11-01" },
          "holidays": [ { "festival": "new-years-day", "from": "2027-01-01", "to": "2027-01-03" }, { "festival": "spring-festival", "from": "2027-02-06", "to": "2027-02-13" } ],
          "workdays": [ "2027-02-20" ] } ] }
        """u8.ToArray(),
    ];

    private static readonly string[] Values =
    [
        "null", "true", "0", "-1", "1e999", "2147483648", "1.5", "\"\"", "\"x\"", "[]", "{}", "[null]", "[{}]", "2", "1",
        "\"2024-02-30\"", "\"2024-02-29\"", "\"0000-01-01\"", "\"9999-12-31\"", "\"2024-13-01\"", "\"2027-01-01\"", "\"2024-10-01\"",
        "\"spring-festival\"", "\"national-day\"", "\"martian-day\"", "\"\\ud800\"", "2024", "2027", "1900", "99999",
        "[\"2024-02-04\", \"2024-02-04\"]", "{\"festival\": \"qingming\", \"from\": \"2024-04-04\", \"to\": \"2024-04-03\"}",
    ];

    private static readonly string[] Keys =
    [
        "\"format\"", "\"name\"", "\"years\"", "\"year\"", "\"notice\"", "\"holidays\"", "\"workdays\"", "\"festival\"", "\"from\"", "\"to\"",
        "\"localHolidays\"", "\"id\"", "\"name\"", "\"issued\"", "\"unknown\"",
    ];

    [Fact]
    public void FromJsonAndWithData_MutatedData_OnlyCalendarDataExceptionEscapes()
    {
        var iterations = JsonMutations.Iterations(1500);
        long loaded = 0, rejected = 0;
        JsonMutations.Of(Seeds, Values, Keys).Sample(
            bytes =>
            {
                var json = Encoding.UTF8.GetString(bytes);
                foreach (var load in new Func<string, WorkingDayCalendar>[] { WorkingDayCalendar.FromJson, WorkingDayCalendar.ChinaMainland.WithData })
                {
                    try
                    {
                        var calendar = load(json);
                        foreach (var year in calendar.Coverage.PublishedYears)
                        {
                            // Naive count: each day of the year asked on its own, against the O(1) count.
                            var working = 0;
                            for (var day = new LocalDate(year, 1, 1); day.Year == year; day = day.PlusDays(1))
                            {
                                working += calendar.GetDay(day).IsWorkingDay ? 1 : 0;
                            }

                            Assert.Equal(working, calendar.CountWorkingDays(new LocalDate(year, 1, 1).PlusDays(-1), new LocalDate(year, 12, 31)));
                        }

                        Interlocked.Increment(ref loaded);
                    }
                    catch (CalendarDataException e)
                    {
                        Assert.NotEmpty(e.Problems);
                        Interlocked.Increment(ref rejected);
                    }
                }
            },
            iter: iterations);

        var report = string.Create(CultureInfo.InvariantCulture, $"calendar fuzz: {iterations} inputs, {loaded} loads, {rejected} rejected with CalendarDataException, 0 other exceptions");
        TestContext.Current.SendDiagnosticMessage(report);
        Assert.True(loaded > 0 && rejected > 0, report);
    }

    private static byte[] EmbeddedData()
    {
        using var stream = typeof(WorkingDayCalendar).Assembly.GetManifestResourceStream("Disclosure.Domain.Calendars.Data.china-mainland.json")!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
