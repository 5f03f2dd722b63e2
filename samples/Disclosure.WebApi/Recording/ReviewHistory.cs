using Disclosure.Domain.Histories;
using Disclosure.Domain.Review;
using Disclosure.WebApi.Storage;
using NodaTime;

namespace Disclosure.WebApi.Recording;

/// <summary>
/// A review case (三级审核) stored in the library's review-case-history format (<see cref="ReviewCaseHistory"/>), stream
/// <c>review/{case}</c>: each row is one accepted command's canonical JSON — the command, its items and arguments, the
/// person who gave it as they were then (id, name, unit, roles), the instant and the predecessor's hash — with its
/// SHA-256. The case is the library's replay of those rows under the bureau's policy, so the policy's checks run again on
/// every read, and the export is the library's document (<c>disclosure review replay --history FILE</c> reads it).
/// </summary>
/// <remarks>The rows keep the commands, not the policy: a case is read (and exported) as recorded under the bureau's
/// policy in force, and a command that policy no longer accepts makes the read fail instead of showing a wrong case.</remarks>
internal sealed class ReviewHistory(EventStore store, DisclosureSetup setup)
{
    internal static string StreamOf(string caseId) => $"review/{caseId}";

    /// <summary>One command of a signed-in user, as the endpoints and the page build it.</summary>
    internal sealed record Command(string Name, string Item, Reviewer By, Instant At, int? Level = null, int? Version = null, string? ContentHash = null, string? Column = null, SensitivityFlags Flags = SensitivityFlags.None);

    /// <summary>The stored case in the library's format, its chain verified (empty for a case never written).</summary>
    /// <exception cref="InvalidDataException">A row is not a review command of the format or breaks the chain (the database was changed outside the workbench).</exception>
    internal async Task<ReviewCaseHistory> HistoryAsync(string caseId, CancellationToken cancellationToken)
    {
        var entries = await ((IHistoryStore)store).ReadAsync(StreamOf(caseId), cancellationToken);
        try
        {
            return ReviewCaseHistory.FromEntries(caseId, ReviewPolicyVersion.Of(setup.Policy), entries);
        }
        catch (HistoryException e)
        {
            throw new InvalidDataException($"The stored review case '{caseId}' cannot be read: {e.Message} The database was changed outside the workbench; restore it from a backup.", e);
        }
    }

    /// <summary>The case as stored and the stream version it reflects.</summary>
    /// <exception cref="InvalidDataException">The rows cannot be read, or a stored command is refused on replay (the database or the policy changed).</exception>
    internal async Task<(ReviewCase Case, int Version)> ReadAsync(string caseId, CancellationToken cancellationToken)
    {
        var history = await HistoryAsync(caseId, cancellationToken);
        var replay = history.Replay(setup.Policy);
        return replay.Value is { } review && replay.IsAccepted
            ? (review, history.Count)
            : throw new InvalidDataException($"The stored review case '{caseId}' is refused on replay: {replay}. The database or the policy changed since it was recorded.");
    }

    /// <summary>Runs a command on the case; when the policy accepts it, appends its canonical form at <paramref name="expectedVersion"/>.</summary>
    /// <returns>The result of the command and whether it was stored (false: another command was stored first).</returns>
    internal async Task<(ReviewResult<ReviewCase> Result, bool Stored, int Version)> RunAsync(string caseId, ReviewCase review, int expectedVersion, Command command, CancellationToken cancellationToken)
    {
        var result = Apply(review, command);
        if (result.ValueOrNull is not { } next)
        {
            return (result, false, expectedVersion);
        }

        var entries = ReviewCaseHistory.Of(next).Entries[expectedVersion..].Select(e => new NewEntry(e.Index, e.Json, e.Hash.Hex)).ToList();
        var (appended, version) = await store.AppendAsync(StreamOf(caseId), expectedVersion, entries, command.By.Id.Value, cancellationToken);
        return (result, appended, version);
    }

    private static ReviewResult<ReviewCase> Apply(ReviewCase review, Command c) => c.Name switch
    {
        "add-information" => review.AddInformation(c.Item, ItemContent.Create(c.ContentHash!, DisclosureScope.Public, flags: c.Flags), c.By, c.At, c.Column),
        "submit" => review.Submit(c.Item, c.By, c.At),
        "approve" => review.Approve(c.Item, c.Level!.Value, c.Version!.Value, c.By, c.At),
        "clear-confidentiality" => review.ClearConfidentiality(c.Item, c.Version!.Value, c.Flags, c.By, c.At),
        "publish" => review.Publish(c.Item, DisclosureScope.Public, c.By, c.At),
        _ => throw new ArgumentOutOfRangeException(nameof(c), c.Name, "Not a review command of the workbench."),
    };
}
