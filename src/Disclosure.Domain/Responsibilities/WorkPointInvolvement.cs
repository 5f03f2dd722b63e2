namespace Disclosure.Domain.Responsibilities;

/// <summary>A work point that involves a unit, and how: the strongest involvement over its parties.</summary>
/// <param name="Point">The work point.</param>
/// <param name="Involvement">
/// <see cref="UnitInvolvement.Named"/> over <see cref="UnitInvolvement.ByRule"/> over
/// <see cref="UnitInvolvement.WhenInContext"/>; never <see cref="UnitInvolvement.None"/>.
/// </param>
/// <param name="Party">The party that gives the involvement (the first such party).</param>
/// <remarks>Equality is by value (reference equality of the point and party). Immutable and thread-safe.</remarks>
public readonly record struct WorkPointInvolvement(WorkPoint Point, UnitInvolvement Involvement, ResponsibleParty Party);
