namespace Disclosure.Domain.Review;

/// <summary>Flags marking content that may not be published until a confidentiality reviewer clears them.</summary>
[Flags]
public enum SensitivityFlags
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary>The content contains personal privacy (涉及个人隐私).</summary>
    PersonalPrivacy = 1,

    /// <summary>The content may contain classified information (涉密).</summary>
    Classified = 2,
}
