namespace Disclosure.Domain.Requests;

/// <summary>
/// Who applied, in the applicant columns of the annual report's requests table (三、收到和处理政府信息公开申请情况, 申请人情况):
/// 自然人, or one of the five kinds of 法人或其他组织. Source: 《中华人民共和国政府信息公开工作年度报告格式》 (国办公开办函〔2021〕30号),
/// as reproduced in published reports (for example 固阳县民政局2021年信息公开工作年度报告).
/// </summary>
public enum ApplicantCategory
{
    /// <summary>A natural person (自然人).</summary>
    NaturalPerson = 0,

    /// <summary>A commercial enterprise (法人或其他组织 — 商业企业).</summary>
    CommercialEnterprise = 1,

    /// <summary>A research institution (法人或其他组织 — 科研机构).</summary>
    ResearchInstitution = 2,

    /// <summary>A public-interest organization (法人或其他组织 — 社会公益组织).</summary>
    PublicInterestOrganization = 3,

    /// <summary>A legal-service provider, such as a law firm (法人或其他组织 — 法律服务机构).</summary>
    LegalServiceProvider = 4,

    /// <summary>Any other legal person or organization (法人或其他组织 — 其他).</summary>
    OtherOrganization = 5,
}
