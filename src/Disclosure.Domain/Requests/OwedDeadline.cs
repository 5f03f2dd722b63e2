namespace Disclosure.Domain.Requests;

/// <summary>A deadline owed by the agency, the applicant or a consulted party while the answer is pending.</summary>
/// <param name="Kind">What is owed.</param>
/// <param name="DueOn">The last day, inclusive.</param>
/// <param name="State">Where it stands on the as-of day.</param>
/// <param name="SettledOn">The day it was met, if it was.</param>
/// <param name="ConsultationId">The consultation, for the two opinion kinds; otherwise <see langword="null"/>.</param>
/// <remarks>An immutable value with value equality; thread-safe.</remarks>
public readonly record struct OwedDeadline(OwedDeadlineKind Kind, LocalDate DueOn, OwedDeadlineState State, LocalDate? SettledOn, string? ConsultationId)
{
    /// <summary>Gets who owes it: <c>agency</c>, <c>applicant</c>, <c>thirdParty</c> or <c>otherAgency</c>.</summary>
    public string OwedBy => Kind switch
    {
        OwedDeadlineKind.CorrectionNotice => "agency",
        OwedDeadlineKind.Correction => "applicant",
        OwedDeadlineKind.ThirdPartyOpinion => "thirdParty",
        _ => "otherAgency",
    };

    /// <summary>Gets the article of 《政府信息公开条例》 that sets the deadline.</summary>
    public string Article => Kind switch
    {
        OwedDeadlineKind.CorrectionNotice or OwedDeadlineKind.Correction => "第三十条",
        OwedDeadlineKind.ThirdPartyOpinion => "第三十二条",
        _ => "第三十四条",
    };
}
