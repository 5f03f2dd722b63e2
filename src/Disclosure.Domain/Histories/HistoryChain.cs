using System.Globalization;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Histories;

/// <summary>Verification of the evidence chain, shared by the chained formats (see <see cref="HistoryEntry"/>).</summary>
internal static class HistoryChain
{
    /// <summary>Checks one event: its stored hash against its canonical form, then its link against the predecessor's hash (<paramref name="described"/> is formatted only for a message).</summary>
    internal static HistoryEntry Verify(int index, byte[] canonical, string? storedHash, string? storedPrevious, string? expectedPrevious, string source, object described)
    {
        var path = HistoryJson.At("events", index);
        var entry = HistoryEntry.Of(index, canonical);
        if (storedHash is null)
        {
            throw HistoryJson.Fail(DataProblemCodes.MissingValue, source, path + ".hash", 0, 0,
                string.Create(CultureInfo.InvariantCulture, $"Event {index} has no \"hash\"; every stored event carries the SHA-256 of its canonical form."));
        }

        if (!string.Equals(storedHash, entry.Hash.Hex, StringComparison.Ordinal))
        {
            throw HistoryJson.Fail(HistoryProblemCodes.HashMismatch, source, path + ".hash", 0, 0,
                string.Create(CultureInfo.InvariantCulture, $"Event {index} ({described}) does not match its hash: it was changed after it was written (its canonical form hashes to {entry.Hash}, the history says {storedHash}). Restore it from the original record."));
        }

        if (!string.Equals(storedPrevious, expectedPrevious, StringComparison.Ordinal))
        {
            throw HistoryJson.Fail(HistoryProblemCodes.BrokenLink, source, path + ".previous", 0, 0, index == 0
                ? "Event 0 names a predecessor: events were removed from the start of the history."
                : string.Create(CultureInfo.InvariantCulture, $"Event {index} ({described}) does not follow event {index - 1}: an event was removed, inserted or moved here (it names {storedPrevious ?? "no predecessor"}, event {index - 1} hashes to {expectedPrevious})."));
        }

        return entry;
    }

    /// <summary>Checks the head (when there is one) against the verified events.</summary>
    internal static void CheckHead(int? headCount, string? headHash, int count, string? last, string source)
    {
        if (headCount is { } n && (n != count || !string.Equals(headHash, last, StringComparison.Ordinal)))
        {
            throw new HistoryException([new Problem(HistoryProblemCodes.HeadMismatch, ProblemSeverity.Error,
                new ProblemLocation("events", count) { Source = source, Path = "$.head" },
                string.Create(CultureInfo.InvariantCulture, $"The head says {n} events ending with {headHash}, but the history has {count} ending with {last}: events were removed from or added to its end (first differing index {Math.Min(n, count)})."))]);
        }
    }
}
