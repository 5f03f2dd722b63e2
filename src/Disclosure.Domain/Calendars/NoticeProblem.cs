namespace Disclosure.Domain.Calendars;

/// <summary>
/// One problem found while reading a holiday notice's text (<see cref="CalendarNotice.Parse"/>): where it is and what
/// is wrong.
/// </summary>
/// <param name="Document">
/// Which text the problem is in: 0 for the year's notice, 1 for the first amendment, and so on (the order the texts were
/// given in).
/// </param>
/// <param name="Line">The 1-based line number in that text, or 0 when the problem concerns the notice as a whole (a festival no line mentions).</param>
/// <param name="Code">A stable, language-free code, for example <c>notice.count-mismatch</c>.</param>
/// <param name="Message">What is wrong, naming the dates and the text involved.</param>
/// <remarks>An immutable value with value equality; thread-safe.</remarks>
public readonly record struct NoticeProblem(int Document, int Line, string Code, string Message)
{
    /// <summary>Describes the problem with its place, for example <c>notice line 12: …</c> or <c>amendment 1, line 3: …</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var document = Document == 0 ? "notice" : $"amendment {Document},";
        return Line > 0 ? $"{document} line {Line}: {Message}" : $"{document.TrimEnd(',')}: {Message}";
    }
}
