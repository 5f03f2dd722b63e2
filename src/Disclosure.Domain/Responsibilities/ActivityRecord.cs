using NodaTime;

namespace Disclosure.Domain.Responsibilities;

/// <summary>One activity that took place, as recorded in an activity log: an open day, a training, a solicitation of public opinion, a publication.</summary>
/// <param name="ActivityKind">The kind of activity, matched ordinally against <see cref="RecurringObligation.ActivityKind"/> (for example <c>open-day</c>).</param>
/// <param name="Date">The date the activity took place.</param>
/// <param name="Unit">The unit that carried it out, when recorded; obligations count activities regardless of unit.</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public readonly record struct ActivityRecord(string ActivityKind, LocalDate Date, UnitId? Unit = null);
