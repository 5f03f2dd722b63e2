using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Text;
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

    /// <summary>Gets the policy name.</summary>
    public string Name { get; }

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

    /// <summary>Lists the policy as plain text for sign-off: name, source, then one line per rule.</summary>
    /// <param name="culture">
    /// The language of the listing; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>. Chinese
    /// cultures get Simplified Chinese (<c>审核制度：…</c>), every other culture English; descriptions configured in the
    /// rule pack are listed as configured.
    /// </param>
    /// <returns>The listing.</returns>
    [Pure]
    public string Describe(CultureInfo? culture = null)
    {
        var sb = new StringBuilder();
        sb.Append(ReviewTexts.Of("Policy.Title", Name).Format(culture)).Append('\n');
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

    /// <summary>Draws the life cycle of an item under this policy as a Mermaid state diagram.</summary>
    /// <returns>The diagram source (<c>stateDiagram-v2</c>).</returns>
    [Pure]
    public string ToMermaid()
    {
        var sb = new StringBuilder();
        sb.Append("stateDiagram-v2\n");
        sb.Append("    state \"Draft\" as Draft\n");
        sb.Append("    state \"In review (submitted)\" as L0\n");
        foreach (var level in Levels)
        {
            sb.Append(CultureInfo.InvariantCulture, $"    state \"Approved at level {level.Number}: {level.Name}\" as L{level.Number}\n");
        }

        sb.Append("    state \"Cleared (保密审查)\" as Cleared\n");
        sb.Append("    state \"Published\" as Published\n");
        sb.Append("    state \"Withdrawn\" as Withdrawn\n");
        sb.Append("    state \"Rejected\" as Rejected\n");
        sb.Append("    [*] --> Draft: add (author)\n");
        sb.Append("    Draft --> Draft: revise (author, new version)\n");
        var submitGuard = RequiresInterpretation ? " if a policy document has its interpretation submitted or marked as needing none" : string.Empty;
        sb.Append(CultureInfo.InvariantCulture, $"    Draft --> L0: submit (author){submitGuard}\n");
        foreach (var level in Levels)
        {
            var guard = level.Number == Levels.Length && RequiresPublicConsultation ? ", major public interest needs a solicitation or exemption" : string.Empty;
            sb.Append(CultureInfo.InvariantCulture, $"    L{level.Number - 1} --> L{level.Number}: approve by {level.Role.Id} if not the author, not an earlier approver, current version{guard}\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"    L{Levels.Length} --> Cleared: clear by {ConfidentialityReviewer.Id} if not the author, current version, every flag cleared\n");
        var publishGuard = new StringBuilder($"by {Publisher.Id} to its own scope only");
        if (RequiresInterpretation)
        {
            publishGuard.Append(", its interpretation published with it (never before it)");
        }

        if (RequiresConsultationChannel)
        {
            publishGuard.Append(", with consultation channel");
        }

        sb.Append(CultureInfo.InvariantCulture, $"    Cleared --> Published: publish {publishGuard}\n");
        sb.Append("    Published --> Published: keep after clean-up by the publisher's unit\n");
        sb.Append("    Published --> Withdrawn: withdraw by the publisher's unit\n");
        for (var i = 0; i <= Levels.Length; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"    L{i} --> Draft: return or revise (voids decisions)\n");
            sb.Append(CultureInfo.InvariantCulture, $"    L{i} --> Rejected: reject\n");
        }

        sb.Append("    Cleared --> Draft: return or revise (voids decisions)\n");
        sb.Append("    Cleared --> Rejected: reject\n");
        sb.Append("    Withdrawn --> [*]\n");
        sb.Append("    Rejected --> [*]\n");
        return sb.ToString();
    }

    /// <summary>Returns the policy name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
