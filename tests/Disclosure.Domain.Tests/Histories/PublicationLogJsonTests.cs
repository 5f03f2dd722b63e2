using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Histories;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.RulePacks;
using Disclosure.Domain.Scheduling;
using Json.Schema;

namespace Disclosure.Domain.Tests.Histories;

public sealed class PublicationLogJsonTests
{
    private static readonly ColumnId Rural = ColumnId.Parse("rural-revitalization");

    private static PublicationLog Sample() => PublicationLog.Create(
        [new Publication(Rural, new LocalDate(2024, 7, 1)), new Publication(ColumnId.Parse("a-column"), new LocalDate(2024, 3, 9))],
        [new InformationEvent(Rural, new LocalDate(2024, 6, 3), new LocalDate(2024, 6, 20)), new InformationEvent(Rural, new LocalDate(2024, 6, 10))]);

    [Fact]
    public void Write_Sample_IsoDatesInColumnAndDateOrder()
    {
        var text = Encoding.UTF8.GetString(PublicationLogJson.Write(Sample()));

        Assert.Equal(
            """
            {
              "formatVersion": 1,
              "kind": "publication-log",
              "publications": [
                {
                  "column": "a-column",
                  "on": "2024-03-09"
                },
                {
                  "column": "rural-revitalization",
                  "on": "2024-07-01"
                }
              ],
              "information": [
                {
                  "column": "rural-revitalization",
                  "formedOn": "2024-06-03",
                  "publishedOn": "2024-06-20"
                },
                {
                  "column": "rural-revitalization",
                  "formedOn": "2024-06-10"
                }
              ]
            }
            """.ReplaceLineEndings("\n"), text);
    }

    [Fact]
    public void RoundTrip_RandomLogs_SameBytesAndSameEntries()
    {
        HistoryGen.Log.Sample(log =>
        {
            var bytes = PublicationLogJson.Write(log);
            var read = PublicationLogJson.Read(bytes, "log.json");

            Assert.Empty(read.Warnings);
            Assert.Equal(bytes, PublicationLogJson.Write(read.Value));
            Assert.Equal(log.PublicationCount, read.Value.PublicationCount);
            Assert.Equal(log.EventCount, read.Value.EventCount);
            Assert.Equal(log.WithdrawalCount, read.Value.WithdrawalCount);
            Assert.Equal(log.WithdrawalCount == 0, !Encoding.UTF8.GetString(bytes).Contains("\"withdrawals\"", StringComparison.Ordinal));
            Assert.All(log.Columns, c =>
            {
                Assert.Equal(log.GetWithdrawals(c), read.Value.GetWithdrawals(c));
                Assert.Equal(log.GetPublications(c), read.Value.GetPublications(c));
                Assert.Equal(log.GetEvents(c).OrderBy(e => e.FormedOn).ThenBy(e => e.PublishedOn), read.Value.GetEvents(c).OrderBy(e => e.FormedOn).ThenBy(e => e.PublishedOn));
            });
        }, iter: 300);
    }

    [Fact]
    public void Write_Withdrawals_AfterTheOtherEntries_AndAnOldDocumentWithoutThemReadsAndWritesBackByteForByte()
    {
        // A document written before withdrawals existed (the text of Write_Sample): the same bytes after a round trip.
        var old = PublicationLogJson.Write(Sample());
        Assert.Equal(old, PublicationLogJson.Write(PublicationLogJson.Read(old, "old.json").Value));

        var log = PublicationLog.Create(
            [new Publication(Rural, new LocalDate(2024, 7, 1))],
            [new InformationEvent(Rural, new LocalDate(2024, 6, 3), new LocalDate(2024, 6, 20))],
            [new Withdrawal(Rural, new LocalDate(2024, 6, 20), new LocalDate(2024, 6, 25))]);
        var text = Encoding.UTF8.GetString(PublicationLogJson.Write(log));

        Assert.EndsWith(
            """
              "withdrawals": [
                {
                  "column": "rural-revitalization",
                  "publishedOn": "2024-06-20",
                  "withdrawnOn": "2024-06-25"
                }
              ]
            }
            """.ReplaceLineEndings("\n"), text, StringComparison.Ordinal);
        Assert.True(JsonSchema.FromText(PublicationLogJson.GetJsonSchema()).Evaluate(JsonNode.Parse(text)!).IsValid);
        Assert.Equal([new Withdrawal(Rural, new LocalDate(2024, 6, 20), new LocalDate(2024, 6, 25))], PublicationLogJson.Read(Encoding.UTF8.GetBytes(text), "log.json").Value.GetWithdrawals(Rural));
    }

    [Fact]
    public void Read_LogOfTheEmbeddedCatalog_GivesTheSameDueReport()
    {
        var pack = RulePack.XuanchengCivilAffairs2024;
        var timely = pack.Catalog.Columns.First(c => !c.Frequency.IsPeriodic).Id;
        var monthly = pack.Catalog.Columns.First(c => c.Frequency.IsPeriodic).Id;
        var log = PublicationLog.Create([new Publication(monthly, new LocalDate(2024, 8, 5))], [new InformationEvent(timely, new LocalDate(2024, 8, 1))]);
        var calculator = new DueDateCalculator(pack.Calendar);

        var read = PublicationLogJson.Read(PublicationLogJson.Write(log), "log.json").Value.BindTo(pack.Catalog);

        var asOf = new LocalDate(2024, 10, 8);
        Assert.Equal(
            calculator.Evaluate(pack.Catalog, log, asOf).Obligations.Select(o => o.ToString()),
            calculator.Evaluate(pack.Catalog, read, asOf).Obligations.Select(o => o.ToString()));
    }

    [Fact]
    public void Write_IsValidAgainstTheShippedSchema_AndABrokenOneIsNot()
    {
        var schema = JsonSchema.FromText(PublicationLogJson.GetJsonSchema());
        var node = JsonNode.Parse(PublicationLogJson.Write(Sample()))!;

        Assert.True(schema.Evaluate(node).IsValid);
        node["publications"]![0]!["on"] = "1 July";
        Assert.False(schema.Evaluate(node).IsValid);
    }

    [Fact]
    public void Read_UnknownFields_AreWarningsWithTheirPath()
    {
        var text = """{"formatVersion":1,"kind":"publication-log","by":"x","publications":[{"column":"b","on":"2024-01-02","url":"http://"}]}""";

        var read = PublicationLogJson.Read(Encoding.UTF8.GetBytes(text), "log.json");

        Assert.Equal(["$.by", "$.publications[0].url"], read.Warnings.Select(w => w.Location.Path));
        Assert.Equal(1, read.Value.PublicationCount);
    }

    [Theory]
    [InlineData("""{"publications":[]}""", "RP0005", "$")]
    [InlineData("""{"formatVersion":3,"kind":"publication-log"}""", "RP0005", "$.formatVersion")]
    [InlineData("""{"formatVersion":0,"kind":"publication-log"}""", "RP0005", "$.formatVersion")]
    [InlineData("""{"formatVersion":1,"kind":"request-history"}""", "HIST006", "$.kind")]
    [InlineData("""{"formatVersion":1,"kind":"publication-log","publications":[{"column":"Bad Id","on":"2024-01-01"}]}""", "RP0101", "$.publications[0].column")]
    [InlineData("""{"formatVersion":1,"kind":"publication-log","publications":[{"column":"b","on":"2024-02-30"}]}""", "RP0004", "$.publications[0].on")]
    [InlineData("""{"formatVersion":1,"kind":"publication-log","publications":[{"column":"b"}]}""", "RP0007", "$.publications[0].on")]
    [InlineData("""{"formatVersion":1,"kind":"publication-log","publications":[null]}""", "RP0007", "$.publications[0]")]
    [InlineData("""{"formatVersion":1,"kind":"publication-log","information":[{"column":"b","formedOn":"2024-03-02","publishedOn":"2024-03-01"}]}""", "RP0111", "$.information[0].publishedOn")]
    [InlineData("""{"formatVersion":1,"kind":"publication-log","withdrawals":[{"column":"b","publishedOn":"2024-03-02"}]}""", "RP0007", "$.withdrawals[0].withdrawnOn")]
    [InlineData("""{"formatVersion":1,"kind":"publication-log","withdrawals":[{"column":"b","publishedOn":"2024-03-02","withdrawnOn":"2024-03-01"}]}""", "RP0111", "$.withdrawals[0].withdrawnOn")]
    [InlineData("""{"formatVersion":1,"kind":"publication-log","withdrawals":[{"column":"b","publishedOn":"2024-03-02","withdrawnOn":"2024-03-04"}]}""", "RP0111", "$.withdrawals")]
    [InlineData("""{"formatVersion":"1","kind":"publication-log"}""", "RP0004", "$.formatVersion")]
    [InlineData("""{"formatVersion":1,"kind":"publication-log",}""", "RP0002", "$")]
    public void Read_BadDocument_OneErrorAtItsPath(string text, string code, string path)
    {
        var e = Assert.Throws<HistoryException>(() => PublicationLogJson.Read(Encoding.UTF8.GetBytes(text), "log.json"));

        var problem = Assert.Single(e.Errors);
        Assert.Equal(code, problem.Code.Id);
        Assert.Equal(path, problem.Location.Path);
        Assert.Equal("log.json", problem.Location.Source);
    }

    [Fact]
    public void ActivityRecords_RoundTrip_KeepsOrderAndBytes()
    {
        var records = new[]
        {
            new ActivityRecord("open-day", new LocalDate(2024, 8, 15), UnitId.Parse("office")),
            new ActivityRecord("training", new LocalDate(2024, 3, 1)),
            new ActivityRecord("open-day", new LocalDate(2024, 5, 20)),
        };
        var bytes = ActivityRecordsJson.Write(records);

        var read = ActivityRecordsJson.Read(bytes, "a.json");

        Assert.Equal(records, read.Value);
        Assert.Equal(bytes, ActivityRecordsJson.Write(read.Value));
        Assert.Contains("\"date\": \"2024-08-15\"", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.True(JsonSchema.FromText(ActivityRecordsJson.GetJsonSchema()).Evaluate(JsonNode.Parse(bytes)).IsValid);
    }

    [Fact]
    public void ActivityRecords_MissingDate_ErrorAtTheRecord()
    {
        var text = """{"formatVersion":1,"kind":"activity-records","records":[{"activity":"open-day","date":"2024-01-01"},{"activity":"open-day"}]}""";

        var problem = Assert.Throws<HistoryException>(() => ActivityRecordsJson.Read(Encoding.UTF8.GetBytes(text), "a.json")).Errors[0];

        Assert.Equal(new ProblemLocation("records", 1, field: "date") { Source = "a.json", Path = "$.records[1].date" }, problem.Location);
        Assert.Same(DataProblemCodes.MissingValue, problem.Code);
    }
}
