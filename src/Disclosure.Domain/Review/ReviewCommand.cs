using System.Collections.Immutable;

namespace Disclosure.Domain.Review;

/// <summary>The public commands of <see cref="ReviewCase"/>, one per method (the two Publish overloads are one).</summary>
internal enum ReviewCommandKind
{
    AddInformation,
    AddPolicyDocument,
    AddInterpretation,
    Revise,
    MarkNoInterpretationNeeded,
    Submit,
    Approve,
    Return,
    Reject,
    RecordConsultation,
    RecordConsultationExemption,
    ClearConfidentiality,
    Publish,
    RecordFeedback,
    KeepAfterCleanup,
    Withdraw,
}

/// <summary>
/// One command a <see cref="ReviewCase"/> accepted, with every argument it was given, so that a stored history can run it
/// again through the rules (<see cref="ApplyTo"/>). <see cref="Text"/> is the reason, the legal ground or, for
/// <see cref="ReviewCommandKind.AddInterpretation"/>, the policy document's id.
/// </summary>
internal sealed record ReviewCommand(ReviewCommandKind Kind, ImmutableArray<string> Items, Reviewer By, Instant At)
{
    public ItemContent? Content { get; init; }

    public string? Text { get; init; }

    public string? Column { get; init; }

    public bool MajorPublicInterest { get; init; }

    public int Level { get; init; }

    public int Version { get; init; }

    public LocalDate? From { get; init; }

    public LocalDate? To { get; init; }

    public SensitivityFlags Cleared { get; init; }

    public DisclosureScope? Target { get; init; }

    /// <summary>Runs the command on a case through its public method; argument errors surface as that method's exceptions.</summary>
    internal ReviewResult<ReviewCase> ApplyTo(ReviewCase c)
    {
        var item = Items[0];
        return Kind switch
        {
            ReviewCommandKind.AddInformation => c.AddInformation(item, Content!, By, At, Column),
            ReviewCommandKind.AddPolicyDocument => c.AddPolicyDocument(item, Content!, By, At, MajorPublicInterest, Column),
            ReviewCommandKind.AddInterpretation => c.AddInterpretation(item, Text!, Content!, By, At, Column),
            ReviewCommandKind.Revise => c.Revise(item, Content!, By, At),
            ReviewCommandKind.MarkNoInterpretationNeeded => c.MarkNoInterpretationNeeded(item, Text!, By, At),
            ReviewCommandKind.Submit => c.Submit(item, By, At),
            ReviewCommandKind.Approve => c.Approve(item, Level, Version, By, At),
            ReviewCommandKind.Return => c.Return(item, Text!, By, At),
            ReviewCommandKind.Reject => c.Reject(item, Text!, By, At),
            ReviewCommandKind.RecordConsultation => c.RecordConsultation(item, From!.Value, To!.Value, By, At),
            ReviewCommandKind.RecordConsultationExemption => c.RecordConsultationExemption(item, Text!, By, At),
            ReviewCommandKind.ClearConfidentiality => c.ClearConfidentiality(item, Version, Cleared, By, At),
            ReviewCommandKind.Publish => c.Publish(Items, Target!, By, At),
            ReviewCommandKind.RecordFeedback => c.RecordFeedback(item, By, At),
            ReviewCommandKind.KeepAfterCleanup => c.KeepAfterCleanup(item, By, At),
            _ => c.Withdraw(item, Text!, By, At),
        };
    }
}
