using System.Text.Json;
using CsCheck;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Histories;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.RulePacks;
using NodaTime.Text;

namespace Disclosure.Domain.Tests.Histories;

/// <summary>
/// Histories stored by an earlier build of the library (Histories/Data, written before the readers were made faster) still
/// read, verify, replay and write back byte for byte: the canonical form and its hashes are the contract, not the code that
/// computes them. The files hold text that needs escaping (quotes, backslashes, control characters) and Chinese text,
/// which the canonical form keeps unescaped.
/// </summary>
public sealed class StoredHistoryTests
{
    private static byte[] Stored(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Histories", "Data", name));

    [Theory]
    [InlineData("request-history-12.json", 12)]
    [InlineData("request-history-escaped.json", 4)]
    public void RequestHistory_StoredByAnEarlierBuild_VerifiesReplaysAndWritesBackTheSameBytes(string name, int events)
    {
        var bytes = Stored(name);

        var read = RequestHistory.Read(bytes, name);

        Assert.Empty(read.Warnings);
        Assert.Equal(events, read.Value.Events.Length);
        Assert.Equal(bytes, read.Value.ToUtf8Json());
        Assert.True(read.Value.Replay().IsAccepted);
        var stored = JsonDocument.Parse(bytes).RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("hash").GetString()).ToArray();
        Assert.Equal(stored, read.Value.Entries.Select(e => e.Hash.Hex));
        Assert.Equal(read.Value.Entries, RequestHistory.FromEntries(read.Value.Id, read.Value.Entries, read.Value.Head).Entries);
    }

    [Fact]
    public void RequestHistory_ClerksThenHeadsExtensionStoredByAnEarlierBuild_ReplaysAsTheHeadsExtension()
    {
        // Written before the one-extension fix (CHANGELOG, the request clock): the head's extension was recorded with second-extension and had no effect (an invalid history).
        var bytes = Stored("request-history-unauthorised-extension.json");
        var calculator = new RequestDeadlineCalculator(WorkingDayCalendar.ChinaMainland, DisclosureOffice.HeadedBy(PersonId.Parse("office-head")));

        var read = RequestHistory.Read(bytes, "request-history-unauthorised-extension.json");

        Assert.Equal(["second-extension"], read.Value.RecordedViolations(2));
        Assert.Equal(bytes, read.Value.ToUtf8Json());
        var replay = read.Value.Replay();
        Assert.True(replay.IsAccepted);
        var request = replay.Value!;
        Assert.Empty(calculator.Validate(request));
        var deadline = calculator.Evaluate(request, new LocalDate(2025, 11, 4));
        Assert.Equal(new LocalDate(2025, 11, 5), deadline.DueOn);
        Assert.Equal(RequestStatus.AnsweredOnTime, deadline.Status);

        // Written again now, the pair is stored without second-extension and replays to the same deadline.
        var rewritten = RequestHistory.Of("2025-017", request);
        Assert.Empty(rewritten.RecordedViolations(2));
        var again = RequestHistory.Read(rewritten.ToUtf8Json(), "rewritten.json").Value.Replay();
        Assert.True(again.IsAccepted);
        Assert.Equal(deadline.ToJson(), calculator.Evaluate(again.Value!, new LocalDate(2025, 11, 4)).ToJson());
        Assert.Equal(calculator.Explain(request, new LocalDate(2025, 11, 4)).ToJson(), calculator.Explain(again.Value!, new LocalDate(2025, 11, 4)).ToJson());
    }

    [Fact]
    public void RequestHistory_TwoHeadsExtensionsThenCorrectionStoredByAnEarlierBuild_ReplaysAndStaysInvalid()
    {
        // Written before the one-extension fix (CHANGELOG, the request clock): the second extension recorded second-extension and so was not voided by the correction; now it is kept,
        // voided with the first, and the calculator still finds it the second one of that period.
        var bytes = Stored("request-history-two-extensions-voided.json");
        var calculator = new RequestDeadlineCalculator(WorkingDayCalendar.ChinaMainland, DisclosureOffice.HeadedBy(PersonId.Parse("office-head")));

        var read = RequestHistory.Read(bytes, "request-history-two-extensions-voided.json");
        var replay = read.Value.Replay();

        Assert.Equal(bytes, read.Value.ToUtf8Json());
        Assert.True(replay.IsAccepted);
        var violation = Assert.Single(calculator.Validate(replay.Value!));
        Assert.Same(RequestViolationCodes.SecondExtension, violation.Code);
        Assert.Equal(2, violation.EventIndex);
        Assert.Equal([1, 2], replay.Value!.Findings.Where(f => f.Code == RequestViolationCodes.ExtensionBeforeCorrection).Select(f => f.EventIndex));
    }

    [Fact]
    public void RequestHistory_SecondExtensionRecordedOnTheAnswer_Refused()
    {
        // The allowance is for an extension only: the same code moved onto the answer (hashes recomputed) is an edited history.
        var node = System.Text.Json.Nodes.JsonNode.Parse(Stored("request-history-unauthorised-extension.json"))!;
        var events = node["events"]!.AsArray();
        events[2]!.AsObject().Remove("violations");
        events[3]!.AsObject()["violations"] = new System.Text.Json.Nodes.JsonArray("second-extension");

        var replay = RequestHistory.Read(RequestHistoryTests.Rehash(node), "h.json").Value.Replay();

        Assert.False(replay.IsAccepted);
        Assert.Equal(3, replay.RefusedIndex);
    }

    [Fact]
    public void ReviewCaseHistory_StoredByAnEarlierBuild_VerifiesReplaysAndWritesBackTheSameBytes()
    {
        var bytes = Stored("review-case-history-53.json");

        var read = ReviewCaseHistory.Read(bytes, "review-case-history-53.json");

        Assert.Empty(read.Warnings);
        Assert.Equal(53, read.Value.Count);
        Assert.Equal(bytes, read.Value.ToUtf8Json());
        var replay = read.Value.Replay(RulePack.XuanchengCivilAffairs2024.Review);
        Assert.True(replay.IsAccepted);
        Assert.Equal(53, replay.Value!.Trail.Length);
        Assert.Equal(bytes, ReviewCaseHistory.Of(replay.Value).ToUtf8Json());
    }

    [Fact]
    public void LocalDate_ReadFromJson_SameAsTheIsoPattern()
    {
        // The reader parses dddd-dd-dd itself; the ISO pattern is the reference for every such text, valid or not.
        var options = new JsonSerializerOptions { Converters = { new LocalDateIsoConverter() } };
        var digit = Gen.Char['0', '9'];
        var text = Gen.OneOf(
            Gen.Select(digit.Array[4], digit.Array[2], digit.Array[2], (y, m, d) => $"{new string(y)}-{new string(m)}-{new string(d)}"),
            Gen.Select(Gen.Int[0, 9999], Gen.Int[0, 13], Gen.Int[0, 32], (y, m, d) => $"{y:0000}-{m:00}-{d:00}"),
            Gen.Char["0123456789-+ T"].Array[8, 12].Select(c => new string(c)));
        text.Sample(t =>
        {
            var expected = LocalDatePattern.Iso.Parse(t);
            LocalDate? actual;
            try
            {
                actual = JsonSerializer.Deserialize<LocalDate>("\"" + t + "\"", options);
            }
            catch (JsonException)
            {
                actual = null;
            }

            Assert.Equal(expected.Success ? expected.Value : null, actual);
        }, iter: 20_000);
    }
}
