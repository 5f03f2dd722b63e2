namespace Disclosure.Domain.Review;

/// <summary>The kinds of item a review case holds.</summary>
public enum ReviewItemKind
{
    /// <summary>Ordinary information (a notice, news, a statistics table …).</summary>
    Information = 0,

    /// <summary>A policy document (政策性文件), subject to the interpretation, consultation and channel rules.</summary>
    PolicyDocument = 1,

    /// <summary>The interpretation material (解读材料) of a policy document of the same case.</summary>
    Interpretation = 2,
}
