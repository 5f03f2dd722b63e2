using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Requests;

/// <summary>The applicant's withdrawal of the application (撤回申请); it closes the request.</summary>
/// <remarks>Immutable and thread-safe; reference equality.</remarks>
public sealed class RequestWithdrawn : RequestEvent
{
    /// <summary>Initializes a new instance of the <see cref="RequestWithdrawn"/> class.</summary>
    /// <param name="on">The day of the withdrawal.</param>
    public RequestWithdrawn(LocalDate on)
        : base(on)
    {
    }

    internal override LocalizedText Text => RequestTexts.Of("Event.Withdrawn");
}
