using System.Collections.Immutable;
using System.Diagnostics.Contracts;

namespace Disclosure.Domain.Responsibilities;

/// <summary>
/// The facts of a concrete case that rule-based responsibilities need in order to name units: who
/// drafted the policy document (各政策文件起草科室), which sections exercise the power (各行政权力实施科室),
/// who hosts the event (承办科室), who handles the case (谁承办谁更新, 各信息公开申请办理科室) and who
/// published the item (谁公开、谁清理).
/// </summary>
/// <remarks>
/// Start from <see cref="Empty"/> and add facts with the <c>With…</c> methods. The topic of 各相关科室 is not
/// part of the context: it travels inside <see cref="Responsibility.RelevantSections(string)"/>, which cannot
/// be created without one. Instances are immutable and thread-safe; equality is reference equality.
/// </remarks>
public sealed class ResponsibilityContext
{
    private ResponsibilityContext(UnitId? drafter, ImmutableArray<UnitId> powerExercisingUnits, UnitId? host, UnitId? handler, UnitId? publisher)
    {
        Drafter = drafter;
        PowerExercisingUnits = powerExercisingUnits;
        Host = host;
        Handler = handler;
        Publisher = publisher;
    }

    /// <summary>Gets the context that knows no facts: only context-free responsibilities resolve with it.</summary>
    public static ResponsibilityContext Empty { get; } = new(null, [], null, null, null);

    /// <summary>Gets the section that drafted the policy document, if known.</summary>
    public UnitId? Drafter { get; }

    /// <summary>Gets the sections that exercise the administrative power in question; empty when unknown.</summary>
    public ImmutableArray<UnitId> PowerExercisingUnits { get; }

    /// <summary>Gets the unit hosting the event (承办科室), if known.</summary>
    public UnitId? Host { get; }

    /// <summary>Gets the unit handling the case, if known.</summary>
    public UnitId? Handler { get; }

    /// <summary>Gets the unit that published the item, if known.</summary>
    public UnitId? Publisher { get; }

    /// <summary>Returns a copy of this context with the drafting section set.</summary>
    /// <param name="drafter">The drafting section.</param>
    /// <returns>The new context.</returns>
    /// <exception cref="ArgumentException"><paramref name="drafter"/> is the default id.</exception>
    [Pure]
    public ResponsibilityContext WithDrafter(UnitId drafter) =>
        new(Valid(drafter, nameof(drafter)), PowerExercisingUnits, Host, Handler, Publisher);

    /// <summary>Returns a copy of this context with the power-exercising sections set.</summary>
    /// <param name="units">One or more distinct units.</param>
    /// <returns>The new context.</returns>
    /// <exception cref="ArgumentException"><paramref name="units"/> is empty, holds a default id or repeats a unit.</exception>
    [Pure]
    public ResponsibilityContext WithPowerExercisingUnits(params IEnumerable<UnitId> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var list = units.ToImmutableArray();
        if (list.IsEmpty)
        {
            throw new ArgumentException("Name at least one power-exercising unit.", nameof(units));
        }

        foreach (var unit in list)
        {
            Valid(unit, nameof(units));
        }

        if (list.Distinct().Count() != list.Length)
        {
            throw new ArgumentException($"A unit is named twice in [{string.Join(", ", list)}].", nameof(units));
        }

        return new(Drafter, list, Host, Handler, Publisher);
    }

    /// <summary>Returns a copy of this context with the event host set.</summary>
    /// <param name="host">The hosting unit.</param>
    /// <returns>The new context.</returns>
    /// <exception cref="ArgumentException"><paramref name="host"/> is the default id.</exception>
    [Pure]
    public ResponsibilityContext WithHost(UnitId host) =>
        new(Drafter, PowerExercisingUnits, Valid(host, nameof(host)), Handler, Publisher);

    /// <summary>Returns a copy of this context with the case handler set.</summary>
    /// <param name="handler">The handling unit.</param>
    /// <returns>The new context.</returns>
    /// <exception cref="ArgumentException"><paramref name="handler"/> is the default id.</exception>
    [Pure]
    public ResponsibilityContext WithHandler(UnitId handler) =>
        new(Drafter, PowerExercisingUnits, Host, Valid(handler, nameof(handler)), Publisher);

    /// <summary>Returns a copy of this context with the publisher set.</summary>
    /// <param name="publisher">The publishing unit.</param>
    /// <returns>The new context.</returns>
    /// <exception cref="ArgumentException"><paramref name="publisher"/> is the default id.</exception>
    [Pure]
    public ResponsibilityContext WithPublisher(UnitId publisher) =>
        new(Drafter, PowerExercisingUnits, Host, Handler, Valid(publisher, nameof(publisher)));

    private static UnitId Valid(UnitId id, string parameter) =>
        id.Value is null ? throw new ArgumentException("A default UnitId is not a unit id: create ids with UnitId.Parse.", parameter) : id;
}
