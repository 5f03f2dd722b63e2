using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Review;

/// <summary>
/// The stable codes of review-rule violations (<c>REVIEW001</c> …): the codes of <see cref="ReviewViolation.Code"/>.
/// This is the one place where the codes and their message templates live.
/// </summary>
/// <remarks>
/// A closed set, listed by <see cref="All"/>. Codes never change meaning once released; new codes are appended.
/// This class is stateless (its codes are immutable) and thread-safe.
/// </remarks>
public static class ReviewViolationCodes
{
    // Declared first: the codes below register their templates here as they are initialised.
    private static readonly Dictionary<ProblemCode, string> Templates = [];

    /// <summary>Gets REVIEW001: the case has no item with the given id.</summary>
    public static ProblemCode UnknownItem { get; } = Code("REVIEW001", "Unknown item", "The case has no item with the given id.", "The case has no item '{0}'.");

    /// <summary>Gets REVIEW002: an item with the given id already exists in the case.</summary>
    public static ProblemCode DuplicateItem { get; } = Code("REVIEW002", "Duplicate item", "An item with the given id already exists in the case.", "The case already has an item '{0}'.");

    /// <summary>Gets REVIEW003: only the author of an item may revise or submit it.</summary>
    public static ProblemCode NotAuthor { get; } = Code("REVIEW003", "Not the author", "Only the author of an item may revise or submit it.", "Only the author {1} may do this to item '{0}'.");

    /// <summary>Gets REVIEW004: the command is not allowed while the item has its current status.</summary>
    public static ProblemCode WrongStatus { get; } = Code("REVIEW004", "Wrong status", "The command is not allowed while the item has its current status.", "Item '{0}' is {1}: {2} is not allowed now.");

    /// <summary>Gets REVIEW005: publication before every review level approved the current version (先审后发).</summary>
    public static ProblemCode NotReviewed { get; } = Code("REVIEW005", "Review before publication (先审后发)", "Publication before every review level approved the current version (先审后发).", "Item '{0}' cannot be published: every review level must first approve its current version.");

    /// <summary>Gets REVIEW006: the person lacks the role the step requires.</summary>
    public static ProblemCode MissingRole { get; } = Code("REVIEW006", "Missing role", "The person lacks the role the step requires.", "{1} does not hold the role {2} required to {3} item '{0}'.");

    /// <summary>Gets REVIEW007: a person reviews, clears or approves their own item.</summary>
    public static ProblemCode SelfReview { get; } = Code("REVIEW007", "Self-review", "A person reviews, clears or approves their own item.", "{1} is the author of item '{0}' and cannot review it.");

    /// <summary>Gets REVIEW008: a person approves an item at a second level (三级审核制 needs distinct people).</summary>
    public static ProblemCode SamePersonTwoLevels { get; } = Code("REVIEW008", "Same person at two levels", "A person approves an item at a second level (三级审核制 needs distinct people).", "{1} already approved item '{0}' at level {2} and cannot approve it at another level.");

    /// <summary>Gets REVIEW009: a decision names a content version that is not the item's current one (一事一审).</summary>
    public static ProblemCode StaleVersion { get; } = Code("REVIEW009", "Stale content version", "A decision names a content version that is not the item's current one (一事一审).", "Item '{0}' is at version {1}; a decision on version {2} does not bind it.");

    /// <summary>Gets REVIEW010: an approval is given at a level that is not the next one.</summary>
    public static ProblemCode LevelOutOfOrder { get; } = Code("REVIEW010", "Level out of order", "An approval is given at a level that is not the next one.", "Item '{0}' awaits approval at level {1}, not level {2}.");

    /// <summary>Gets REVIEW011: publication without a confidentiality review of the current version (保密审查).</summary>
    public static ProblemCode ConfidentialityReviewMissing { get; } = Code("REVIEW011", "Confidentiality review missing (保密审查)", "Publication without a confidentiality review of the current version (保密审查).", "Item '{0}' cannot be published before a confidentiality review of its current version.");

    /// <summary>Gets REVIEW012: a confidentiality review before every level approved.</summary>
    public static ProblemCode ConfidentialityBeforeApproval { get; } = Code("REVIEW012", "Confidentiality review too early", "A confidentiality review before every level approved.", "Item '{0}' must be approved at every level before its confidentiality review.");

    /// <summary>Gets REVIEW013: an item flagged as containing personal privacy or classified content is not cleared.</summary>
    public static ProblemCode FlagNotCleared { get; } = Code("REVIEW013", "Privacy or classified flag not cleared", "An item flagged as containing personal privacy or classified content is not cleared.", "Item '{0}' is flagged {1}; only a confidentiality reviewer clearing the flag lets it be published.");

    /// <summary>Gets REVIEW014: publication to a scope other than the item's own (a restricted item is never published publicly).</summary>
    public static ProblemCode ScopeMismatch { get; } = Code("REVIEW014", "Scope mismatch (分类施策)", "Publication to a scope other than the item's own (a restricted item is never published publicly).", "Item '{0}' has scope {1} and cannot be published to {2}.");

    /// <summary>Gets REVIEW015: a policy document has no interpretation and is not marked as needing none.</summary>
    public static ProblemCode InterpretationMissing { get; } = Code("REVIEW015", "Interpretation missing (同步解读)", "A policy document has no interpretation and is not marked as needing none.", "Policy document '{0}' has no interpretation in this case (none was added, or each was rejected or withdrawn) and is not marked as needing none: add an interpretation or mark the document as needing none.");

    /// <summary>Gets REVIEW016: a policy document is submitted before its interpretation (同步报送、同步审签).</summary>
    public static ProblemCode InterpretationNotSubmitted { get; } = Code("REVIEW016", "Interpretation not submitted", "A policy document is submitted before its interpretation (同步报送、同步审签).", "Policy document '{0}' must be submitted together with or after its interpretation '{1}'.");

    /// <summary>Gets REVIEW017: a policy document is published before its interpretation (同步部署).</summary>
    public static ProblemCode InterpretationNotPublished { get; } = Code("REVIEW017", "Interpretation not published", "A policy document is published before its interpretation (同步部署).", "Policy document '{0}' cannot be published before its interpretation '{1}' (publish both in one command or the interpretation first).");

    /// <summary>Gets REVIEW018: a policy document involving major public interest is adopted without a public-opinion solicitation or a recorded exemption (意见征集).</summary>
    public static ProblemCode ConsultationMissing { get; } = Code("REVIEW018", "Public consultation missing (意见征集)", "A policy document involving major public interest is adopted without a public-opinion solicitation or a recorded exemption (意见征集).", "Policy document '{0}' involves major public interest: record a public-opinion solicitation or an exemption with its legal ground before its final approval.");

    /// <summary>Gets REVIEW019: a policy document is published without its consultation, suggestion and evaluation channel (政策咨询、建议与评价窗口).</summary>
    public static ProblemCode ConsultationChannelMissing { get; } = Code("REVIEW019", "Consultation channel missing", "A policy document is published without its consultation, suggestion and evaluation channel (政策咨询、建议与评价窗口).", "Policy document '{0}' must be published with its consultation, suggestion and evaluation channel (政策咨询、建议与评价窗口).");

    /// <summary>Gets REVIEW020: a revision that changes nothing.</summary>
    public static ProblemCode NoChange { get; } = Code("REVIEW020", "No change", "A revision that changes nothing.", "The revision of item '{0}' equals its current version {1}.");

    /// <summary>Gets REVIEW021: a command at an instant earlier than the last recorded decision.</summary>
    public static ProblemCode TimeGoesBackwards { get; } = Code("REVIEW021", "Time goes backwards", "A command at an instant earlier than the last recorded decision.", "The command on item '{0}' at {1} is earlier than the last decision of the case at {2}.");

    /// <summary>Gets REVIEW022: an interpretation names an item that is not a policy document of the case.</summary>
    public static ProblemCode InvalidInterpretationTarget { get; } = Code("REVIEW022", "Invalid interpretation target", "An interpretation names an item that is not a policy document of the case.", "Interpretation '{0}' must name a policy document of this case, not '{1}'.");

    /// <summary>Gets REVIEW023: feedback on opinions recorded where no solicitation took place, or twice.</summary>
    public static ProblemCode FeedbackNotOwed { get; } = Code("REVIEW023", "Feedback not owed", "Feedback on opinions recorded where no solicitation took place, or twice.", "Item '{0}' owes no feedback on solicited opinions.");

    /// <summary>Gets REVIEW024: a clean-up or withdrawal by someone outside the publisher's unit (谁公开、谁清理).</summary>
    public static ProblemCode NotPublisherUnit { get; } = Code("REVIEW024", "Not the publisher's unit (谁公开、谁清理)", "A clean-up or withdrawal by someone outside the publisher's unit (谁公开、谁清理).", "Item '{0}' was published by unit {1}; {2} cannot clean it up.");

    /// <summary>Gets REVIEW025: a command that does not apply to this kind of item.</summary>
    public static ProblemCode WrongItemKind { get; } = Code("REVIEW025", "Wrong item kind", "A command that does not apply to this kind of item.", "Item '{0}' is {1}: {2} applies only to {3}.");

    /// <summary>Gets REVIEW026: a clean-up campaign decision for an item outside the campaign.</summary>
    public static ProblemCode NotInCampaign { get; } = Code("REVIEW026", "Not in campaign", "A clean-up campaign decision for an item outside the campaign.", "Item '{0}' is not part of clean-up campaign '{1}'.");

    /// <summary>Gets REVIEW027: a second clean-up campaign decision for the same item.</summary>
    public static ProblemCode AlreadyDecided { get; } = Code("REVIEW027", "Already decided", "A second clean-up campaign decision for the same item.", "Item '{0}' already has a decision in clean-up campaign '{1}'.");

    /// <summary>Gets REVIEW028: a public-opinion solicitation recorded before it ended, so it cannot have come before adoption (意见征集在先).</summary>
    public static ProblemCode SolicitationNotEnded { get; } = Code("REVIEW028", "Solicitation not ended (意见征集在先)", "A public-opinion solicitation is recorded while it is still running or has not begun, so it cannot have come before adoption.", "The public-opinion solicitation of policy document '{0}' runs {1}..{2} and has not ended on {3}: record it once it has ended, before the document's final approval.");

    /// <summary>Gets REVIEW029: an exemption from public-opinion solicitation whose legal ground cites no law, regulation or normative document.</summary>
    public static ProblemCode ExemptionGroundNotCited { get; } = Code("REVIEW029", "Exemption ground cites no law", "An exemption from public-opinion solicitation gives a legal ground that names no law, regulation or normative document in 《》.", "The exemption of policy document '{0}' from public-opinion solicitation gives the ground '{1}', which names no law, regulation or normative document: cite it in 《》 with the reason, for example 依据《中华人民共和国保守国家秘密法》，依法依规应当保密.");

    /// <summary>Gets REVIEW030: an interpretation published while its policy document is not published and not in the same publication (同步部署).</summary>
    public static ProblemCode DocumentNotPublished { get; } = Code("REVIEW030", "Document not published (同步部署)", "An interpretation is published while its policy document is neither published nor in the same publication.", "Interpretation '{0}' cannot be published while its policy document '{1}' is {2}: publish the document and its interpretation in one command.");

    /// <summary>Gets REVIEW031: an interpretation still published after its policy document was withdrawn or rejected; the interpretation must be withdrawn.</summary>
    public static ProblemCode InterpretationOutlivesDocument { get; } = Code("REVIEW031", "Interpretation outlives its document", "An interpretation is still published after its policy document was withdrawn; it must be withdrawn too.", "Interpretation '{0}' is published but its policy document '{1}' is {2}: withdraw the interpretation.");

    /// <summary>Gets REVIEW032: a public policy document whose only interpretations are restricted to an audience (同步解读 is for the public).</summary>
    public static ProblemCode InterpretationNotPublic { get; } = Code("REVIEW032", "Interpretation not public", "A public policy document has only interpretations restricted to an audience.", "Policy document '{0}' is public but its interpretation '{1}' is restricted ({2}) and does not count: publish a public interpretation with the document.");

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
        new(code, itemId, string.Format(CultureInfo.InvariantCulture, Templates[code], [itemId, .. args]));

    /// <summary>Gets the composite-format message template of a code (for the documentation snapshot).</summary>
    internal static string TemplateOf(ProblemCode code) => Templates[code];

    private static ProblemCode Code(string id, string title, string description, string template)
    {
        var code = new ProblemCode(id, title, description);
        Templates.Add(code, template);
        return code;
    }
}
