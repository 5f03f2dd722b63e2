using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Requests;

/// <summary>
/// An extension of the answer period (延长答复期限). 第三十三条: "需要延长答复期限的，应当经政府信息公开工作机构负责人同意并告知申请人，
/// 延长的期限最长不得超过20个工作日。"
/// </summary>
/// <remarks>
/// <para>At most one extension per answer period, of at most 20 working days (<see cref="RequestViolationCodes.ExtensionTooLong"/>,
/// <see cref="RequestViolationCodes.SecondExtension"/>), approved by a head of the disclosure office (one approved by anyone else does
/// not count and does not use up the one extension: <see cref="RequestViolationCodes.ExtensionApproverNotOfficeHead"/>), on or before the original due date
/// (<see cref="RequestViolationCodes.ExtensionAfterDeadline"/>); the extension adds <see cref="WorkingDays"/> counted working days
/// to the answer period.</para>
/// <para>Immutable and thread-safe; reference equality.</para>
/// </remarks>
public sealed class ExtensionApproved : RequestEvent
{
    /// <summary>Initializes a new instance of the <see cref="ExtensionApproved"/> class.</summary>
    /// <param name="on">The day the head of the disclosure office approved the extension and the applicant was told.</param>
    /// <param name="workingDays">The number of working days added; more than 20 is recorded as a violation, not refused here.</param>
    /// <param name="approver">The identity of who approved it: the head of the disclosure office (政府信息公开工作机构负责人); create it with <see cref="PersonId.Parse(string)"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is zero or negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="approver"/> is the default id.</exception>
    public ExtensionApproved(LocalDate on, int workingDays, PersonId approver)
        : base(on)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workingDays);
        if (approver.Value is null)
        {
            throw new ArgumentException("A default PersonId is nobody: name the approver with PersonId.Parse, for example PersonId.Parse(\"office-head\").", nameof(approver));
        }

        WorkingDays = workingDays;
        Approver = approver;
    }

    /// <summary>The legal maximum of an extension: 20 working days (第三十三条).</summary>
    public const int MaximumWorkingDays = 20;

    /// <summary>Gets the number of working days added to the answer period.</summary>
    public int WorkingDays { get; }

    /// <summary>Gets the identity of who approved the extension.</summary>
    public PersonId Approver { get; }

    internal override LocalizedText Text => RequestTexts.Of("Event.ExtensionApproved", WorkingDays, Approver);
}
