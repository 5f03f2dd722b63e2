using System.Diagnostics.Contracts;
using System.Globalization;
using System.Resources;

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
/// <para>
/// What people read comes from resources, in their language: <see cref="GetTitle"/> and <see cref="GetDescription"/>
/// read <c>Diagnostics/ProblemTexts.resx</c> (English, the neutral language) and <c>ProblemTexts.zh-Hans.resx</c>
/// (Simplified Chinese, found for zh-CN, zh-SG and zh-Hans), one <c>{Id}.Title</c> and one <c>{Id}.Description</c>
/// entry per code. A new code needs both entries in both files; a test fails otherwise.
/// </para>
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

    /// <summary>
    /// Gets the stable English short title, for example <c>duplicate-id</c> or <c>Same person at two levels</c>; for
    /// people, use <see cref="GetTitle"/>.
    /// </summary>
    public string Title { get; }

    /// <summary>
    /// Gets where the rule comes from, for example <c>第三十一条</c> (of 《政府信息公开条例》) or <c>三(一)</c> (a
    /// work-plan point); <see langword="null"/> when the code is not a legal rule (a malformed file, for example).
    /// </summary>
    public string? LegalSource { get; }

    /// <summary>Gets a one-sentence English description of the problem; for people, use <see cref="GetDescription"/>.</summary>
    public string Description { get; }

    /// <summary>Gets the title for people to read, in the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">
    /// The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>. Chinese cultures (zh-CN,
    /// zh-Hans, zh-SG) get Simplified Chinese, every other culture English.
    /// </param>
    /// <returns>The title, for example <c>文件过大</c> or <c>File too large</c>.</returns>
    [Pure]
    public string GetTitle(CultureInfo? culture = null) => ProblemTexts.Get(Id + ".Title", culture) ?? Title;

    /// <summary>Gets the one-sentence description for people to read, in the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The description, for example <c>文件超过大小上限，解析前即被拒绝。</c></returns>
    [Pure]
    public string GetDescription(CultureInfo? culture = null) => ProblemTexts.Get(Id + ".Description", culture) ?? Description;

    /// <summary>Returns the <see cref="Id"/>.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Id;
}

/// <summary>The resources <c>ProblemTexts.resx</c> and its satellites; string lookups only, so trimming and AOT keep them.</summary>
internal static class ProblemTexts
{
    /// <summary>The resource manager of <c>Diagnostics/ProblemTexts*.resx</c>.</summary>
    internal static ResourceManager Resources { get; } = new("Disclosure.Domain.Diagnostics.ProblemTexts", typeof(ProblemTexts).Assembly);

    /// <summary>The entry in the culture's language (falling back to English), or <see langword="null"/> when there is none.</summary>
    internal static string? Get(string key, CultureInfo? culture) => Resources.GetString(key, culture ?? CultureInfo.CurrentUICulture);
}
