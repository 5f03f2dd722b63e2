namespace Disclosure.Domain.Responsibilities;

/// <summary>How a <see cref="Responsibility"/> involves a given unit, without a concrete case.</summary>
public enum UnitInvolvement
{
    /// <summary>The responsibility never reaches the unit.</summary>
    None = 0,

    /// <summary>The unit is named (办公室, 社会救助科 …).</summary>
    Named = 1,

    /// <summary>A context-free rule reaches the unit: 各科室, 各相关科室 for one of its topics, 各直属机构.</summary>
    ByRule = 2,

    /// <summary>
    /// A context-dependent rule may reach the unit: it is the drafter, power-exercising section, host,
    /// handler or publisher whenever the case says so.
    /// </summary>
    WhenInContext = 3,
}
