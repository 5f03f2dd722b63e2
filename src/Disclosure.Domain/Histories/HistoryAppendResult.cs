using System.Globalization;

namespace Disclosure.Domain.Histories;

/// <summary>The outcome of an append: appended, or refused because the writer's version is stale.</summary>
/// <param name="Status">Whether the entries were appended.</param>
/// <param name="Version">The stream's version after the call: the new version when appended, the current one when stale.</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public readonly record struct HistoryAppendResult(HistoryAppendStatus Status, int Version)
{
    /// <summary>Gets a value indicating whether the entries were appended.</summary>
    public bool IsAppended => Status == HistoryAppendStatus.Appended;

    /// <summary>Returns the status and the version.</summary>
    /// <returns>For example <c>StaleVersion (version 7)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Status} (version {Version})");
}
