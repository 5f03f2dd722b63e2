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
                HistoryTexts.Text("Chain.NoHash", index));
        }

        if (!string.Equals(storedHash, entry.Hash.Hex, StringComparison.Ordinal))
        {
            throw HistoryJson.Fail(HistoryProblemCodes.HashMismatch, source, path + ".hash", 0, 0,
                HistoryTexts.Text("Chain.HashMismatch", index, described, entry.Hash, storedHash));
        }

        if (!string.Equals(storedPrevious, expectedPrevious, StringComparison.Ordinal))
        {
            throw HistoryJson.Fail(HistoryProblemCodes.BrokenLink, source, path + ".previous", 0, 0, index == 0
                ? HistoryTexts.Text("Chain.FirstHasPrevious")
                : HistoryTexts.Text("Chain.BrokenLink", index, described, index - 1, (object?)storedPrevious ?? HistoryTexts.Text("Chain.NoPredecessor"), expectedPrevious));
        }

        return entry;
    }

    /// <summary>Checks the head (when there is one) against the verified events.</summary>
    internal static void CheckHead(int? headCount, string? headHash, int count, string? last, string source)
    {
        if (headCount is { } n && (n != count || !string.Equals(headHash, last, StringComparison.Ordinal)))
        {
            throw new HistoryException([Problem.Of(HistoryProblemCodes.HeadMismatch, ProblemSeverity.Error,
                new ProblemLocation("events", count) { Source = source, Path = "$.head" },
                HistoryTexts.Text("Chain.HeadMismatch", n, headHash, count, last, Math.Min(n, count)))]);
        }
    }
}
