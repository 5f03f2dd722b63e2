namespace Disclosure.Domain.Scheduling;

/// <summary>The four forms of <see cref="UpdateFrequency"/>.</summary>
public enum UpdateFrequencyKind
{
    /// <summary>Timely (及时更新): one publication per information event, within a number of working days.</summary>
    Timely = 0,

    /// <summary>Monthly (每月更新, 月度更新): at least one publication in every calendar month.</summary>
    Monthly = 1,

    /// <summary>Quarterly (季度更新): at least one publication in every calendar quarter.</summary>
    Quarterly = 2,

    /// <summary>Annual (年度更新): at least one publication for every calendar year, optionally by a fixed date of the next year.</summary>
    Annual = 3,
}
