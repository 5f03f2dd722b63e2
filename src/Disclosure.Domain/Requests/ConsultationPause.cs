namespace Disclosure.Domain.Requests;

/// <summary>
/// The days a consultation pauses the answer clock: from the day after the letter was sent (<see cref="From"/>) through the day the
/// reply arrived, or through the party's last day if it replied late or not at all (<see cref="Through"/>), both inclusive.
/// </summary>
/// <param name="ConsultationId">The consultation.</param>
/// <param name="Party">Who was consulted.</param>
/// <param name="From">The first paused day: the day after the letter was sent.</param>
/// <param name="Through">The last paused day.</param>
/// <param name="IsOngoing">
/// <see langword="true"/> when the consultation had not ended on the as-of day: the pause is then assumed to end on the as-of day,
/// so the due date reported is the earliest it can be; each further day of waiting moves it later, never earlier.
/// </param>
/// <remarks>
/// Only the working days of the pause matter: they are the days that do not count toward the answer period (第三十三条:
/// "行政机关征求第三方和其他机关意见所需时间不计算在前款规定的期限内"). A reply on the sending day pauses nothing. An immutable value with
/// value equality; thread-safe.
/// </remarks>
public readonly record struct ConsultationPause(string ConsultationId, ConsultationParty Party, LocalDate From, LocalDate Through, bool IsOngoing)
{
    /// <summary>Tells whether a day lies within the pause.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when <see cref="From"/> ≤ <paramref name="date"/> ≤ <see cref="Through"/>.</returns>
    [System.Diagnostics.Contracts.Pure]
    public bool Contains(LocalDate date) => date >= From && date <= Through;
}
