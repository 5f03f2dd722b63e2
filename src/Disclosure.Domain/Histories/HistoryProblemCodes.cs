using System.Collections.Immutable;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Histories;

/// <summary>
/// The codes of problems with a stored history that only histories have: a broken evidence chain and a history the current
/// rules refuse on replay. Problems every data file can have (too large, not JSON, wrong type, unknown format version,
/// unknown field) use <see cref="DataProblemCodes"/>. Ids are stable.
/// </summary>
public static class HistoryProblemCodes
{
    /// <summary>Gets HIST001: an event's hash is not the SHA-256 of its canonical form (the event was edited at rest).</summary>
    public static ProblemCode HashMismatch { get; } = new("HIST001", "hash-mismatch", "An event's hash is not the SHA-256 of its canonical form: the event was changed after it was written.");

    /// <summary>Gets HIST002: an event's <c>previous</c> is not its predecessor's hash (an event was removed, inserted or moved).</summary>
    public static ProblemCode BrokenLink { get; } = new("HIST002", "broken-link", "An event does not name its predecessor's hash: an event before it was removed, inserted or moved.");

    /// <summary>Gets HIST003: the history's head (event count and last hash) does not match its events (the history was truncated or extended).</summary>
    public static ProblemCode HeadMismatch { get; } = new("HIST003", "head-mismatch", "The history's head does not match its events: events were removed from or added to its end.");

    /// <summary>Gets HIST004: replaying the history, the current rules refuse an event.</summary>
    public static ProblemCode EventRefused { get; } = new("HIST004", "event-refused", "Replaying the history, the current rules refuse an event.");

    /// <summary>Gets HIST005: the history was recorded under a policy (id and version) other than the one supplied for replay.</summary>
    public static ProblemCode PolicyMismatch { get; } = new("HIST005", "policy-mismatch", "The history was recorded under another policy id or version than the one supplied for replay.");

    /// <summary>Gets HIST006: the history is of another kind than the reader expects (for example a review-case history given as a request history).</summary>
    public static ProblemCode WrongKind { get; } = new("HIST006", "wrong-kind", "The document is another kind of history than the one expected.");

    /// <summary>Gets every code of this table, in id order.</summary>
    public static ImmutableArray<ProblemCode> All { get; } = [HashMismatch, BrokenLink, HeadMismatch, EventRefused, PolicyMismatch, WrongKind];
}
