using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Responsibilities;

/// <summary>
/// Why a <see cref="Responsibility"/> could not be resolved to units: a missing fact of the context, or an
/// org chart that has no unit of the kind the rule needs. A value, not an exception.
/// </summary>
/// <remarks>
/// <see cref="Code"/> is stable (one of <see cref="ResponsibilityViolationCodes"/>); <see cref="Message"/> is
/// neutral English prose (logs, tests) and may change; people read <see cref="GetMessage"/>. Equality is by code, message and responsibility. Instances are
/// immutable and thread-safe.
/// </remarks>
public sealed class ResponsibilityViolation : IEquatable<ResponsibilityViolation>
{
    internal ResponsibilityViolation(ProblemCode code, LocalizedText message, Responsibility responsibility)
    {
        Code = code;
        _text = message;
        Message = message.ToString();
        Responsibility = responsibility;
    }

    private readonly LocalizedText _text;

    /// <summary>Gets the stable code, one of <see cref="ResponsibilityViolationCodes"/>.</summary>
    public ProblemCode Code { get; }

    /// <summary>Gets a message in neutral English that names what is missing.</summary>
    public string Message { get; }

    /// <summary>Gets the message for people, in the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">
    /// The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>. Chinese cultures (zh-CN,
    /// zh-Hans, zh-SG) get Simplified Chinese, every other culture English.
    /// </param>
    /// <returns>The message, for example <c>各政策文件起草科室需要在具体事项中指明起草科室，但未给出。</c></returns>
    [Pure]
    public string GetMessage(CultureInfo? culture = null) => _text.Format(culture);

    /// <summary>Gets the responsibility that could not be resolved.</summary>
    public Responsibility Responsibility { get; }

    /// <inheritdoc/>
    public bool Equals(ResponsibilityViolation? other) =>
        other is not null && ReferenceEquals(Code, other.Code) && Message == other.Message && Responsibility.Equals(other.Responsibility);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ResponsibilityViolation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Message, Responsibility);

    /// <summary>Returns the code and message.</summary>
    /// <returns>For example <c>missing-drafter: …</c>.</returns>
    public override string ToString() => $"{Code}: {Message}";

    internal static ResponsibilityViolation Missing(ProblemCode code, Responsibility responsibility, string fact) =>
        new(code, ResponsibilityTexts.Of("Violation.Missing", ResponsibilityTexts.Name(responsibility), ResponsibilityTexts.Of("Fact." + fact)), responsibility);

    internal static ResponsibilityViolation UnknownUnits(Responsibility responsibility, IEnumerable<UnitId> unknown, OrgChart chart) =>
        new(
            ResponsibilityViolationCodes.UnknownUnit,
            ResponsibilityTexts.Of("Violation.UnknownUnits", ResponsibilityTexts.Name(responsibility), LocalizedText.List(unknown), LocalizedText.List(chart.Units.Select(u => u.Id))),
            responsibility);
}

/// <summary>The stable codes of <see cref="ResponsibilityViolation"/>.</summary>
/// <remarks>A closed set, listed in <see cref="All"/>; codes never change meaning once shipped. This class is stateless and thread-safe.</remarks>
public static class ResponsibilityViolationCodes
{
    /// <summary>Gets <c>missing-drafter</c>: the drafting section (各政策文件起草科室) was not given.</summary>
    public static ProblemCode MissingDrafter { get; } = new("missing-drafter", "Missing drafter", "The drafting section (各政策文件起草科室) was not given.");

    /// <summary>Gets <c>missing-power-exercising-units</c>: the power-exercising sections (各行政权力实施科室) were not given.</summary>
    public static ProblemCode MissingPowerExercisingUnits { get; } = new("missing-power-exercising-units", "Missing power-exercising sections", "The power-exercising sections (各行政权力实施科室) were not given.");

    /// <summary>Gets <c>missing-host</c>: the event host (承办科室) was not given.</summary>
    public static ProblemCode MissingHost { get; } = new("missing-host", "Missing event host", "The event host (承办科室) was not given.");

    /// <summary>Gets <c>missing-handler</c>: the case handler (谁承办谁更新, 各信息公开申请办理科室) was not given.</summary>
    public static ProblemCode MissingHandler { get; } = new("missing-handler", "Missing case handler", "The case handler (谁承办谁更新, 各信息公开申请办理科室) was not given.");

    /// <summary>Gets <c>missing-publisher</c>: the publisher (谁公开、谁清理) was not given.</summary>
    public static ProblemCode MissingPublisher { get; } = new("missing-publisher", "Missing publisher", "The publisher (谁公开、谁清理) was not given.");

    /// <summary>Gets <c>no-competent-section</c>: no unit of the org chart is competent for the topic of 各相关科室.</summary>
    public static ProblemCode NoCompetentSection { get; } = new("no-competent-section", "No competent section", "No unit of the org chart is competent for the topic of 各相关科室.");

    /// <summary>Gets <c>no-affiliated-agency</c>: the org chart has no directly affiliated agency (各直属机构).</summary>
    public static ProblemCode NoAffiliatedAgency { get; } = new("no-affiliated-agency", "No affiliated agency", "The org chart has no directly affiliated agency (各直属机构).");

    /// <summary>Gets <c>no-section</c>: the org chart has no section (各科室).</summary>
    public static ProblemCode NoSection { get; } = new("no-section", "No section", "The org chart has no section (各科室).");

    /// <summary>Gets <c>unknown-unit</c>: a unit named by the responsibility or the context is not in the org chart.</summary>
    public static ProblemCode UnknownUnit { get; } = new("unknown-unit", "Unknown unit", "A unit named by the responsibility or the context is not in the org chart.");

    /// <summary>Gets every code, in declaration order.</summary>
    public static ImmutableArray<ProblemCode> All { get; } =
    [
        MissingDrafter, MissingPowerExercisingUnits, MissingHost, MissingHandler, MissingPublisher,
        NoCompetentSection, NoAffiliatedAgency, NoSection, UnknownUnit,
    ];
}
