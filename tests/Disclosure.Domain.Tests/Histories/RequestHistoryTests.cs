using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Histories;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;
using Json.Schema;

namespace Disclosure.Domain.Tests.Histories;

public sealed class RequestHistoryTests
{
    private static readonly RequestDeadlineCalculator Calculator = new(WorkingDayCalendar.ChinaMainland.WithProjection(), DisclosureOffice.HeadedBy(PersonId.Parse("office-head")));

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    /// <summary>A lawful 7-event history with every kind of field.</summary>
    internal static InformationRequest Sample() =>
        InformationRequest.Receive(RequestReceived.Online(D(2025, 9, 24), D(2025, 9, 25)), UnitId.Parse("office"))
            .Record(new CorrectionRequested(D(2025, 9, 29), D(2025, 10, 20)))
            .Record(new CorrectionReceived(D(2025, 10, 9)))
            .Record(new ConsultationSent(D(2025, 10, 10), "C1", ConsultationParty.ThirdParty, D(2025, 10, 13)))
            .Record(new ConsultationAnswered(D(2025, 10, 20), "C1"))
            .Record(new ExtensionApproved(D(2025, 11, 3), 20, PersonId.Parse("office-head")))
            .Record(new RequestAnswered(D(2025, 11, 20), AnswerOutcome.PartlyDisclosed));

    private static byte[] SampleBytes() => RequestHistory.Of("2025-001", Sample()).ToUtf8Json();

    [Fact]
    public void ToUtf8Json_Sample_WritesDatesAsIsoTextAndTheChain()
    {
        var history = RequestHistory.Of("2025-001", Sample());
        var text = Encoding.UTF8.GetString(history.ToUtf8Json());

        Assert.StartsWith("{\n  \"formatVersion\": 1,\n  \"kind\": \"request-history\",\n  \"id\": \"2025-001\",", text, StringComparison.Ordinal);
        Assert.Contains("\"submittedOn\": \"2025-09-24\"", text, StringComparison.Ordinal);
        Assert.Contains("\"confirmedOn\": \"2025-09-25\"", text, StringComparison.Ordinal);
        Assert.Contains("\"deliveredOn\": \"2025-10-13\"", text, StringComparison.Ordinal);
        Assert.Contains("\"outcome\": \"partlyDisclosed\"", text, StringComparison.Ordinal);
        Assert.Contains("\"handlingUnit\": \"office\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"year\"", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"\"previous\": \"{history.Entries[2].Hash}\"", text, StringComparison.Ordinal);
        Assert.Contains($"\"head\": {{\n    \"count\": 7,\n    \"hash\": \"{history.Entries[6].Hash}\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_CanonicalForm_IsCompactJsonNamingThePredecessor()
    {
        var history = RequestHistory.Of("2025-001", Sample());

        Assert.Equal("""{"type":"received","channel":"online","submittedOn":"2025-09-24","confirmedOn":"2025-09-25","handlingUnit":"office"}""", history.Entries[0].Json);
        Assert.Equal($$"""{"type":"correctionRequested","on":"2025-09-29","correctBy":"2025-10-20","previous":"{{history.Entries[0].Hash}}"}""", history.Entries[1].Json);
        Assert.All(history.Entries, e => Assert.Equal(EvidenceHash.Of(Encoding.UTF8.GetBytes(e.Json)), e.Hash));
        Assert.Equal(new HistoryHead(7, history.Entries[6].Hash), history.Head);
    }

    [Fact]
    public void Write_Sample_IsValidAgainstTheShippedSchema()
    {
        var schema = JsonSchema.FromText(RequestHistory.GetJsonSchema());
        var result = schema.Evaluate(JsonNode.Parse(SampleBytes()), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Schema_EveryPropertyHasEnglishAndChineseDescriptions()
    {
        foreach (var text in new[] { RequestHistory.GetJsonSchema(), PublicationLogJson.GetJsonSchema(), ActivityRecordsJson.GetJsonSchema() })
        {
            var descriptions = JsonNode.Parse(text)!.AsObject().DescendantPropertyValues("description").ToList();
            Assert.NotEmpty(descriptions);
            Assert.All(descriptions, d => Assert.Matches(@"[A-Za-z].* / .*\p{IsCJKUnifiedIdeographs}", d));
        }
    }

    [Fact]
    public void RoundTrip_RandomRequestsBuiltThroughTheApi_SameBytesSameStateSameLedger()
    {
        HistoryGen.Request.Sample(request =>
        {
            var history = RequestHistory.Of("r-1", request);
            var bytes = history.ToUtf8Json();
            var read = RequestHistory.Read(bytes, "r-1.json");

            Assert.Empty(read.Warnings);
            Assert.Equal(bytes, read.Value.ToUtf8Json());
            var replay = read.Value.Replay();
            Assert.True(replay.IsAccepted, replay.ToString());
            var rebuilt = replay.Value!;
            Assert.Equal(request.Events.Select(e => e.ToString()), rebuilt.Events.Select(e => e.ToString()));
            Assert.Equal(request.Violations.Select(v => v.Message), rebuilt.Violations.Select(v => v.Message));
            Assert.Equal(request.Findings.Select(v => v.Message), rebuilt.Findings.Select(v => v.Message));
            Assert.Equal(request.HandlingUnit, rebuilt.HandlingUnit);
            var asOf = request.Events[^1].On.PlusDays(10);
            Assert.Equal(Calculator.Explain(request, asOf).ToJson(), Calculator.Explain(rebuilt, asOf).ToJson());

            var fromStore = RequestHistory.FromEntries("r-1", history.Entries, history.Head);
            Assert.Equal(bytes, fromStore.ToUtf8Json());
        }, iter: 300);
    }

    [Fact]
    public void Read_ChangingAnyPayloadCharacterOfAnyEvent_FailsAtThatEvent()
    {
        var bytes = SampleBytes();
        var spans = EventSpans(bytes);
        Assert.Equal(7, spans.Count);
        for (var index = 0; index < spans.Count; index++)
        {
            var (start, end) = spans[index];
            var tested = 0;
            for (var at = start; at < end; at++)
            {
                if (Replacement(bytes[at]) is not { } other || !InsideString(bytes, at))
                {
                    continue;
                }

                var copy = (byte[])bytes.Clone();
                copy[at] = other;
                var e = Assert.Throws<HistoryException>(() => RequestHistory.Read(copy, "h.json"));
                var problem = e.Errors[0];
                Assert.True(problem.Location is { Section: "events" } && problem.Location.Index == index,
                    $"byte {at} ('{(char)bytes[at]}' -> '{(char)other}') of event {index}: {problem}");
                tested++;
            }

            Assert.True(tested > 20, $"event {index}: only {tested} positions");
        }
    }

    [Fact]
    public void Read_SwappedEvents_BrokenLinkAtTheFirstMovedEvent()
    {
        for (var i = 1; i < 6; i++)
        {
            var node = JsonNode.Parse(SampleBytes())!;
            var events = node["events"]!.AsArray();
            var a = events[i]!.DeepClone();
            events[i] = events[i + 1]!.DeepClone();
            events[i + 1] = a;

            var problem = Assert.Throws<HistoryException>(() => RequestHistory.Read(Encoding.UTF8.GetBytes(node.ToJsonString()), "h.json")).Errors[0];

            Assert.Same(HistoryProblemCodes.BrokenLink, problem.Code);
            Assert.Equal(i, problem.Location.Index);
        }
    }

    [Fact]
    public void Read_RemovedEvent_BrokenLinkAtItsSuccessor_AndTruncation_HeadMismatch()
    {
        for (var i = 0; i < 7; i++)
        {
            var node = JsonNode.Parse(SampleBytes())!;
            node["events"]!.AsArray().RemoveAt(i);

            var problem = Assert.Throws<HistoryException>(() => RequestHistory.Read(Encoding.UTF8.GetBytes(node.ToJsonString()), "h.json")).Errors[0];

            if (i == 6)
            {
                Assert.Same(HistoryProblemCodes.HeadMismatch, problem.Code);
                Assert.Equal(6, problem.Location.Index);
            }
            else
            {
                Assert.Same(i == 0 ? DataProblemCodes.InvalidValue : HistoryProblemCodes.BrokenLink, problem.Code);
                Assert.Equal(i, problem.Location.Index);
            }
        }
    }

    [Fact]
    public void FromEntries_TruncatedStreamWithTheHeadKeptElsewhere_HeadMismatch()
    {
        var history = RequestHistory.Of("2025-001", Sample());

        var problem = Assert.Throws<HistoryException>(() => RequestHistory.FromEntries("2025-001", history.Entries[..5], history.Head)).Errors[0];

        Assert.Same(HistoryProblemCodes.HeadMismatch, problem.Code);
        Assert.Equal(5, problem.Location.Index);
    }

    [Fact]
    public void FromEntries_EditedEntry_HashMismatchAtIt()
    {
        var history = RequestHistory.Of("2025-001", Sample());
        for (var i = 0; i < history.Entries.Length; i++)
        {
            var entries = history.Entries.SetItem(i, new HistoryEntry(i, history.Entries[i].Json.Replace("2025-", "2024-", StringComparison.Ordinal), history.Entries[i].Hash));

            var problem = Assert.Throws<HistoryException>(() => RequestHistory.FromEntries("2025-001", entries)).Errors[0];

            Assert.Same(HistoryProblemCodes.HashMismatch, problem.Code);
            Assert.Equal(i, problem.Location.Index);
        }
    }

    [Fact]
    public void Replay_ChainRecomputedAfterDeletingTheCorrectionNotice_RefusedAtTheArrival()
    {
        // A forger who removes the correction notice and recomputes every hash: the chain is whole, the rules are not.
        var history = RequestHistory.Of("2025-001", Sample());
        var node = JsonNode.Parse(history.ToUtf8Json())!;
        node["events"]!.AsArray().RemoveAt(1);
        var rehashed = Rehash(node);

        var replay = RequestHistory.Read(rehashed, "h.json").Value.Replay();

        Assert.False(replay.IsAccepted);
        Assert.Equal(1, replay.RefusedIndex);
        Assert.Same(HistoryProblemCodes.EventRefused, replay.Problems[0].Code);
        Assert.Contains(RequestViolationCodes.CorrectionWithoutRequest.Id, replay.Problems[0].Message, StringComparison.Ordinal);
        Assert.Null(replay.Value);
    }

    [Fact]
    public void Replay_RecordedBreach_IsAcceptedAsEvidence()
    {
        var request = Sample().Record(new ExtensionApproved(D(2025, 11, 21), 5, PersonId.Parse("office-head")));
        var history = RequestHistory.Of("2025-001", request);

        var replay = RequestHistory.Read(history.ToUtf8Json(), "h.json").Value.Replay();

        Assert.True(replay.IsAccepted);
        Assert.Equal(request.Violations.Select(v => v.Code), replay.Value!.Violations.Select(v => v.Code));
        Assert.NotEmpty(history.RecordedViolations(7));
    }

    [Fact]
    public void Read_UnknownField_WarnsAndIgnoresIt()
    {
        var node = JsonNode.Parse(SampleBytes())!;
        node["note"] = "x";
        node["events"]![2]!["remark"] = "checked";

        var read = RequestHistory.Read(Encoding.UTF8.GetBytes(node.ToJsonString()), "h.json");

        Assert.Equal(["$.note", "$.events[2].remark"], read.Warnings.Select(w => w.Location.Path));
        Assert.All(read.Warnings, w => Assert.Same(DataProblemCodes.UnknownField, w.Code));
        Assert.Equal(SampleBytes(), read.Value.ToUtf8Json());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(17)]
    public void Read_NewerFormatVersion_SaysUpgrade(int version)
    {
        var text = $$"""{"formatVersion": {{version}}, "kind": "request-history", "events": "a shape nobody knows yet"}""";

        var problem = Assert.Throws<HistoryException>(() => RequestHistory.Read(Encoding.UTF8.GetBytes(text), "h.json")).Errors[0];

        Assert.Same(DataProblemCodes.UnknownFormatVersion, problem.Code);
        Assert.Contains("newer", problem.Message, StringComparison.Ordinal);
        Assert.Contains("upgrade", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PublicationLogGivenAsRequestHistory_WrongKind()
    {
        var log = PublicationLogJson.Write(Domain.Scheduling.PublicationLog.Empty);

        var problem = Assert.Throws<HistoryException>(() => RequestHistory.Read(log, "log.json")).Errors[0];

        Assert.Same(HistoryProblemCodes.WrongKind, problem.Code);
    }

    [Fact]
    public void ReadFile_OverTheLimit_RefusedBeforeReading()
    {
        var path = Path.Combine(Path.GetTempPath(), $"huge-{Guid.NewGuid():N}.json");
        try
        {
            using (var file = File.Create(path))
            {
                file.SetLength(64L * 1024 * 1024 * 1024); // sparse: reading it would take minutes and 64 GB
            }

            var problem = Assert.Throws<HistoryException>(() => RequestHistory.ReadFile(path)).Errors[0];

            Assert.Same(DataProblemCodes.FileTooLarge, problem.Code);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_OverACustomLimit_Refused()
    {
        var bytes = SampleBytes();

        var problem = Assert.Throws<HistoryException>(() => RequestHistory.Read(bytes, "h.json", new HistoryReadOptions { MaxBytes = bytes.Length - 1 })).Errors[0];

        Assert.Same(DataProblemCodes.FileTooLarge, problem.Code);
        Assert.Equal(7, RequestHistory.Read(bytes, "h.json", new HistoryReadOptions { MaxBytes = bytes.Length }).Value.Events.Length);
    }

    /// <summary>Recomputes every hash and the head after an edit, as a forger with the documented canonical form would.</summary>
    internal static byte[] Rehash(JsonNode document)
    {
        string? previous = null;
        foreach (var e in document["events"]!.AsArray())
        {
            var o = e!.AsObject();
            o.Remove("hash");
            o.Remove("previous");
            if (previous is not null)
            {
                o["previous"] = previous;
            }

            previous = EvidenceHash.Of(Encoding.UTF8.GetBytes(o.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))).Hex;
            o["hash"] = previous;
        }

        document["head"] = new JsonObject { ["count"] = document["events"]!.AsArray().Count, ["hash"] = previous };
        return Encoding.UTF8.GetBytes(document.ToJsonString());
    }

    private static List<(int Start, int End)> EventSpans(byte[] bytes)
    {
        var spans = new List<(int, int)>();
        var text = Encoding.UTF8.GetString(bytes);
        var at = text.IndexOf("\"events\": [", StringComparison.Ordinal);
        var close = text.IndexOf("\n  ],", at, StringComparison.Ordinal);
        var position = at;
        while ((position = text.IndexOf("\n    {", position + 1, StringComparison.Ordinal)) is >= 0 && position < close)
        {
            var end = text.IndexOf("\n    }", position, StringComparison.Ordinal);
            spans.Add((Encoding.UTF8.GetByteCount(text[..position]), Encoding.UTF8.GetByteCount(text[..end])));
        }

        return spans;
    }

    // Digits to another digit, letters to another letter: the document stays JSON, only a value or a name changes.
    private static byte? Replacement(byte b) => b switch
    {
        >= (byte)'0' and < (byte)'9' => (byte)(b + 1),
        (byte)'9' => (byte)'0',
        >= (byte)'a' and < (byte)'z' => (byte)(b + 1),
        (byte)'z' => (byte)'a',
        >= (byte)'A' and <= (byte)'Z' => (byte)(b + 32),
        _ => null,
    };

    private static bool InsideString(byte[] bytes, int at)
    {
        var line = Array.LastIndexOf(bytes, (byte)'\n', at) + 1;
        var quotes = 0;
        for (var i = line; i < at; i++)
        {
            if (bytes[i] == (byte)'"')
            {
                quotes++;
            }
        }

        return quotes % 2 == 1 || (bytes[at] is >= (byte)'0' and <= (byte)'9');
    }
}

internal static class JsonNodeExtensions
{
    public static IEnumerable<string> DescendantPropertyValues(this JsonNode node, string name)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (key == name && value is JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        yield return s;
                    }
                    else if (value is not null)
                    {
                        foreach (var d in value.DescendantPropertyValues(name))
                        {
                            yield return d;
                        }
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a.OfType<JsonNode>())
                {
                    foreach (var d in item.DescendantPropertyValues(name))
                    {
                        yield return d;
                    }
                }

                break;
        }
    }
}
