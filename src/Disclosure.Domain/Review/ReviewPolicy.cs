using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Text;
using Disclosure.Domain.Diagnostics;
using NodaTime;

namespace Disclosure.Domain.Review;

/// <summary>
/// A review policy: ordered review levels with their roles, the confidentiality reviewer and the publisher,
/// the optional policy-document rules and the clean-up interval — and the list of its rules with descriptions.
/// Build one with <see cref="Create(string)"/>; the seed's policy is <c>RulePack.XuanchengCivilAffairs2024.Review</c>.
/// </summary>
/// <remarks>
/// The rules that protect against publishing what must not be published (review before publication, distinct
/// non-author approvers in level order, binding to the exact content version, confidentiality review,
/// sensitivity flags, scope) are always in force; a policy chooses the levels and roles and may add the
/// policy-document rules. Equality is by reference. Immutable and thread-safe once built.
/// </remarks>
public sealed class ReviewPolicy
{
    internal ReviewPolicy(
        string name,
        LocalizedText title,
        string? source,
        ImmutableArray<ReviewLevel> levels,
        ReviewRole confidentialityReviewer,
        ReviewRole publisher,
        bool requiresInterpretation,
        bool requiresPublicConsultation,
        bool requiresConsultationChannel,
        Period cleanupInterval,
        ImmutableDictionary<string, Period> columnCleanupIntervals,
        DateTimeZone timeZone,
        ImmutableArray<ReviewRule> rules)
    {
        Name = name;
        TitleText = title;
        Title = title.ToString();
        Source = source;
        Levels = levels;
        ConfidentialityReviewer = confidentialityReviewer;
        Publisher = publisher;
        RequiresInterpretation = requiresInterpretation;
        RequiresPublicConsultation = requiresPublicConsultation;
        RequiresConsultationChannel = requiresConsultationChannel;
        CleanupInterval = cleanupInterval;
        ColumnCleanupIntervals = columnCleanupIntervals;
        TimeZone = timeZone;
        Rules = rules;
    }

    /// <summary>
    /// Gets the policy name: its identity, kept with every review history (<c>ReviewPolicyVersion</c>), so it never
    /// changes for display; people read <see cref="GetTitle"/>.
    /// </summary>
    public string Name { get; }

    /// <summary>
    /// Gets the title in neutral English: the configured English title, else the configured title as written, else
    /// <see cref="Name"/>; people read <see cref="GetTitle"/>.
    /// </summary>
    public string Title { get; }

    /// <summary>Gets the title as people read it: the configured title and its English translation, or the name.</summary>
    internal LocalizedText TitleText { get; }

    /// <summary>Gets where the policy comes from, or <see langword="null"/>.</summary>
    public string? Source { get; }

    /// <summary>Gets the review levels in approval order (at least one).</summary>
    public ImmutableArray<ReviewLevel> Levels { get; }

    /// <summary>Gets the role that performs the confidentiality review and clears sensitivity flags.</summary>
    public ReviewRole ConfidentialityReviewer { get; }

    /// <summary>Gets the role that publishes.</summary>
    public ReviewRole Publisher { get; }

    /// <summary>Gets a value indicating whether policy documents need an interpretation in the same case (or a reason for none).</summary>
    public bool RequiresInterpretation { get; }

    /// <summary>Gets a value indicating whether policy documents involving major public interest need a solicitation or a recorded exemption before final approval.</summary>
    public bool RequiresPublicConsultation { get; }

    /// <summary>Gets a value indicating whether policy documents are published with a consultation channel.</summary>
    public bool RequiresConsultationChannel { get; }

    /// <summary>Gets the default interval between clean-up reviews.</summary>
    public Period CleanupInterval { get; }

    /// <summary>Gets the clean-up intervals overridden per catalog column.</summary>
    public ImmutableDictionary<string, Period> ColumnCleanupIntervals { get; }

    /// <summary>Gets the time zone that turns instants into dates.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>Gets every rule of the policy with its description, in a stable order.</summary>
    public ImmutableArray<ReviewRule> Rules { get; }

    /// <summary>Gets the title for people, in the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">
    /// The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>. Chinese cultures (zh-CN,
    /// zh-Hans, zh-SG) read the configured title (a rule pack's <c>title</c>), every other culture its English translation
    /// (<c>englishTitle</c>), or the title when it has none; without a configured title, <see cref="Name"/>.
    /// </param>
    /// <returns>The title, for example <c>宣城市民政局2024年政务公开信息发布审核制度</c> (the seed's, in Chinese).</returns>
    [Pure]
    public string GetTitle(CultureInfo? culture = null) => TitleText.Format(culture);

    /// <summary>Starts the fluent configuration of a policy.</summary>
    /// <param name="name">The policy name (checked by <see cref="ReviewPolicyBuilder.Build"/>).</param>
    /// <returns>A builder.</returns>
    [Pure]
    public static ReviewPolicyBuilder Create(string name) => new(name);

    /// <summary>Gets the clean-up interval of an item of <paramref name="column"/>.</summary>
    /// <param name="column">The column id, or <see langword="null"/>.</param>
    /// <returns>The column's override, or <see cref="CleanupInterval"/>.</returns>
    [Pure]
    public Period CleanupIntervalFor(string? column) =>
        column is not null && ColumnCleanupIntervals.TryGetValue(column, out var p) ? p : CleanupInterval;

    /// <summary>Lists the policy as plain text for sign-off: title (<see cref="GetTitle"/>), source, then one line per rule.</summary>
    /// <param name="culture">
    /// The language of the listing; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>. Chinese
    /// cultures get Simplified Chinese (<c>审核制度：…</c>), every other culture English; the title and level descriptions
    /// configured in the rule pack in its main field or, for other cultures, its English one when given.
    /// </param>
    /// <returns>The listing.</returns>
    [Pure]
    public string Describe(CultureInfo? culture = null)
    {
        var sb = new StringBuilder();
        sb.Append(ReviewTexts.Of("Policy.Title", TitleText).Format(culture)).Append('\n');
        if (Source is not null)
        {
            sb.Append(ReviewTexts.Of("Policy.Source", Source).Format(culture)).Append('\n');
        }

        var i = 0;
        foreach (var rule in Rules)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{++i,2}. [{rule.Id}] {rule.GetDescription(culture)}");
            if (!rule.Codes.IsEmpty)
            {
                sb.Append(" (").Append(string.Join(", ", rule.Codes)).Append(')');
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Draws the life cycle of an item under this policy as a Mermaid state diagram, for people to read.</summary>
    /// <param name="culture">
    /// The language of the labels; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>. Chinese
    /// cultures get Simplified Chinese (<c>草稿</c>, <c>第1级审核通过：信息发布同志</c>, <c>已通过保密审查</c>, guards such as
    /// <c>审核批准（信息发布同志）：须非起草人、…</c>, roles by name), every other culture English (roles by id). The states'
    /// ids (<c>Draft</c>, <c>L0</c> … <c>L</c><i>n</i>, <c>Cleared</c>, <c>Published</c>, <c>Withdrawn</c>, <c>Rejected</c>) and the
    /// transitions are the same in every language.
    /// </param>
    /// <returns>
    /// The diagram source (<c>stateDiagram-v2</c>, one statement a line). Level and role names are written as configured,
    /// except the characters Mermaid would read as syntax: <c>"</c>, <c>#</c>, <c>%</c>, <c>:</c> and <c>;</c> become Mermaid
    /// entity codes (<c>#34;</c>, <c>#58;</c> …, drawn as the character) and line breaks spaces.
    /// </returns>
    [Pure]
    public string ToMermaid(CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        var sb = new StringBuilder("stateDiagram-v2\n");
        void State(string id, string key, params ReadOnlySpan<object?> arguments) =>
            sb.Append(CultureInfo.InvariantCulture, $"    state \"{ReviewTexts.Of("Mermaid." + key, arguments).Format(culture)}\" as {id}\n");
        void Transition(string from, string to, string key, params ReadOnlySpan<object?> arguments) =>
            sb.Append(CultureInfo.InvariantCulture, $"    {from} --> {to}: {ReviewTexts.Of("Mermaid." + key, arguments).Format(culture)}\n");
        LocalizedText.Names Role(ReviewRole role) => LocalizedText.Named(MermaidText(role.Name), role.Id);
        object Optional(bool required, string key) => required ? ReviewTexts.Of("Mermaid." + key) : string.Empty;

        State("Draft", "Draft");
        State("L0", "InReview");
        foreach (var level in Levels)
        {
            State($"L{level.Number}", "Approved", level.Number, MermaidText(level.Name));
        }

        State("Cleared", "Cleared");
        State("Published", "Published");
        State("Withdrawn", "Withdrawn");
        State("Rejected", "Rejected");
        Transition("[*]", "Draft", "Add");
        Transition("Draft", "Draft", "Revise");
        Transition("Draft", "L0", "Submit", Optional(RequiresInterpretation, "Submit.Interpretation"));
        foreach (var level in Levels)
        {
            var last = level.Number == Levels.Length;
            Transition($"L{level.Number - 1}", $"L{level.Number}", "Approve", Role(level.Role), Optional(last && RequiresPublicConsultation, "Approve.PublicInterest"));
        }

        Transition($"L{Levels.Length}", "Cleared", "Clear", Role(ConfidentialityReviewer));
        Transition("Cleared", "Published", "Publish", Role(Publisher), Optional(RequiresInterpretation, "Publish.Interpretation"), Optional(RequiresConsultationChannel, "Publish.Channel"));
        Transition("Published", "Published", "Keep");
        Transition("Published", "Withdrawn", "Withdraw");
        for (var i = 0; i <= Levels.Length; i++)
        {
            Transition($"L{i}", "Draft", "Return");
            Transition($"L{i}", "Rejected", "Reject");
        }

        Transition("Cleared", "Draft", "Return");
        Transition("Cleared", "Rejected", "Reject");
        sb.Append("    Withdrawn --> [*]\n");
        sb.Append("    Rejected --> [*]\n");
        return sb.ToString();
    }

    /// <summary>Returns the policy name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    // Configured names may hold what Mermaid reads as syntax: " ends a state's quoted label, : or ; a transition's, a line
    // break the statement; #…; is an entity code and %%{…}%% a directive anywhere (and "style…:…#…;" is rewritten). Those
    // characters are written as numeric entity codes, which Mermaid draws as the character; control characters as spaces.
    // The labels' own wording comes from the resources and is checked by the tests.
    private static string MermaidText(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '"' or '#' or '%' or ':' or ';')
            {
                sb.Append(CultureInfo.InvariantCulture, $"#{(int)c};");
            }
            else
            {
                sb.Append(char.IsControl(c) ? ' ' : c);
            }
        }

        return sb.ToString();
    }
}
