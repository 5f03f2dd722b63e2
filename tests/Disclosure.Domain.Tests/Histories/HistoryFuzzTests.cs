using CsCheck;
using Disclosure.Domain.Histories;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Tests.Histories;

/// <summary>
/// Mutational fuzzing of every history reader: documents the library wrote are damaged (<see cref="JsonMutations"/>) and
/// read; the only exception allowed out is <see cref="HistoryException"/>, and a read that succeeds returns a whole
/// history (one that writes back without throwing). The normal run is short; set FUZZ_ITERATIONS (for example 1000000)
/// for the long run (.ci/fuzz-histories.sh).
/// </summary>
public sealed class HistoryFuzzTests
{
    private static readonly string[] Values =
    [
        "null", "true", "false", "0", "-1", "1e999", "2147483648", "-0", "1.5", "\"\"", "\"x\"", "[]", "{}", "[null]", "[{}]",
        "\"2024-02-30\"", "\"2024-13-01\"", "\"9999-12-31\"", "\"-9998-01-01\"", "\"2025-10-09T01:02:03Z\"", "\"\\ud800\"", "\"\\u0000\"",
        "\"received\"", "\"answered\"", "\"withdrawn\"", "\"extensionApproved\"", "\"consultationSent\"", "\"post\"", "\"online\"",
        "\"thirdParty\"", "\"otherAgency\"", "\"approve\"", "\"publish\"", "\"personalPrivacy\"", "[\"a\",\"a\"]", "\"disclosed\"", "2", "99", "\"office-head\"", "\"Bad Id\"", "\"0000000000000000000000000000000000000000000000000000000000000000\"",
        "[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]", "\"publication-log\"", "\"request-history\"", "\"activity-records\"",
    ];

    private static readonly string[] Keys =
    [
        "formatVersion", "kind", "id", "events", "head", "count", "hash", "previous", "type", "on", "channel", "submittedOn", "confirmedOn",
        "handlingUnit", "command", "at", "by", "items", "content", "text", "level", "version", "from", "to", "cleared", "target", "audience", "roles", "policy", "fingerprint", "correctBy", "consultationId", "party", "deliveredOn", "workingDays", "approver", "outcome", "violations",
        "publications", "information", "column", "formedOn", "publishedOn", "records", "activity", "date", "unit", "__proto__", "",
    ];

    private static byte[][] RequestSeeds() =>
    [
        RequestHistory.Of("2025-001", RequestHistoryTests.Sample()).ToUtf8Json(),
        RequestHistory.Of("r", InformationRequest.Receive(RequestReceived.ByOrdinaryPost(new LocalDate(2025, 1, 6), new LocalDate(2025, 1, 8)))
            .Record(new ExtensionApproved(new LocalDate(2025, 1, 9), 30, PersonId.Parse("x")))
            .Record(new AnsweredOnTheSpot(new LocalDate(2025, 1, 9)))
            .Record(new RequestWithdrawn(new LocalDate(2025, 1, 10)))).ToUtf8Json(),
    ];

    private static byte[][] LogSeeds() =>
    [
        PublicationLogJson.Write(Domain.Scheduling.PublicationLog.Create(
            [new(Domain.Catalog.ColumnId.Parse("news"), new LocalDate(2024, 1, 2)), new(Domain.Catalog.ColumnId.Parse("b"), new LocalDate(2024, 5, 2))],
            [new(Domain.Catalog.ColumnId.Parse("news"), new LocalDate(2024, 1, 2), new LocalDate(2024, 1, 9)), new(Domain.Catalog.ColumnId.Parse("news"), new LocalDate(2024, 3, 2))])),
        ActivityRecordsJson.Write([new ActivityRecord("open-day", new LocalDate(2024, 8, 15), UnitId.Parse("office")), new ActivityRecord("training", new LocalDate(2024, 3, 1))]),
    ];

    [Fact]
    public void RequestHistory_Read_MutatedDocuments_OnlyHistoryException() =>
        Fuzz(RequestSeeds(), bytes => RequestHistory.Read(bytes, "fuzz.json").Value.ToUtf8Json(), 4_000);

    [Fact]
    public void ReviewCaseHistory_Read_MutatedDocuments_OnlyHistoryException() =>
        Fuzz([ReviewCaseHistory.Of(ReviewCaseHistoryTests.Sample()).ToUtf8Json()], bytes => ReviewCaseHistory.Read(bytes, "fuzz.json").Value.ToUtf8Json(), 2_000);

    [Fact]
    public void RequestHistory_FromEntries_MutatedCanonicalForms_OnlyHistoryException()
    {
        var entries = RequestHistory.Of("2025-001", RequestHistoryTests.Sample()).Entries;
        JsonMutations.Of([.. entries.Select(e => System.Text.Encoding.UTF8.GetBytes(e.Json))], Values, Keys)
            .Select(Gen.Int[0, entries.Length - 1], (bytes, at) => (bytes, at))
            .Sample(t =>
            {
                var text = System.Text.Encoding.UTF8.GetString(t.bytes);
                if (text.Length == 0)
                {
                    return;
                }

                var damaged = entries.SetItem(t.at, new HistoryEntry(t.at, text, entries[t.at].Hash));
                try
                {
                    Assert.NotEmpty(RequestHistory.FromEntries("2025-001", damaged).ToUtf8Json());
                }
                catch (HistoryException e)
                {
                    Assert.NotEmpty(e.Errors);
                }
            }, iter: JsonMutations.Iterations(2_000), threads: 1);
    }

    [Fact]
    public void PublicationLogAndActivityRecords_Read_MutatedDocuments_OnlyHistoryException()
    {
        var seeds = LogSeeds();
        Fuzz([seeds[0]], bytes => PublicationLogJson.Write(PublicationLogJson.Read(bytes, "fuzz.json").Value), 2_000);
        Fuzz([seeds[1]], bytes => ActivityRecordsJson.Write(ActivityRecordsJson.Read(bytes, "fuzz.json").Value), 2_000);
    }

    internal static void Fuzz(byte[][] seeds, Func<byte[], byte[]> readAndWrite, long normal) =>
        JsonMutations.Of(seeds, Values, Keys).Sample(bytes =>
        {
            try
            {
                // A success is a whole history: it writes back.
                Assert.NotEmpty(readAndWrite(bytes));
            }
            catch (HistoryException e)
            {
                Assert.NotEmpty(e.Errors);
            }
        }, iter: JsonMutations.Iterations(normal), threads: 1);
}
