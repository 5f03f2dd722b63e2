using Disclosure.Domain.Histories;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Testing.Tests;

public sealed class InMemoryHistoryStoreTests
{
    private static readonly LocalDate Received = new(2025, 9, 25);

    private static InformationRequest Request() => InformationRequest.Receive(RequestReceived.InPerson(Received), UnitId.Parse("office"));

    [Fact]
    public async Task AppendAsync_NewStream_ThenReadAsync_GivesTheEntriesBack()
    {
        var store = new InMemoryHistoryStore();
        var history = RequestHistory.Of("r1", Request().Record(new CorrectionRequested(Received.PlusDays(3), Received.PlusDays(20))));

        var result = await store.AppendAsync("r1", 0, history.Entries, TestContext.Current.CancellationToken);
        var read = await store.ReadAsync("r1", TestContext.Current.CancellationToken);

        Assert.Equal(new HistoryAppendResult(HistoryAppendStatus.Appended, 2), result);
        Assert.Equal(history.Entries, read);
        Assert.Equal(history.ToUtf8Json(), RequestHistory.FromEntries("r1", read).ToUtf8Json());
        Assert.Empty(await store.ReadAsync("never-written", TestContext.Current.CancellationToken));
        Assert.Equal(["r1"], store.StreamIds);
    }

    [Fact]
    public async Task AppendAsync_StaleWriter_GetsStaleVersionAndNothingChanges()
    {
        var store = new InMemoryHistoryStore();
        var start = RequestHistory.Of("r1", Request());
        await store.AppendAsync("r1", 0, start.Entries, TestContext.Current.CancellationToken);

        // Two writers read version 1 and each record an event.
        var first = RequestHistory.Of("r1", Request().Record(new RequestAnswered(Received.PlusDays(5))));
        var second = RequestHistory.Of("r1", Request().Record(new RequestWithdrawn(Received.PlusDays(6))));
        var won = await store.AppendAsync("r1", 1, first.Entries[1..], TestContext.Current.CancellationToken);
        var lost = await store.AppendAsync("r1", 1, second.Entries[1..], TestContext.Current.CancellationToken);

        Assert.True(won.IsAppended);
        Assert.Equal(new HistoryAppendResult(HistoryAppendStatus.StaleVersion, 2), lost);
        Assert.False(lost.IsAppended);
        Assert.Equal(first.Entries, await store.ReadAsync("r1", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AppendAsync_ConcurrentWritersOfOneVersion_ExactlyOneWins()
    {
        var store = new InMemoryHistoryStore();
        await store.AppendAsync("r1", 0, RequestHistory.Of("r1", Request()).Entries, TestContext.Current.CancellationToken);
        var writers = Enumerable.Range(1, 16).Select(i => RequestHistory.Of("r1", Request().Record(new RequestAnswered(Received.PlusDays(i)))).Entries[1..]).ToList();

        var results = await Task.WhenAll(writers.Select(w => Task.Run(async () => await store.AppendAsync("r1", 1, w, TestContext.Current.CancellationToken))));

        Assert.Single(results, r => r.IsAppended);
        Assert.Equal(15, results.Count(r => r.Status == HistoryAppendStatus.StaleVersion && r.Version == 2));
        Assert.Equal(2, (await store.ReadAsync("r1", TestContext.Current.CancellationToken)).Length);
    }

    [Fact]
    public async Task AppendAsync_EntriesNotNumberedFromTheExpectedVersion_ArgumentException()
    {
        var store = new InMemoryHistoryStore();
        var entries = RequestHistory.Of("r1", Request().Record(new RequestAnswered(Received.PlusDays(5)))).Entries;

        await Assert.ThrowsAsync<ArgumentException>(async () => await store.AppendAsync("r1", 0, entries[1..], TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<ArgumentException>(async () => await store.AppendAsync("r1", 0, [], TestContext.Current.CancellationToken));
        Assert.Empty(await store.ReadAsync("r1", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Tamper_EditedEntry_DetectedOnRead()
    {
        var store = new InMemoryHistoryStore();
        var history = RequestHistory.Of("r1", Request().Record(new ExtensionApproved(Received.PlusDays(10), 10, PersonId.Parse("office-head"))));
        await store.AppendAsync("r1", 0, history.Entries, TestContext.Current.CancellationToken);
        var edited = history.Entries[1].Json.Replace("\"workingDays\":10", "\"workingDays\":15", StringComparison.Ordinal);
        store.Tamper("r1", new HistoryEntry(1, edited, history.Entries[1].Hash));

        var stored = await store.ReadAsync("r1", TestContext.Current.CancellationToken);
        var e = Assert.Throws<HistoryException>(() => RequestHistory.FromEntries("r1", stored));

        Assert.Same(HistoryProblemCodes.HashMismatch, e.Errors[0].Code);
        Assert.Equal(1, e.Errors[0].Location.Index);
    }
}
