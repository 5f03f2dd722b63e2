namespace Disclosure.Domain.Scheduling;

/// <summary>What an <see cref="Obligation"/> is owed for: a calendar period or an information event.</summary>
/// <remarks>Members are declared from the shortest period to the longest; the numeric values are stable (<see cref="HalfYear"/> was added as 4).</remarks>
public enum ObligationKind : byte
{
    /// <summary>A calendar month of a monthly column; key <c>2024-07</c>.</summary>
    Month = 0,

    /// <summary>A calendar quarter of a quarterly column; key <c>2024-Q3</c>.</summary>
    Quarter = 1,

    /// <summary>A half of the calendar year of a semi-annual column (1 January–30 June or 1 July–31 December); key <c>2024-H1</c> or <c>2024-H2</c>.</summary>
    HalfYear = 4,

    /// <summary>A calendar year of an annual column; key <c>2024</c>.</summary>
    Year = 2,

    /// <summary>One information event of a timely column; key is the formation date, for example <c>2024-07-15</c>.</summary>
    InformationEvent = 3,
}
