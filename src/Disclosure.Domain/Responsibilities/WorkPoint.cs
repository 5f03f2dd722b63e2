using System.Collections.Immutable;

namespace Disclosure.Domain.Responsibilities;

/// <summary>
/// One numbered work point of the work plan (sections 一 to 四 of the seed), for example 一(二)1, with its text
/// and its responsible parties.
/// </summary>
/// <remarks>Instances are immutable and thread-safe; equality is reference equality (compare <see cref="Number"/>).</remarks>
public sealed class WorkPoint
{
    /// <summary>Creates a work point.</summary>
    /// <param name="number">The numbering, for example 一(二)1: section, subsection in parentheses, item.</param>
    /// <param name="sectionTitle">The title of the section, for example 围绕中心工作抓好主动公开.</param>
    /// <param name="subsectionTitle">The title of the subsection, for example 以公开保障和改善民生.</param>
    /// <param name="text">The full text of the point without its 责任科室 parenthesis; paragraphs separated by a line feed.</param>
    /// <param name="responsibleText">The text of the 责任科室 parenthesis, for example 办公室、各相关科室.</param>
    /// <param name="parties">The responsible parties, at least one.</param>
    /// <exception cref="ArgumentException">A text is empty or white space, or <paramref name="parties"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="parties"/> or one of its elements is <see langword="null"/>.</exception>
    public WorkPoint(string number, string sectionTitle, string subsectionTitle, string text, string responsibleText, IEnumerable<ResponsibleParty> parties)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(sectionTitle);
        ArgumentException.ThrowIfNullOrWhiteSpace(subsectionTitle);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(responsibleText);
        ArgumentNullException.ThrowIfNull(parties);
        Parties = [.. parties];
        if (Parties.IsEmpty)
        {
            throw new ArgumentException($"Work point {number} needs at least one responsible party.", nameof(parties));
        }

        foreach (var party in Parties)
        {
            ArgumentNullException.ThrowIfNull(party, nameof(parties));
        }

        Number = number;
        SectionTitle = sectionTitle;
        SubsectionTitle = subsectionTitle;
        Text = text;
        ResponsibleText = responsibleText;
    }

    /// <summary>Gets the numbering, for example 一(二)1.</summary>
    public string Number { get; }

    /// <summary>Gets the title of the section (一 to 四), for example 防范政务公开风险.</summary>
    public string SectionTitle { get; }

    /// <summary>Gets the title of the subsection, for example 强化安全保密.</summary>
    public string SubsectionTitle { get; }

    /// <summary>Gets the full text, in simplified Chinese as in the seed, without the 责任科室 parenthesis.</summary>
    public string Text { get; }

    /// <summary>Gets the seed's 责任科室 text, for example 办公室、各科室、各直属机构.</summary>
    public string ResponsibleText { get; }

    /// <summary>Gets the responsible parties: those of the 责任科室 parenthesis in order, then any stated in the text.</summary>
    public ImmutableArray<ResponsibleParty> Parties { get; }

    /// <summary>Gets the distinct responsibilities of <see cref="Parties"/>, in order.</summary>
    public ImmutableArray<Responsibility> Responsibilities => [.. Parties.Select(p => p.Responsibility).Distinct()];

    /// <summary>Returns the numbering and the start of the text.</summary>
    /// <returns>For example <c>一(一)1 著力解决群众急难愁盼问题…</c>.</returns>
    public override string ToString() => $"{Number} {(Text.Length > 20 ? string.Concat(Text.AsSpan(0, 20), "…") : Text)}";
}
