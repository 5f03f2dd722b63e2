using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Review;

/// <summary>A broken review rule, returned as a value by the commands of <see cref="ReviewCase"/> and <see cref="CleanupCampaign"/>.</summary>
/// <remarks>Equality is by value (code, item id, message). Immutable and thread-safe.</remarks>
/// <param name="Code">The stable code.</param>
/// <param name="ItemId">The item the violation is about.</param>
/// <param name="Message">The message, in English.</param>
public sealed record ReviewViolation(ProblemCode Code, string ItemId, string Message)
{
    /// <summary>Returns the code and message, for example <c>REVIEW008: …</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Code.Id}: {Message}";
}
