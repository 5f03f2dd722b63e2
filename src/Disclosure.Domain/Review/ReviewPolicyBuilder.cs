using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Disclosure.Domain.Diagnostics;
using NodaTime;

namespace Disclosure.Domain.Review;

/// <summary>
/// Fluent configuration of a <see cref="ReviewPolicy"/>; start with <see cref="ReviewPolicy.Create(string)"/>.
/// Every rule may carry a description (a default one is supplied) so that the built policy can list itself.
/// </summary>
/// <remarks>
/// Methods record the configuration and return this builder; nothing is checked until <see cref="Build"/>,
/// which reports every error at once. Not thread-safe; the built policy is.
/// </remarks>
public sealed class ReviewPolicyBuilder
{
    private const string Section = "review";
    private const string LevelsSection = "review.levels";

    private readonly string _name;
    private readonly List<(string Name, ReviewRole Role, string? Description)> _levels = [];
    private readonly List<(string Column, Period Interval)> _columnIntervals = [];
    private readonly List<Problem> _errors = [];
    private string? _source;
    private (ReviewRole Role, string? Description)? _confidentiality;
    private (ReviewRole Role, string? Description)? _publisher;
    private (Period Interval, string? Description)? _cleanup;
    private string? _interpretation;
    private string? _consultation;
    private string? _channel;
    private bool _requireInterpretation;
    private bool _requireConsultation;
    private bool _requireChannel;
    private DateTimeZone? _zone;

    internal ReviewPolicyBuilder(string name) => _name = name;

    /// <summary>Records where the policy comes from (a document title and section), shown in the rule listing.</summary>
    /// <param name="source">The source.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    public ReviewPolicyBuilder WithSource(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Set(ref _source, source, "source", "source");
        return this;
    }

    /// <summary>Appends a review level; levels approve in the order they are added, each by a different person.</summary>
    /// <param name="name">The level name, for example <c>分管负责同志</c>; unique in the policy.</param>
    /// <param name="role">The role an approver at this level must hold.</param>
    /// <param name="description">The description of the level, or <see langword="null"/> for a default one.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="role"/> is <see langword="null"/>.</exception>
    public ReviewPolicyBuilder Level(string name, ReviewRole role, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(role);
        _levels.Add((name, role, description));
        return this;
    }

    /// <summary>Sets the role that performs the confidentiality review (保密审查) and clears privacy and classified flags. Required.</summary>
    /// <param name="role">The role.</param>
    /// <param name="description">The rule description, or <see langword="null"/> for a default one.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="role"/> is <see langword="null"/>.</exception>
    public ReviewPolicyBuilder ConfidentialityReviewBy(ReviewRole role, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(role);
        Set(ref _confidentiality, (role, description), "confidentialityReviewer", "confidentiality reviewer");
        return this;
    }

    /// <summary>Sets the role that publishes cleared items. Required.</summary>
    /// <param name="role">The role.</param>
    /// <param name="description">The rule description, or <see langword="null"/> for a default one.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="role"/> is <see langword="null"/>.</exception>
    public ReviewPolicyBuilder PublishedBy(ReviewRole role, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(role);
        Set(ref _publisher, (role, description), "publisher", "publisher");
        return this;
    }

    /// <summary>Requires every policy document to go with its interpretation (同步组织、同步审签、同步部署) unless marked as needing none, with a reason.</summary>
    /// <param name="description">The rule description, or <see langword="null"/> for a default one.</param>
    /// <returns>This builder.</returns>
    public ReviewPolicyBuilder RequireInterpretation(string? description = null)
    {
        _requireInterpretation = true;
        _interpretation = description;
        return this;
    }

    /// <summary>Requires a public-opinion solicitation (意见征集), or an exemption with its legal ground, before the final approval of a policy document involving major public interest, and feedback (意见反馈) after it.</summary>
    /// <param name="description">The rule description, or <see langword="null"/> for a default one.</param>
    /// <returns>This builder.</returns>
    public ReviewPolicyBuilder RequirePublicConsultation(string? description = null)
    {
        _requireConsultation = true;
        _consultation = description;
        return this;
    }

    /// <summary>Requires every policy document to be published with its consultation, suggestion and evaluation channel (政策咨询、建议与评价窗口).</summary>
    /// <param name="description">The rule description, or <see langword="null"/> for a default one.</param>
    /// <returns>This builder.</returns>
    public ReviewPolicyBuilder RequireConsultationChannel(string? description = null)
    {
        _requireChannel = true;
        _channel = description;
        return this;
    }

    /// <summary>Sets the default interval between periodic clean-up reviews of published items (公开后定期清理). Required.</summary>
    /// <param name="interval">A positive date-only period, for example <c>Period.FromYears(1)</c>.</param>
    /// <param name="description">The rule description, or <see langword="null"/> for a default one.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is <see langword="null"/>.</exception>
    public ReviewPolicyBuilder CleanUpEvery(Period interval, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(interval);
        Set(ref _cleanup, (interval, description), "cleanUpEvery", "clean-up interval");
        return this;
    }

    /// <summary>Overrides the clean-up interval for the items of one catalog column.</summary>
    /// <param name="column">The column id.</param>
    /// <param name="interval">A positive date-only period.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> or <paramref name="interval"/> is <see langword="null"/>.</exception>
    public ReviewPolicyBuilder CleanUpColumnEvery(string column, Period interval)
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(interval);
        _columnIntervals.Add((column, interval));
        return this;
    }

    /// <summary>Sets the time zone that turns publication instants into dates; defaults to Asia/Shanghai.</summary>
    /// <param name="zone">The zone.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is <see langword="null"/>.</exception>
    public ReviewPolicyBuilder InTimeZone(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        Set(ref _zone, zone, "timeZone", "time zone");
        return this;
    }

    /// <summary>Validates the configuration and builds the immutable policy.</summary>
    /// <returns>The policy.</returns>
    /// <exception cref="ReviewPolicyConfigurationException">The configuration is invalid; <see cref="ProblemException.Problems"/> lists every problem.</exception>
    public ReviewPolicy Build() =>
        TryBuild(out var policy, out var problems) ? policy : throw new ReviewPolicyConfigurationException(problems);

    /// <summary>Validates the configuration and builds the policy, or reports every problem without throwing.</summary>
    /// <param name="policy">The policy, or <see langword="null"/> when there are problems.</param>
    /// <param name="problems">
    /// Every problem found, empty on success. A policy setting is located in section <c>review</c> with its field
    /// (<c>name</c>, <c>levels</c>, <c>confidentialityReviewer</c>, <c>publisher</c>, <c>cleanUpEvery</c>,
    /// <c>cleanUpColumns[i]</c>); a level in section <c>review.levels</c> at its position, field <c>name</c>.
    /// </param>
    /// <returns><see langword="true"/> when the policy was built.</returns>
    public bool TryBuild([NotNullWhen(true)] out ReviewPolicy? policy, out ImmutableArray<Problem> problems)
    {
        var errors = new List<Problem>(_errors);
        if (string.IsNullOrWhiteSpace(_name))
        {
            errors.Add(Error(DataProblemCodes.MissingValue, "name", "\"name\" is missing or empty; expected the policy's name."));
        }

        if (_levels.Count == 0)
        {
            errors.Add(Error(DataProblemCodes.NoReviewLevels, "levels", "The review policy has no levels; expected at least one, for example {\"name\": \"信息发布同志\", \"role\": \"information-publisher\"} (先审后发 needs a reviewer)."));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _levels.Count; i++)
        {
            var name = _levels[i].Name;
            var at = new ProblemLocation(LevelsSection, i, field: "name");
            if (string.IsNullOrWhiteSpace(name))
            {
                errors.Add(Problem.Error(DataProblemCodes.MissingValue, at, "\"name\" is missing or empty; expected the reviewer's title, for example \"信息发布同志\"."));
            }
            else if (!names.Add(name))
            {
                errors.Add(Problem.Error(DataProblemCodes.DuplicateId, at, $"the level name '{name}' is used twice; expected each level once."));
            }
        }

        if (_confidentiality is null)
        {
            errors.Add(Error(DataProblemCodes.MissingValue, "confidentialityReviewer", "\"confidentialityReviewer\" is missing; expected the role that performs the confidentiality review (保密审查 is mandatory), for example \"confidentiality-reviewer\"."));
        }

        if (_publisher is null)
        {
            errors.Add(Error(DataProblemCodes.MissingValue, "publisher", "\"publisher\" is missing; expected the role that publishes, for example \"information-publisher\"."));
        }

        if (_cleanup is null)
        {
            errors.Add(Error(DataProblemCodes.MissingValue, "cleanUpEvery", "\"cleanUpEvery\" is missing; expected how often published information is reviewed and cleaned up (公开后定期清理), for example \"P1Y\"."));
        }
        else if (!IsPositiveDatePeriod(_cleanup.Value.Interval))
        {
            errors.Add(Error(DataProblemCodes.InvalidValue, "cleanUpEvery", $"cleanUpEvery {_cleanup.Value.Interval} is not a positive period of years, months, weeks or days; expected for example \"P1Y\" or \"P6M\"."));
        }

        var columns = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _columnIntervals.Count; i++)
        {
            var (column, interval) = _columnIntervals[i];
            var field = "cleanUpColumns[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            if (string.IsNullOrWhiteSpace(column))
            {
                errors.Add(Error(DataProblemCodes.MissingValue, field, "A column clean-up interval needs a column id."));
            }
            else if (!columns.Add(column))
            {
                errors.Add(Error(DataProblemCodes.DuplicateId, field, $"Column '{column}' has two clean-up intervals; expected at most one."));
            }
            else if (!IsPositiveDatePeriod(interval))
            {
                errors.Add(Error(DataProblemCodes.InvalidValue, field, $"The clean-up interval {interval} of column '{column}' is not a positive period of years, months, weeks or days."));
            }
        }

        if (errors.Count > 0)
        {
            policy = null;
            problems = [.. errors];
            return false;
        }

        var levels = _levels.Select((l, i) => new ReviewLevel(
            i + 1,
            l.Name,
            l.Role,
            l.Description ?? $"Level {i + 1} of {_levels.Count}: {l.Name} — approved by a person holding the role {l.Role}.")).ToImmutableArray();
        policy = new ReviewPolicy(
            _name,
            _source,
            levels,
            _confidentiality!.Value.Role,
            _publisher!.Value.Role,
            _requireInterpretation,
            _requireConsultation,
            _requireChannel,
            _cleanup!.Value.Interval,
            _columnIntervals.ToImmutableDictionary(c => c.Column, c => c.Interval, StringComparer.Ordinal),
            _zone ?? DateTimeZoneProviders.Tzdb["Asia/Shanghai"],
            BuildRules(levels));
        problems = [];
        return true;
    }

    private static bool IsPositiveDatePeriod(Period period)
    {
        if (period.HasTimeComponent)
        {
            return false;
        }

        var probe = new LocalDate(2000, 1, 31);
        return probe.PlusYears(period.Years).PlusMonths(period.Months).PlusWeeks(period.Weeks).PlusDays(period.Days) > probe
            && period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0;
    }

    private ImmutableArray<ReviewRule> BuildRules(ImmutableArray<ReviewLevel> levels)
    {
        var n = levels.Length;
        var confidentiality = _confidentiality!.Value;
        var publisher = _publisher!.Value;
        var cleanup = _cleanup!.Value;
        var rules = ImmutableArray.CreateBuilder<ReviewRule>();
        rules.Add(new ReviewRule(
            "review-before-publish",
            publisher.Description ?? $"Review before publication (先审后发): an item is published only after all {n} level(s) approved its current version and the confidentiality review cleared it; only a person holding {publisher.Role} publishes.",
            _source,
            ReviewViolationCodes.NotReviewed.Id,
            ReviewViolationCodes.MissingRole.Id));
        foreach (var level in levels)
        {
            rules.Add(new ReviewRule($"level-{level.Number}", level.Description, _source, ReviewViolationCodes.MissingRole.Id));
        }

        rules.Add(new ReviewRule("levels-in-order", $"Levels approve in order, 1 to {n}; an approval is for the next level only.", _source, ReviewViolationCodes.LevelOutOfOrder.Id));
        rules.Add(new ReviewRule("distinct-approvers", $"No person approves an item at two levels: {n} level(s) need {n} different people.", _source, ReviewViolationCodes.SamePersonTwoLevels.Id));
        rules.Add(new ReviewRule("no-self-review", "No person approves, clears or rejects an item they wrote.", _source, ReviewViolationCodes.SelfReview.Id));
        rules.Add(new ReviewRule(
            "one-item-one-review",
            "One item, one review (一事一审): each approval and clearance binds one item and one exact content version; any change to the content, attachments, scope, classification or flags makes a new version, voids them and sends the item back to draft.",
            _source,
            ReviewViolationCodes.StaleVersion.Id,
            ReviewViolationCodes.NoChange.Id));
        rules.Add(new ReviewRule(
            "confidentiality-review",
            confidentiality.Description ?? $"Confidentiality review (保密审查): after the last level, a person holding {confidentiality.Role} (not the author) clears the current version; nothing is published without it.",
            _source,
            ReviewViolationCodes.ConfidentialityReviewMissing.Id,
            ReviewViolationCodes.ConfidentialityBeforeApproval.Id));
        rules.Add(new ReviewRule(
            "sensitivity-flags",
            $"An item flagged as containing personal privacy or classified content is not published until a person holding {confidentiality.Role} clears every flag in the confidentiality review.",
            _source,
            ReviewViolationCodes.FlagNotCleared.Id));
        rules.Add(new ReviewRule(
            "disclosure-scope",
            "Scope (分类施策): an item is public (全面公开) or restricted to a named audience (在特定范围内公开) and is published only to its own scope; a restricted item is never published publicly.",
            _source,
            ReviewViolationCodes.ScopeMismatch.Id));
        if (_requireInterpretation)
        {
            rules.Add(new ReviewRule(
                "synchronised-interpretation",
                _interpretation ?? "A policy document goes with its interpretation (政策性文件与解读材料同步组织、同步审签、同步部署): the interpretation is in the same case, submitted no later than the document and published with it; a public document needs a public interpretation; a rejected or withdrawn interpretation does not count, and a replacement does — unless the document is marked as needing none, with a reason.",
                _source,
                ReviewViolationCodes.InterpretationMissing.Id,
                ReviewViolationCodes.InterpretationNotSubmitted.Id,
                ReviewViolationCodes.InterpretationNotPublished.Id,
                ReviewViolationCodes.InterpretationNotPublic.Id));
        }

        rules.Add(new ReviewRule(
            "interpretation-follows-document",
            "An interpretation is never published before its policy document: only in the same publication or after the document is published; an interpretation left published after its document is withdrawn is reported until it is withdrawn too.",
            _source,
            ReviewViolationCodes.DocumentNotPublished.Id,
            ReviewViolationCodes.InterpretationOutlivesDocument.Id));

        if (_requireConsultation)
        {
            rules.Add(new ReviewRule(
                "public-consultation",
                _consultation ?? "A policy document involving major public interest (涉及重大公共利益) needs a public-opinion solicitation (意见征集) that has ended — or an exemption citing its legal ground in 《》, by a reviewer who is not the author — recorded by a person holding a review level's role before its final approval, and then owes feedback on the opinions (意见反馈).",
                _source,
                ReviewViolationCodes.ConsultationMissing.Id,
                ReviewViolationCodes.SolicitationNotEnded.Id,
                ReviewViolationCodes.ExemptionGroundNotCited.Id,
                ReviewViolationCodes.FeedbackNotOwed.Id));
        }

        if (_requireChannel)
        {
            rules.Add(new ReviewRule(
                "consultation-channel",
                _channel ?? "A policy document is published with its consultation, suggestion and evaluation channel (政策咨询、建议与评价窗口).",
                _source,
                ReviewViolationCodes.ConsultationChannelMissing.Id));
        }

        rules.Add(new ReviewRule(
            "periodic-cleanup",
            cleanup.Description ?? $"Periodic clean-up (公开后定期清理, 谁公开、谁清理): every published item is due for a clean-up review {cleanup.Interval} after publication or after its last review{(_columnIntervals.Count == 0 ? string.Empty : " (" + string.Join(", ", _columnIntervals.Select(c => $"column {c.Column}: {c.Interval}")) + ")")}; the publisher's unit owes it and alone keeps or withdraws the item.",
            _source,
            ReviewViolationCodes.NotPublisherUnit.Id));
        return rules.ToImmutable();
    }

    private static Problem Error(ProblemCode code, string field, string message) =>
        Problem.Error(code, new ProblemLocation(Section, field: field), message);

    private void Set<T>(ref T field, T value, string name, string what)
    {
        if (field is not null)
        {
            _errors.Add(Error(DataProblemCodes.InvalidValue, name, $"The {what} is set twice; set it once."));
        }

        field = value;
    }
}
