using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Disclosure.Domain.Diagnostics;
using NodaTime;

namespace Disclosure.Domain.Review;

/// <summary>
/// A review case: the items reviewed together (for example a policy document and its interpretation), their
/// decisions and the audit trail, under one <see cref="ReviewPolicy"/>. The case owns its state: every command
/// returns a <see cref="ReviewResult{T}"/> holding either the new case or the violated rules (then nothing
/// changed). A policy breach is never an exception.
/// </summary>
/// <remarks>
/// Invariants kept by every command (and checked exhaustively by the test suite): an item is published only
/// when each level approved its current version in order, by distinct people none of whom is the author (people are
/// compared by <see cref="Responsibilities.PersonId"/>, which has one spelling per person), a non-author
/// confidentiality reviewer cleared that version and every sensitivity flag, and the publication goes to the item's
/// own scope. Any revision voids approvals and clearance. Commands must not go back in time.
/// Exceptions are thrown only for bad arguments (<see langword="null"/> or empty text), each documented.
/// Equality is by reference. Immutable and thread-safe.
/// </remarks>
public sealed class ReviewCase
{
    // The trail and the commands grow by one per command and are shared with the case before it (O(n) for n commands, not
    // O(n²)); Trail is copied out once per case, when asked.
    private readonly AppendLog<ReviewEvent> _trail;
    private readonly AppendLog<ReviewCommand> _commands;
    private ImmutableArray<ReviewEvent> _trailArray;

    private ReviewCase(string id, ReviewPolicy policy, ImmutableArray<ReviewItem> items, AppendLog<ReviewEvent> trail, AppendLog<ReviewCommand> commands)
    {
        Id = id;
        Policy = policy;
        Items = items;
        _trail = trail;
        _commands = commands;
    }

    /// <summary>The commands that succeeded, with every argument, in order: what a stored history replays (Histories).</summary>
    internal ImmutableArray<ReviewCommand> Commands => _commands.ToImmutableArray();

    /// <summary>Gets the case id.</summary>
    public string Id { get; }

    /// <summary>Gets the policy the case is reviewed under.</summary>
    public ReviewPolicy Policy { get; }

    /// <summary>Gets the items, in the order added.</summary>
    public ImmutableArray<ReviewItem> Items { get; }

    /// <summary>Gets the audit trail: every decision with who, when and which content version, in order.</summary>
    public ImmutableArray<ReviewEvent> Trail => _trailArray.IsDefault ? _trailArray = _trail.ToImmutableArray() : _trailArray;

    /// <summary>
    /// Gets the rules broken by the current state of the case that no command could refuse, each a repair still owed:
    /// today a published interpretation whose policy document was withdrawn (or is otherwise not published) must be
    /// withdrawn too (REVIEW031). Empty when nothing is owed.
    /// </summary>
    public ImmutableArray<ReviewViolation> Findings =>
    [
        .. from i in Items
           where i.Kind == ReviewItemKind.Interpretation && i.Status == ReviewItemStatus.Published
           let document = Find(i.InterpretationOf!)
           where document is not null && document.Status != ReviewItemStatus.Published
           select ReviewViolationCodes.InterpretationOutlivesDocument.For(i.Id, document.Id, ReviewTexts.Status(document.Status)),
    ];

    /// <summary>Opens an empty case.</summary>
    /// <param name="id">The case id; not empty.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The case.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <see langword="null"/>.</exception>
    [Pure]
    public static ReviewCase Open(string id, ReviewPolicy policy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(policy);
        return new ReviewCase(id, policy, [], default, default);
    }

    /// <summary>Finds an item.</summary>
    /// <param name="itemId">The item id.</param>
    /// <returns>The item, or <see langword="null"/>.</returns>
    [Pure]
    public ReviewItem? Find(string itemId) => IndexOf(itemId) is >= 0 and var i ? Items[i] : null;

    /// <summary>Gets an item.</summary>
    /// <param name="itemId">The item id.</param>
    /// <returns>The item.</returns>
    /// <exception cref="KeyNotFoundException">The case has no such item.</exception>
    [Pure]
    public ReviewItem this[string itemId] => Find(itemId) ?? throw new KeyNotFoundException($"Case '{Id}' has no item '{itemId}'.");

    /// <summary>Adds an item of ordinary information, as a draft at version 1.</summary>
    /// <param name="itemId">The item id; unique in the case.</param>
    /// <param name="content">The content.</param>
    /// <param name="author">The author.</param>
    /// <param name="at">When.</param>
    /// <param name="column">The catalog column, or <see langword="null"/>.</param>
    /// <returns>The new case, or REVIEW002 / REVIEW021.</returns>
    /// <exception cref="ArgumentException"><paramref name="itemId"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> or <paramref name="author"/> is <see langword="null"/>.</exception>
    [Pure]
    public ReviewResult<ReviewCase> AddInformation(string itemId, ItemContent content, Reviewer author, Instant at, string? column = null) =>
        Add(new ReviewItem(Checked(itemId), ReviewItemKind.Information, Checked(author), Checked(content), column, null, false), at, new ReviewCommand(ReviewCommandKind.AddInformation, [itemId], author, at) { Content = content, Column = column });

    /// <summary>Adds a policy document (政策性文件), as a draft at version 1.</summary>
    /// <param name="itemId">The item id; unique in the case.</param>
    /// <param name="content">The content (with its consultation channel when the policy requires one).</param>
    /// <param name="author">The author (the drafting section's staff).</param>
    /// <param name="at">When.</param>
    /// <param name="involvesMajorPublicInterest">Whether the document involves major public interest (涉及重大公共利益).</param>
    /// <param name="column">The catalog column, or <see langword="null"/>.</param>
    /// <returns>The new case, or REVIEW002 / REVIEW021.</returns>
    /// <exception cref="ArgumentException"><paramref name="itemId"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> or <paramref name="author"/> is <see langword="null"/>.</exception>
    [Pure]
    public ReviewResult<ReviewCase> AddPolicyDocument(string itemId, ItemContent content, Reviewer author, Instant at, bool involvesMajorPublicInterest = false, string? column = null) =>
        Add(new ReviewItem(Checked(itemId), ReviewItemKind.PolicyDocument, Checked(author), Checked(content), column, null, involvesMajorPublicInterest), at, new ReviewCommand(ReviewCommandKind.AddPolicyDocument, [itemId], author, at) { Content = content, Column = column, MajorPublicInterest = involvesMajorPublicInterest });

    /// <summary>Adds the interpretation (解读材料) of a policy document of this case, as a draft at version 1.</summary>
    /// <param name="itemId">The item id; unique in the case.</param>
    /// <param name="policyDocumentId">The id of the policy document it interprets.</param>
    /// <param name="content">The content.</param>
    /// <param name="author">The author.</param>
    /// <param name="at">When.</param>
    /// <param name="column">The catalog column, or <see langword="null"/>.</param>
    /// <returns>The new case, or REVIEW002 / REVIEW021 / REVIEW022.</returns>
    /// <exception cref="ArgumentException"><paramref name="itemId"/> or <paramref name="policyDocumentId"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> or <paramref name="author"/> is <see langword="null"/>.</exception>
    [Pure]
    public ReviewResult<ReviewCase> AddInterpretation(string itemId, string policyDocumentId, ItemContent content, Reviewer author, Instant at, string? column = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(policyDocumentId);
        var item = new ReviewItem(Checked(itemId), ReviewItemKind.Interpretation, Checked(author), Checked(content), column, policyDocumentId, false);
        if (Find(policyDocumentId) is not { Kind: ReviewItemKind.PolicyDocument })
        {
            return Fail(ReviewViolationCodes.InvalidInterpretationTarget.For(itemId, policyDocumentId));
        }

        return Add(item, at, new ReviewCommand(ReviewCommandKind.AddInterpretation, [itemId], author, at) { Content = content, Column = column, Text = policyDocumentId });
    }

    /// <summary>Replaces the content of an item that is not yet published: a new version; every approval and clearance is void and the item returns to draft.</summary>
    /// <param name="itemId">The item.</param>
    /// <param name="content">The new content; must differ from the current one.</param>
    /// <param name="by">The author.</param>
    /// <param name="at">When.</param>
    /// <returns>The new case, or REVIEW001 / 003 / 004 / 020 / 021.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> or <paramref name="by"/> is <see langword="null"/>.</exception>
    [Pure]
    public ReviewResult<ReviewCase> Revise(string itemId, ItemContent content, Reviewer by, Instant at)
    {
        Checked(content);
        return Command(new ReviewCommand(ReviewCommandKind.Revise, [itemId], by, at) { Content = content }, (item, v) =>
        {
            RequireAuthor(item, by, v);
            RequireStatus(item, v, ReviewTexts.Action("Revise"), ReviewItemStatus.Draft, ReviewItemStatus.InReview, ReviewItemStatus.Approved, ReviewItemStatus.Cleared);
            if (content.Equals(item.Content))
            {
                v.Add(ReviewViolationCodes.NoChange.For(item.Id, item.Version));
            }

            var next = item.Revised(content);
            return (next, ReviewEventKind.Revised, next.Version, null);
        });
    }

    /// <summary>Marks a policy document as needing no interpretation, with the reason (only while it is a draft).</summary>
    /// <param name="itemId">The policy document.</param>
    /// <param name="reason">The reason; not empty.</param>
    /// <param name="by">The author.</param>
    /// <param name="at">When.</param>
    /// <returns>The new case, or REVIEW001 / 003 / 004 / 021 / 025.</returns>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> is <see langword="null"/>.</exception>
    [Pure]
    public ReviewResult<ReviewCase> MarkNoInterpretationNeeded(string itemId, string reason, Reviewer by, Instant at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return Command(new ReviewCommand(ReviewCommandKind.MarkNoInterpretationNeeded, [itemId], by, at) { Text = reason }, (item, v) =>
        {
            RequireKind(item, v, ReviewItemKind.PolicyDocument, ReviewTexts.Action("MarkingNoInterpretation"));
            RequireAuthor(item, by, v);
            RequireStatus(item, v, ReviewTexts.Action("MarkNoInterpretation"), ReviewItemStatus.Draft);
            return (item.WithNoInterpretationReason(reason), ReviewEventKind.NoInterpretationNeeded, item.Version, reason);
        });
    }

    /// <summary>
    /// Submits a draft for review. A policy document under a policy requiring interpretation needs its interpretations
    /// submitted first (or a reason for none); rejected or withdrawn interpretations do not count, so a replacement
    /// interpretation lets the document go on.
    /// </summary>
    /// <param name="itemId">The item.</param>
    /// <param name="by">The author.</param>
    /// <param name="at">When.</param>
    /// <returns>The new case, or REVIEW001 / 003 / 004 / 015 / 016 / 021.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> is <see langword="null"/>.</exception>
    [Pure]
    public ReviewResult<ReviewCase> Submit(string itemId, Reviewer by, Instant at) =>
        Command(new ReviewCommand(ReviewCommandKind.Submit, [itemId], by, at), (item, v) =>
        {
            RequireAuthor(item, by, v);
            RequireStatus(item, v, ReviewTexts.Action("Submit"), ReviewItemStatus.Draft);
            if (Policy.RequiresInterpretation && item.Kind == ReviewItemKind.PolicyDocument && item.NoInterpretationReason is null)
            {
                // A rejected or withdrawn interpretation is history, not a pending one: a replacement satisfies the rule.
                var interpretations = LiveInterpretations(item.Id).ToList();
                if (interpretations.Count == 0)
                {
                    v.Add(ReviewViolationCodes.InterpretationMissing.For(item.Id));
                }
                else
                {
                    foreach (var i in interpretations.Where(i => i.Status == ReviewItemStatus.Draft))
                    {
                        v.Add(ReviewViolationCodes.InterpretationNotSubmitted.For(item.Id, i.Id));
                    }
                }
            }

            return (item.WithStatus(ReviewItemStatus.InReview), ReviewEventKind.Submitted, item.Version, null);
        });

    /// <summary>Approves the current version of an item at the next level.</summary>
    /// <param name="itemId">The item.</param>
    /// <param name="level">The level approved at (1-based); must be the next one.</param>
    /// <param name="version">The content version the approver reviewed; must be the current one.</param>
    /// <param name="by">The approver: holds the level's role, is not the author, approved at no earlier level.</param>
    /// <param name="at">When.</param>
    /// <returns>The new case, or REVIEW001 / 004 / 006 / 007 / 008 / 009 / 010 / 018 / 021.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> is <see langword="null"/>.</exception>
    [Pure]
    public ReviewResult<ReviewCase> Approve(string itemId, int level, int version, Reviewer by, Instant at) =>
        Command(new ReviewCommand(ReviewCommandKind.Approve, [itemId], by, at) { Level = level, Version = version }, (item, v) =>
        {
            RequireStatus(item, v, ReviewTexts.Action("Approve"), ReviewItemStatus.InReview);
            if (v.Count > 0)
            {
                return (item, ReviewEventKind.Approved, version, null);
            }

            var expected = item.Approvals.Length + 1;
            if (level != expected)
            {
                v.Add(ReviewViolationCodes.LevelOutOfOrder.For(item.Id, expected, level));
            }

            if (level >= 1 && level <= Policy.Levels.Length && !by.HasRole(Policy.Levels[level - 1].Role))
            {
                v.Add(ReviewViolationCodes.MissingRole.For(item.Id, by, Policy.Levels[level - 1].Role, ReviewTexts.Action("ApproveAtLevel", level)));
            }

            RequireNotAuthor(item, by, v);
            foreach (var earlier in item.Approvals)
            {
                if (earlier.By.Id == by.Id)
                {
                    v.Add(ReviewViolationCodes.SamePersonTwoLevels.For(item.Id, by, earlier.Level));
                    break;
                }
            }

            RequireVersion(item, version, v);
            var last = level == Policy.Levels.Length;
            if (last && Policy.RequiresPublicConsultation && item is { Kind: ReviewItemKind.PolicyDocument, InvolvesMajorPublicInterest: true, Consultation: null })
            {
                v.Add(ReviewViolationCodes.ConsultationMissing.For(item.Id));
            }

            return (item.WithApproval(new Approval(level, by, at, version), last), ReviewEventKind.Approved, version, "level " + level.ToString(CultureInfo.InvariantCulture));
        });

    /// <summary>Returns an item under review to its author; every decision on it is void and it becomes a draft.</summary>
    /// <param name="itemId">The item.</param>
    /// <param name="reason">The reason; not empty.</param>
    /// <param name="by">A person holding a level role or the confidentiality-reviewer role; not the author.</param>
    /// <param name="at">When.</param>
    /// <returns>The new case, or REVIEW001 / 004 / 006 / 007 / 021.</returns>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> is <see langword="null"/>.</exception>
    [Pure]
    public ReviewResult<ReviewCase> Return(string itemId, string reason, Reviewer by, Instant at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return Command(new ReviewCommand(ReviewCommandKind.Return, [itemId], by, at) { Text = reason }, (item, v) =>
        {
            RequireStatus(item, v, ReviewTexts.Action("Return"), ReviewItemStatus.InReview, ReviewItemStatus.Approved, ReviewItemStatus.Cleared);
            RequireReviewer(item, by, v, ReviewTexts.Action("Return"));
            RequireNotAuthor(item, by, v);
            return (item.ReturnedToDraft(reason), ReviewEventKind.Returned, item.Version, reason);
        });
    }

    /// <summary>Rejects an item under review (final).</summary>
    /// <param name="itemId">The item.</param>
    /// <param name="reason">The reason; not empty.</param>
    /// <param name="by">A person holding a level role or the confidentiality-reviewer role; not the author.</param>
    /// <param name="at">When.</param>
    /// <returns>The new case, or REVIEW001 / 004 / 006 / 007 / 021.</returns>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> is <see langword="null"/>.</exception>
    [Pure]
    public ReviewResult<ReviewCase> Reject(string itemId, string reason, Reviewer by, Instant at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return Command(new ReviewCommand(ReviewCommandKind.Reject, [itemId], by, at) { Text = reason }, (item, v) =>
        {
            RequireStatus(item, v, ReviewTexts.Action("Reject"), ReviewItemStatus.InReview, ReviewItemStatus.Approved, ReviewItemStatus.Cleared);
            RequireReviewer(item, by, v, ReviewTexts.Action("Reject"));
            RequireNotAuthor(item, by, v);
            return (item.Closed(ReviewItemStatus.Rejected, reason), ReviewEventKind.Rejected, item.Version, reason);
        });
    }

    /// <summary>
    /// Records the public-opinion solicitation (意见征集) of a policy document, once it has ended and before the
    /// document's final approval: a solicitation still running (or not yet begun) on the recording day cannot have come
    /// before adoption and is refused (REVIEW028).
    /// </summary>
    /// <param name="itemId">The policy document.</param>
    /// <param name="from">The first day of the solicitation.</param>
    /// <param name="to">The last day; not before <paramref name="from"/>, and not after the day of <paramref name="at"/> in the policy's time zone.</param>
    /// <param name="by">Who records it: a person holding the role of one of the policy's review levels.</param>
    /// <param name="at">When.</param>
    /// <returns>The new case, or REVIEW001 / 004 / 006 / 021 / 025 / 028.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> is <see langword="null"/>.</exception>
    [Pure]
    public ReviewResult<ReviewCase> RecordConsultation(string itemId, LocalDate from, LocalDate to, Reviewer by, Instant at)
    {
        if (to < from)
        {
            throw new ArgumentException($"The solicitation ends ({to}) before it starts ({from}).", nameof(to));
        }

        var consultation = new PublicConsultation(from, to, null, Checked(by), at);
        return RecordConsultation(new ReviewCommand(ReviewCommandKind.RecordConsultation, [itemId], by, at) { From = from, To = to }, consultation, ReviewEventKind.ConsultationRecorded, $"{from:uuuu-MM-dd}..{to:uuuu-MM-dd}", (item, v) =>
        {
            var today = at.InZone(Policy.TimeZone).Date;
            if (to > today)
            {
                v.Add(ReviewViolationCodes.SolicitationNotEnded.For(item.Id, from, to, today));
            }
        });
    }

    /// <summary>
    /// Records that a policy document is exempt from public-opinion solicitation, with its legal ground. The library
    /// cannot judge whether a ground is lawful; it checks what can be checked: the ground names the law, regulation or
    /// normative document relied on, in 《》 (for example <c>依据《中华人民共和国保守国家秘密法》，依法依规应当保密</c>; REVIEW029),
    /// and the person who records it holds a review level's role and is not the author (so the responsibility is
    /// signed by a reviewer).
    /// </summary>
    /// <param name="itemId">The policy document.</param>
    /// <param name="legalGround">The legal ground, citing its source in 《》; not empty.</param>
    /// <param name="by">Who records it: a person holding the role of one of the policy's review levels, not the author.</param>
    /// <param name="at">When.</param>
    /// <returns>The new case, or REVIEW001 / 004 / 006 / 007 / 021 / 025 / 029.</returns>
    /// <exception cref="ArgumentException"><paramref name="legalGround"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> is <see langword="null"/>.</exception>
    [Pure]
    public ReviewResult<ReviewCase> RecordConsultationExemption(string itemId, string legalGround, Reviewer by, Instant at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(legalGround);
        return RecordConsultation(new ReviewCommand(ReviewCommandKind.RecordConsultationExemption, [itemId], by, at) { Text = legalGround }, new PublicConsultation(null, null, legalGround, Checked(by), at), ReviewEventKind.ConsultationExempted, legalGround, (item, v) =>
        {
            RequireNotAuthor(item, by, v);
            if (!CitesInstrument(legalGround))
            {
                v.Add(ReviewViolationCodes.ExemptionGroundNotCited.For(item.Id, legalGround));
            }
        });
    }

    /// <summary>Clears the current version in the confidentiality review (保密审查), lifting sensitivity flags.</summary>
    /// <param name="itemId">The item; approved at every level.</param>
    /// <param name="version">The version reviewed; must be the current one.</param>
    /// <param name="clearedFlags">The flags lifted; must cover every flag of the content.</param>
    /// <param name="by">A person holding the policy's confidentiality-reviewer role; not the author.</param>
    /// <param name="at">When.</param>
    /// <returns>The new case, or REVIEW001 / 004 / 006 / 007 / 009 / 012 / 013 / 021.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> is <see langword="null"/>.</exception>
    [Pure]
    public ReviewResult<ReviewCase> ClearConfidentiality(string itemId, int version, SensitivityFlags clearedFlags, Reviewer by, Instant at) =>
        Command(new ReviewCommand(ReviewCommandKind.ClearConfidentiality, [itemId], by, at) { Version = version, Cleared = clearedFlags }, (item, v) =>
        {
            if (item.Status is ReviewItemStatus.Draft or ReviewItemStatus.InReview)
            {
                v.Add(ReviewViolationCodes.ConfidentialityBeforeApproval.For(item.Id));
            }
            else
            {
                RequireStatus(item, v, ReviewTexts.Action("ConfidentialityReview"), ReviewItemStatus.Approved);
            }

            if (!by.HasRole(Policy.ConfidentialityReviewer))
            {
                v.Add(ReviewViolationCodes.MissingRole.For(item.Id, by, Policy.ConfidentialityReviewer, ReviewTexts.Action("Clear")));
            }

            RequireNotAuthor(item, by, v);
            RequireVersion(item, version, v);
            var remaining = item.Content.Flags & ~clearedFlags;
            if (remaining != SensitivityFlags.None)
            {
                v.Add(ReviewViolationCodes.FlagNotCleared.For(item.Id, ReviewTexts.Flags(remaining)));
            }

            return (item.WithClearance(new ConfidentialityClearance(by, at, version, clearedFlags & item.Content.Flags)), ReviewEventKind.ConfidentialityCleared, version, null);
        });

    /// <summary>Publishes one item to a scope.</summary>
    /// <param name="itemId">The item.</param>
    /// <param name="target">The scope published to; must be the item's own.</param>
    /// <param name="by">A person holding the policy's publisher role.</param>
    /// <param name="at">When.</param>
    /// <returns>The new case, or the violations (see <see cref="Publish(IEnumerable{string}, DisclosureScope, Reviewer, Instant)"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> or <paramref name="by"/> is <see langword="null"/>.</exception>
    [Pure]
    public ReviewResult<ReviewCase> Publish(string itemId, DisclosureScope target, Reviewer by, Instant at) => Publish([itemId], target, by, at);

    /// <summary>
    /// Publishes several items together at one instant (for example a policy document with its interpretation).
    /// Each must be cleared at its current version with every flag lifted, and published to its own scope; an
    /// interpretation only with its policy document or after the document is published (REVIEW030).
    /// </summary>
    /// <param name="itemIds">The items; at least one, no duplicates.</param>
    /// <param name="target">The scope published to; must be each item's own.</param>
    /// <param name="by">A person holding the policy's publisher role.</param>
    /// <param name="at">When.</param>
    /// <returns>The new case, or REVIEW001 / 004 / 005 / 006 / 009 / 011 / 013 / 014 / 015 / 017 / 019 / 021 / 030 / 032.</returns>
    /// <exception cref="ArgumentException"><paramref name="itemIds"/> is empty or names an item twice.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="itemIds"/>, <paramref name="target"/> or <paramref name="by"/> is <see langword="null"/>.</exception>
    [Pure]
    public ReviewResult<ReviewCase> Publish(IEnumerable<string> itemIds, DisclosureScope target, Reviewer by, Instant at)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        ArgumentNullException.ThrowIfNull(target);
        Checked(by);
        var ids = itemIds.ToImmutableArray();
        if (ids.IsEmpty || (ids.Length > 1 && ids.Distinct(StringComparer.Ordinal).Count() != ids.Length))
        {
            throw new ArgumentException("Name at least one item, each once.", nameof(itemIds));
        }

        var v = new List<ReviewViolation>();
        if (Clock(ids[0], at) is { } backwards)
        {
            return Fail(backwards);
        }

        var date = at.InZone(Policy.TimeZone).Date;
        var items = Items;
        var trail = _trail;
        foreach (var id in ids)
        {
            var index = IndexOf(id);
            if (index < 0)
            {
                v.Add(ReviewViolationCodes.UnknownItem.For(id));
                continue;
            }

            var item = Items[index];
            CheckPublishable(item, target, by, ids, v);
            var publication = new ItemPublication(by, at, date, target, item.Version);
            items = items.SetItem(index, item.PublishedAs(publication, date.Plus(Policy.CleanupIntervalFor(item.Column))));
            trail = trail.Add(new ReviewEvent(trail.Count + 1, ReviewEventKind.Published, id, by.Id, at, item.Version, target.ToString()));
        }

        return v.Count > 0 ? ReviewResult<ReviewCase>.Failure(v) : ReviewResult<ReviewCase>.Success(new ReviewCase(Id, Policy, items, trail, _commands.Add(new ReviewCommand(ReviewCommandKind.Publish, ids, by, at) { Target = target })));
    }

    /// <summary>Records that feedback on the solicited opinions was published (意见反馈).</summary>
    /// <param name="itemId">The published policy document that owes it.</param>
    /// <param name="by">Who records it.</param>
    /// <param name="at">When.</param>
    /// <returns>The new case, or REVIEW001 / 021 / 023.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> is <see langword="null"/>.</exception>
    [Pure]
    public ReviewResult<ReviewCase> RecordFeedback(string itemId, Reviewer by, Instant at) =>
        Command(new ReviewCommand(ReviewCommandKind.RecordFeedback, [itemId], by, at), (item, v) =>
        {
            if (!item.OwesFeedback)
            {
                v.Add(ReviewViolationCodes.FeedbackNotOwed.For(item.Id));
            }

            return (item.WithFeedback(at), ReviewEventKind.FeedbackRecorded, item.Version, null);
        });

    /// <summary>Records a periodic clean-up review that keeps a published item; the next review is due one interval after this one's date.</summary>
    /// <param name="itemId">The published item.</param>
    /// <param name="by">A person of the publisher's unit (谁公开、谁清理).</param>
    /// <param name="at">When.</param>
    /// <returns>The new case, or REVIEW001 / 004 / 021 / 024.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> is <see langword="null"/>.</exception>
    [Pure]
    public ReviewResult<ReviewCase> KeepAfterCleanup(string itemId, Reviewer by, Instant at) =>
        Command(new ReviewCommand(ReviewCommandKind.KeepAfterCleanup, [itemId], by, at), (item, v) =>
        {
            RequireStatus(item, v, ReviewTexts.Action("KeepAfterCleanup"), ReviewItemStatus.Published);
            RequirePublisherUnit(item, by, v);
            var next = at.InZone(Policy.TimeZone).Date.Plus(Policy.CleanupIntervalFor(item.Column));
            return (item.KeptUntil(next), ReviewEventKind.KeptAfterCleanup, item.Version, next.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        });

    /// <summary>
    /// Withdraws a published item (for example after a clean-up review or a campaign). Withdrawing a policy document
    /// never waits for its interpretation; an interpretation left published is then listed in <see cref="Findings"/>
    /// (REVIEW031) until it is withdrawn as well.
    /// </summary>
    /// <param name="itemId">The published item.</param>
    /// <param name="reason">The reason; not empty.</param>
    /// <param name="by">A person of the publisher's unit (谁公开、谁清理).</param>
    /// <param name="at">When.</param>
    /// <returns>The new case, or REVIEW001 / 004 / 021 / 024.</returns>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> is <see langword="null"/>.</exception>
    [Pure]
    public ReviewResult<ReviewCase> Withdraw(string itemId, string reason, Reviewer by, Instant at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return Command(new ReviewCommand(ReviewCommandKind.Withdraw, [itemId], by, at) { Text = reason }, (item, v) =>
        {
            RequireStatus(item, v, ReviewTexts.Action("Withdraw"), ReviewItemStatus.Published);
            RequirePublisherUnit(item, by, v);
            return (item.Closed(ReviewItemStatus.Withdrawn, reason), ReviewEventKind.Withdrawn, item.Version, reason);
        });
    }

    /// <summary>Returns the case id and item count.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Id} ({Items.Length} item(s))";

    private static T Checked<T>(T value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, name);
        if (value is string s)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(s, name);
        }

        return value;
    }

    private static ReviewResult<ReviewCase> Fail(ReviewViolation violation) => ReviewResult<ReviewCase>.Failure(violation);

    private static void RequireAuthor(ReviewItem item, Reviewer by, List<ReviewViolation> v)
    {
        if (item.Author.Id != by.Id)
        {
            v.Add(ReviewViolationCodes.NotAuthor.For(item.Id, item.Author));
        }
    }

    private static void RequireNotAuthor(ReviewItem item, Reviewer by, List<ReviewViolation> v)
    {
        if (item.Author.Id == by.Id)
        {
            v.Add(ReviewViolationCodes.SelfReview.For(item.Id, by));
        }
    }

    private static void RequireVersion(ReviewItem item, int version, List<ReviewViolation> v)
    {
        if (version != item.Version)
        {
            v.Add(ReviewViolationCodes.StaleVersion.For(item.Id, item.Version, version));
        }
    }

    private static void RequireStatus(ReviewItem item, List<ReviewViolation> v, LocalizedText what, params ReadOnlySpan<ReviewItemStatus> allowed)
    {
        foreach (var status in allowed)
        {
            if (item.Status == status)
            {
                return;
            }
        }

        v.Add(ReviewViolationCodes.WrongStatus.For(item.Id, ReviewTexts.Status(item.Status), what));
    }

    private static void RequireKind(ReviewItem item, List<ReviewViolation> v, ReviewItemKind kind, LocalizedText what)
    {
        if (item.Kind != kind)
        {
            v.Add(ReviewViolationCodes.WrongItemKind.For(item.Id, ReviewTexts.Kind(item.Kind), what, ReviewTexts.Kind(kind)));
        }
    }

    private static void RequirePublisherUnit(ReviewItem item, Reviewer by, List<ReviewViolation> v)
    {
        if (item.Publication is { } p && p.By.Unit != by.Unit)
        {
            v.Add(ReviewViolationCodes.NotPublisherUnit.For(item.Id, p.By.Unit, by));
        }
    }

    private IEnumerable<ReviewItem> LiveInterpretations(string policyDocumentId) =>
        Items.Where(i => i.Kind == ReviewItemKind.Interpretation && i.InterpretationOf == policyDocumentId
            && i.Status is not (ReviewItemStatus.Rejected or ReviewItemStatus.Withdrawn));

    private void RequireReviewer(ReviewItem item, Reviewer by, List<ReviewViolation> v, LocalizedText what)
    {
        if (!by.HasRole(Policy.ConfidentialityReviewer) && !Policy.Levels.Any(l => by.HasRole(l.Role)))
        {
            v.Add(ReviewViolationCodes.MissingRole.For(item.Id, by, ReviewTexts.Of("Role.AnyLevelOrConfidentiality"), what));
        }
    }

    private void CheckPublishable(ReviewItem item, DisclosureScope target, Reviewer by, ImmutableArray<string> batch, List<ReviewViolation> v)
    {
        if (item.Status is ReviewItemStatus.Draft or ReviewItemStatus.InReview)
        {
            v.Add(ReviewViolationCodes.NotReviewed.For(item.Id));
        }
        else if (item.Status == ReviewItemStatus.Approved)
        {
            v.Add(ReviewViolationCodes.ConfidentialityReviewMissing.For(item.Id));
        }
        else
        {
            RequireStatus(item, v, ReviewTexts.Action("Publish"), ReviewItemStatus.Cleared);
        }

        // Defence in depth: re-check what the status stands for, on the exact current version.
        if (item.Status == ReviewItemStatus.Cleared)
        {
            if (!LevelsApproved(item))
            {
                v.Add(ReviewViolationCodes.NotReviewed.For(item.Id));
            }

            if (item.Clearance is not { } c || c.Version != item.Version || c.By.Id == item.Author.Id)
            {
                v.Add(ReviewViolationCodes.ConfidentialityReviewMissing.For(item.Id));
            }
            else if ((item.Content.Flags & ~c.ClearedFlags) != SensitivityFlags.None)
            {
                v.Add(ReviewViolationCodes.FlagNotCleared.For(item.Id, ReviewTexts.Flags(item.Content.Flags & ~c.ClearedFlags)));
            }
        }

        if (!by.HasRole(Policy.Publisher))
        {
            v.Add(ReviewViolationCodes.MissingRole.For(item.Id, by, Policy.Publisher, ReviewTexts.Action("Publish")));
        }

        if (!target.Equals(item.Content.Scope))
        {
            v.Add(ReviewViolationCodes.ScopeMismatch.For(item.Id, ReviewTexts.Scope(item.Content.Scope), ReviewTexts.Scope(target)));
        }

        if (item.Kind == ReviewItemKind.Interpretation && Find(item.InterpretationOf!) is { } document
            && document.Status != ReviewItemStatus.Published && !batch.Contains(document.Id))
        {
            // 同步部署: an interpretation of a document that is not out (unapproved, rejected, withdrawn) would publish
            // the content of a document that was never adopted.
            v.Add(ReviewViolationCodes.DocumentNotPublished.For(item.Id, document.Id, ReviewTexts.Status(document.Status)));
        }

        if (item.Kind != ReviewItemKind.PolicyDocument)
        {
            return;
        }

        if (Policy.RequiresInterpretation && item.NoInterpretationReason is null)
        {
            // Rejected and withdrawn interpretations are history; an interpretation counts only if its audience
            // includes the document's (a restricted interpretation does not explain a public document).
            var live = LiveInterpretations(item.Id).ToList();
            var counting = live.Where(i => i.Content.Scope.IsPublic || i.Content.Scope.Equals(item.Content.Scope)).ToList();
            if (live.Count == 0)
            {
                v.Add(ReviewViolationCodes.InterpretationMissing.For(item.Id));
            }
            else if (counting.Count == 0)
            {
                foreach (var i in live)
                {
                    v.Add(ReviewViolationCodes.InterpretationNotPublic.For(item.Id, i.Id, ReviewTexts.Scope(i.Content.Scope)));
                }
            }

            foreach (var i in counting.Where(i => i.Status != ReviewItemStatus.Published && !batch.Contains(i.Id)))
            {
                v.Add(ReviewViolationCodes.InterpretationNotPublished.For(item.Id, i.Id));
            }
        }

        if (Policy.RequiresConsultationChannel && item.Content.ConsultationChannel is null)
        {
            v.Add(ReviewViolationCodes.ConsultationChannelMissing.For(item.Id));
        }
    }

    /// <summary>Each level approved the current version in order, by distinct people none of whom is the author.</summary>
    private bool LevelsApproved(ReviewItem item)
    {
        var approvals = item.Approvals;
        if (approvals.Length != Policy.Levels.Length)
        {
            return false;
        }

        for (var i = 0; i < approvals.Length; i++)
        {
            var a = approvals[i];
            if (a.Level != i + 1 || a.Version != item.Version || a.By.Id == item.Author.Id)
            {
                return false;
            }

            for (var j = 0; j < i; j++)
            {
                if (approvals[j].By.Id == a.By.Id)
                {
                    return false;
                }
            }
        }

        return true;
    }

    // True when the text names an instrument in 《…》 with at least two characters other than white space.
    private static bool CitesInstrument(string text)
    {
        for (var open = text.IndexOf('《', StringComparison.Ordinal); open >= 0; open = text.IndexOf('《', open + 1))
        {
            var close = text.IndexOf('》', open + 1);
            if (close < 0)
            {
                return false;
            }

            if (text.AsSpan(open + 1, close - open - 1).ToString().Count(c => !char.IsWhiteSpace(c) && c != '《') >= 2)
            {
                return true;
            }
        }

        return false;
    }

    private ReviewResult<ReviewCase> RecordConsultation(ReviewCommand command, PublicConsultation consultation, ReviewEventKind kind, string note, Action<ReviewItem, List<ReviewViolation>> check) =>
        Command(command, (item, v) =>
        {
            RequireKind(item, v, ReviewItemKind.PolicyDocument, ReviewTexts.Action("RecordingConsultation"));
            if (!Policy.Levels.Any(l => consultation.By.HasRole(l.Role)))
            {
                v.Add(ReviewViolationCodes.MissingRole.For(item.Id, consultation.By, ReviewTexts.Of("Role.AnyLevel"), ReviewTexts.Action(kind == ReviewEventKind.ConsultationExempted ? "ExemptFromSolicitation" : "RecordSolicitation")));
            }

            check(item, v);
            RequireStatus(item, v, ReviewTexts.Action("RecordConsultation"), ReviewItemStatus.Draft, ReviewItemStatus.InReview);
            if (item.Consultation is not null)
            {
                v.Add(ReviewViolationCodes.WrongStatus.For(item.Id, ReviewTexts.Of("Status.AlreadyConsulted"), ReviewTexts.Action("RecordConsultation")));
            }

            return (item.WithConsultation(consultation), kind, item.Version, note);
        });

    private ReviewViolation? Clock(string itemId, Instant at) =>
        _trail.Count > 0 && at < _trail.Last.At ? ReviewViolationCodes.TimeGoesBackwards.For(itemId, at, _trail.Last.At) : null;

    private ReviewResult<ReviewCase> Add(ReviewItem item, Instant at, ReviewCommand command)
    {
        if (Clock(item.Id, at) is { } backwards)
        {
            return Fail(backwards);
        }

        if (IndexOf(item.Id) >= 0)
        {
            return Fail(ReviewViolationCodes.DuplicateItem.For(item.Id));
        }

        return ReviewResult<ReviewCase>.Success(new ReviewCase(
            Id,
            Policy,
            Items.Add(item),
            _trail.Add(new ReviewEvent(_trail.Count + 1, ReviewEventKind.Added, item.Id, item.Author.Id, at, 1, item.Kind.ToString())),
            _commands.Add(command)));
    }

    /// <summary>Runs a command on one item: the clock, the item, then <paramref name="decide"/>'s checks; the new case logs <paramref name="command"/>.</summary>
    private ReviewResult<ReviewCase> Command(
        ReviewCommand command,
        Func<ReviewItem, List<ReviewViolation>, (ReviewItem Next, ReviewEventKind Kind, int Version, string? Note)> decide)
    {
        var itemId = command.Items[0];
        ArgumentNullException.ThrowIfNull(itemId);
        ArgumentNullException.ThrowIfNull(command.By, "by");
        if (Clock(itemId, command.At) is { } backwards)
        {
            return Fail(backwards);
        }

        var index = IndexOf(itemId);
        if (index < 0)
        {
            return Fail(ReviewViolationCodes.UnknownItem.For(itemId));
        }

        var v = new List<ReviewViolation>();
        var (next, kind, version, note) = decide(Items[index], v);
        if (v.Count > 0)
        {
            return ReviewResult<ReviewCase>.Failure(v);
        }

        return ReviewResult<ReviewCase>.Success(new ReviewCase(
            Id,
            Policy,
            Items.SetItem(index, next),
            _trail.Add(new ReviewEvent(_trail.Count + 1, kind, itemId, command.By.Id, command.At, version, note)),
            _commands.Add(command)));
    }

    private int IndexOf(string itemId)
    {
        for (var i = 0; i < Items.Length; i++)
        {
            if (Items[i].Id == itemId)
            {
                return i;
            }
        }

        return -1;
    }
}
