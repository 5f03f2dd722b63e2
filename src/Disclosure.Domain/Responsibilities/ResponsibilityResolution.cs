using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Disclosure.Domain.Responsibilities;

/// <summary>
/// The outcome of resolving a <see cref="Responsibility"/> against an <see cref="OrgChart"/>: either one or
/// more concrete units, or a <see cref="ResponsibilityViolation"/>. Never an empty list of units.
/// </summary>
/// <remarks>Instances are immutable and thread-safe; equality is reference equality.</remarks>
public sealed class ResponsibilityResolution
{
    private readonly ImmutableArray<Unit> units;

    private ResponsibilityResolution(Responsibility responsibility, ImmutableArray<Unit> units, ResponsibilityViolation? violation)
    {
        Responsibility = responsibility;
        this.units = units;
        Violation = violation;
    }

    /// <summary>Gets the responsibility that was resolved.</summary>
    public Responsibility Responsibility { get; }

    /// <summary>Gets a value indicating whether units were found.</summary>
    [MemberNotNullWhen(false, nameof(Violation))]
    public bool IsResolved => Violation is null;

    /// <summary>Gets the violation, or <see langword="null"/> when <see cref="IsResolved"/>.</summary>
    public ResponsibilityViolation? Violation { get; }

    /// <summary>Gets the units (at least one): named and context units in the order given, rule-based units in org-chart order.</summary>
    /// <exception cref="InvalidOperationException">The resolution failed; read <see cref="Violation"/>.</exception>
    public ImmutableArray<Unit> Units =>
        IsResolved ? units : throw new InvalidOperationException($"The responsibility did not resolve: {Violation}");

    /// <summary>Gets the units when resolved.</summary>
    /// <param name="resolved">The units (at least one), or an empty array when the resolution failed.</param>
    /// <returns><see langword="true"/> when <see cref="IsResolved"/>.</returns>
    public bool TryGetUnits(out ImmutableArray<Unit> resolved)
    {
        resolved = IsResolved ? units : [];
        return IsResolved;
    }

    /// <summary>Describes the outcome.</summary>
    /// <returns>For example <c>AllSections → office, social-assistance</c>.</returns>
    public override string ToString() =>
        IsResolved ? $"{Responsibility} → {string.Join(", ", units.Select(u => u.Id))}" : $"{Responsibility} ✗ {Violation}";

    internal static ResponsibilityResolution Resolved(Responsibility responsibility, ImmutableArray<Unit> units) =>
        units.IsEmpty ? throw new InvalidOperationException("Internal error: an empty resolution.") : new(responsibility, units, null);

    internal static ResponsibilityResolution Failed(ResponsibilityViolation violation) =>
        new(violation.Responsibility, [], violation);
}
