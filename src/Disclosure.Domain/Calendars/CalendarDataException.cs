namespace Disclosure.Domain.Calendars;

/// <summary>Thrown when calendar data (JSON) is malformed or contradictory; nothing of the data is loaded.</summary>
/// <remarks>The message names each problem found, with the year and date it concerns.</remarks>
public sealed class CalendarDataException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="CalendarDataException"/> class.</summary>
    /// <param name="problems">The problems found, at least one.</param>
    public CalendarDataException(IReadOnlyList<string> problems)
        : base(BuildMessage(problems)) => Problems = [.. problems];

    /// <summary>Initializes a new instance of the <see cref="CalendarDataException"/> class for a JSON syntax or shape error.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="inner">The JSON reader's exception.</param>
    public CalendarDataException(string problem, Exception inner)
        : base(BuildMessage([problem]), inner) => Problems = [problem];

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string BuildMessage(IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems.Count == 1
            ? $"Invalid calendar data: {problems[0]}"
            : $"Invalid calendar data ({problems.Count} problems):{Environment.NewLine}- " + string.Join(Environment.NewLine + "- ", problems);
    }
}
