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
    private readonly List<(string Name, ReviewRole Role, string? Description, string? EnglishDescription)> _levels = [];
    private readonly List<(string Column, Period Interval)> _columnIntervals = [];
    private readonly List<Problem> _errors = [];
    private string? _source;
    private (string? Title, string? EnglishTitle)? _title;
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
        Set(ref _source, source, "source", "Source");
        return this;
    }

    /// <summary>
    /// Sets the title people read, in place of the name (which identifies the policy in review histories and so stays as
    /// it is); <see cref="ReviewPolicy.GetTitle"/> shows it.
    /// </summary>
    /// <param name="title">The title as staff read it (Chinese, for example <c>宣城市民政局2024年政务公开信息发布审核制度</c>); blank for none.</param>
    /// <param name="englishTitle">
    /// Its English translation, shown to readers of every other language, or <see langword="null"/> (or blank) to show
    /// <paramref name="title"/> to everyone; <see cref="Build"/> refuses it without a <paramref name="title"/>.
    /// </param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is <see langword="null"/>.</exception>
    public ReviewPolicyBuilder WithTitle(string title, string? englishTitle = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        Set(ref _title, (NullIfBlank(title), NullIfBlank(englishTitle)), "title", "Title");
        return this;
    }

    /// <summary>Appends a review level; levels approve in the order they are added, each by a different person.</summary>
    /// <param name="name">The level name, for example <c>分管负责同志</c>; unique in the policy.</param>
    /// <param name="role">The role an approver at this level must hold.</param>
    /// <param name="description">
    /// The description of the level as staff read it (Chinese, for example <c>由发布信息的工作人员对拟公开的信息进行审核。</c>), or
    /// <see langword="null"/> (or blank) for the standard one.
    /// </param>
    /// <param name="englishDescription">
    /// Its English translation, shown to readers of every other language, or <see langword="null"/> (or blank) to show
    /// <paramref name="description"/> to everyone; <see cref="Build"/> refuses it without a <paramref name="description"/>.
    /// </param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="role"/> is <see langword="null"/>.</exception>
    public ReviewPolicyBuilder Level(string name, ReviewRole role, string? description = null, string? englishDescription = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(role);
        _levels.Add((name, role, NullIfBlank(description), NullIfBlank(englishDescription)));
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
        Set(ref _confidentiality, (role, description), "confidentialityReviewer", "ConfidentialityReviewer");
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
        Set(ref _publisher, (role, description), "publisher", "Publisher");
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
        Set(ref _cleanup, (interval, description), "cleanUpEvery", "CleanupInterval");
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
        Set(ref _zone, zone, "timeZone", "TimeZone");
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
    /// (<c>name</c>, <c>title</c>, <c>levels</c>, <c>confidentialityReviewer</c>, <c>publisher</c>, <c>cleanUpEvery</c>,
    /// <c>cleanUpColumns[i]</c>); a level in section <c>review.levels</c> at its position, field <c>name</c> (or <c>description</c>, missing beside an English one).
    /// </param>
    /// <returns><see langword="true"/> when the policy was built.</returns>
    public bool TryBuild([NotNullWhen(true)] out ReviewPolicy? policy, out ImmutableArray<Problem> problems)
    {
        var errors = new List<Problem>(_errors);
        if (string.IsNullOrWhiteSpace(_name))
        {
            errors.Add(Error(DataProblemCodes.MissingValue, "name", ReviewTexts.Of("Builder.NameMissing")));
        }

        if (_title is { Title: null, EnglishTitle: not null })
        {
            errors.Add(Error(DataProblemCodes.MissingValue, "title", ReviewTexts.Of("Builder.EnglishTitleAlone")));
        }

        if (_levels.Count == 0)
        {
            errors.Add(Error(DataProblemCodes.NoReviewLevels, "levels", ReviewTexts.Of("Builder.NoLevels")));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _levels.Count; i++)
        {
            var name = _levels[i].Name;
            var at = new ProblemLocation(LevelsSection, i, field: "name");
            if (string.IsNullOrWhiteSpace(name))
            {
                errors.Add(Problem.Error(DataProblemCodes.MissingValue, at, ReviewTexts.Of("Builder.LevelNameMissing")));
            }
            else if (!names.Add(name))
            {
                errors.Add(Problem.Error(DataProblemCodes.DuplicateId, at, ReviewTexts.Of("Builder.LevelNameTwice", name)));
            }

            // An English text alone would be what Chinese readers see; the main field holds what staff read.
            if (_levels[i].EnglishDescription is not null && _levels[i].Description is null)
            {
                errors.Add(Problem.Error(DataProblemCodes.MissingValue, new ProblemLocation(LevelsSection, i, field: "description"), ReviewTexts.Of("Builder.EnglishDescriptionAlone")));
            }
        }

        if (_confidentiality is null)
        {
            errors.Add(Error(DataProblemCodes.MissingValue, "confidentialityReviewer", ReviewTexts.Of("Builder.ConfidentialityMissing")));
        }

        if (_publisher is null)
        {
            errors.Add(Error(DataProblemCodes.MissingValue, "publisher", ReviewTexts.Of("Builder.PublisherMissing")));
        }

        if (_cleanup is null)
        {
            errors.Add(Error(DataProblemCodes.MissingValue, "cleanUpEvery", ReviewTexts.Of("Builder.CleanupMissing")));
        }
        else if (!IsPositiveDatePeriod(_cleanup.Value.Interval))
        {
            errors.Add(Error(DataProblemCodes.InvalidValue, "cleanUpEvery", ReviewTexts.Of("Builder.CleanupInvalid", _cleanup.Value.Interval.ToString())));
        }

        var columns = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _columnIntervals.Count; i++)
        {
            var (column, interval) = _columnIntervals[i];
            var field = "cleanUpColumns[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            if (string.IsNullOrWhiteSpace(column))
            {
                errors.Add(Error(DataProblemCodes.MissingValue, field, ReviewTexts.Of("Builder.ColumnMissing")));
            }
            else if (!columns.Add(column))
            {
                errors.Add(Error(DataProblemCodes.DuplicateId, field, ReviewTexts.Of("Builder.ColumnTwice", column)));
            }
            else if (!IsPositiveDatePeriod(interval))
            {
                errors.Add(Error(DataProblemCodes.InvalidValue, field, ReviewTexts.Of("Builder.ColumnInvalid", interval.ToString(), column)));
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
            l.Description,
            l.EnglishDescription,
            ReviewTexts.Of("Rule.Level", i + 1, _levels.Count, l.Name, l.Role))).ToImmutableArray();
        policy = new ReviewPolicy(
            _name,
            LocalizedText.Given(_title?.Title ?? _name, _title?.EnglishTitle),
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

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

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
            publisher.Description,
            ReviewTexts.Of("Rule.ReviewBeforePublish", n, publisher.Role),
            _source,
            ReviewViolationCodes.NotReviewed.Id,
            ReviewViolationCodes.MissingRole.Id));
        foreach (var level in levels)
        {
            rules.Add(new ReviewRule($"level-{level.Number}", null, level.Text, _source, ReviewViolationCodes.MissingRole.Id));
        }

        rules.Add(new ReviewRule("levels-in-order", null, ReviewTexts.Of("Rule.LevelsInOrder", n), _source, ReviewViolationCodes.LevelOutOfOrder.Id));
        rules.Add(new ReviewRule("distinct-approvers", null, ReviewTexts.Of("Rule.DistinctApprovers", n), _source, ReviewViolationCodes.SamePersonTwoLevels.Id));
        rules.Add(new ReviewRule("no-self-review", null, ReviewTexts.Of("Rule.NoSelfReview"), _source, ReviewViolationCodes.SelfReview.Id));
        rules.Add(new ReviewRule(
            "one-item-one-review",
            null,
            ReviewTexts.Of("Rule.OneItemOneReview"),
            _source,
            ReviewViolationCodes.StaleVersion.Id,
            ReviewViolationCodes.NoChange.Id));
        rules.Add(new ReviewRule(
            "confidentiality-review",
            confidentiality.Description,
            ReviewTexts.Of("Rule.ConfidentialityReview", confidentiality.Role),
            _source,
            ReviewViolationCodes.ConfidentialityReviewMissing.Id,
            ReviewViolationCodes.ConfidentialityBeforeApproval.Id));
        rules.Add(new ReviewRule(
            "sensitivity-flags",
            null,
            ReviewTexts.Of("Rule.SensitivityFlags", confidentiality.Role),
            _source,
            ReviewViolationCodes.FlagNotCleared.Id));
        rules.Add(new ReviewRule(
            "disclosure-scope",
            null,
            ReviewTexts.Of("Rule.DisclosureScope"),
            _source,
            ReviewViolationCodes.ScopeMismatch.Id));
        if (_requireInterpretation)
        {
            rules.Add(new ReviewRule(
                "synchronised-interpretation",
                _interpretation,
                ReviewTexts.Of("Rule.SynchronisedInterpretation"),
                _source,
                ReviewViolationCodes.InterpretationMissing.Id,
                ReviewViolationCodes.InterpretationNotSubmitted.Id,
                ReviewViolationCodes.InterpretationNotPublished.Id,
                ReviewViolationCodes.InterpretationNotPublic.Id));
        }

        rules.Add(new ReviewRule(
            "interpretation-follows-document",
            null,
            ReviewTexts.Of("Rule.InterpretationFollowsDocument"),
            _source,
            ReviewViolationCodes.DocumentNotPublished.Id,
            ReviewViolationCodes.InterpretationOutlivesDocument.Id));

        if (_requireConsultation)
        {
            rules.Add(new ReviewRule(
                "public-consultation",
                _consultation,
                ReviewTexts.Of("Rule.PublicConsultation"),
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
                _channel,
                ReviewTexts.Of("Rule.ConsultationChannel"),
                _source,
                ReviewViolationCodes.ConsultationChannelMissing.Id));
        }

        rules.Add(new ReviewRule(
            "periodic-cleanup",
            cleanup.Description,
            _columnIntervals.Count == 0
                ? ReviewTexts.Of("Rule.PeriodicCleanup", cleanup.Interval)
                : ReviewTexts.Of("Rule.PeriodicCleanup.ByColumn", cleanup.Interval, LocalizedText.List(_columnIntervals.Select(c => ReviewTexts.Of("Rule.PeriodicCleanup.Column", c.Column, c.Interval)))),
            _source,
            ReviewViolationCodes.NotPublisherUnit.Id));
        return rules.ToImmutable();
    }

    private static Problem Error(ProblemCode code, string field, LocalizedText message) =>
        Problem.Error(code, new ProblemLocation(Section, field: field), message);

    private void Set<T>(ref T field, T value, string name, string what)
    {
        if (field is not null)
        {
            _errors.Add(Error(DataProblemCodes.InvalidValue, name, ReviewTexts.Of("Builder.SetTwice", ReviewTexts.Of("Builder.What." + what))));
        }

        field = value;
    }
}
