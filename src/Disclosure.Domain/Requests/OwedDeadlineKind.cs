namespace Disclosure.Domain.Requests;

/// <summary>The kinds of deadline that someone other than the answer itself owes during a request.</summary>
public enum OwedDeadlineKind
{
    /// <summary>The agency's correction notice: within 7 working days of receipt (第三十条).</summary>
    CorrectionNotice = 0,

    /// <summary>The applicant's corrected application: by the end of the period the agency set (第三十条).</summary>
    Correction = 1,

    /// <summary>A third party's opinion: within 15 working days of receiving the letter (第三十二条).</summary>
    ThirdPartyOpinion = 2,

    /// <summary>Another agency's opinion: within 15 working days of receiving the letter; silence is consent (第三十四条).</summary>
    OtherAgencyOpinion = 3,
}
