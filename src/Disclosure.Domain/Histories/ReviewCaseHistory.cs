using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Review;

namespace Disclosure.Domain.Histories;

/// <summary>
/// The stored history of a review case (先审后发, 三级审核): every command the case accepted — who (the full
/// <see cref="Reviewer"/>: <see cref="PersonId"/>, name, unit, roles), when, which items, which content and content hash,
/// which level and version — under which policy (<see cref="ReviewPolicyVersion"/>), chained by SHA-256 like a request
/// history (<see cref="HistoryEntry"/>). Written as the review-case-history format, version 1
/// (<c>"kind": "review-case-history"</c>, schema <see cref="GetJsonSchema"/>).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Of"/> takes the commands from a case built through the <see cref="ReviewCase"/> API. <see cref="Replay(ReviewPolicy)"/>
/// runs each command again through the case's rules: the first one the rules refuse (an edited row, a deleted approval, a
/// policy changed since) is reported with its index and the violations, and nothing is returned.
/// </para>
/// <para>Immutable and thread-safe. Equality is reference equality.</para>
/// </remarks>
public sealed class ReviewCaseHistory
{
    /// <summary>The value of <c>kind</c> in a review-case history.</summary>
    public const string Kind = "review-case-history";

    private readonly ImmutableArray<ReviewCommand> _commands;

    private ReviewCaseHistory(string id, ReviewPolicyVersion policy, ImmutableArray<ReviewCommand> commands, ImmutableArray<HistoryEntry> entries)
    {
        Id = id;
        Policy = policy;
        _commands = commands;
        Entries = entries;
    }

    /// <summary>Gets the case id.</summary>
    public string Id { get; }

    /// <summary>Gets the policy the case was reviewed under.</summary>
    public ReviewPolicyVersion Policy { get; }

    /// <summary>Gets the number of commands (events) in the history.</summary>
    public int Count => _commands.Length;

    /// <summary>Gets the stored entries: each command's canonical form and hash.</summary>
    public ImmutableArray<HistoryEntry> Entries { get; }

    /// <summary>Gets the head: the event count and the last hash (the default hash for a case with no commands).</summary>
    public HistoryHead Head => new(Entries.Length, Entries.IsEmpty ? default : Entries[^1].Hash);

    /// <summary>Creates the history of a case built through the <see cref="ReviewCase"/> API.</summary>
    /// <param name="reviewCase">The case.</param>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reviewCase"/> is <see langword="null"/>.</exception>
    [Pure]
    public static ReviewCaseHistory Of(ReviewCase reviewCase)
    {
        ArgumentNullException.ThrowIfNull(reviewCase);
        var commands = reviewCase.Commands;
        var entries = ImmutableArray.CreateBuilder<HistoryEntry>(commands.Length);
        string? previous = null;
        for (var i = 0; i < commands.Length; i++)
        {
            var entry = HistoryChain.Entry(i, ToDto(commands[i], previous), HistoryJson.Compact.CommandDto);
            entries.Add(entry);
            previous = entry.Hash.Hex;
        }

        return new ReviewCaseHistory(reviewCase.Id, ReviewPolicyVersion.Of(reviewCase.Policy), commands, entries.MoveToImmutable());
    }

    /// <summary>Writes the history as an indented UTF-8 JSON document.</summary>
    /// <returns>The document; reading it and writing it again gives the same bytes.</returns>
    [Pure]
    public byte[] ToUtf8Json()
    {
        var events = new List<CommandDto?>(_commands.Length);
        for (var i = 0; i < _commands.Length; i++)
        {
            events.Add(ToDto(_commands[i], i == 0 ? null : Entries[i - 1].Hash.Hex) with { Hash = Entries[i].Hash.Hex });
        }

        var document = new CaseDocumentDto
        {
            FormatVersion = HistoryJson.SupportedFormatVersion,
            Kind = Kind,
            Id = Id,
            Policy = new PolicyDto { Name = Policy.Name, Fingerprint = Policy.Fingerprint.Hex },
            Events = events,
            Head = new RequestHistory.HeadDto { Count = Entries.Length, Hash = Entries.IsEmpty ? null : Entries[^1].Hash.Hex },
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, HistoryJson.Indented.CaseDocumentDto);
    }

    /// <summary>Reads a review-case history and verifies its chain.</summary>
    /// <param name="utf8Json">The document, UTF-8 JSON.</param>
    /// <param name="sourceName">The name problems are reported under, for example the file name.</param>
    /// <param name="options">The limits; <see langword="null"/> for <see cref="HistoryReadOptions.Default"/>.</param>
    /// <returns>The history and the warnings (unknown fields, which are ignored and not part of any hash).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sourceName"/> is <see langword="null"/>.</exception>
    /// <exception cref="HistoryException">The document is over the size limit, not JSON, of a newer or unknown version or
    /// another kind; an event is missing a value or has an invalid one; or the chain is broken. Each problem names the
    /// event's index (section <c>events</c>).</exception>
    [Pure]
    public static HistoryRead<ReviewCaseHistory> Read(ReadOnlySpan<byte> utf8Json, string sourceName, HistoryReadOptions? options = null)
    {
        var warnings = new List<Problem>();
        var d = HistoryJson.Read(utf8Json, sourceName, options, HistoryJson.Compact.CaseDocumentDto, Kind, warnings);
        if (string.IsNullOrWhiteSpace(d.Id))
        {
            throw HistoryJson.Fail(DataProblemCodes.MissingValue, sourceName, "$.id", 0, 0, HistoryTexts.Text("Review.NoId"));
        }

        if (d.Policy is not { Name: { Length: > 0 } name } policy || !EvidenceHash.TryParse(policy.Fingerprint, out var fingerprint))
        {
            throw HistoryJson.Fail(DataProblemCodes.MissingValue, sourceName, "$.policy", 0, 0, HistoryTexts.Text("Review.NoPolicy"));
        }

        HistoryJson.Unknown(policy.Unknown, sourceName, "$.policy", HistoryTexts.Text("What.ReviewPolicy"), warnings);
        if (d.Head is not { } head)
        {
            throw HistoryJson.Fail(DataProblemCodes.MissingValue, sourceName, "$.head", 0, 0, HistoryTexts.Text("Review.NoHead"));
        }

        HistoryJson.Unknown(head.Unknown, sourceName, "$.head", HistoryTexts.Text("What.ReviewHead"), warnings);
        var dtos = d.Events ?? [];
        var history = Build(d.Id, new ReviewPolicyVersion(name, fingerprint), dtos, sourceName, warnings);
        HistoryChain.CheckHead(head.Count, head.Hash, dtos.Count, history.Entries.IsEmpty ? null : history.Entries[^1].Hash.Hex, sourceName);
        return new HistoryRead<ReviewCaseHistory>(history, [.. warnings]);
    }

    /// <summary>
    /// Rebuilds a history from stored entries (each a command's canonical JSON and hash, as <see cref="Entries"/> gives them
    /// to an <see cref="IHistoryStore"/>), verifying the chain. The store keeps the commands; the caller says which policy
    /// they were recorded under.
    /// </summary>
    /// <param name="id">The case id; not empty.</param>
    /// <param name="policy">The policy the case is recorded under (normally <see cref="ReviewPolicyVersion.Of"/> of the policy in force).</param>
    /// <param name="entries">The entries in index order, as read from a store.</param>
    /// <param name="expectedHead">The head kept elsewhere, to detect commands dropped from the end; <see langword="null"/> to trust the entries' count.</param>
    /// <returns>The history; its <see cref="Replay(ReviewPolicy)"/> re-checks every command.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is <see langword="null"/>.</exception>
    /// <exception cref="HistoryException">An entry is out of order, not a review command's canonical JSON, has an invalid
    /// value, or breaks the chain (the problem names the command's index, section <c>events</c>).</exception>
    [Pure]
    public static ReviewCaseHistory FromEntries(string id, ReviewPolicyVersion policy, IEnumerable<HistoryEntry> entries, HistoryHead? expectedHead = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries as IReadOnlyList<HistoryEntry> ?? [.. entries];
        var dtos = new List<CommandDto?>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not { } entry || entry.Index != i)
            {
                throw HistoryJson.Fail(HistoryProblemCodes.BrokenLink, id, HistoryJson.At("events", i), 0, 0,
                    HistoryTexts.Text("Request.EntryIndex", i, id, list[i]?.Index));
            }

            try
            {
                var dto = JsonSerializer.Deserialize(entry.Json, HistoryJson.Compact.CommandDto)
                    ?? throw HistoryJson.Fail(DataProblemCodes.MissingValue, id, HistoryJson.At("events", i), 0, 0, HistoryTexts.Text("Review.EntryNull", i));
                dtos.Add(dto with { Hash = entry.Hash.Hex });
            }
            catch (JsonException e)
            {
                throw HistoryJson.Fail(DataProblemCodes.InvalidJson, id, HistoryJson.At("events", i), 0, 0, HistoryTexts.Text("Review.EntryNotJson", i, e.Message));
            }
        }

        var history = Build(id, policy, dtos, id, []);
        if (expectedHead is { } head)
        {
            HistoryChain.CheckHead(head.Count, head.Count == 0 ? null : head.Last.Hex, dtos.Count, history.Entries.IsEmpty ? null : history.Entries[^1].Hash.Hex, id);
        }

        return history;
    }

    /// <summary>Turns the events of a document or a store into commands, verifying each one's hash and link.</summary>
    private static ReviewCaseHistory Build(string id, ReviewPolicyVersion policy, IReadOnlyList<CommandDto?> dtos, string sourceName, List<Problem> warnings)
    {
        var commands = ImmutableArray.CreateBuilder<ReviewCommand>(dtos.Count);
        var entries = ImmutableArray.CreateBuilder<HistoryEntry>(dtos.Count);
        string? previous = null;
        for (var i = 0; i < dtos.Count; i++)
        {
            var path = HistoryJson.At("events", i);
            var dto = dtos[i] ?? throw HistoryJson.Fail(DataProblemCodes.MissingValue, sourceName, path, 0, 0, HistoryTexts.Text("Event.Null.Command"));
            HistoryJson.Unknown(dto.Unknown, sourceName, path, HistoryTexts.Text("What.ReviewEvent"), warnings);
            ReviewCommand command;
            try
            {
                command = ToCommand(dto, new Reader(sourceName, path, warnings));
            }
            catch (ArgumentException e)
            {
                // The domain's own argument checks (a role id's form, an empty audience) speak for values the reader does not re-check.
                throw HistoryJson.Fail(DataProblemCodes.InvalidValue, sourceName, path, 0, 0, HistoryTexts.Text("Event.Invalid", i, e.Message));
            }

            var entry = HistoryChain.Verify(i, ToDto(command, dto.Previous), HistoryJson.Compact.CommandDto, dto.Hash, dto.Previous, previous, sourceName, dto.Command!);
            commands.Add(command);
            entries.Add(entry);
            previous = entry.Hash.Hex;
        }

        return new ReviewCaseHistory(id, policy, commands.MoveToImmutable(), entries.MoveToImmutable());
    }

    /// <summary>Reads a review-case history from a file; a file over the size limit is refused before it is read.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">The limits; <see langword="null"/> for <see cref="HistoryReadOptions.Default"/>.</param>
    /// <returns>The history and the warnings.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="HistoryException">As for <see cref="Read"/>.</exception>
    /// <exception cref="IOException">The file cannot be read (for example <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static HistoryRead<ReviewCaseHistory> ReadFile(string path, HistoryReadOptions? options = null) =>
        Read(HistoryJson.ReadFile(path, options), Path.GetFileName(path), options);

    /// <summary>Gets the JSON Schema (draft 2020-12) of the format, with English and Chinese descriptions.</summary>
    /// <returns>The schema text (the same file as Histories/Schema/review-case-history.schema.json in the repository).</returns>
    [Pure]
    public static string GetJsonSchema() => HistorySchemas.Get("review-case-history");

    /// <summary>
    /// Runs every command again, in order, through the rules of <paramref name="policy"/> (normally today's policy). A policy
    /// other than the recorded one is allowed: the history is checked against it, and an accepted replay then carries a
    /// <see cref="HistoryProblemCodes.PolicyMismatch"/> warning.
    /// </summary>
    /// <param name="policy">The policy to check against.</param>
    /// <returns>The rebuilt case, or the first refused command with its violations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <see langword="null"/>.</exception>
    [Pure]
    public HistoryReplay<ReviewCase> Replay(ReviewPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var c = ReviewCase.Open(Id, policy);
        for (var i = 0; i < _commands.Length; i++)
        {
            string? refusal;
            try
            {
                var result = _commands[i].ApplyTo(c);
                refusal = result.IsSuccess ? null : string.Join("; ", result.Violations);
                c = result.ValueOrNull ?? c;
            }
            catch (ArgumentException e)
            {
                refusal = e.Message;
            }

            if (refusal is not null)
            {
                return HistoryReplay<ReviewCase>.Refused(i, HistoryJson.Problem(HistoryProblemCodes.EventRefused, ProblemSeverity.Error, Id, HistoryJson.At("events", i), 0, 0,
                    HistoryTexts.Text("Review.Refused", i, Describe(_commands[i]), ReviewPolicyVersion.Of(policy), refusal)));
            }
        }

        var version = ReviewPolicyVersion.Of(policy);
        return version == Policy
            ? HistoryReplay<ReviewCase>.Accepted(c)
            : HistoryReplay<ReviewCase>.Accepted(c, HistoryJson.Problem(HistoryProblemCodes.PolicyMismatch, ProblemSeverity.Warning, Id, "$.policy", 0, 0,
                HistoryTexts.Text("Review.PolicyChanged", Policy, version)));
    }

    /// <summary>Replays under the recorded policy, chosen from the policies the caller knows (today's and older versions).</summary>
    /// <param name="policies">The candidate policies.</param>
    /// <returns>The rebuilt case, the first refused command, or <see cref="HistoryProblemCodes.PolicyMismatch"/> (refused at index 0) when no candidate is the recorded policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is <see langword="null"/>.</exception>
    [Pure]
    public HistoryReplay<ReviewCase> Replay(IEnumerable<ReviewPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        var known = policies.ToList();
        return known.FirstOrDefault(p => ReviewPolicyVersion.Of(p) == Policy) is { } recorded
            ? Replay(recorded)
            : HistoryReplay<ReviewCase>.Refused(0, HistoryJson.Problem(HistoryProblemCodes.PolicyMismatch, ProblemSeverity.Error, Id, "$.policy", 0, 0,
                HistoryTexts.Text("Review.NoSuchPolicy", Policy, string.Join(", ", known.Select(ReviewPolicyVersion.Of)))));
    }

    private static string Describe(ReviewCommand c) => $"{CommandId(c.Kind)} {string.Join(",", c.Items)} by {c.By.Id} at {c.At}";

    private static CommandDto ToDto(ReviewCommand c, string? previous)
    {
        var k = c.Kind;
        return new CommandDto
        {
            Command = CommandId(k),
            At = c.At,
            By = new ReviewerDto
            {
                Id = c.By.Id.Value,
                Name = c.By.DisplayName,
                Unit = c.By.Unit.Value,
                Roles = [.. c.By.Roles.Select(r => new RoleDto { Id = r.Id, Name = r.Name })],
            },
            Items = [.. c.Items],
            Content = c.Content is { } content ? new ContentDto
            {
                Hash = content.ContentHash,
                Attachments = content.Attachments.IsEmpty ? null : [.. content.Attachments.Select(a => (string?)a)],
                Scope = new ScopeDto { Audience = content.Scope.Audience },
                Classification = content.Classification,
                Flags = FlagIds(content.Flags),
                ConsultationChannel = content.ConsultationChannel,
            } : null,
            Text = c.Text,
            Column = c.Column,
            MajorPublicInterest = k == ReviewCommandKind.AddPolicyDocument && c.MajorPublicInterest ? true : null,
            Level = k == ReviewCommandKind.Approve ? c.Level : null,
            Version = k is ReviewCommandKind.Approve or ReviewCommandKind.ClearConfidentiality ? c.Version : null,
            From = c.From,
            To = c.To,
            Cleared = k == ReviewCommandKind.ClearConfidentiality ? FlagIds(c.Cleared) ?? [] : null,
            Target = c.Target is { } target ? new ScopeDto { Audience = target.Audience } : null,
            Previous = previous,
        };
    }

    private static ReviewCommand ToCommand(CommandDto d, Reader r)
    {
        if (d.Command is null)
        {
            throw r.Missing("command", HistoryTexts.Text("What.Command"));
        }

        var kind = Commands.FirstOrDefault(c => c.Id == d.Command) is { Id: not null } found ? found.Kind
            : throw r.Invalid("command", HistoryTexts.Text("Review.Command", d.Command, string.Join(", ", Commands.Select(c => c.Id))));
        var at = d.At ?? throw r.Missing("at", HistoryTexts.Text("What.At"));
        var by = Reviewer(d.By, r);
        var items = d.Items is { Count: > 0 } list && list.All(i => !string.IsNullOrWhiteSpace(i)) && list.Distinct(StringComparer.Ordinal).Count() == list.Count
            ? list.Select(i => i!).ToImmutableArray()
            : throw r.Invalid("items", HistoryTexts.Text("Review.Items"));
        if (items.Length > 1 && kind != ReviewCommandKind.Publish)
        {
            throw r.Invalid("items", HistoryTexts.Text("Review.OneItem", d.Command));
        }

        string Text(LocalizedText what) => string.IsNullOrWhiteSpace(d.Text) ? throw r.Missing("text", what) : d.Text;
        int Number(int? value, string field, LocalizedText what) => value is { } n ? n : throw r.Missing(field, what);

        var command = new ReviewCommand(kind, items, by, at) { Column = d.Column };
        return kind switch
        {
            ReviewCommandKind.AddInformation => command with { Content = Content(d.Content, r) },
            ReviewCommandKind.AddPolicyDocument => command with { Content = Content(d.Content, r), MajorPublicInterest = d.MajorPublicInterest == true },
            ReviewCommandKind.AddInterpretation => command with { Content = Content(d.Content, r), Text = Text(HistoryTexts.Text("What.Interpreted")) },
            ReviewCommandKind.Revise => command with { Content = Content(d.Content, r) },
            ReviewCommandKind.MarkNoInterpretationNeeded or ReviewCommandKind.Return or ReviewCommandKind.Reject or ReviewCommandKind.Withdraw => command with { Text = Text(HistoryTexts.Text("What.Reason")) },
            ReviewCommandKind.RecordConsultationExemption => command with { Text = Text(HistoryTexts.Text("What.ExemptionGround")) },
            ReviewCommandKind.Approve => command with { Level = Number(d.Level, "level", HistoryTexts.Text("What.Level")), Version = Number(d.Version, "version", HistoryTexts.Text("What.VersionApproved")) },
            ReviewCommandKind.ClearConfidentiality => command with { Version = Number(d.Version, "version", HistoryTexts.Text("What.VersionCleared")), Cleared = Flags(d.Cleared ?? throw r.Missing("cleared", HistoryTexts.Text("What.FlagsLifted")), "cleared", r) },
            ReviewCommandKind.RecordConsultation => d.From is { } from && d.To is { } to
                ? (to < from ? throw r.Invalid("to", HistoryTexts.Text("Review.SolicitationReversed")) : command with { From = from, To = to })
                : throw r.Missing(d.From is null ? "from" : "to", HistoryTexts.Text("What.Solicitation")),
            ReviewCommandKind.Publish => command with { Target = Scope(d.Target ?? throw r.Missing("target", HistoryTexts.Text("What.Target")), "target", r) },
            _ => command,
        };
    }

    private static Reviewer Reviewer(ReviewerDto? d, Reader r)
    {
        if (d is null)
        {
            throw r.Missing("by", HistoryTexts.Text("What.By"));
        }

        r.Unknown(d.Unknown, "by");
        var id = PersonId.TryParse(d.Id, out var person) ? person : throw r.Invalid("by.id", HistoryTexts.Text("Review.PersonId", d.Id, PersonId.Explain(d.Id)));
        var unit = UnitId.TryParse(d.Unit, out var u) ? u : throw r.Invalid("by.unit", HistoryTexts.Text("UnitId", d.Unit));
        var name = string.IsNullOrWhiteSpace(d.Name) ? throw r.Missing("by.name", HistoryTexts.Text("What.PersonName")) : d.Name;
        var roles = new List<ReviewRole>();
        foreach (var role in d.Roles ?? [])
        {
            if (role is not { Id: { Length: > 0 } roleId, Name: { Length: > 0 } roleName } || string.IsNullOrWhiteSpace(roleId) || string.IsNullOrWhiteSpace(roleName))
            {
                throw r.Invalid("by.roles", HistoryTexts.Text("Review.Role"));
            }

            r.Unknown(role.Unknown, "by.roles");
            roles.Add(ReviewRole.Of(roleId, roleName));
        }

        return Review.Reviewer.Create(id, name, unit, roles);
    }

    private static ItemContent Content(ContentDto? d, Reader r)
    {
        if (d is null)
        {
            throw r.Missing("content", HistoryTexts.Text("What.Content"));
        }

        r.Unknown(d.Unknown, "content");
        if (string.IsNullOrWhiteSpace(d.Hash) || string.IsNullOrWhiteSpace(d.Classification))
        {
            throw r.Missing(string.IsNullOrWhiteSpace(d.Hash) ? "content.hash" : "content.classification", HistoryTexts.Text("What.NonEmpty"));
        }

        if (d.Attachments is { } attachments && attachments.Any(string.IsNullOrWhiteSpace))
        {
            throw r.Invalid("content.attachments", HistoryTexts.Text("Review.Attachment"));
        }

        if (d.ConsultationChannel is { } channel && string.IsNullOrWhiteSpace(channel))
        {
            throw r.Invalid("content.consultationChannel", HistoryTexts.Text("Review.ConsultationChannel"));
        }

        return ItemContent.Create(d.Hash, Scope(d.Scope ?? throw r.Missing("content.scope", HistoryTexts.Text("What.Scope")), "content.scope", r), d.Classification,
            d.Attachments?.Select(a => a!), Flags(d.Flags ?? [], "content.flags", r), d.ConsultationChannel);
    }

    private static DisclosureScope Scope(ScopeDto d, string field, Reader r)
    {
        r.Unknown(d.Unknown, field);
        return d.Audience is null ? DisclosureScope.Public
            : string.IsNullOrWhiteSpace(d.Audience) ? throw r.Invalid(field + ".audience", HistoryTexts.Text("Review.Audience"))
            : DisclosureScope.RestrictedTo(d.Audience);
    }

    private static SensitivityFlags Flags(List<string?> ids, string field, Reader r)
    {
        var flags = SensitivityFlags.None;
        foreach (var id in ids)
        {
            flags |= id switch
            {
                "personalPrivacy" => SensitivityFlags.PersonalPrivacy,
                "classified" => SensitivityFlags.Classified,
                _ => throw r.Invalid(field, HistoryTexts.Text("Review.Flag", id)),
            };
        }

        return flags;
    }

    private static List<string?>? FlagIds(SensitivityFlags flags) =>
        flags == SensitivityFlags.None ? null
        : [.. new[] { (SensitivityFlags.PersonalPrivacy, "personalPrivacy"), (SensitivityFlags.Classified, "classified") }.Where(f => flags.HasFlag(f.Item1)).Select(f => (string?)f.Item2)];

    private static string CommandId(ReviewCommandKind kind) => Commands.First(c => c.Kind == kind).Id;

    private static readonly (ReviewCommandKind Kind, string Id)[] Commands =
    [
        (ReviewCommandKind.AddInformation, "addInformation"), (ReviewCommandKind.AddPolicyDocument, "addPolicyDocument"), (ReviewCommandKind.AddInterpretation, "addInterpretation"),
        (ReviewCommandKind.Revise, "revise"), (ReviewCommandKind.MarkNoInterpretationNeeded, "markNoInterpretationNeeded"), (ReviewCommandKind.Submit, "submit"),
        (ReviewCommandKind.Approve, "approve"), (ReviewCommandKind.Return, "return"), (ReviewCommandKind.Reject, "reject"),
        (ReviewCommandKind.RecordConsultation, "recordConsultation"), (ReviewCommandKind.RecordConsultationExemption, "recordConsultationExemption"),
        (ReviewCommandKind.ClearConfidentiality, "clearConfidentiality"), (ReviewCommandKind.Publish, "publish"), (ReviewCommandKind.RecordFeedback, "recordFeedback"),
        (ReviewCommandKind.KeepAfterCleanup, "keepAfterCleanup"), (ReviewCommandKind.Withdraw, "withdraw"),
    ];

    /// <summary>Where an event is, for its problems.</summary>
    private sealed class Reader(string source, string path, List<Problem> warnings)
    {
        public HistoryException Missing(string field, LocalizedText what) =>
            HistoryJson.Fail(DataProblemCodes.MissingValue, source, path + "." + field, 0, 0, HistoryTexts.Text("Field.Missing", field, what));

        public HistoryException Invalid(string field, LocalizedText message) =>
            HistoryJson.Fail(DataProblemCodes.InvalidValue, source, path + "." + field, 0, 0, message);

        public void Unknown(Dictionary<string, JsonElement>? unknown, string field) =>
            HistoryJson.Unknown(unknown, source, path + "." + field, HistoryTexts.Text("What.ReviewEvent"), warnings);
    }

    internal sealed class CaseDocumentDto : IHistoryDocument
    {
        public int? FormatVersion { get; set; }

        public string? Kind { get; set; }

        public string? Id { get; set; }

        public PolicyDto? Policy { get; set; }

        public List<CommandDto?>? Events { get; set; }

        public RequestHistory.HeadDto? Head { get; set; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Unknown { get; set; }
    }

    internal sealed class PolicyDto
    {
        public string? Name { get; set; }

        public string? Fingerprint { get; set; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Unknown { get; set; }
    }

    /// <summary>One command; the property order is the canonical order (see <see cref="HistoryEntry"/>).</summary>
    internal sealed record CommandDto
    {
        public string? Command { get; set; }

        public Instant? At { get; set; }

        public ReviewerDto? By { get; set; }

        public List<string?>? Items { get; set; }

        public ContentDto? Content { get; set; }

        public string? Text { get; set; }

        public string? Column { get; set; }

        public bool? MajorPublicInterest { get; set; }

        public int? Level { get; set; }

        public int? Version { get; set; }

        public LocalDate? From { get; set; }

        public LocalDate? To { get; set; }

        public List<string?>? Cleared { get; set; }

        public ScopeDto? Target { get; set; }

        public string? Previous { get; set; }

        public string? Hash { get; set; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Unknown { get; set; }
    }

    internal sealed class ReviewerDto
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public string? Unit { get; set; }

        public List<RoleDto?>? Roles { get; set; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Unknown { get; set; }
    }

    internal sealed class RoleDto
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Unknown { get; set; }
    }

    internal sealed class ContentDto
    {
        public string? Hash { get; set; }

        public List<string?>? Attachments { get; set; }

        public ScopeDto? Scope { get; set; }

        public string? Classification { get; set; }

        public List<string?>? Flags { get; set; }

        public string? ConsultationChannel { get; set; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Unknown { get; set; }
    }

    internal sealed class ScopeDto
    {
        public string? Audience { get; set; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Unknown { get; set; }
    }
}
