namespace Disclosure.Domain.Diagnostics;

/// <summary>
/// A stable code of one kind of problem: a rule-data problem (<c>RP0102</c>), a review-rule violation
/// (<c>REVIEW008</c>), a broken request rule (<c>extension-too-long</c>) or an unresolvable responsibility
/// (<c>missing-drafter</c>). Every code table of the library has this one shape.
/// </summary>
/// <remarks>
/// Codes are closed sets: each exists once, as a static member of its table (<see cref="DataProblemCodes"/>,
/// <c>ReviewViolationCodes</c>, <c>RequestViolationCodes</c>, <c>ResponsibilityViolationCodes</c>), each table
/// listing its codes in <c>All</c>. An <see cref="Id"/> never changes meaning once released: store it and match on it.
/// Equality is reference equality. Immutable and thread-safe.
/// </remarks>
public sealed class ProblemCode
{
    internal ProblemCode(string id, string title, string description, string? legalSource = null)
    {
        Id = id;
        Title = title;
        Description = description;
        LegalSource = legalSource;
    }

    /// <summary>Gets the stable identifier, for example <c>RP0102</c>, <c>REVIEW008</c> or <c>extension-too-long</c>.</summary>
    public string Id { get; }

    /// <summary>Gets a short title, for example <c>duplicate-id</c> or <c>Same person at two levels</c>.</summary>
    public string Title { get; }

    /// <summary>
    /// Gets where the rule comes from, for example <c>第三十一条</c> (of 《政府信息公开条例》) or <c>三(一)</c> (a
    /// work-plan point); <see langword="null"/> when the code is not a legal rule (a malformed file, for example).
    /// </summary>
    public string? LegalSource { get; }

    /// <summary>Gets a one-sentence English description of the problem.</summary>
    public string Description { get; }

    /// <summary>Returns the <see cref="Id"/>.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Id;
}
