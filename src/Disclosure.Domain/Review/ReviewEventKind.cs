namespace Disclosure.Domain.Review;

/// <summary>The kinds of decision recorded in a case's audit trail.</summary>
public enum ReviewEventKind
{
    /// <summary>An item was added (version 1).</summary>
    Added = 0,

    /// <summary>An item's content changed (new version); earlier decisions are void.</summary>
    Revised = 1,

    /// <summary>A policy document was marked as needing no interpretation.</summary>
    NoInterpretationNeeded = 2,

    /// <summary>An item was submitted for review.</summary>
    Submitted = 3,

    /// <summary>A level approved a version.</summary>
    Approved = 4,

    /// <summary>A reviewer returned the item to its author; earlier decisions are void.</summary>
    Returned = 5,

    /// <summary>A reviewer rejected the item.</summary>
    Rejected = 6,

    /// <summary>A public-opinion solicitation was recorded (意见征集).</summary>
    ConsultationRecorded = 7,

    /// <summary>An exemption from solicitation was recorded with its legal ground.</summary>
    ConsultationExempted = 8,

    /// <summary>The confidentiality review cleared a version.</summary>
    ConfidentialityCleared = 9,

    /// <summary>The item was published.</summary>
    Published = 10,

    /// <summary>Feedback on solicited opinions was published (意见反馈).</summary>
    FeedbackRecorded = 11,

    /// <summary>A periodic clean-up review kept the item.</summary>
    KeptAfterCleanup = 12,

    /// <summary>The item was withdrawn.</summary>
    Withdrawn = 13,
}
