using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Histories;

/// <summary>
/// The stored history of an information request (依申请公开办理证据链): its events, each with the rule codes the library found
/// when it was recorded, chained by SHA-256 (<see cref="HistoryEntry"/>). Written as the request-history format, version 1
/// (<c>"kind": "request-history"</c>, schema <see cref="GetJsonSchema"/>), or as entries for an <see cref="IHistoryStore"/>.
/// </summary>
/// <remarks>
/// <para>
/// Reading verifies the chain: an event whose hash is not that of its canonical form (HIST001), a link that does not name
/// the predecessor (HIST002) or a head that does not match the events (HIST003) is a <see cref="HistoryException"/> naming
/// the event's index. <see cref="Replay"/> then re-runs every event through the current rules of
/// <see cref="InformationRequest"/>: an event whose violations are not those it was recorded with (an edited or deleted row,
/// a rule that changed since) is refused with its index.
/// </para>
/// <para>Immutable and thread-safe. Equality is reference equality.</para>
/// </remarks>
public sealed class RequestHistory
{
    /// <summary>The value of <c>kind</c> in a request history.</summary>
    public const string Kind = "request-history";

    private readonly ImmutableArray<ImmutableArray<string>> _recorded;

    private RequestHistory(string id, UnitId? handlingUnit, ImmutableArray<RequestEvent> events, ImmutableArray<ImmutableArray<string>> recorded, ImmutableArray<HistoryEntry> entries)
    {
        Id = id;
        HandlingUnit = handlingUnit;
        Events = events;
        _recorded = recorded;
        Entries = entries;
    }

    /// <summary>Gets the request id (the stream id in a store).</summary>
    public string Id { get; }

    /// <summary>Gets the unit handling the request, if assigned (stored with the receipt).</summary>
    public UnitId? HandlingUnit { get; }

    /// <summary>Gets the events, in the order recorded; the first is the receipt.</summary>
    public ImmutableArray<RequestEvent> Events { get; }

    /// <summary>Gets the stored entries: each event's canonical form and hash.</summary>
    public ImmutableArray<HistoryEntry> Entries { get; }

    /// <summary>Gets the head: the event count and the last hash.</summary>
    public HistoryHead Head => new(Entries.Length, Entries[^1].Hash);

    /// <summary>Gets the codes of the violations and then the findings the library found for an event when it was recorded.</summary>
    /// <param name="index">The event's index.</param>
    /// <returns>The codes, violations first, each in the order found; empty for a lawful event.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is not an event's index.</exception>
    [Pure]
    public ImmutableArray<string> RecordedViolations(int index) => _recorded[index];

    /// <summary>Creates the history of a request: its events, the violations found for each, and the chain.</summary>
    /// <param name="id">The request id; not empty.</param>
    /// <param name="request">The request.</param>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    [Pure]
    public static RequestHistory Of(string id, InformationRequest request)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(request);
        var events = request.Events;
        var recorded = new List<string>[events.Length];
        for (var i = 0; i < recorded.Length; i++)
        {
            recorded[i] = [];
        }

        foreach (var v in request.Violations.Concat(request.Findings))
        {
            recorded[v.EventIndex].Add(v.Code.Id);
        }

        var codes = recorded.Select(r => r.ToImmutableArray()).ToImmutableArray();
        var entries = ImmutableArray.CreateBuilder<HistoryEntry>(events.Length);
        string? previous = null;
        for (var i = 0; i < events.Length; i++)
        {
            var entry = HistoryChain.Entry(i, ToDto(events[i], i == 0 ? request.HandlingUnit : null, codes[i], previous), HistoryJson.Compact.EventDto);
            entries.Add(entry);
            previous = entry.Hash.Hex;
        }

        return new RequestHistory(id, request.HandlingUnit, events, codes, entries.MoveToImmutable());
    }

    /// <summary>Rebuilds a history from stored entries, verifying the chain.</summary>
    /// <param name="id">The request id; not empty.</param>
    /// <param name="entries">The entries in index order, as read from a store.</param>
    /// <param name="expectedHead">The head kept elsewhere, to detect events dropped from the end; <see langword="null"/> to trust the entries' count.</param>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is <see langword="null"/>.</exception>
    /// <exception cref="HistoryException">The entries are empty, out of order, not a request's events, or break the chain (the problem names the event's index).</exception>
    [Pure]
    public static RequestHistory FromEntries(string id, IEnumerable<HistoryEntry> entries, HistoryHead? expectedHead = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries as IReadOnlyList<HistoryEntry> ?? [.. entries];
        var dtos = new EventDto?[list.Count];
        var warnings = new List<Problem>();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not { } entry || entry.Index != i)
            {
                throw HistoryJson.Fail(HistoryProblemCodes.BrokenLink, id, HistoryJson.At("events", i), 0, 0,
                    HistoryTexts.Text("Request.EntryIndex", i, id, list[i]?.Index));
            }

            try
            {
                var dto = JsonSerializer.Deserialize(entry.Json, HistoryJson.Compact.EventDto)
                    ?? throw HistoryJson.Fail(DataProblemCodes.MissingValue, id, HistoryJson.At("events", i), 0, 0, HistoryTexts.Text("Request.EntryNull", i));
                dtos[i] = dto with { Hash = entry.Hash.Hex };
            }
            catch (JsonException e)
            {
                throw HistoryJson.Fail(DataProblemCodes.InvalidJson, id, HistoryJson.At("events", i), 0, 0, HistoryTexts.Text("Request.EntryNotJson", i, e.Message));
            }
        }

        var head = expectedHead is { } h ? new HeadDto { Count = h.Count, Hash = h.Last.Hex } : null;
        return Build(id, dtos, head, id, warnings, requireHead: false);
    }

    /// <summary>Writes the history as an indented UTF-8 JSON document.</summary>
    /// <returns>The document; reading it and writing it again gives the same bytes.</returns>
    [Pure]
    public byte[] ToUtf8Json()
    {
        var events = new List<EventDto?>(Events.Length);
        for (var i = 0; i < Events.Length; i++)
        {
            events.Add(ToDto(Events[i], i == 0 ? HandlingUnit : null, _recorded[i], i == 0 ? null : Entries[i - 1].Hash.Hex) with { Hash = Entries[i].Hash.Hex });
        }

        var document = new DocumentDto
        {
            FormatVersion = HistoryJson.SupportedFormatVersion,
            Kind = Kind,
            Id = Id,
            Events = events,
            Head = new HeadDto { Count = Entries.Length, Hash = Entries[^1].Hash.Hex },
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, HistoryJson.Indented.DocumentDto);
    }

    /// <summary>Reads a request history and verifies its chain.</summary>
    /// <param name="utf8Json">The document, UTF-8 JSON.</param>
    /// <param name="sourceName">The name problems are reported under, for example the file name.</param>
    /// <param name="options">The limits; <see langword="null"/> for <see cref="HistoryReadOptions.Default"/>.</param>
    /// <returns>The history and the warnings (unknown fields, which are ignored and not part of any hash).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sourceName"/> is <see langword="null"/>.</exception>
    /// <exception cref="HistoryException">The document is over the size limit, not JSON, of a newer or unknown version or
    /// another kind; an event is missing a value or has an invalid one; or the chain is broken. Each problem names the
    /// event's index (section <c>events</c>).</exception>
    [Pure]
    public static HistoryRead<RequestHistory> Read(ReadOnlySpan<byte> utf8Json, string sourceName, HistoryReadOptions? options = null)
    {
        var warnings = new List<Problem>();
        var document = HistoryJson.Read(utf8Json, sourceName, options, HistoryJson.Compact.DocumentDto, Kind, warnings);
        if (string.IsNullOrWhiteSpace(document.Id))
        {
            throw HistoryJson.Fail(DataProblemCodes.MissingValue, sourceName, "$.id", 0, 0, HistoryTexts.Text("Request.NoId"));
        }

        if (document.Head is { } head)
        {
            HistoryJson.Unknown(head.Unknown, sourceName, "$.head", HistoryTexts.Text("What.RequestHead"), warnings);
        }

        var history = Build(document.Id, document.Events?.ToArray() ?? [], document.Head, sourceName, warnings, requireHead: true);
        return new HistoryRead<RequestHistory>(history, [.. warnings]);
    }

    /// <summary>Reads a request history from a file; a file over the size limit is refused before it is read.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">The limits; <see langword="null"/> for <see cref="HistoryReadOptions.Default"/>.</param>
    /// <returns>The history and the warnings.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="HistoryException">As for <see cref="Read"/>.</exception>
    /// <exception cref="IOException">The file cannot be read (for example <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static HistoryRead<RequestHistory> ReadFile(string path, HistoryReadOptions? options = null) =>
        Read(HistoryJson.ReadFile(path, options), Path.GetFileName(path), options);

    /// <summary>Gets the JSON Schema (draft 2020-12) of the format, with English and Chinese descriptions.</summary>
    /// <returns>The schema text (the same file as Histories/Schema/request-history.schema.json in the repository).</returns>
    [Pure]
    public static string GetJsonSchema() => HistorySchemas.Get("request-history");

    /// <summary>
    /// Re-runs every event through the current rules of <see cref="InformationRequest"/> and compares what they find with
    /// what was recorded: the first event whose violations differ (the rules now refuse a lawful-recorded event, or no longer
    /// find a recorded breach) is refused with its index. One change of the rules is accepted: a <c>second-extension</c> recorded by
    /// an earlier version on an extension (the aggregate no longer decides it; <see cref="RequestDeadlineCalculator.Validate"/>
    /// does, knowing who heads the office).
    /// </summary>
    /// <returns>The rebuilt request, or the refusal.</returns>
    [Pure]
    public HistoryReplay<InformationRequest> Replay()
    {
        // A finding can name an earlier event (an extension voided by a later correction): compare once all are recorded.
        var request = InformationRequest.Receive((RequestReceived)Events[0], HandlingUnit);
        for (var i = 1; i < Events.Length; i++)
        {
            request = request.Record(Events[i]);
        }

        for (var i = 0; i < Events.Length; i++)
        {
            var found = request.Violations.Where(v => v.EventIndex == i).Concat(request.Findings.Where(v => v.EventIndex == i)).ToArray();
            if (!Matches(Events[i], found.Select(v => v.Code.Id), _recorded[i]))
            {
                var now = found.Length == 0 ? HistoryTexts.Text("Request.NowNothing") : HistoryTexts.Text("Request.NowFound", string.Join("; ", found.Select(v => v.Message)));
                var then = _recorded[i].IsEmpty ? HistoryTexts.Text("Request.ThenLawful") : HistoryTexts.Text("Request.ThenWith", string.Join(", ", _recorded[i]));
                return HistoryReplay<InformationRequest>.Refused(i, HistoryJson.Problem(HistoryProblemCodes.EventRefused, ProblemSeverity.Error, Id, HistoryJson.At("events", i), 0, 0,
                    HistoryTexts.Text("Request.Refused", i, Events[i], now, then)));
            }
        }

        return HistoryReplay<InformationRequest>.Accepted(request);
    }

    /// <summary>
    /// Whether the codes found now for an event are those recorded. Histories written before the calculator took over the
    /// one-extension rule (CHANGELOG: "The request clock: three known defects fixed") record <c>second-extension</c> on a later extension, which the aggregate then left
    /// without effect, so a correction could not void it; the aggregate now keeps it (the calculator, which knows who heads the
    /// office, decides whether it is a second one), and a correction voids it too. Such an event still replays.
    /// </summary>
    private static bool Matches(RequestEvent e, IEnumerable<string> found, ImmutableArray<string> recorded)
    {
        var secondExtension = RequestViolationCodes.SecondExtension.Id;
        if (e is ExtensionApproved && recorded.Contains(secondExtension, StringComparer.Ordinal))
        {
            var voided = RequestViolationCodes.ExtensionBeforeCorrection.Id;
            return found.Where(c => !string.Equals(c, voided, StringComparison.Ordinal))
                .SequenceEqual(recorded.Where(c => !string.Equals(c, secondExtension, StringComparison.Ordinal)), StringComparer.Ordinal);
        }

        return found.SequenceEqual(recorded, StringComparer.Ordinal);
    }

    private static RequestHistory Build(string id, EventDto?[] dtos, HeadDto? head, string source, List<Problem> warnings, bool requireHead)
    {
        if (dtos.Length == 0)
        {
            throw HistoryJson.Fail(DataProblemCodes.MissingValue, source, "$.events", 0, 0, HistoryTexts.Text("Request.NoEvents"));
        }

        var events = ImmutableArray.CreateBuilder<RequestEvent>(dtos.Length);
        var recorded = ImmutableArray.CreateBuilder<ImmutableArray<string>>(dtos.Length);
        var entries = ImmutableArray.CreateBuilder<HistoryEntry>(dtos.Length);
        UnitId? handlingUnit = null;
        string? previous = null;
        for (var i = 0; i < dtos.Length; i++)
        {
            var dto = dtos[i] ?? throw HistoryJson.Fail(DataProblemCodes.MissingValue, source, HistoryJson.At("events", i), 0, 0, HistoryTexts.Text("Event.Null.Type"));
            if (dto.Unknown is not null)
            {
                HistoryJson.Unknown(dto.Unknown, source, HistoryJson.At("events", i), HistoryTexts.Text("What.RequestEvent"), warnings);
            }

            RequestEvent e;
            try
            {
                e = ToEvent(dto, i, source, warnings, ref handlingUnit);
            }
            catch (ArgumentException x)
            {
                throw HistoryJson.Fail(DataProblemCodes.InvalidValue, source, HistoryJson.At("events", i), 0, 0, HistoryTexts.Text("Event.Invalid", i, x.Message));
            }

            var codes = Codes(dto.Violations, source, i);
            var entry = HistoryChain.Verify(i, ToDto(e, i == 0 ? handlingUnit : null, codes, dto.Previous), HistoryJson.Compact.EventDto, dto.Hash, dto.Previous, previous, source, e);
            events.Add(e);
            recorded.Add(codes);
            entries.Add(entry);
            previous = entry.Hash.Hex;
        }

        if (head is null && requireHead)
        {
            throw HistoryJson.Fail(DataProblemCodes.MissingValue, source, "$.head", 0, 0, HistoryTexts.Text("Request.NoHead"));
        }

        HistoryChain.CheckHead(head?.Count, head?.Hash, dtos.Length, previous, source);
        return new RequestHistory(id, handlingUnit, events.MoveToImmutable(), recorded.MoveToImmutable(), entries.MoveToImmutable());
    }

    private static ImmutableArray<string> Codes(List<string?>? codes, string source, int index)
    {
        if (codes is null)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<string>(codes.Count);
        for (var i = 0; i < codes.Count; i++)
        {
            result.Add(string.IsNullOrWhiteSpace(codes[i])
                ? throw HistoryJson.Fail(DataProblemCodes.MissingValue, source, HistoryJson.At("events", index) + string.Create(CultureInfo.InvariantCulture, $".violations[{i}]"), 0, 0, HistoryTexts.Text("Request.ViolationCode"))
                : codes[i]!);
        }

        return result.MoveToImmutable();
    }

    private static EventDto ToDto(RequestEvent e, UnitId? handlingUnit, ImmutableArray<string> codes, string? previous)
    {
        var dto = e switch
        {
            RequestReceived r => new EventDto { Type = "received", Channel = r.Channel.Id, SubmittedOn = r.SubmittedOn, ConfirmedOn = r.ConfirmedOn, HandlingUnit = handlingUnit?.Value, Applicant = r.Applicant is { } applicant ? CamelId(applicant) : null },
            AnsweredOnTheSpot a => new EventDto { Type = "answeredOnTheSpot", On = a.On, Outcome = OutcomeId(a.Outcome), Ground = a.Ground is { } g ? CamelId(g) : null },
            CorrectionRequested c => new EventDto { Type = "correctionRequested", On = c.On, CorrectBy = c.CorrectBy },
            CorrectionReceived c => new EventDto { Type = "correctionReceived", On = c.On },
            ConsultationSent s => new EventDto { Type = "consultationSent", On = s.On, ConsultationId = s.ConsultationId, Party = s.Party == ConsultationParty.ThirdParty ? "thirdParty" : "otherAgency", DeliveredOn = s.DeliveredOn },
            ConsultationAnswered a => new EventDto { Type = "consultationAnswered", On = a.On, ConsultationId = a.ConsultationId },
            ExtensionApproved x => new EventDto { Type = "extensionApproved", On = x.On, WorkingDays = x.WorkingDays, Approver = x.Approver.Value },
            RequestAnswered a => new EventDto { Type = "answered", On = a.On, Outcome = OutcomeId(a.Outcome), Ground = a.Ground is { } g ? CamelId(g) : null },
            RequestWithdrawn w => new EventDto { Type = "withdrawn", On = w.On },
            _ => throw new ArgumentException($"'{e}' is not one of the request events this format knows.", nameof(e)),
        };
        dto.Violations = codes.IsEmpty ? null : [.. codes];
        dto.Previous = previous;
        return dto;
    }

    private static RequestEvent ToEvent(EventDto d, int index, string source, List<Problem> warnings, ref UnitId? handlingUnit)
    {
        // Formatted only for a problem: a valid event needs no path.
        string EventPath() => HistoryJson.At("events", index);

        LocalDate Date(LocalDate? value, string field, LocalizedText what) =>
            value ?? throw HistoryJson.Fail(DataProblemCodes.MissingValue, source, EventPath() + "." + field, 0, 0, HistoryTexts.Text("Field.MissingDate", field, what));

        string Text(string? value, string field, LocalizedText what) =>
            string.IsNullOrWhiteSpace(value) ? throw HistoryJson.Fail(DataProblemCodes.MissingValue, source, EventPath() + "." + field, 0, 0, HistoryTexts.Text("Field.Missing", field, what)) : value;

        HistoryException Invalid(string field, LocalizedText message) => HistoryJson.Fail(DataProblemCodes.InvalidValue, source, EventPath() + "." + field, 0, 0, message);

        if (d.Type is null)
        {
            throw HistoryJson.Fail(DataProblemCodes.MissingValue, source, EventPath() + ".type", 0, 0, HistoryTexts.Text("Request.NoType", string.Join(", ", Types)));
        }

        if (!Fields.TryGetValue(d.Type, out var allowed))
        {
            throw Invalid("type", HistoryTexts.Text("Request.UnknownType", d.Type, string.Join(", ", Types)));
        }

        if ((index == 0) != (d.Type == "received"))
        {
            throw Invalid("type", index == 0 ? HistoryTexts.Text("Request.FirstNotReceipt", d.Type) : HistoryTexts.Text("Request.ReceivedTwice"));
        }

        if (PresentCount(d) != allowed.Count(f => IsPresent(d, f)))
        {
            foreach (var field in AllFields.Where(f => IsPresent(d, f) && !allowed.Contains(f)))
            {
                warnings.Add(HistoryJson.Problem(DataProblemCodes.UnknownField, ProblemSeverity.Warning, source, EventPath() + "." + field, 0, 0,
                    HistoryTexts.Text("Request.FieldOfOtherType", field, d.Type)));
            }
        }

        switch (d.Type)
        {
            case "received":
                var channelId = Text(d.Channel, "channel", HistoryTexts.Text("Request.Channels"));
                if (!RequestChannel.TryParse(channelId, out var channel))
                {
                    throw Invalid("channel", HistoryTexts.Text("Request.Channel", channelId, string.Join(", ", RequestChannel.All.Select(c => c.Id))));
                }

                var submitted = Date(d.SubmittedOn, "submittedOn", HistoryTexts.Text("Request.Submitted"));
                if (channel.ReceiptNeedsConfirmation && d.ConfirmedOn is null)
                {
                    throw HistoryJson.Fail(DataProblemCodes.MissingValue, source, EventPath() + ".confirmedOn", 0, 0, HistoryTexts.Text("Request.NoConfirmedOn", channel.EnglishName));
                }

                if (d.HandlingUnit is { } unit)
                {
                    handlingUnit = UnitId.TryParse(unit, out var u) ? u : throw Invalid("handlingUnit", HistoryTexts.Text("UnitId", unit));
                }

                var receipt = RequestReceived.Create(channel, submitted, d.ConfirmedOn);
                return d.Applicant is { } applicant ? receipt.WithApplicant(Named<ApplicantCategory>(applicant, "applicant", Invalid)) : receipt;
            case "answeredOnTheSpot":
                var spotOutcome = Outcome(d.Outcome, Invalid);
                return new AnsweredOnTheSpot(Date(d.On, "on", HistoryTexts.Text("What.Day")), spotOutcome) { Ground = Ground(d.Ground, spotOutcome, Invalid) };
            case "correctionRequested":
                return new CorrectionRequested(Date(d.On, "on", HistoryTexts.Text("What.CorrectionSent")), Date(d.CorrectBy, "correctBy", HistoryTexts.Text("What.CorrectBy")));
            case "correctionReceived":
                return new CorrectionReceived(Date(d.On, "on", HistoryTexts.Text("What.CorrectionArrived")));
            case "consultationSent":
                var party = d.Party switch
                {
                    "thirdParty" => ConsultationParty.ThirdParty,
                    "otherAgency" => ConsultationParty.OtherAgency,
                    null => throw HistoryJson.Fail(DataProblemCodes.MissingValue, source, EventPath() + ".party", 0, 0, HistoryTexts.Text("Request.NoParty")),
                    _ => throw Invalid("party", HistoryTexts.Text("Request.Party", d.Party)),
                };
                return new ConsultationSent(Date(d.On, "on", HistoryTexts.Text("What.LetterSent")), Text(d.ConsultationId, "consultationId", HistoryTexts.Text("What.ConsultationId")), party, d.DeliveredOn);
            case "consultationAnswered":
                return new ConsultationAnswered(Date(d.On, "on", HistoryTexts.Text("What.ReplyArrived")), Text(d.ConsultationId, "consultationId", HistoryTexts.Text("What.ConsultationId")));
            case "extensionApproved":
                var days = d.WorkingDays ?? throw HistoryJson.Fail(DataProblemCodes.MissingValue, source, EventPath() + ".workingDays", 0, 0, HistoryTexts.Text("Request.NoWorkingDays"));
                if (days <= 0)
                {
                    throw Invalid("workingDays", HistoryTexts.Text("Request.NoExtension", days));
                }

                var approver = Text(d.Approver, "approver", HistoryTexts.Text("What.Approver"));
                return new ExtensionApproved(Date(d.On, "on", HistoryTexts.Text("What.ExtensionApproved")), days, PersonId.TryParse(approver, out var person) ? person
                    : throw Invalid("approver", HistoryTexts.Text("Request.Approver", approver, PersonId.Explain(approver))));
            case "answered":
                var outcome = Outcome(d.Outcome, Invalid);
                return new RequestAnswered(Date(d.On, "on", HistoryTexts.Text("What.Answered")), outcome) { Ground = Ground(d.Ground, outcome, Invalid) };
            default:
                return new RequestWithdrawn(Date(d.On, "on", HistoryTexts.Text("What.Withdrew")));
        }
    }

    private static AnswerOutcome Outcome(string? id, Func<string, LocalizedText, HistoryException> invalid) =>
        Outcomes.FirstOrDefault(o => o.Id == id) is { Id: not null } found ? found.Outcome
        : throw invalid("outcome", HistoryTexts.Text("Request.Outcome", id, string.Join(", ", Outcomes.Select(o => o.Id))));

    private static string OutcomeId(AnswerOutcome outcome) => Outcomes.First(o => o.Outcome == outcome).Id;

    /// <summary>The camelCase id of an applicant category or answer ground, for example <c>commercialEnterprise</c>, <c>thirdPartyRights</c>.</summary>
    private static string CamelId<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static T Named<T>(string id, string field, Func<string, LocalizedText, HistoryException> invalid)
        where T : struct, Enum =>
        Enum.GetValues<T>().Where(v => CamelId(v) == id).Select(v => (T?)v).FirstOrDefault()
        ?? throw invalid(field, HistoryTexts.Text("Request.NotOneOf", id, string.Join(", ", Enum.GetValues<T>().Select(CamelId))));

    private static AnswerGround? Ground(string? id, AnswerOutcome outcome, Func<string, LocalizedText, HistoryException> invalid)
    {
        if (id is null)
        {
            return null;
        }

        var ground = Named<AnswerGround>(id, "ground", invalid);
        return ground.Outcome() == outcome ? ground
            : throw invalid("ground", HistoryTexts.Text("Request.GroundOfOther", id, OutcomeId(ground.Outcome()), OutcomeId(outcome)));
    }

    private static readonly (AnswerOutcome Outcome, string Id)[] Outcomes =
    [
        (AnswerOutcome.Disclosed, "disclosed"), (AnswerOutcome.PartlyDisclosed, "partlyDisclosed"), (AnswerOutcome.NotDisclosed, "notDisclosed"),
        (AnswerOutcome.CannotBeProvided, "cannotBeProvided"), (AnswerOutcome.NotProcessed, "notProcessed"), (AnswerOutcome.OtherHandling, "otherHandling"),
    ];

    private static readonly Dictionary<string, string[]> Fields = new(StringComparer.Ordinal)
    {
        ["received"] = ["channel", "submittedOn", "confirmedOn", "handlingUnit", "applicant"],
        ["answeredOnTheSpot"] = ["on", "outcome", "ground"],
        ["correctionRequested"] = ["on", "correctBy"],
        ["correctionReceived"] = ["on"],
        ["consultationSent"] = ["on", "consultationId", "party", "deliveredOn"],
        ["consultationAnswered"] = ["on", "consultationId"],
        ["extensionApproved"] = ["on", "workingDays", "approver"],
        ["answered"] = ["on", "outcome", "ground"],
        ["withdrawn"] = ["on"],
    };

    private static readonly string[] Types = [.. Fields.Keys];

    private static readonly string[] AllFields = ["on", "channel", "submittedOn", "confirmedOn", "handlingUnit", "correctBy", "consultationId", "party", "deliveredOn", "workingDays", "approver", "outcome", "applicant", "ground"];

    private static int PresentCount(EventDto d) =>
        (d.On is null ? 0 : 1) + (d.Channel is null ? 0 : 1) + (d.SubmittedOn is null ? 0 : 1) + (d.ConfirmedOn is null ? 0 : 1) + (d.HandlingUnit is null ? 0 : 1)
        + (d.CorrectBy is null ? 0 : 1) + (d.ConsultationId is null ? 0 : 1) + (d.Party is null ? 0 : 1) + (d.DeliveredOn is null ? 0 : 1)
        + (d.WorkingDays is null ? 0 : 1) + (d.Approver is null ? 0 : 1) + (d.Outcome is null ? 0 : 1) + (d.Applicant is null ? 0 : 1) + (d.Ground is null ? 0 : 1);

    private static bool IsPresent(EventDto d, string field) => field switch
    {
        "on" => d.On is not null,
        "channel" => d.Channel is not null,
        "submittedOn" => d.SubmittedOn is not null,
        "confirmedOn" => d.ConfirmedOn is not null,
        "handlingUnit" => d.HandlingUnit is not null,
        "correctBy" => d.CorrectBy is not null,
        "consultationId" => d.ConsultationId is not null,
        "party" => d.Party is not null,
        "deliveredOn" => d.DeliveredOn is not null,
        "workingDays" => d.WorkingDays is not null,
        "approver" => d.Approver is not null,
        "outcome" => d.Outcome is not null,
        "applicant" => d.Applicant is not null,
        _ => d.Ground is not null,
    };

    internal sealed class DocumentDto : IHistoryDocument
    {
        public int? FormatVersion { get; set; }

        public string? Kind { get; set; }

        public string? Id { get; set; }

        public List<EventDto?>? Events { get; set; }

        public HeadDto? Head { get; set; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Unknown { get; set; }
    }

    internal sealed class HeadDto
    {
        public int Count { get; set; }

        public string? Hash { get; set; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Unknown { get; set; }
    }

    /// <summary>One event; the property order is the canonical order (see <see cref="HistoryEntry"/>).</summary>
    internal sealed record EventDto
    {
        public string? Type { get; set; }

        public LocalDate? On { get; set; }

        public string? Channel { get; set; }

        public LocalDate? SubmittedOn { get; set; }

        public LocalDate? ConfirmedOn { get; set; }

        public string? HandlingUnit { get; set; }

        public LocalDate? CorrectBy { get; set; }

        public string? ConsultationId { get; set; }

        public string? Party { get; set; }

        public LocalDate? DeliveredOn { get; set; }

        public int? WorkingDays { get; set; }

        public string? Approver { get; set; }

        public string? Outcome { get; set; }

        // Added for the annual report; absent (null, not written) in older histories, so their canonical form and hashes are unchanged.
        public string? Applicant { get; set; }

        public string? Ground { get; set; }

        public List<string?>? Violations { get; set; }

        public string? Previous { get; set; }

        public string? Hash { get; set; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Unknown { get; set; }
    }
}
