namespace Disclosure.Domain.Histories;

/// <summary>The outcome of <see cref="IHistoryStore.AppendAsync"/>.</summary>
public enum HistoryAppendStatus
{
    /// <summary>The entries were appended; <see cref="HistoryAppendResult.Version"/> is the new version.</summary>
    Appended = 0,

    /// <summary>
    /// Another writer appended since the expected version was read: nothing was appended, and
    /// <see cref="HistoryAppendResult.Version"/> is the stream's current version. Read again, replay, and retry.
    /// </summary>
    StaleVersion = 1,
}
