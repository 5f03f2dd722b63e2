using System.Text;
using Disclosure.Domain.Histories;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Testing.Tests;

/// <summary>The README's "Storing histories" example, kept compiling and true.</summary>
public sealed class HistoriesReadmeExampleTests
{
    [Fact]
    public async Task ReadmeExample_WriteReadReplayAndDetectTampering()
    {
        var ct = TestContext.Current.CancellationToken;

        // README: begin
        var request = InformationRequest.Receive(RequestReceived.InPerson(new LocalDate(2025, 9, 25)), UnitId.Parse("office"))
            .Record(new ConsultationSent(new LocalDate(2025, 9, 29), "C1", ConsultationParty.ThirdParty))
            .Record(new ConsultationAnswered(new LocalDate(2025, 10, 10), "C1"));

        // Write: one chained entry per event into a store (or the whole history into a file).
        IHistoryStore store = new InMemoryHistoryStore();
        var history = RequestHistory.Of("2025-001", request);
        var appended = await store.AppendAsync("2025-001", expectedVersion: 0, history.Entries, ct);    // Appended, version 3
        byte[] file = history.ToUtf8Json();

        // Append the answer: read, replay, record, append what is new at the version read.
        var stored = RequestHistory.FromEntries("2025-001", await store.ReadAsync("2025-001", ct));
        var answered = stored.Replay().GetValueOrThrow().Record(new RequestAnswered(new LocalDate(2025, 10, 20)));
        var next = RequestHistory.Of("2025-001", answered);
        var ok = await store.AppendAsync("2025-001", stored.Entries.Length, next.Entries[stored.Entries.Length..], ct);  // Appended, version 4
        var stale = await store.AppendAsync("2025-001", stored.Entries.Length, next.Entries[stored.Entries.Length..], ct); // StaleVersion, version 4

        // Read and replay: the chain is verified on read, every event re-checked on replay.
        var read = RequestHistory.Read(file, "2025-001.json");
        var replay = read.Value.Replay();            // IsAccepted, Value: the rebuilt InformationRequest

        // Detect tampering: one changed date in the stored file.
        var edited = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(file).Replace("\"on\": \"2025-10-10\"", "\"on\": \"2025-10-09\"", StringComparison.Ordinal));
        try
        {
            RequestHistory.Read(edited, "2025-001.json");
        }
        catch (HistoryException e)
        {
            var problem = e.Errors[0];              // HIST001 hash-mismatch at events[2]
            Assert.Equal("HIST001", problem.Code.Id);
            Assert.Equal(2, problem.Location.Index);
        }

        // README: end
        Assert.Equal(new HistoryAppendResult(HistoryAppendStatus.Appended, 3), appended);
        Assert.Equal(new HistoryAppendResult(HistoryAppendStatus.Appended, 4), ok);
        Assert.Equal(new HistoryAppendResult(HistoryAppendStatus.StaleVersion, 4), stale);
        Assert.True(replay.IsAccepted);
        Assert.Equal(3, replay.Value!.Events.Length);
        Assert.Throws<HistoryException>(() => RequestHistory.Read(edited, "2025-001.json"));
        Assert.NotEqual(file, edited);
        Assert.Equal(4, RequestHistory.FromEntries("2025-001", await store.ReadAsync("2025-001", ct)).Events.Length);
        Assert.Empty(read.Warnings);
    }
}
