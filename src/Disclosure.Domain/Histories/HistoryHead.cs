using System.Globalization;

namespace Disclosure.Domain.Histories;

/// <summary>
/// The head of a chained history: how many events it has and the hash of the last one. A document carries its head, so
/// events dropped from its end are detected; keep the head elsewhere too (a receipt, a database column) to detect a history
/// rewritten as a whole.
/// </summary>
/// <param name="Count">The number of events.</param>
/// <param name="Last">The hash of the last event; the default value when there are none.</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public readonly record struct HistoryHead(int Count, EvidenceHash Last)
{
    /// <summary>Returns the count and the hash.</summary>
    /// <returns>For example <c>5 events, last 3f2a…</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Count} events, last {Last}");
}
