using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Review;

/// <summary>
/// The stable codes of review-rule violations (<c>REVIEW001</c> …): the codes of <see cref="ReviewViolation.Code"/>.
/// The message of each code is the entry <c>{Id}.Message</c> of <c>Review/ReviewTexts.resx</c> (English) and
/// <c>ReviewTexts.zh-Hans.resx</c> (Chinese); its <c>{0}</c> is always the item id.
/// </summary>
/// <remarks>
/// A closed set, listed by <see cref="All"/>. Codes never change meaning once released; new codes are appended.
/// This class is stateless (its codes are immutable) and thread-safe.
/// </remarks>
public static class ReviewViolationCodes
{
    /// <summary>Gets REVIEW001: the case has no item with the given id.</summary>
    public static ProblemCode UnknownItem { get; } = Code("REVIEW001", "Unknown item", "The case has no item with the given id.");

    /// <summary>Gets REVIEW002: an item with the given id already exists in the case.</summary>
    public static ProblemCode DuplicateItem { get; } = Code("REVIEW002", "Duplicate item", "An item with the given id already exists in the case.");

    /// <summary>Gets REVIEW003: only the author of an item may revise or submit it.</summary>
    public static ProblemCode NotAuthor { get; } = Code("REVIEW003", "Not the author", "Only the author of an item may revise or submit it.");

    /// <summary>Gets REVIEW004: the command is not allowed while the item has its current status.</summary>
    public static ProblemCode WrongStatus { get; } = Code("REVIEW004", "Wrong status", "The command is not allowed while the item has its current status.");

    /// <summary>Gets REVIEW005: publication before every review level approved the current version (先审后发).</summary>
    public static ProblemCode NotReviewed { get; } = Code("REVIEW005", "Review before publication (先审后发)", "Publication before every review level approved the current version (先审后发).");

    /// <summary>Gets REVIEW006: the person lacks the role the step requires.</summary>
    public static ProblemCode MissingRole { get; } = Code("REVIEW006", "Missing role", "The person lacks the role the step requires.");

    /// <summary>Gets REVIEW007: a person reviews, clears or approves their own item.</summary>
    public static ProblemCode SelfReview { get; } = Code("REVIEW007", "Self-review", "A person reviews, clears or approves their own item.");

    /// <summary>Gets REVIEW008: a person approves an item at a second level (三级审核制 needs distinct people).</summary>
    public static ProblemCode SamePersonTwoLevels { get; } = Code("REVIEW008", "Same person at two levels", "A person approves an item at a second level (三级审核制 needs distinct people).");

    /// <summary>Gets REVIEW009: a decision names a content version that is not the item's current one (一事一审).</summary>
    public static ProblemCode StaleVersion { get; } = Code("REVIEW009", "Stale content version", "A decision names a content version that is not the item's current one (一事一审).");

    /// <summary>Gets REVIEW010: an approval is given at a level that is not the next one.</summary>
    public static ProblemCode LevelOutOfOrder { get; } = Code("REVIEW010", "Level out of order", "An approval is given at a level that is not the next one.");

    /// <summary>Gets REVIEW011: publication without a confidentiality review of the current version (保密审查).</summary>
    public static ProblemCode ConfidentialityReviewMissing { get; } = Code("REVIEW011", "Confidentiality review missing (保密审查)", "Publication without a confidentiality review of the current version (保密审查).");

    /// <summary>Gets REVIEW012: a confidentiality review before every level approved.</summary>
    public static ProblemCode ConfidentialityBeforeApproval { get; } = Code("REVIEW012", "Confidentiality review too early", "A confidentiality review before every level approved.");

    /// <summary>Gets REVIEW013: an item flagged as containing personal privacy or classified content is not cleared.</summary>
    public static ProblemCode FlagNotCleared { get; } = Code("REVIEW013", "Privacy or classified flag not cleared", "An item flagged as containing personal privacy or classified content is not cleared.");

    /// <summary>Gets REVIEW014: publication to a scope other than the item's own (a restricted item is never published publicly).</summary>
    public static ProblemCode ScopeMismatch { get; } = Code("REVIEW014", "Scope mismatch (分类施策)", "Publication to a scope other than the item's own (a restricted item is never published publicly).");

    /// <summary>Gets REVIEW015: a policy document has no interpretation and is not marked as needing none.</summary>
    public static ProblemCode InterpretationMissing { get; } = Code("REVIEW015", "Interpretation missing (同步解读)", "A policy document has no interpretation and is not marked as needing none.");

    /// <summary>Gets REVIEW016: a policy document is submitted before its interpretation (同步报送、同步审签).</summary>
    public static ProblemCode InterpretationNotSubmitted { get; } = Code("REVIEW016", "Interpretation not submitted", "A policy document is submitted before its interpretation (同步报送、同步审签).");

    /// <summary>Gets REVIEW017: a policy document is published before its interpretation (同步部署).</summary>
    public static ProblemCode InterpretationNotPublished { get; } = Code("REVIEW017", "Interpretation not published", "A policy document is published before its interpretation (同步部署).");

    /// <summary>Gets REVIEW018: a policy document involving major public interest is adopted without a public-opinion solicitation or a recorded exemption (意见征集).</summary>
    public static ProblemCode ConsultationMissing { get; } = Code("REVIEW018", "Public consultation missing (意见征集)", "A policy document involving major public interest is adopted without a public-opinion solicitation or a recorded exemption (意见征集).");

    /// <summary>Gets REVIEW019: a policy document is published without its consultation, suggestion and evaluation channel (政策咨询、建议与评价窗口).</summary>
    public static ProblemCode ConsultationChannelMissing { get; } = Code("REVIEW019", "Consultation channel missing", "A policy document is published without its consultation, suggestion and evaluation channel (政策咨询、建议与评价窗口).");

    /// <summary>Gets REVIEW020: a revision that changes nothing.</summary>
    public static ProblemCode NoChange { get; } = Code("REVIEW020", "No change", "A revision that changes nothing.");

    /// <summary>Gets REVIEW021: a command at an instant earlier than the last recorded decision.</summary>
    public static ProblemCode TimeGoesBackwards { get; } = Code("REVIEW021", "Time goes backwards", "A command at an instant earlier than the last recorded decision.");

    /// <summary>Gets REVIEW022: an interpretation names an item that is not a policy document of the case.</summary>
    public static ProblemCode InvalidInterpretationTarget { get; } = Code("REVIEW022", "Invalid interpretation target", "An interpretation names an item that is not a policy document of the case.");

    /// <summary>Gets REVIEW023: feedback on opinions recorded where no solicitation took place, or twice.</summary>
    public static ProblemCode FeedbackNotOwed { get; } = Code("REVIEW023", "Feedback not owed", "Feedback on opinions recorded where no solicitation took place, or twice.");

    /// <summary>Gets REVIEW024: a clean-up or withdrawal by someone outside the publisher's unit (谁公开、谁清理).</summary>
    public static ProblemCode NotPublisherUnit { get; } = Code("REVIEW024", "Not the publisher's unit (谁公开、谁清理)", "A clean-up or withdrawal by someone outside the publisher's unit (谁公开、谁清理).");

    /// <summary>Gets REVIEW025: a command that does not apply to this kind of item.</summary>
    public static ProblemCode WrongItemKind { get; } = Code("REVIEW025", "Wrong item kind", "A command that does not apply to this kind of item.");

    /// <summary>Gets REVIEW026: a clean-up campaign decision for an item outside the campaign.</summary>
    public static ProblemCode NotInCampaign { get; } = Code("REVIEW026", "Not in campaign", "A clean-up campaign decision for an item outside the campaign.");

    /// <summary>Gets REVIEW027: a second clean-up campaign decision for the same item.</summary>
    public static ProblemCode AlreadyDecided { get; } = Code("REVIEW027", "Already decided", "A second clean-up campaign decision for the same item.");

    /// <summary>Gets REVIEW028: a public-opinion solicitation recorded before it ended, so it cannot have come before adoption (意见征集在先).</summary>
    public static ProblemCode SolicitationNotEnded { get; } = Code("REVIEW028", "Solicitation not ended (意见征集在先)", "A public-opinion solicitation is recorded while it is still running or has not begun, so it cannot have come before adoption.");

    /// <summary>Gets REVIEW029: an exemption from public-opinion solicitation whose legal ground cites no law, regulation or normative document.</summary>
    public static ProblemCode ExemptionGroundNotCited { get; } = Code("REVIEW029", "Exemption ground cites no law", "An exemption from public-opinion solicitation gives a legal ground that names no law, regulation or normative document in 《》.");

    /// <summary>Gets REVIEW030: an interpretation published while its policy document is not published and not in the same publication (同步部署).</summary>
    public static ProblemCode DocumentNotPublished { get; } = Code("REVIEW030", "Document not published (同步部署)", "An interpretation is published while its policy document is neither published nor in the same publication.");

    /// <summary>Gets REVIEW031: an interpretation still published after its policy document was withdrawn or rejected; the interpretation must be withdrawn.</summary>
    public static ProblemCode InterpretationOutlivesDocument { get; } = Code("REVIEW031", "Interpretation outlives its document", "An interpretation is still published after its policy document was withdrawn; it must be withdrawn too.");

    /// <summary>Gets REVIEW032: a public policy document whose only interpretations are restricted to an audience (同步解读 is for the public).</summary>
    public static ProblemCode InterpretationNotPublic { get; } = Code("REVIEW032", "Interpretation not public", "A public policy document has only interpretations restricted to an audience.");

    /// <summary>Gets every code, in code order.</summary>
    public static ImmutableArray<ProblemCode> All { get; } =
    [
        UnknownItem, DuplicateItem, NotAuthor, WrongStatus, NotReviewed, MissingRole, SelfReview, SamePersonTwoLevels,
        StaleVersion, LevelOutOfOrder, ConfidentialityReviewMissing, ConfidentialityBeforeApproval, FlagNotCleared,
        ScopeMismatch, InterpretationMissing, InterpretationNotSubmitted, InterpretationNotPublished, ConsultationMissing,
        ConsultationChannelMissing, NoChange, TimeGoesBackwards, InvalidInterpretationTarget, FeedbackNotOwed,
        NotPublisherUnit, WrongItemKind, NotInCampaign, AlreadyDecided, SolicitationNotEnded, ExemptionGroundNotCited,
        DocumentNotPublished, InterpretationOutlivesDocument, InterpretationNotPublic,
    ];

    /// <summary>Makes the violation of a code for an item; the template's <c>{0}</c> is always the item id.</summary>
    [Pure]
    internal static ReviewViolation For(this ProblemCode code, string itemId, params object?[] args) =>
        new(code, itemId, ReviewTexts.Of(code.Id + ".Message", [itemId, .. args]));

    /// <summary>Gets the composite-format message template of a code in English (for the documentation snapshot).</summary>
    internal static string TemplateOf(ProblemCode code) => ReviewTexts.Resources.GetString(code.Id + ".Message", CultureInfo.InvariantCulture)!;

    private static ProblemCode Code(string id, string title, string description) => new(id, title, description);
}
