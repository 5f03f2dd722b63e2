namespace Disclosure.Domain.Scheduling;

/// <summary>What an <see cref="Obligation"/> is owed for: a calendar period or an information event.</summary>
public enum ObligationKind : byte
{
    /// <summary>A calendar month of a monthly column; key <c>2024-07</c>.</summary>
    Month = 0,

    /// <summary>A calendar quarter of a quarterly column; key <c>2024-Q3</c>.</summary>
    Quarter = 1,

    /// <summary>A calendar year of an annual column; key <c>2024</c>.</summary>
    Year = 2,

    /// <summary>One information event of a timely column; key is the formation date, for example <c>2024-07-15</c>.</summary>
    InformationEvent = 3,
}
